from flask import Flask, abort, jsonify

app = Flask(__name__)

ORDERS = {
    7: {"id": 7, "customer": "Halvorsen AS",
        "lines": [{"sku": "WL-001", "qty": 2, "price": 39.9}, {"sku": "CT-210", "qty": 1, "price": 18.0}]},
    8: {"id": 8, "customer": "Northwind Coffee", "lines": [{"sku": "WL-002", "qty": 4, "price": 24.5}]},
}


@app.get("/api/orders/<int:order_id>")
def get_order(order_id):
    order = ORDERS.get(order_id) or abort(404)
    total = sum(line["qty"] * line["unit_price"] for line in order["lines"])
    return jsonify({**order, "total": round(total, 2)})


if __name__ == "__main__":
    app.run(port=5001)
