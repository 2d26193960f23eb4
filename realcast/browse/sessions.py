"""What the browser shows of one session folder: meta, report, evidence and cast, read once; the clean
transcript rendered from the cast; where each report item's evidence stands, in the cast and in the transcript."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from realcast.browse.exported import ExportFacts
from recorder.cast import Cast, read_cast
from recorder.screen import visible_text
from recorder.store import CAST, EVIDENCE, META, REPORT
from recorder.transcript import StepView, Transcript, render
from schema.evidence import Evidence, EvidenceItem
from schema.report import Report, SessionReport
from schema.session import SessionMeta, StepRecord

WHITESPACE = re.compile(r"\s+")
QUOTE_PART = 8  # characters (spaces aside) a quote needs to be found inside a longer line
CAST_ROUNDING = 0.001  # s: casts keep 6 decimals, so the event carrying a step's end mark may sort past step.end
SHOWN_MARGIN = 0.05  # s past the event, so the player has drawn it


@dataclass(frozen=True)
class ReportItem:
    """One report entry with what it rests on: the heading, its fields, its evidence and where to seek."""

    path: str
    title: str
    fields: dict[str, str]
    evidence: EvidenceItem | None
    seek_time: float | None


@dataclass(frozen=True)
class TranscriptLine:
    """One line of the clean transcript (what the model reads): the step whose prompt it is, if any, and the
    report items whose evidence it is."""

    text: str
    step: int | None
    items: list[str]


@dataclass(frozen=True)
class SessionView:
    """Everything one row of the index and one session page need."""

    folder: Path
    meta: SessionMeta
    cast: Cast
    report: SessionReport | None
    evidence: Evidence | None
    split: str | None
    tokens: int | None
    transcript: Transcript

    @property
    def session_id(self) -> str:
        return self.meta.session_id

    @property
    def page_name(self) -> str:
        """The session page's file name inside the site."""
        return f"sessions/{self.session_id}.html"


def load_session(folder: Path, export: ExportFacts) -> SessionView:
    """Read one session folder; report and evidence are None while the session is unlabelled, split and
    tokens None while it is not in the export."""
    meta = SessionMeta.model_validate_json((folder / META).read_text(encoding="utf-8"))
    cast = read_cast(folder / CAST)
    return SessionView(folder, meta, cast, _read_report(folder), _read_evidence(folder),
                       export.split_of(meta.session_id), export.tokens_of(meta.session_id), render(cast, meta))


def _read_report(folder: Path) -> SessionReport | None:
    path = folder / REPORT
    if not path.is_file():
        return None
    sessions = Report.model_validate_json(path.read_text(encoding="utf-8")).root
    return sessions[0] if sessions else None


def _read_evidence(folder: Path) -> Evidence | None:
    path = folder / EVIDENCE
    return Evidence.model_validate_json(path.read_text(encoding="utf-8")) if path.is_file() else None


def outcome(view: SessionView) -> str:
    """Evidence.outcome; an unlabelled session has no blocker yet."""
    return view.evidence.outcome() if view.evidence else "success"


def blocker_counts(view: SessionView) -> tuple[int, int]:
    """(open, resolved) blockers, from evidence.json."""
    statuses = view.evidence.blocker_statuses() if view.evidence else []
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
    seek = _seek_time(view, evidence) if evidence and evidence.steps else None
    shown = {name: value for name, value in fields.items() if name != "desc" and value}
    return ReportItem(path, title, shown, evidence, seek)


def _evidence_for(view: SessionView, path: str) -> EvidenceItem | None:
    items = view.evidence.items if view.evidence else []
    return next((item for item in items if item.item == path), None)


def _seek_time(view: SessionView, evidence: EvidenceItem) -> float | None:
    """Where the item's evidence stands on screen: just after the last of its lines that its first step
    printed (the command line included), else that step's first keystroke."""
    step = next((step for step in view.meta.steps if step.index == evidence.steps[0]), None)
    if step is None:
        return None
    shown = evidence_shown_at(view.cast, step, evidence.evidence)
    return round(shown + SHOWN_MARGIN, 3) if shown is not None else step.start


def evidence_shown_at(cast: Cast, step: StepRecord, lines: list[str]) -> float | None:
    """The time of the output event that completes the last of `lines` to appear during `step` (spaces and
    escape sequences ignored, as the emulator's rendering differs from the stream in both); None if none does."""
    printed, ends = "", []
    for event in cast.events:
        if event.code == "o" and step.start <= event.time <= step.end + CAST_ROUNDING:
            printed += _squeezed(event.data)
            ends.append((len(printed), event.time))
    found = [printed.find(line) + len(line) for line in map(_squeezed, lines) if line and line in printed]
    return next(time for end, time in ends if end >= max(found)) if found else None


def _squeezed(text: str) -> str:
    return WHITESPACE.sub("", visible_text(text))


def transcript_lines(view: SessionView) -> list[TranscriptLine]:
    """The transcript's lines, each tagged with the report items it is evidence of (within the items' steps)."""
    lines = view.transcript.lines
    prompts = {step.at: step.index for step in view.transcript.steps}
    items = {number: [] for number in range(len(lines))}
    for entry in view.evidence.items if view.evidence else []:
        for number in _evidence_lines(lines, view.transcript.steps, entry):
            items[number].append(entry.item)
    return [TranscriptLine(text, prompts.get(number), items[number]) for number, text in enumerate(lines)]


def _evidence_lines(lines: list[str], steps: list[StepView], entry: EvidenceItem) -> list[int]:
    """Numbers of the lines of the entry's steps that are its evidence: the prompt line when the command is
    quoted, and output lines that quote one (spaces aside; labelers quote lines stripped)."""
    wanted = {line for line in map(_squeezed, entry.evidence) if line}
    numbers = []
    for step in steps:
        if step.index in entry.steps:
            numbers += [step.at] if _squeezed(step.command) in wanted else []
            numbers += [number for number in range(step.at + 1, step.end) if _quotes(_squeezed(lines[number]), wanted)]
    return numbers


def _quotes(line: str, wanted: set[str]) -> bool:
    """The line is a quoted one, or holds one long enough not to turn up by chance (labelers quote parts of
    lines too: `6 passed in 0.04s` of pytest's `=== 6 passed in 0.04s ===`)."""
    return line in wanted or any(len(quote) >= QUOTE_PART and quote in line for quote in wanted)


def untimed(view: SessionView) -> bool:
    """A recording without timing (a `script` log imported without its timing file): it cannot be played."""
    return duration(view) == 0
