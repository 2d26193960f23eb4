CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric(10, 2) NOT NULL
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer ON orders (customer);
