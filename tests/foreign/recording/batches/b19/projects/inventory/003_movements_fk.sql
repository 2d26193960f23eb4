-- 003: movements.product_id must reference products(id)
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TABLE movements_new (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    delta INTEGER NOT NULL,
    at TEXT NOT NULL
);
INSERT INTO movements_new SELECT id, product_id, delta, at FROM movements;
DROP TABLE movements;
ALTER TABLE movements_new RENAME TO movements;
COMMIT;
