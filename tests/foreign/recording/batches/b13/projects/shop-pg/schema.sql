CREATE TABLE orders (
  id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers(id),
  total numeric(10,2) NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
