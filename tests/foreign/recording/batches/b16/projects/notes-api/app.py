from flask import Flask, jsonify

app = Flask(__name__)
NOTES = {1: {"id": 1, "title": "buy milk", "tags": ["home"]},
         2: {"id": 2, "title": "ship v0.4", "tags": None}}


@app.errorhandler(500)
def internal(err):
    return jsonify(error="internal server error"), 500


@app.errorhandler(404)
def missing(err):
    return jsonify(error="not found"), 404


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/notes")
def list_notes():
    out = []
    for note in NOTES.values():
        out.append({**note, "tag_count": len(note["tags"])})
    return jsonify(out)


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    if note_id not in NOTES:
        return missing(None)
    return jsonify(NOTES[note_id])


if __name__ == "__main__":
    app.run(port=5000)
