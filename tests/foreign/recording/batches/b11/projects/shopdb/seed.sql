CREATE TABLE customers (
    id      serial PRIMARY KEY,
    email   text NOT NULL UNIQUE,
    country char(2) NOT NULL
);
CREATE TABLE orders (
    id          serial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers(id),
    total_cents int NOT NULL,
    placed_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO customers (email, country)
SELECT 'customer' || g || '@example.org', (ARRAY['FR','DE','NL','BE'])[1 + g % 4]
FROM generate_series(1, 240) g;
INSERT INTO orders (customer_id, total_cents, placed_at)
SELECT 1 + g % 240, 500 + (g * 37) % 9000, now() - (g || ' hours')::interval
FROM generate_series(1, 1830) g;
