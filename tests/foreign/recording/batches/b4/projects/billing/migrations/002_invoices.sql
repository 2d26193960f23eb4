CREATE TABLE invoices (
    id           serial PRIMARY KEY,
    customer_id  integer NOT NULL,
    amount_cents integer NOT NULL CHECK (amount_cents >= 0),
    issued_on    date NOT NULL DEFAULT current_date,
    FOREIGN KEY (customer_id) REFERENCES customers(customer)
);
CREATE INDEX invoices_customer ON invoices(customer_id);
