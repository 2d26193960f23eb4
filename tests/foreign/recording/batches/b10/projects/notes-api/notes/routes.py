from flask import Blueprint, jsonify, request

from . import db
from .models import Note

bp = Blueprint("notes", __name__)


@bp.get("/notes")
def list_notes():
    return jsonify([n.to_dict() for n in Note.query.order_by(Note.id).all()])


@bp.post("/notes")
def create_note():
    data = request.get_json(silent=True) or {}
    note = Note(title=data["title"], body=data.get("body", ""))
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201
