"""Where each command of a rendered session sits: its prompt line, its output lines, its exit code and times.

One code path for recorded and imported sessions, for `realcast import` and for rendering transcripts.
The session's output is fed to a terminal emulator (recorder/terminal.py) event by event; shell-integration
marks (OSC 133 — or VS Code's OSC 633 — A prompt, B input, C output, D;exit end; OSC 7 cwd) say where steps
are when the recording has them: all of them, or only some (A and D without B and C are common; D alone
works too). Without marks, a prompt regex finds the prompt lines on the rendered screen and exit codes
stay unknown. A recorded session's marks carry its nonce (`aid=`, recorder/marks.py): marks without it are
command output, drawn as such.
"""
from __future__ import annotations

import bisect
import re
import shlex
from dataclasses import dataclass, field, replace
from urllib.parse import unquote


from recorder.cast import Cast
from recorder.marks import TEXT_MARK_PATTERN, split_arg
from recorder.prompts import DEFAULT_PROMPT, PromptShape, infer
from recorder.screen import visible_text
from recorder.terminal import TranscriptScreen
from recorder.terminal import stream as terminal_stream
from schema.cast import CastEvent

# The shell's PS2, the command goes on: bash's `> ` (`>` alone once a blank line's trailing space is trimmed),
# zsh's `heredoc> `, `dquote> `, `for then> `.
CONTINUATION = re.compile(r"^(?:[a-z]+ )*(?:[a-z]+)?>(?: |$)")
NESTED_SHELLS = {"bash", "sh", "zsh", "dash", "ksh", "fish"}
CONTAINER_CLIS = {"docker", "podman", "kubectl"}
SSH_VALUED = set("pliFJLRDo")  # ssh's options that take a value
SHELL_VALUED = {"--rcfile", "--init-file", "-o", "+o", "-O", "+O"}  # a shell's options that take a value
ENDINGS = ("exit", "logout")  # a last command that ends the recording is not a step
PROMPT_SIGNS = ("$ ", "# ", "% ")
OPENERS = {"if": "fi", "for": "done", "while": "done", "until": "done", "select": "done", "case": "esac"}
COMMAND_START = {None, ";", "&&", "||", "|", "&", "(", "{", "do", "then", "else", "elif", "!"}
KEYPAD_MODES = re.compile(r"\x1b[=>]")  # two-byte escapes that recorder.screen.visible_text leaves a character of
HEREDOC = re.compile(r"<<-?\s*(['\"]?)([\w.-]+)\1")
ABANDONED = "^C"  # what the screen shows for Ctrl-C pressed at the prompt (after what was typed, or on its own)
ERASED_INTERRUPT = re.compile(r"\^C(?=\r?\x1b\[[02]?K)")  # the echo of Ctrl-C, about to be erased
BARE_PROMPT = re.compile(r"(?:\([^)]*\) )?[$%] ?")  # a prompt of one sign (a venv before it)


@dataclass
class Span:
    """One command on screen: line numbers are indices into the rendered lines, times are cast times."""

    prompt: int
    column: int | None = None      # where typing starts on the prompt line (B mark, or the prompt regex)
    prompt_end: int | None = None  # the cursor column once the A mark's event was drawn (the prompt's end)
    start: int | None = None       # first output line (C mark)
    end: int | None = None         # line after the last output line (D mark, next prompt)
    end_column: int | None = None  # output without a final newline: where it stops on its last line (the next
                                   # prompt follows on that line)
    exit_code: int | None = None
    cwd: str | None = None
    prompt_time: float = 0.0
    ready_time: float | None = None  # when the prompt had been drawn
    output_time: float | None = None
    end_time: float | None = None


@dataclass
class Layout:
    """The rendered lines, the spans found in them, and whether marks (rather than a prompt) found them."""

    lines: list[str]
    spans: list[Span]
    marked: bool
    prompt: re.Pattern[str] = field(default_factory=lambda: re.compile(DEFAULT_PROMPT))
    cursor_times: list[tuple[float, int, int]] = field(default_factory=list)  # (time, line, column) after each output event
    wrapped: dict[int, int] = field(default_factory=dict)  # lines wrapped at the margin → screen width
    key_times: list[float] = field(default_factory=list)  # input events, else output events: when keys may have come
    shape: PromptShape = field(default_factory=lambda: PromptShape(DEFAULT_PROMPT))  # where prompt came from


@dataclass(frozen=True)
class Command:
    """A span in which a command was typed, with the command and its times."""

    span: Span
    text: str
    start: float
    output_start: float
    end: float


def lay_out(cast: Cast, prompt: str | PromptShape | None = None, nonce: str | None = None) -> Layout:
    """Render the cast and find its steps: by marks when it has A or D marks, else by its prompts — those
    given (a regex, or the shape an import found), else those inferred from the rendered lines.

    Only marks that carry `nonce` count (meta.json's mark_nonce); without one, the nonce of the cast's first
    mark, which the session's own shell printed before any command ran (none there: every mark counts)."""
    screen = TranscriptScreen(cast.header.width, cast.header.height)
    stream = terminal_stream(screen)
    outputs = [event for event in cast.events if event.code == "o"]
    raw = "".join(event.data for event in outputs)
    starts = list(_offsets(outputs))
    builder = _SpanBuilder(screen)
    cursor_times, position = [], 0
    for cut, kind, value in _cuts(raw, starts, cast.events, _shell_marks(raw, nonce)):
        _feed(stream, raw[position:cut if kind != "mark" else value.start()])
        position = value.end() if kind == "mark" else cut
        time = _time_at(outputs, starts, cut if kind == "mark" else cut - 1)
        if kind == "event":
            cursor_times.append((time, screen.line_number(), screen.shell_cursor.x))
            builder.event_end(time)
        elif kind == "resize":
            screen.resize(*value)
        else:
            builder.mark(value, time)
    _feed(stream, raw[position:])
    lines = screen.text_lines()
    shape = PromptShape(prompt) if isinstance(prompt, str) else prompt
    if shape is None:  # inferred only where the steps come from it: recorded sessions have marks
        shape = PromptShape(DEFAULT_PROMPT) if builder.marked else infer(lines)
    spans = builder.finish(len(lines)) if builder.marked else _prompt_spans(lines, shape, cursor_times)
    layout = Layout(lines, spans, builder.marked, re.compile(shape.pattern), cursor_times, screen.wrapped,
                    _key_times(cast.events), shape)
    if builder.marked:  # a shell started inside a marked one prints no marks: its prompts frame its commands
        layout.spans = [part for span in spans for part in _nested(layout, span)]
    return layout


def _feed(stream, text: str) -> None:  # noqa: ANN001 - a pyte stream
    """Draw output; a Ctrl-C echo that the program erased as it exited (npm's progress line: `^C`, a carriage
    return, erase-line) is kept on a line of its own: the interrupt is part of what happened."""
    stream.feed(ERASED_INTERRUPT.sub("^C\x1b[K\r\n", text))


def _key_times(events: list[CastEvent]) -> list[float]:
    """When keys may have been typed: the input events, or else output events that show text (the echo)."""
    inputs = [event.time for event in events if event.code == "i"]
    return sorted(inputs or [event.time for event in events if event.code == "o" and _shows_text(event.data)])


def _shows_text(data: str) -> bool:
    """Output that puts characters on the screen (not only escape sequences such as `ESC =` keypad modes)."""
    return bool(visible_text(KEYPAD_MODES.sub("", data)).strip())


def _offsets(events: list[CastEvent]):  # noqa: ANN202 - yields ints
    total = 0
    for event in events:
        yield total
        total += len(event.data)


def _shell_marks(raw: str, nonce: str | None) -> list[re.Match[str]]:
    """The marks the session's shell printed: those with its nonce (OSC 7 carries none and always counts)."""
    found = list(TEXT_MARK_PATTERN.finditer(raw))
    if nonce is None:
        nonce = next((_aid(match) for match in found if match.group("kind")), None)
    return [match for match in found if nonce is None or not match.group("kind") or _aid(match) == nonce]


def _aid(match: re.Match[str]) -> str | None:
    return split_arg(match.group("arg"))[1]


def _cuts(raw: str, starts: list[int], events: list[CastEvent], found: list[re.Match[str]]):  # noqa: ANN202
    """Output event ends, resizes and marks, in stream order (at one offset: event end, resize, mark);
    yields (offset, kind, value)."""
    order = {"event": 0, "resize": 1, "mark": 2}
    marks = [(match.start(), "mark", match) for match in found]
    ends = [(offset, "event", None) for offset in starts[1:]] + [(len(raw), "event", None)]
    cuts = marks + ends + list(_resizes(events))
    yield from sorted(cuts, key=lambda cut: (cut[0], order[cut[1]]))


def _resizes(events: list[CastEvent]):  # noqa: ANN202 - yields (offset, "resize", (rows, cols))
    """`r` events ("COLSxROWS") at the output offset where they happened."""
    offset = 0
    for event in events:
        if event.code == "o":
            offset += len(event.data)
        elif event.code == "r" and (size := re.fullmatch(r"(\d+)x(\d+)", event.data.strip())):
            cols, rows = int(size[1]), int(size[2])
            if cols > 0 and rows > 0:
                yield offset, "resize", (rows, cols)


def _time_at(events: list[CastEvent], starts: list[int], offset: int) -> float:
    """The time of the event that holds the character at `offset`."""
    return events[max(0, bisect.bisect_right(starts, max(offset, 0)) - 1)].time if events else 0.0


def exit_code(arg: str | None) -> int | None:
    """The exit code a D mark carries (`D;2`, `D;2;aid=7`); None when it carries none."""
    value = split_arg(arg)[0] or ""
    return int(value) if re.fullmatch(r"-?\d+", value) else None


class _SpanBuilder:
    """Turns the marks met while rendering into spans."""

    def __init__(self, screen: TranscriptScreen) -> None:
        self.screen, self.spans, self.open, self.cwd = screen, [], None, None
        self.marked = self.prompts = self.ends = False  # any A or D mark; any A mark; any D mark

    def mark(self, match: re.Match[str], time: float) -> None:
        kind, line = match.group("kind"), self.screen.line_number()
        if kind is None:  # OSC 7: the working directory after the last command
            self.cwd = unquote(match.group("cwd"))
            if self.spans and self.spans[-1].cwd is None:
                self.spans[-1].cwd = self.cwd
            return
        self.marked = self.marked or kind in ("A", "D")
        self.prompts = self.prompts or kind == "A"
        self.ends = self.ends or kind == "D"
        getattr(self, f"_{kind}")(line, time, match.group("arg"))

    def event_end(self, time: float) -> None:
        """An output event ended: if a prompt was just drawn, the cursor sits where typing will start."""
        span = self.open
        if span is not None and span.ready_time is None and span.start is None:
            span.ready_time = time
            if self.screen.line_number() == span.prompt:
                span.prompt_end = self.screen.shell_cursor.x

    def _A(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None and (self.open.start is not None or not self.ends):
            self._close(line, time, None)  # a command whose end mark never came (or a shell that prints none)
        self.open = Span(prompt=line, prompt_time=time)

    def _B(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            self.open.prompt = line  # a two-line prompt: the command is typed on the second line
            self.open.column, self.open.ready_time = self.screen.shell_cursor.x, time

    def _C(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            self.open.start, self.open.output_time = line, time

    def _D(self, line: int, time: float, arg: str | None) -> None:
        if self.open is not None:
            column = self.screen.shell_cursor.x
            if column and self.open.start is not None and line >= self.open.start:
                self.open.end_column = column
            self._close(line + (1 if column else 0), time, exit_code(arg))
        if not self.prompts:  # a shell that prints only D: the next prompt starts where this command ended
            self.open = Span(prompt=line, prompt_time=time)

    def _close(self, end: int, time: float, code: int | None) -> None:
        span = self.open
        span.end, span.end_time, span.exit_code = end, time, code
        self.spans.append(span)
        self.open = None

    def finish(self, line_count: int) -> list[Span]:
        """The spans, the last prompt's included (a command still running, or the `exit` that ended it)."""
        if self.open is not None:
            self._close(line_count, self.open.output_time or self.open.prompt_time, None)
        return self.spans


def _nested(layout: Layout, span: Span) -> list[Span]:
    """A marked step that started an interactive shell without marks (`bash --norc`, `ssh host`, `docker exec -it
    c sh`): the step up to the nested shell's first prompt, then one step per prompt in it (no exit codes)."""
    if not _starts_shell(typed_command(layout, span)):
        return [span]
    start, end = output_rows(layout, span)
    inner = layout.lines[start:end]
    nested = _prompt_spans(inner, infer(inner), [])
    if not nested:
        return [span]
    for part in nested:
        part.prompt, part.end = part.prompt + start, part.end + start
        part.prompt_time = _time_of(part.prompt, layout.cursor_times)
    nested[-1].end_time, nested[-1].exit_code = span.end_time, None
    return [replace(span, end=nested[0].prompt, end_column=None, end_time=None), *nested]


def _starts_shell(command: str) -> bool:
    """An interactive shell: a shell with options only, `su`, `sudo -i/-s`, `ssh` to a host with no command,
    or `docker`/`podman`/`kubectl exec -it` of a shell."""
    try:
        words = shlex.split(command)
    except ValueError:
        return False
    if not words:
        return False
    name, rest = words[0].rsplit("/", 1)[-1], words[1:]
    if name in NESTED_SHELLS:  # options only (`bash --norc`, `bash --rcfile .jobrc`), never `-c` or a script
        given = [word for index, word in enumerate(rest) if not (index and rest[index - 1] in SHELL_VALUED)]
        return all(word.startswith(("-", "+")) and word != "-c" for word in given)
    if name == "su" or (name == "sudo" and rest[:1] in (["-i"], ["-s"])):
        return True
    if name == "ssh":  # a host alone (an option taking a value would make its value look like a command)
        options = {word[1:2] for word in rest if word.startswith("-")}
        return len([word for word in rest if not word.startswith("-")]) == 1 and not options & SSH_VALUED
    interactive = any(word.startswith("-") and not word.startswith("--") and set("it") <= set(word) for word in rest)
    return name in CONTAINER_CLIS and "exec" in rest and interactive and rest[-1].rsplit("/", 1)[-1] in NESTED_SHELLS


def _prompt_spans(lines: list[str], shape: PromptShape, cursor_times: list[tuple[float, int, int]]) -> list[Span]:
    """Steps from prompt lines: each runs until the next prompt (its header line, for a two-line prompt), or
    up to where a prompt follows output left without a final newline on the same line."""
    found = _prompts(lines, shape)
    header = re.compile(shape.header) if shape.header else None
    spans = []
    for index, (row, column, _) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        end, stop = _span_end(lines, following, header)
        spans.append(Span(prompt=row, column=column, end=end, end_column=stop,
                          prompt_time=_time_of(row, cursor_times)))  # end_time: once the next prompt is drawn
    return spans


def _prompts(lines: list[str], shape: PromptShape) -> list[tuple[int, int, int | None]]:
    """(row, where typing starts, where the output before the prompt stopped on that row, or None)."""
    prompt, glued = re.compile(shape.pattern), re.compile(shape.glued) if shape.glued else None
    header = re.compile(shape.header) if shape.header else None
    last = max((index for index, line in enumerate(lines) if line.strip()), default=-1)
    found = []
    for row, line in enumerate(lines):
        if (match := _prompt_match(prompt, line, row == last)) and not _headless(match, lines, row, header):
            found.append((row, match.end(), None))
        elif glued and (match := glued.search(line)) and match.start() > 0:
            found.append((row, match.end(), match.start()))
    return found


def _headless(match: re.Match[str], lines: list[str], row: int, header: re.Pattern[str] | None) -> bool:
    """A bare `$ ` without the line a two-line prompt puts above it is output (yarn echoing `$ node --test`)."""
    return bool(header and BARE_PROMPT.fullmatch(match.group(0)) and not (row and header.match(lines[row - 1])))


def _span_end(lines: list[str], following: tuple[int, int, int | None] | None,
              header: re.Pattern[str] | None) -> tuple[int, int | None]:
    """Where a span's lines end (and where its output stopped on its last line) given the next prompt."""
    if following is None:
        return len(lines), None
    row, _, stop = following
    if stop is not None:
        return row + 1, stop
    return (row - 1 if header and row and header.match(lines[row - 1]) else row), None


def _prompt_match(prompt: re.Pattern[str], line: str, last: bool) -> re.Match[str] | None:
    """The last prompt, left with Ctrl-D and nothing typed, lost its trailing space when the rendered line
    was trimmed (only there: elsewhere `word%` is more likely output than an empty prompt)."""
    return prompt.match(line) or (prompt.match(line + " ") if last else None)


def _time_of(line: int, cursor_times: list[tuple[float, int, int]]) -> float:
    """When the screen first reached `line`."""
    last = cursor_times[-1][0] if cursor_times else 0.0
    return next((time for time, reached, _ in cursor_times if reached >= line), last)


# --- the command typed in a span --------------------------------------------------------------------------
def prompt_column(layout: Layout, span: Span) -> int:
    """Where the command starts on the prompt line: the B mark, the prompt regex, the prompt's drawn end,
    else just after the first `$ `/`# `/`% `."""
    if span.column is not None:
        return span.column
    line = layout.lines[span.prompt] if span.prompt < len(layout.lines) else ""
    if match := layout.prompt.match(line):
        return match.end()
    if span.prompt_end is not None:
        return span.prompt_end
    ends = [line.find(sign) + len(sign) for sign in PROMPT_SIGNS if sign in line]
    return min(ends) if ends else 0


def command_lines(layout: Layout, span: Span) -> tuple[list[str], int]:
    """The lines the command was typed on (wrapped rows and PS2 continuations included) and its first output line."""
    if span.start is not None:
        return layout.lines[span.prompt:span.start], span.start
    end = min(span.end if span.end is not None else len(layout.lines), len(layout.lines))
    if span.prompt >= end:
        return layout.lines[span.prompt:span.prompt + 1], span.prompt + 1
    rows, column = [layout.lines[span.prompt]], prompt_column(layout, span)
    while span.prompt + len(rows) < end and _continues(layout, span.prompt + len(rows), rows, column):
        rows.append(layout.lines[span.prompt + len(rows)])
    return rows, span.prompt + len(rows)


def _continues(layout: Layout, row: int, rows: list[str], column: int) -> bool:
    """Row `row` still belongs to the command: the row above wrapped at the margin, or bash asked for more."""
    if _wrapped(layout, row - 1):
        return True
    return bool(CONTINUATION.match(layout.lines[row])) and incomplete(_joined(layout, rows, column, row - len(rows)))


def _wrapped(layout: Layout, row: int) -> bool:
    """The row ran to the right margin and the terminal wrapped it (not just a row that once wrapped)."""
    width = layout.wrapped.get(row)
    return width is not None and len(layout.lines[row]) >= width - 1


def _joined(layout: Layout, rows: list[str], column: int, first: int) -> str:
    """The command from its rows: wrapped rows run on (with the spaces the trim took at the margin), PS2 rows
    start a new line."""
    parts, begins = [rows[0][column:]], column  # begins: the column where the last part's row text starts
    for offset, line in enumerate(rows[1:], 1):
        above = first + offset - 1
        if _wrapped(layout, above):
            parts[-1] = parts[-1].ljust(layout.wrapped[above] - begins)
            parts.append(line)
            begins = 0
        elif match := CONTINUATION.match(line):
            parts.append("\n" + line[match.end():])
            begins = match.end() - 1  # the part holds its newline
        else:
            parts.append(line)
            begins = 0
    return "".join(parts)


def typed_command(layout: Layout, span: Span) -> str:
    """The command as the screen shows it after the prompt: PS2 continuations on new lines, wrapped lines joined."""
    rows, _ = command_lines(layout, span)
    return _joined(layout, rows, prompt_column(layout, span), span.prompt).strip() if rows else ""


def logical_lines(layout: Layout) -> tuple[list[str], list[int]]:
    """The lines as a terminal's copy gives them — a row the terminal wrapped at its margin runs on into the
    next — and for each screen row the index of its line."""
    lines: list[str] = []
    line_of: list[int] = []
    for row, text in enumerate(layout.lines):
        if row and _wrapped(layout, row - 1):
            lines[-1] += text
        else:
            lines.append(text)
        if _wrapped(layout, row):  # a full row: the spaces the trim took up to the margin were printed
            lines[-1] = lines[-1].ljust(len(lines[-1]) - len(text) + layout.wrapped[row])
        line_of.append(len(lines) - 1)
    return lines, line_of


def output_rows(layout: Layout, span: Span) -> tuple[int, int]:
    """The screen rows a step printed: after its command rows, up to its end."""
    _, start = command_lines(layout, span)
    end = span.end if span.end is not None else len(layout.lines)
    return start, max(start, min(end, len(layout.lines)))


def output_lines(layout: Layout, span: Span) -> list[str]:
    """The lines a step printed: after its command lines, up to its end."""
    _, start = command_lines(layout, span)
    end = span.end if span.end is not None else len(layout.lines)
    return layout.lines[start:max(start, end)]


def incomplete(command: str) -> bool:
    """Would bash print PS2 and wait for more after this: a trailing `\\` or operator, an open quote,
    an unterminated here-document, an `if`/`for`/`while`/`case` without its end."""
    if re.search(r"(?:\\|\||&&|\{|\()\s*$", command):
        return True
    try:
        lexer = shlex.shlex(command, posix=True, punctuation_chars=";&|(){}!")
        lexer.commenters = "#"
        tokens = list(lexer)
    except ValueError:  # no closing quotation, or an escape at the very end
        return True
    return _open_heredoc(command) or _open_compound(tokens)


def _open_heredoc(command: str) -> bool:
    lines = command.split("\n")
    for number, line in enumerate(lines):
        for match in HEREDOC.finditer(line):
            if not any(later.strip() == match.group(2) for later in lines[number + 1:]):
                return True
    return False


def _open_compound(tokens: list[str]) -> bool:
    """An `if`/`for`/`while`/`case` in command position whose `fi`/`done`/`esac` has not come yet."""
    expected, previous = [], None
    for token in tokens:
        if previous in COMMAND_START and token in OPENERS:
            expected.append(OPENERS[token])
        elif previous in COMMAND_START and expected and token == expected[-1]:
            expected.pop()
        previous = token
    return bool(expected)


# --- the steps of a session -------------------------------------------------------------------------------
def commands(layout: Layout) -> list[Command]:
    """The spans where a command was typed, with their commands and times; a final `exit`/`logout` and a line
    given up with Ctrl-C (`^C` at the prompt, or after what was typed: nothing ran) dropped.

    `realcast import` makes its steps from these, and rendering an imported session finds its steps with
    the same call, so the two always agree."""
    found = [(span, typed_command(layout, span)) for span in layout.spans]
    found = [(span, text) for span, text in found if text and not text.rstrip().endswith(ABANDONED)]  # given up
    if found and found[-1][1].split()[0] in ENDINGS:
        found.pop()
    return [_timed(layout, span, text) for span, text in found]


def _timed(layout: Layout, span: Span, text: str) -> Command:
    """First keystroke, output start and end times of a span, in order."""
    _, first_output = command_lines(layout, span)
    end = span.end_time if span.end_time is not None else _end_time(layout, span)
    output = span.output_time if span.output_time is not None else _time_of(first_output, layout.cursor_times)
    ready = span.ready_time if span.ready_time is not None else _ready_time(layout, span)
    output = min(max(output, ready), max(end, ready))
    start = _first_key(layout.key_times, ready, output)
    return Command(span, text, start, output, max(end, output))


def _end_time(layout: Layout, span: Span) -> float:
    """Without a D mark: when the next prompt had been drawn (the shell was back), else the last output."""
    following = next((other for other in layout.spans if other.prompt >= (span.end or 0) > span.prompt), None)
    if following is not None:
        return _ready_time(layout, following)
    return layout.cursor_times[-1][0] if layout.cursor_times else span.prompt_time


def _ready_time(layout: Layout, span: Span) -> float:
    """When the cursor first stood at the end of the prompt (or past it): the prompt had been drawn."""
    column = prompt_column(layout, span)
    first = bisect.bisect_left(layout.cursor_times, (span.prompt_time,))
    for time, line, x in layout.cursor_times[first:]:
        if line > span.prompt or (line == span.prompt and x >= column):
            return time
    return span.prompt_time


def _first_key(times: list[float], after: float, until: float) -> float:
    """The first event time after the prompt was drawn and no later than the output: the first keystroke."""
    index = bisect.bisect_right(times, after)
    return times[index] if index < len(times) and times[index] <= until else after
