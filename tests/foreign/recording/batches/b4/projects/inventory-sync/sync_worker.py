"""Pull stock levels from the warehouse API and write them to app.db (runs from cron every 5 min)."""
import sqlite3
import sys
import time

db = sqlite3.connect("app.db", isolation_level=None, timeout=1)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE items SET qty = qty WHERE sku = 'SKU-0001'")
print("sync: transaction open, fetching https://warehouse.internal.example/api/stock ...", flush=True)
while True:  # the upstream call never returns; the transaction stays open
    time.sleep(5)
    print("sync: still waiting for upstream", flush=True)
