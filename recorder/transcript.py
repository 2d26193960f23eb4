"""Render a cast the way a terminal would show it (pyte), and find each step's lines in it.

`\\r`, backspace and cursor moves are applied, not deleted; colours and marks disappear. Step boundaries
come from the shell-integration marks in the raw stream, so the text and the steps always agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyte

from recorder.cast import Cast
from recorder.marks import TEXT_MARK_PATTERN
from schema.session import SessionMeta, StepRecord

HISTORY_LINES = 100_000


@dataclass
class StepView:
    """One step as seen on screen: the prompt line it was typed on and the lines it printed."""

    record: StepRecord
    prompt_line: str
    output: list[str]

    @property
    def index(self) -> int:
        return self.record.index

    @property
    def command(self) -> str:
        return self.record.command

    @property
    def exit_code(self) -> int | None:
        return self.record.exit_code

    @property
    def failed(self) -> bool:
        """Non-zero exit that the user did not cause on purpose (stop_when Ctrl-C)."""
        return not self.record.stopped and self.record.exit_code != 0

    def output_text(self) -> str:
        return "\n".join(self.output)


@dataclass
class Transcript:
    """The rendered session: all lines, and the steps located in them."""

    lines: list[str]
    steps: list[StepView] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(self.lines)


class _Renderer:
    """A pyte screen with scroll-back that can say which absolute line the cursor is on."""

    def __init__(self, cols: int, rows: int) -> None:
        self.screen = pyte.HistoryScreen(cols, rows, history=HISTORY_LINES, ratio=0.5)
        self.stream = pyte.Stream(self.screen)

    def feed(self, text: str) -> None:
        self.stream.feed(text)

    def line_number(self) -> int:
        return len(self.screen.history.top) + self.screen.cursor.y

    def lines(self) -> list[str]:
        columns = self.screen.columns
        scrolled = ["".join(line[x].data for x in range(columns)).rstrip() for line in self.screen.history.top]
        visible = [line.rstrip() for line in self.screen.display]
        lines = scrolled + visible
        while lines and not lines[-1]:
            lines.pop()
        return lines


def render(cast: Cast, meta: SessionMeta) -> Transcript:
    """Render the cast and attach each meta step to its prompt line and output lines."""
    renderer = _Renderer(cast.header.width, cast.header.height)
    raw = cast.output_text()
    prompt_at, spans, position, open_step = 0, [], 0, None
    for match in TEXT_MARK_PATTERN.finditer(raw):
        renderer.feed(raw[position:match.start()])
        position = match.end()
        kind = match.group("kind")
        if kind == "A":
            prompt_at = renderer.line_number()
        elif kind == "C":
            open_step = (prompt_at, renderer.line_number())
        elif kind == "D" and open_step is not None:
            end = renderer.line_number() + (1 if renderer.screen.cursor.x else 0)
            spans.append((*open_step, end))
            open_step = None
    renderer.feed(raw[position:])
    if open_step is not None:
        spans.append((*open_step, renderer.line_number() + 1))
    lines = renderer.lines()
    views = [StepView(record, _line(lines, prompt), lines[start:end])
             for record, (prompt, start, end) in zip(meta.steps, spans)]
    return Transcript(lines, views)


def _line(lines: list[str], number: int) -> str:
    return lines[number] if number < len(lines) else ""
