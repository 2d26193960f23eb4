CREATE TABLE IF NOT EXISTS warehouses (
    id    serial PRIMARY KEY,
    code  text NOT NULL UNIQUE,
    city  text NOT NULL
);
CREATE TABLE IF NOT EXISTS stock (
    warehouse_id int REFERENCES warehouses(id),
    sku          text NOT NULL,
    qty          int  NOT NULL DEFAULT 0,
    PRIMARY KEY (warehouse_id, sku)
);
INSERT INTO warehouses (code, city) VALUES ('LYS1', 'Lyon'), ('BOD2', 'Bordeaux')
ON CONFLICT (code) DO NOTHING;
