from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES = {1: {"id": 1, "text": "call the printer guy"}, 2: {"id": 2, "text": "renew TLS cert"}}


@app.get("/notes")
def list_notes():
    return jsonify(sorted(NOTES.values(), key=lambda note: note["id"]))


@app.post("/notes")
def add_note():
    note = {"id": max(NOTES) + 1, "text": request.get_json()["text"]}
    NOTES[note["id"]] = note
    return jsonify(note), 201
