"""Rule-based labelers: findings with evidence, composed into a grounded session report."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from labelers.compose import LabelError, compose
from labelers.grounding import report_problems
from labelers.registry import Applied, apply_all
from recorder.cast import Cast, read_cast
from recorder.store import CAST, EVIDENCE, META, RECORDING, REPORT, holds, read_seal, write_atomic, write_seal
from recorder.transcript import Transcript, render
from schema.evidence import Evidence
from schema.report import Report
from schema.session import SessionMeta


@dataclass
class Labelled:
    """The report and its evidence for one session, with what every labeler said."""

    meta: SessionMeta
    report: Report
    evidence: Evidence
    transcript: Transcript
    applied: Applied


def load_transcript(directory: Path) -> tuple[SessionMeta, Transcript]:
    """Read meta.json and session.cast of a session folder and render the transcript."""
    meta, cast = load_recording(directory)
    return meta, render(cast, meta)


def load_recording(directory: Path) -> tuple[SessionMeta, Cast]:
    """meta.json and session.cast of a session folder.

    A sealed session whose recording no longer matches its seal is refused: labels made from it would
    vouch for bytes no process wrote."""
    seal = read_seal(directory)
    if seal is not None and not holds(directory, seal, RECORDING):
        raise LabelError(f"{directory}: session.cast or meta.json changed since it was recorded (done.json no longer "
                         "matches); rerun `realcast record` to record it again")
    try:
        meta = SessionMeta.model_validate_json((directory / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LabelError(f"unreadable {directory / META}: {str(error).splitlines()[0]}; re-record the session") from None
    return meta, read_cast(directory / CAST)


def label_transcript(meta: SessionMeta, transcript: Transcript) -> Labelled:
    applied = apply_all(transcript)
    report, evidence = compose(applied.findings, transcript, meta.session_id, applied.errors)
    problems = report_problems(report.root[0], transcript.text())
    if problems:
        raise LabelError(f"session {meta.session_id}: report not grounded: {problems[0]}")
    return Labelled(meta, report, evidence, transcript, applied)


def label_session(directory: Path, write: bool = True) -> Labelled:
    """Label one session folder and (unless write=False) write report.json and evidence.json beside its cast,
    then seal the folder (done.json) so the labels are known to come from this cast."""
    meta, transcript = load_transcript(directory)
    labelled = label_transcript(meta, transcript)
    if not write:
        return labelled
    write_atomic(directory / REPORT, labelled.report.model_dump_json(indent=2))
    write_atomic(directory / EVIDENCE, labelled.evidence.model_dump_json(indent=2))
    write_seal(directory)
    return labelled
