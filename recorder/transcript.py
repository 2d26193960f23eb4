"""Render a cast the way a terminal would show it (pyte), and find each step's lines in it.

`\\r`, backspace and cursor moves are applied, not deleted; colours and marks disappear. Step boundaries
come from the shell-integration marks in the raw stream — or, for an imported session with only some marks
or none, from its prompt lines, found exactly as `realcast import` found them (recorder/layout.py) — so the
text and the steps always agree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from recorder.cast import Cast
from recorder.layout import Layout, Span, commands, lay_out, logical_lines, output_rows
from recorder.prompts import PromptShape
from schema.session import SessionMeta, StepRecord


PROMPT = re.compile(r"^(?:\([^)]*\) )?[\w.-]+@[\w.-]+:(?P<cwd>\S+?)(?: \((?P<branch>[^)]*)\))?\$")  # (venv) user@host:~/dir (branch)$


@dataclass
class StepView:
    """One step as seen on screen: the prompt line it was typed on and the lines it printed."""

    record: StepRecord
    prompt_line: str
    output: list[str]
    at: int = 0  # the prompt line's index in Transcript.lines (its output follows it)
    end: int = 0  # the index after its last line (its output's last line may hold the next prompt too)

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
    def folder(self) -> str | None:
        """The working folder the prompt shows (`~/shop`), None when the prompt is not bash's usual one."""
        match = PROMPT.match(self.prompt_line)
        return match.group("cwd") if match else None

    def output_text(self) -> str:
        return "\n".join(self.output)


@dataclass
class Transcript:
    """The rendered session: all lines, and the steps located in them."""

    lines: list[str]
    steps: list[StepView] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(self.lines)


def render(cast: Cast, meta: SessionMeta) -> Transcript:
    """Render the cast and attach each meta step to its prompt line and output lines."""
    layout = lay_out(cast, _prompt_shape(meta), meta.mark_nonce)
    lines, line_of = logical_lines(layout)
    views = [_view(record, span, lines, line_of, layout) for record, span in zip(meta.steps, _commands_only(layout, meta))]
    return Transcript(lines, views)


def _prompt_shape(meta: SessionMeta) -> PromptShape | None:
    """The prompts an imported session's steps were found by (None for a recorded session: it has marks)."""
    found = meta.imported
    if found is None or found.prompt is None:
        return None
    return PromptShape(found.prompt, found.prompt_header, found.prompt_glued)


def _view(record: StepRecord, span: Span, lines: list[str], line_of: list[int], layout: Layout) -> StepView:
    """One step's lines: from its prompt line to its output's last line."""
    at, (_, end) = _at(line_of, span.prompt), output_rows(layout, span)
    last = min(_at(line_of, end - 1) + 1, len(lines))
    return StepView(record, _line(lines, at), _output(lines, line_of, layout, span), at, max(at + 1, last))


def _output(lines: list[str], line_of: list[int], layout: Layout, span: Span) -> list[str]:
    """A step's output as whole lines: rows the terminal wrapped are joined again. Output without a final
    newline shares its last line with the next prompt (`{"error": "x"}dev@host:~$ ls`): that line is the
    step's only up to where its output stopped."""
    start, end = output_rows(layout, span)
    output = lines[_at(line_of, start):_at(line_of, end - 1) + 1] if end > start else []
    if output and span.end_column is not None and end - 1 < len(layout.lines):
        output[-1] = output[-1][:_offset(layout, line_of, end - 1) + span.end_column]
    return output


def _offset(layout: Layout, line_of: list[int], row: int) -> int:
    """Where screen row `row` starts in its logical line: after the wrapped rows before it, each as wide as
    the screen it wrapped on (logical_lines pads them so)."""
    first = row
    while first > 0 and line_of[first - 1] == line_of[row]:
        first -= 1
    return sum(layout.wrapped.get(earlier, len(layout.lines[earlier])) for earlier in range(first, row))


def _at(line_of: list[int], row: int) -> int:
    return line_of[row] if row < len(line_of) else len(line_of)


def _commands_only(layout: Layout, meta: SessionMeta) -> list[Span]:
    """A recorded session has one span per step; an imported one keeps the spans its import made steps of."""
    if meta.imported is None:
        return layout.spans
    return [command.span for command in commands(layout)]


def _line(lines: list[str], number: int) -> str:
    return lines[number] if number < len(lines) else ""
