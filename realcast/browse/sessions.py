"""What the browser shows of one session folder: meta, report, evidence and cast, read once."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recorder.cast import Cast, read_cast
from recorder.store import CAST, EVIDENCE, META, REPORT
from schema.evidence import Evidence, EvidenceItem
from schema.report import Report, SessionReport
from schema.session import SessionMeta, StepRecord

Outcome = str  # "success" (no blocker), "resolved" (every blocker fixed) or "open" (one left open)


@dataclass(frozen=True)
class ReportItem:
    """One report entry with what it rests on: the heading, its fields, its evidence and where to seek."""

    path: str
    title: str
    fields: dict[str, str]
    evidence: EvidenceItem | None
    seek_time: float | None


@dataclass(frozen=True)
class SessionView:
    """Everything one row of the index and one session page need."""

    folder: Path
    meta: SessionMeta
    cast: Cast
    report: SessionReport | None
    evidence: Evidence | None
    split: str | None

    @property
    def session_id(self) -> str:
        return self.meta.session_id

    @property
    def page_name(self) -> str:
        """The session page's file name inside the site."""
        return f"sessions/{self.session_id}.html"


def load_session(folder: Path, split: str | None) -> SessionView:
    """Read one session folder; report and evidence are None while the session is unlabelled."""
    meta = SessionMeta.model_validate_json((folder / META).read_text(encoding="utf-8"))
    return SessionView(folder, meta, read_cast(folder / CAST), _read_report(folder), _read_evidence(folder), split)


def _read_report(folder: Path) -> SessionReport | None:
    path = folder / REPORT
    if not path.is_file():
        return None
    sessions = Report.model_validate_json(path.read_text(encoding="utf-8")).root
    return sessions[0] if sessions else None


def _read_evidence(folder: Path) -> Evidence | None:
    path = folder / EVIDENCE
    return Evidence.model_validate_json(path.read_text(encoding="utf-8")) if path.is_file() else None


def blocker_items(view: SessionView) -> list[EvidenceItem]:
    """The evidence entries of the report's blockers."""
    items = view.evidence.items if view.evidence else []
    return [item for item in items if item.status is not None]


def outcome(view: SessionView) -> Outcome:
    """open when a blocker is left open, resolved when every blocker was fixed, success with none."""
    statuses = {item.status for item in blocker_items(view)}
    if "open" in statuses:
        return "open"
    return "resolved" if statuses else "success"


def blocker_counts(view: SessionView) -> tuple[int, int]:
    """(open, resolved) blockers, from evidence.json."""
    statuses = [item.status for item in blocker_items(view)]
    return statuses.count("open"), statuses.count("resolved")


def labelers_fired(view: SessionView) -> list[str]:
    """The labelers whose findings made it into the report, sorted."""
    return sorted({item.labeler for item in view.evidence.items}) if view.evidence else []


def line_count(view: SessionView) -> int:
    """Lines of terminal output in the cast."""
    return view.cast.output_text().count("\n")


def duration(view: SessionView) -> float:
    """Seconds from the cast's start to its last event."""
    return view.cast.events[-1].time if view.cast.events else 0.0


def step_markers(steps: list[StepRecord]) -> list[tuple[float, str]]:
    """asciinema-player markers: one per step, at its first keystroke, labelled with its command."""
    return [(step.start, f"{step.index + 1}: {step.command}") for step in steps]


def report_items(view: SessionView) -> list[ReportItem]:
    """Key successes then blockers, each with its evidence entry and the start time of its first step."""
    if view.report is None:
        return []
    successes = [_item(view, f"key_successes[{n}]", s.desc, s.model_dump()) for n, s in enumerate(view.report.key_successes)]
    blockers = [_item(view, f"blockers[{n}]", b.desc, b.model_dump()) for n, b in enumerate(view.report.blockers)]
    return successes + blockers


def _item(view: SessionView, path: str, title: str, fields: dict[str, str]) -> ReportItem:
    evidence = _evidence_for(view, path)
    seek = _step_start(view.meta.steps, evidence.steps[0]) if evidence and evidence.steps else None
    shown = {name: value for name, value in fields.items() if name != "desc" and value}
    return ReportItem(path, title, shown, evidence, seek)


def _evidence_for(view: SessionView, path: str) -> EvidenceItem | None:
    items = view.evidence.items if view.evidence else []
    return next((item for item in items if item.item == path), None)


def _step_start(steps: list[StepRecord], index: int) -> float | None:
    return next((step.start for step in steps if step.index == index), None)
