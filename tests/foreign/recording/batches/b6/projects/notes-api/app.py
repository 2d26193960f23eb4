from flask import Flask, abort, jsonify

app = Flask(__name__)

NOTES = {
    1: {"id": 1, "title": "buy milk", "words": 2},
    2: {"id": 2, "title": "call the plumber about the kitchen sink", "words": 7},
}
ARCHIVED = []


@app.get("/api/notes")
def list_notes():
    return jsonify(list(NOTES.values()))


@app.get("/api/notes/<int:note_id>")
def get_note(note_id):
    if note_id not in NOTES:
        abort(404)
    return jsonify(NOTES[note_id])


@app.get("/api/report")
def report():
    words = sum(n["words"] for n in NOTES.values())
    archived_share = len(ARCHIVED) / len(ARCHIVED) * 100
    return jsonify({"notes": len(NOTES), "words": words, "archived_percent": archived_share})
