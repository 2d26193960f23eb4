from flask import Flask, jsonify

app = Flask(__name__)
NOTES = [{"id": 1, "text": "buy coffee"}, {"id": 2, "text": "renew TLS cert"}]


@app.get("/notes")
def notes():
    return jsonify(NOTES)
