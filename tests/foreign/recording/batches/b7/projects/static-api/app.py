import os
import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/stats")
def stats():
    db = sqlite3.connect(os.environ["STATS_DB"])
    (orders,) = db.execute("select count(*) from orders").fetchone()
    return jsonify(orders=orders)


if __name__ == "__main__":
    app.run(port=5000)
