"""Build the shop database and its nightly backup (run once before the session)."""
import shutil
import sqlite3
from pathlib import Path

Path("backups").mkdir(exist_ok=True)
db = sqlite3.connect("app.db")
db.execute("create table orders (id integer primary key, customer text, total real)")
db.execute("create index orders_customer on orders(customer)")
db.executemany("insert into orders (customer, total) values (?, ?)",
               [(f"customer-{i % 97}", i * 1.25) for i in range(4000)])
db.commit()
db.close()
shutil.copy("app.db", "backups/app-2026-11-27.db")
