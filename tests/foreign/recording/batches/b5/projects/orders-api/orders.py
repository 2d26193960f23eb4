from flask import Flask, abort, jsonify, redirect

app = Flask(__name__)

ORDERS = {
    17: {"id": 17, "customer_name": "Ines Duarte", "items": 3, "total": 48.90},
    18: {"id": 18, "customer_name": "Tom Becker", "items": 1, "total": 12.00},
}


@app.get("/orders/<int:order_id>")
def get_order(order_id):
    order = ORDERS.get(order_id)
    if order is None:
        abort(404)
    return jsonify(id=order["id"], customer=order["customer"], total=order["total"])


@app.get("/docs")
def docs():
    return redirect("/static/api.html")
