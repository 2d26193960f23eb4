"""Which split each session went to, read from an export's manifest.jsonl."""
from __future__ import annotations

from pathlib import Path

from schema.dataset import ManifestRow

MANIFEST = "manifest.jsonl"


def find_manifest(sessions: Path, export: Path | None) -> Path | None:
    """The manifest of --export, else one in the sessions folder's parent or its export/ folder."""
    candidates = [export / MANIFEST] if export else [sessions.parent / MANIFEST, sessions.parent / "export" / MANIFEST]
    return next((path for path in candidates if path.is_file()), None)


def read_splits(manifest: Path | None) -> dict[str, str]:
    """session id → split (every segment of a session shares its split)."""
    if manifest is None:
        return {}
    rows = [ManifestRow.model_validate_json(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row.session_id: row.split for row in rows}
