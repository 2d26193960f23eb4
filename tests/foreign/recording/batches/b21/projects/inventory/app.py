from flask import Flask, jsonify, abort

app = Flask(__name__)

ITEMS = {
    1: {"sku": "MUG-01", "name": "Mug", "stock": 12},
    2: {"sku": "TEE-02", "name": "T-shirt", "stock": 0},
    3: {"sku": "CAP-03", "name": "Cap", "qty": 5},
}


@app.get("/api/items")
def list_items():
    return jsonify(sorted(ITEMS))


@app.get("/api/items/<int:item_id>")
def get_item(item_id):
    item = ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify({"sku": item["sku"], "in_stock": item["stock"] > 0})
