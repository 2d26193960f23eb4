from flask import Flask, jsonify

app = Flask(__name__)
NOTES = [{"id": 1, "text": "buy milk"}, {"id": 2, "text": "call the plumber"}]


@app.get("/notes")
def list_notes():
    return jsonify(NOTES)
