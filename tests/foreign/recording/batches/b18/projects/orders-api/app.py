from flask import Flask, abort, jsonify

app = Flask(__name__)

ORDERS = {
    3: {"customer": "Acme GmbH", "items": [12.5, 30.0, 7.5]},
    7: {"customer": "Borealis Oy", "items": []},
}


@app.get("/api/orders/<int:order_id>")
def order(order_id):
    if order_id not in ORDERS:
        abort(404)
    o = ORDERS[order_id]
    avg = sum(o["items"]) / len(o["items"])
    return jsonify(id=order_id, customer=o["customer"], items=len(o["items"]), avg_item_price=round(avg, 2))


if __name__ == "__main__":
    app.run(port=5050)
