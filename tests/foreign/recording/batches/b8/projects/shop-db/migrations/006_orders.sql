CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer text NOT NULL,
    total_cents integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO orders (customer, total_cents)
SELECT 'cust-' || g, (g * 137) % 9000 + 100 FROM generate_series(1, 500) g;
