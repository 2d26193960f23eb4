from flask import Flask, jsonify, abort

app = Flask(__name__)
ORDERS = {1: {"id": 1, "item": "keyboard", "qty": 2}, 2: {"id": 2, "item": "monitor", "qty": 1}}


@app.get("/api/orders")
def list_orders():
    return jsonify([{"id": o["id"], "item": o["item"], "total": o["qty"] * o["price"]} for o in ORDERS.values()])


@app.get("/api/orders/<int:order_id>")
def get_order(order_id):
    if order_id not in ORDERS:
        abort(404)
    return jsonify(ORDERS[order_id])


if __name__ == "__main__":
    app.run(port=8080)
