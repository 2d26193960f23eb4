"""Long sessions cut the way a serving app cuts a working day: segments of at most MAX_LINES transcript
lines, and a new segment after an idle gap of IDLE_GAP_S or more. Cuts fall between commands; each
segment is a session of its own (the cast from the prompt before its first command to the end of its
last), rendered and labelled afresh, so its report covers exactly what it shows."""
from __future__ import annotations

from dataclasses import dataclass

from labelers import Labelled, label_transcript
from recorder.cast import Cast
from recorder.transcript import Transcript, render
from schema.cast import CastEvent
from schema.session import SessionMeta, StepRecord
from schema.truth import Truth

MAX_LINES = 1000
IDLE_GAP_S = 15 * 60


@dataclass(frozen=True)
class Segment:
    """One labelled piece of a long session: which of how many, and its own report."""

    number: int
    of: int
    cast: Cast
    labelled: Labelled


def cut_points(meta: SessionMeta, transcript: Transcript) -> list[int]:
    """Indices of the steps that start a new segment (after the first)."""
    cuts, lines = [], 0
    for position, view in enumerate(transcript.steps):
        size = 1 + len(view.output)
        idle = position and view.record.start - meta.steps[position - 1].end >= IDLE_GAP_S
        if position and (idle or lines + size > MAX_LINES):
            cuts.append(position)
            lines = 0
        lines += size
    return cuts


def segments(meta: SessionMeta, cast: Cast, transcript: Transcript) -> list[Segment]:
    """The session's segments, each rendered and labelled; one segment when no cut is needed."""
    cuts = cut_points(meta, transcript)
    bounds = list(zip([0, *cuts], [*cuts, len(meta.steps)]))
    return [_segment(meta, cast, first, last, number, len(bounds)) for number, (first, last) in enumerate(bounds, 1)]


def _segment(meta: SessionMeta, cast: Cast, first: int, last: int, number: int, of: int) -> Segment:
    start = meta.steps[first - 1].end if first else 0.0
    end = meta.steps[last].start if last < len(meta.steps) else float("inf")
    piece = Cast(cast.header, [_shifted(event, start) for event in cast.events if start <= event.time < end])
    steps = [_step(step, at, start) for at, step in enumerate(meta.steps[first:last])]
    truth = _truth(meta.truth, first, last) if meta.truth else None
    part = meta.model_copy(update={"session_id": f"{meta.session_id}-part{number}", "steps": steps, "truth": truth})
    return Segment(number, of, piece, label_transcript(part, render(piece, part)))


def _shifted(event: CastEvent, start: float) -> CastEvent:
    return event.model_copy(update={"time": round(event.time - start, 6)})


def _step(step: StepRecord, index: int, start: float) -> StepRecord:
    times = {"start": step.start - start, "end": step.end - start,
             "output_start": None if step.output_start is None else step.output_start - start}
    return step.model_copy(update={"index": index, **{key: round(value, 6) if value is not None else None
                                                      for key, value in times.items()}})


def _truth(truth: Truth, first: int, last: int) -> Truth:
    """The truth as the piece shows it: its failures, open unless the piece itself shows them fixed."""
    inside = range(first, last)
    steps = [step.model_copy(update={"step": step.step - first}) for step in truth.steps if step.step in inside]
    failures = [failure.model_copy(update={
        "steps": [step - first for step in failure.steps if step in inside],
        "resolved_by": failure.resolved_by - first if failure.resolved_by in inside else None})
        for failure in truth.failures if set(failure.steps) & set(inside)]
    return Truth(steps=steps, failures=failures)
