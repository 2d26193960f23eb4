"""Where each command of a rendered session sits: its prompt line, its output lines, its exit code and times.

One code path for recorded and imported sessions. The session's output is fed to a terminal emulator
event by event; shell-integration marks (OSC 133 A prompt, B input, C output, D;exit end; OSC 7 cwd) say
where steps are when the recording has them — all of them or only some (A and D without B and C are
common) — and otherwise a prompt regex finds the prompt lines on the rendered screen.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

import pyte

from recorder.cast import Cast
from recorder.marks import TEXT_MARK_PATTERN

HISTORY_LINES = 100_000
CONTINUATION = "> "  # bash's PS2: a command continued on the next line
DEFAULT_PROMPTS = (  # stock prompts, with an optional `(venv) ` and a git branch before the $/#/%
    r"^(?:\([^)]*\) )?[\w.-]+@[\w.-]+:[^\n]*?[$#] ",   # bash: user@host:~/dir$  user@host:/etc#
    r"^(?:\([^)]*\) )?[\w.-]+@[\w.-]+ [^\n]*?[%#] ",    # zsh: user@host dir %
    r"^[\w.-]+[%#] ",                                   # zsh's default: host%
    r"^bash-\d+\.\d+[$#] ",                             # bash with no rc file
)


@dataclass
class Span:
    """One command on screen: line numbers are indices into the rendered lines."""

    prompt: int
    column: int | None = None  # where typing starts on the prompt line (B mark)
    start: int | None = None   # first output line (C mark)
    end: int | None = None     # line after the last output line (D mark)
    exit_code: int | None = None
    cwd: str | None = None
    prompt_time: float = 0.0
    output_time: float | None = None
    end_time: float | None = None


@dataclass
class Layout:
    """The rendered lines, the spans found in them, and whether marks (rather than a prompt) found them."""

    lines: list[str]
    spans: list[Span]
    marked: bool
    line_times: list[tuple[int, float]] = field(default_factory=list)  # (line reached, time) per event


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
        lines = scrolled + [line.rstrip() for line in self.screen.display]
        while lines and not lines[-1]:
            lines.pop()
        return lines


def lay_out(cast: Cast, prompt: str | None = None) -> Layout:
    """Render the cast and find its steps: by marks when it has A or D marks, else by the prompt regex."""
    renderer = _Renderer(cast.header.width, cast.header.height)
    events = [event for event in cast.events if event.code == "o"]
    raw = "".join(event.data for event in events)
    starts = list(_offsets(events))
    builder = _SpanBuilder(renderer)
    line_times, position = [], 0
    for cut, kind, match in _cuts(raw, starts):
        renderer.feed(raw[position:cut])
        time = _time_at(events, starts, cut if kind == "mark" else cut - 1)
        if kind == "event":
            line_times.append((renderer.line_number(), time))
            position = cut
        else:
            builder.mark(match, time)
            position = match.end()
    renderer.feed(raw[position:])
    lines = renderer.lines()
    if builder.marked:
        spans = builder.finish(len(lines))
    else:
        spans = _prompt_spans(lines, re.compile(prompt) if prompt else _default_prompt(), line_times)
    return Layout(lines, spans, builder.marked, line_times)


def _time_at(events: list, starts: list[int], offset: int) -> float:  # noqa: ANN001 - CastEvents
    """The time of the event that holds the character at `offset`."""
    return events[max(0, bisect.bisect_right(starts, max(offset, 0)) - 1)].time if events else 0.0


def _offsets(events: list) -> list[int]:  # noqa: ANN001 - CastEvents
    total = 0
    for event in events:
        yield total
        total += len(event.data)


def _cuts(raw: str, starts: list[int]):  # noqa: ANN202 - yields (offset, "event"|"mark", match)
    """Event boundaries and marks, in stream order."""
    marks = [(match.start(), "mark", match) for match in TEXT_MARK_PATTERN.finditer(raw)]
    ends = [(offset, "event", None) for offset in starts[1:]] + [(len(raw), "event", None)]
    yield from sorted(marks + ends, key=lambda cut: (cut[0], cut[1] == "mark"))


class _SpanBuilder:
    """Turns the marks met while rendering into spans."""

    def __init__(self, renderer: _Renderer) -> None:
        self.renderer, self.spans, self.open, self.cwd = renderer, [], None, None
        self.marked = self.ends = False  # any A or D mark seen; any D mark seen

    def mark(self, match: re.Match[str], time: float) -> None:
        kind, line = match.group("kind"), self.renderer.line_number()
        if kind is None:  # OSC 7: the working directory after the last command
            self.cwd = unquote(match.group("cwd"))
            if self.spans and self.spans[-1].cwd is None:
                self.spans[-1].cwd = self.cwd
            return
        self.marked = self.marked or kind in ("A", "D")
        self.ends = self.ends or kind == "D"
        getattr(self, f"_{kind}")(line, time, match.group("arg"))

    def _A(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None and (self.open.start is not None or not self.ends):
            self._close(line, time, None)  # a command whose end mark never came (or a shell that prints none)
        self.open = Span(prompt=line, prompt_time=time)

    def _B(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            self.open.column = self.renderer.screen.cursor.x

    def _C(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            self.open.start, self.open.output_time = line, time

    def _D(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            end = line + (1 if self.renderer.screen.cursor.x else 0)
            self._close(end, time, int(arg) if arg and arg.lstrip("-").isdigit() else None)

    def _close(self, end: int, time: float, exit_code: int | None) -> None:
        span = self.open
        span.end, span.end_time, span.exit_code = end, time, exit_code
        self.spans.append(span)
        self.open = None

    def finish(self, line_count: int) -> list[Span]:
        """The spans, the last prompt's included (a command still running, or the `exit` that ended it)."""
        if self.open is not None:
            self._close(line_count, self.open.output_time or self.open.prompt_time, None)
        return self.spans


def _default_prompt() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in DEFAULT_PROMPTS))


def _prompt_spans(lines: list[str], prompt: re.Pattern[str], line_times: list[tuple[int, float]]) -> list[Span]:
    """Steps from prompt lines: each runs until the next prompt line."""
    prompts = [index for index, line in enumerate(lines) if prompt.match(line)]
    spans = []
    for index, line in enumerate(prompts):
        end = prompts[index + 1] if index + 1 < len(prompts) else len(lines)
        span = Span(prompt=line, column=prompt.match(lines[line]).end(), end=end, prompt_time=_time_of(line, line_times))
        span.end_time = _time_of(end, line_times)
        spans.append(span)
    return spans


def _time_of(line: int, line_times: list[tuple[int, float]]) -> float:
    """When the screen first reached `line`."""
    return next((time for reached, time in line_times if reached >= line), line_times[-1][1] if line_times else 0.0)


def command_lines(layout: Layout, span: Span) -> tuple[list[str], int]:
    """The lines the command was typed on (its PS2 continuations included) and its first output line."""
    end = span.end if span.end is not None else len(layout.lines)
    if span.start is not None:
        return layout.lines[span.prompt:span.start], span.start
    last = span.prompt + 1
    while last < end and layout.lines[last].startswith(CONTINUATION):
        last += 1
    return layout.lines[span.prompt:last], last


def output_lines(layout: Layout, span: Span) -> list[str]:
    _, start = command_lines(layout, span)
    end = span.end if span.end is not None else len(layout.lines)
    return layout.lines[start:max(start, end)]


def typed_command(layout: Layout, span: Span, prompt: str | None = None) -> str:
    """The command as the screen shows it after the prompt: PS2 continuations on new lines, wrapped lines joined."""
    lines, _ = command_lines(layout, span)
    if not lines:
        return ""
    column = span.column if span.column is not None else _prompt_end(lines[0], prompt)
    parts = [lines[0][column:]]
    for line in lines[1:]:
        parts.append("\n" + line[len(CONTINUATION):] if line.startswith(CONTINUATION) else line)
    return "".join(parts).strip()


def _prompt_end(line: str, prompt: str | None) -> int:
    """Where the prompt ends on a line with no B mark: the prompt regex, else after the first `$ `/`# `/`% `."""
    if match := (re.compile(prompt) if prompt else _default_prompt()).match(line):
        return match.end()
    ends = [line.find(sign) + 2 for sign in ("$ ", "# ", "% ") if sign in line]
    return min(ends) if ends else 0
