"""Export labelled sessions as harmony_messages.jsonl and pairs.jsonl (the seed's formats), with a manifest."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from labelers import load_transcript
from recorder.cast import read_cast
from recorder.marks import strip_marks
from recorder.store import CAST, REPORT, iter_sessions, write_atomic
from schema.dataset import HarmonyMessage, HarmonyRecord, ManifestRow, Pair
from schema.report import Report
from schema.session import SessionMeta
from train.prompt import DEVELOPER_PROMPT, user_message

HARMONY, PAIRS, MANIFEST = "harmony_messages.jsonl", "pairs.jsonl", "manifest.jsonl"
TranscriptForm = Literal["clean", "raw"]


class ExportError(ValueError):
    """Nothing to export, or a session that cannot be exported."""


@dataclass
class Exported:
    """Where the files went and how many rows each split got."""

    out_dir: Path
    rows: int
    splits: dict[str, int]


def export(sessions_root: Path, out_dir: Path, form: TranscriptForm = "clean", test_percent: int = 15) -> Exported:
    """Write the export files for every labelled session under sessions_root."""
    directories = [d for d in iter_sessions(sessions_root) if (d / REPORT).is_file()]
    if not directories:
        raise ExportError(f"no labelled sessions under {sessions_root}: run `realcast record` (and `realcast label`) first")
    records, pairs, manifest = [], [], []
    for line, directory in enumerate(directories):
        meta, transcript = load_transcript(directory)
        text = transcript.text() if form == "clean" else strip_marks(read_cast(directory / CAST).output_text())
        report = Report.model_validate_json((directory / REPORT).read_text(encoding="utf-8")).to_json()
        records.append(_harmony(text, report))
        pairs.append(Pair(input=text, output=report))
        manifest.append(ManifestRow(line=line, session_id=meta.session_id, scenario=meta.scenario, family=meta.family,
                                    seed=meta.seed, split=split_of(meta.scenario, meta.seed, test_percent),
                                    transcript_lines=text.count("\n") + 1, transcript_chars=len(text),
                                    truth_categories=_truth_categories(meta)))
    _write(out_dir, records, pairs, manifest)
    splits = {name: sum(row.split == name for row in manifest) for name in ("train", "test")}
    return Exported(out_dir, len(records), splits)


def _truth_categories(meta: SessionMeta) -> list[str]:
    return sorted({failure.category.value for failure in meta.truth.failures}) if meta.truth else []


def split_of(scenario: str, seed: int, test_percent: int) -> Literal["train", "test"]:
    """Deterministic split by (scenario, seed): a variant never lands in both."""
    bucket = int(hashlib.sha256(f"{scenario}:{seed}".encode()).hexdigest(), 16) % 100
    return "test" if bucket < test_percent else "train"


def _harmony(transcript: str, report_json: str) -> HarmonyRecord:
    return HarmonyRecord(messages=[
        HarmonyMessage(role="developer", content=DEVELOPER_PROMPT),
        HarmonyMessage(role="user", content=user_message(transcript)),
        HarmonyMessage(role="assistant", content=report_json),
    ])


def _write(out_dir: Path, records: list[HarmonyRecord], pairs: list[Pair], manifest: list[ManifestRow]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(out_dir / HARMONY, _jsonl(records))
    write_atomic(out_dir / PAIRS, _jsonl(pairs))
    write_atomic(out_dir / MANIFEST, _jsonl(manifest))
    for split in ("train", "test"):
        rows = [record for record, row in zip(records, manifest) if row.split == split]
        write_atomic(out_dir / f"harmony_{split}.jsonl", _jsonl(rows))


def _jsonl(rows: list) -> str:  # noqa: ANN001 - pydantic models
    return "".join(json.dumps(row.model_dump(mode="json"), ensure_ascii=False) + "\n" for row in rows)
