CREATE TABLE customers (
    id      serial PRIMARY KEY,
    name    text NOT NULL,
    email   text UNIQUE
);

CREATE TABLE invoices (
    id          serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id),
    total_cents integer NOT NULL,
    issued_on   date NOT NULL DEFAULT current_date
);

CREATE INDEX invoices_customer_idx ON invoices (customer_id);
