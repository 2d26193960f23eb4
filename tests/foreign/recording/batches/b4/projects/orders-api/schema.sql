CREATE TABLE IF NOT EXISTS orders (
    id         INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL,
    qty        INTEGER NOT NULL CHECK (qty > 0),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
