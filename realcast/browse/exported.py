"""What an export says about the sessions: each one's split and token count (manifest.jsonl) and the
card's figures (export.json), so the index can show the dataset card beside the table."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from schema.dataset import ExportInfo, ManifestRow

MANIFEST, INFO = "manifest.jsonl", "export.json"


@dataclass(frozen=True)
class ExportFacts:
    """One export as the site uses it; empty when there is none."""

    manifest: Path | None = None
    rows: list[ManifestRow] = field(default_factory=list)
    info: ExportInfo | None = None

    def split_of(self, session_id: str) -> str | None:
        """The session's split (every segment of a session shares it); None when it is not in the export."""
        return self._splits.get(session_id)

    def tokens_of(self, session_id: str) -> int | None:
        """o200k_harmony tokens of the session's longest row; None when it is not in the export."""
        counts = self._tokens.get(session_id)
        return max(counts) if counts else None

    @cached_property
    def _splits(self) -> dict[str, str]:
        return {row.session_id: row.split for row in self.rows}

    @cached_property
    def _tokens(self) -> dict[str, list[int]]:
        by_session: dict[str, list[int]] = defaultdict(list)
        for row in self.rows:
            by_session[row.session_id].append(row.tokens)
        return by_session


def find_manifest(sessions: Path, export: Path | None) -> Path | None:
    """The manifest of --export, else one in the sessions folder's parent or its export/ folder."""
    candidates = [export / MANIFEST] if export else [sessions.parent / MANIFEST, sessions.parent / "export" / MANIFEST]
    return next((path for path in candidates if path.is_file()), None)


def read_export(manifest: Path | None) -> ExportFacts:
    """The manifest's rows and, beside it, export.json (None for an export written before it existed)."""
    if manifest is None:
        return ExportFacts()
    lines = manifest.read_text(encoding="utf-8").splitlines()
    rows = [ManifestRow.model_validate_json(line) for line in lines if line.strip()]
    info_path = manifest.parent / INFO
    info = ExportInfo.model_validate_json(info_path.read_text(encoding="utf-8")) if info_path.is_file() else None
    return ExportFacts(manifest, rows, info)
