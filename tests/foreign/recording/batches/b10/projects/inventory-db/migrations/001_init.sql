PRAGMA foreign_keys = ON;
CREATE TABLE items (
  sku TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE stock (
  sku TEXT NOT NULL REFERENCES items (sku),
  qty INTEGER NOT NULL CHECK (qty >= 0)
);
INSERT INTO items VALUES ('A-1', 'Pallet wrap'), ('B-2', 'Box 40x30'), ('C-3', 'Label roll');
INSERT INTO stock VALUES ('A-1', 40), ('B-2', 120), ('C-3', 15);
