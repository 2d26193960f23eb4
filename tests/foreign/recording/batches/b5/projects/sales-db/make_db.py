"""Build sales.db with a month of orders (deterministic)."""
import random
import sqlite3

random.seed(7)
db = sqlite3.connect("sales.db")
db.executescript("""
DROP TABLE IF EXISTS customers; DROP TABLE IF EXISTS orders;
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                     day TEXT NOT NULL, amount_cents INTEGER NOT NULL);
""")
names = ["Alder & Co", "Brightwell", "Castor Ltd", "Dunmore", "Elm Street Cafe", "Fjord Supplies"]
regions = ["north", "south", "west"]
for i, name in enumerate(names, 1):
    db.execute("INSERT INTO customers VALUES (?, ?, ?)", (i, name, regions[i % 3]))
for i in range(1, 121):
    db.execute("INSERT INTO orders VALUES (?, ?, ?, ?)",
               (i, random.randint(1, 6), f"2026-11-{random.randint(1, 30):02d}", random.randint(900, 25000)))
db.commit()
