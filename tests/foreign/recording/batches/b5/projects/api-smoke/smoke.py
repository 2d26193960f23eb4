import os

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
API_TOKEN = os.environ.get("SMOKE_API_TOKEN", "dev-token-123")
ITEMS = [{"id": 1, "name": "widget"}, {"id": 2, "name": "gadget"}, {"id": 3, "name": "sprocket"}]


@app.get("/health")
def health():
    return jsonify(ok=True)


@app.get("/v1/items")
def items():
    limit = int(request.args.get("limit", 10))
    return jsonify(ITEMS[:limit])


@app.get("/v1/items/<int:item_id>")
def item(item_id):
    for it in ITEMS:
        if it["id"] == item_id:
            return jsonify(it)
    return jsonify(error=f"no item {item_id}"), 404


@app.get("/v1/admin")
def admin():
    if request.headers.get("Authorization") != f"Bearer {API_TOKEN}":
        return jsonify(error="missing or wrong token"), 401
    return jsonify(users=2, items=len(ITEMS))


@app.get("/old")
def old():
    return redirect("/v1/items", code=301)
