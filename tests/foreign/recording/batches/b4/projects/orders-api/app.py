"""orders-api: a tiny Flask service over orders.db (dev server)."""
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "orders.db"


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/api/orders")
def list_orders():
    rows = db().execute("SELECT id, sku, qty, created_at FROM orders ORDER BY id").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/api/orders")
def create_order():
    body = request.get_json()
    cur = db().execute("INSERT INTO orders (sku, qty) VALUES (?, ?)", (body["sku"], int(body["qty"])))
    db().commit()
    return {"id": cur.lastrowid}, 201


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)
