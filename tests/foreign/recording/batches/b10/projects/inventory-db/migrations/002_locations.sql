PRAGMA foreign_keys = ON;
CREATE TABLE locations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE
);
INSERT INTO locations (id, code) VALUES (1, 'HAM-1'), (2, 'HAM-2');
ALTER TABLE stock ADD COLUMN location_id INTEGER REFERENCES locations (id);
UPDATE stock SET location_id = 1;
