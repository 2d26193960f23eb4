CREATE TABLE products (
    id     serial PRIMARY KEY,
    name   text NOT NULL,
    price  numeric(10,2) NOT NULL CHECK (price >= 0)
);
CREATE TABLE orders (
    id          serial PRIMARY KEY,
    product_id  int NOT NULL REFERENCES products(id),
    qty         int NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now()
);
