import sqlite3
import sys

db = sqlite3.connect("inventory.db")
cmd = sys.argv[1]
if cmd == "add":
    db.execute("INSERT INTO items(name, qty) VALUES (?, ?)", (sys.argv[2], int(sys.argv[3])))
elif cmd == "restock":
    db.execute("UPDATE items SET qty = qty + ? WHERE name = ?", (int(sys.argv[3]), sys.argv[2]))
elif cmd == "list":
    for name, qty in db.execute("SELECT name, qty FROM items ORDER BY name"):
        print(f"{name:<12}{qty:>5}")
db.commit()
