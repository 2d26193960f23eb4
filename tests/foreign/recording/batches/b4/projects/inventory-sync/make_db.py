import sqlite3
db = sqlite3.connect("app.db")
db.executescript("""
CREATE TABLE IF NOT EXISTS items (sku TEXT PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
""")
db.executemany("INSERT OR REPLACE INTO items VALUES (?, ?, ?)",
               [(f"SKU-{i:04d}", f"item {i}", i % 17) for i in range(1, 241)])
db.commit()
