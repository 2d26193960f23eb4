"""Read recordings that realcast did not make into a Cast: asciicast v2 and v3, and util-linux `script` logs.

- asciicast v2 (asciinema 2.x): a header line, then `[time, code, data]` with absolute times.
- asciicast v3 (asciinema 3.x): `term: {cols, rows, type}` in the header, `[interval, code, data]` events whose
  times are intervals since the previous event, an `x` (exit status) event, `#` comment lines.
- `script` logs: a `Script started on …` line, the raw terminal bytes, a `Script done on …` line. With a
  timing file (`script -T`), classic (`<delay> <bytes>`) or advanced (`O|I <delay> <bytes>`, `H`/`S`
  lines) format, the bytes get their real times; without one, all output is one event at time 0 (a log
  recorded with its input, `script -B`, cannot then be told apart from its output). Bytes that are not
  UTF-8 become U+FFFD; a character split across two timing entries is joined first.
- console text: anything else that is text — a console copied from a terminal into an issue, a log without
  its `script` lines — is one output event at time 0 on a screen as wide as its longest line.
A log or text whose lines end in `\n` alone (saved by an editor, pasted through a browser) gets `\r\n`
back: a terminal's output never moves down without returning to the margin, and rendering it so would
stair-step every line.
"""
from __future__ import annotations

import codecs
import json
import re
import shlex
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from recorder.cast import Cast, CastError, read_cast
from recorder.screen import visible_text
from schema.cast import CastEvent, CastHeader

SCRIPT_START = b"Script started on "
SCRIPT_DONE = re.compile(rb"\n?Script done on [^\n]*\n?\Z")
SCRIPT_FIELD = r'\b{}="(?P<value>[^"]*)"'  # the header's [TERM="…" TTY="…" COLUMNS="100" LINES="30"]
SCRIPT_STARTED = re.compile(r"^Script started on (?P<when>\d{4}-\d\d-\d\d[ T][\d:.]+(?:[+-]\d\d:?\d\d|Z)?)")
DEFAULT_SIZE = (80, 24)
MAX_TEXT_WIDTH = 500  # console text is drawn on a screen as wide as its longest line, up to this
LONE_LF = re.compile(rb"(?<!\r)\n")
KEPT_V3_CODES = {"o", "i", "m", "r"}  # x (the exit status) has no v2 counterpart


@dataclass
class Recording:
    """A recording read into a Cast, with the format it came in."""

    cast: Cast
    format: str  # asciicast-v2 | asciicast-v3 | script | script-timed | text


def read_recording(path: Path, timing: Path | None = None) -> Recording:
    """Detect the format of `path` and read it; CastError (one line) for anything unreadable.

    A log without the `Script started` line (some `script` builds, `-q` elsewhere) is read as one when a
    timing file comes with it, and as console text otherwise."""
    data = _bytes(path)
    if data.startswith(SCRIPT_START) or (timing is not None and not data.lstrip().startswith(b"{")):
        return Recording(_script(path, data, timing), "script-timed" if timing else "script")
    header = _json_header(data)
    if header is None:
        return Recording(_text(path, data), "text")
    if timing is not None:
        raise CastError(f"{path} is an asciicast, not a `script` log: drop --timing (it is only for `script -T` logs)")
    version = header.get("version")
    if version == 2:
        return Recording(read_cast(path), "asciicast-v2")
    if version == 3:
        return Recording(_v3(path, data), "asciicast-v3")
    raise CastError(f"{path}: asciicast version {version!r} is not supported (v2 and v3 are); re-export it as v2 or v3")


def _bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CastError(f"cannot read {path}: {error.strerror or error}; check the path and its permissions") from None
    if not data.strip():
        raise CastError(f"{path} is empty: nothing to import; pass the recording itself")
    return data


def _json_header(data: bytes) -> dict | None:
    first = data.split(b"\n", 1)[0]
    try:
        header = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return header if isinstance(header, dict) else None


# --- console text -------------------------------------------------------------------------------------
def _text(path: Path, data: bytes) -> Cast:
    """Text as a terminal showed it: one event at time 0, on a screen as wide as its longest line."""
    if b"\0" in data:
        raise CastError(f"{path} is neither an asciicast (v2/v3), a `script` log nor console text (it holds binary "
                        "data): import takes only those")
    text = _with_crlf(data).decode("utf-8", "replace")
    widest = max((len(visible_text(line)) for line in text.split("\r\n")), default=0)
    text, wrapped = _rewrapped(text, widest)
    width = min(max(widest + (not wrapped), DEFAULT_SIZE[0]), MAX_TEXT_WIDTH)
    header = CastHeader(width=width, height=DEFAULT_SIZE[1], title=path.name)
    return Cast(header, [CastEvent(time=0.0, code="o", data=text)])


def _rewrapped(text: str, widest: int) -> tuple[str, bool]:
    """A command line that the terminal wrapped at its width and the copy broke there (zsh, tmux): a row as wide as
    the widest, cut inside a quote, runs on into the next row, as the terminal drew it."""
    rows = text.split("\r\n")
    cut = {index for index, row in enumerate(rows[:-1])
           if widest >= DEFAULT_SIZE[0] and len(visible_text(row)) == widest and _inside_quote(row)}
    joined = "".join(row + ("" if index in cut else "\r\n") for index, row in enumerate(rows[:-1])) + rows[-1]
    return joined, bool(cut)


def _inside_quote(row: str) -> bool:
    try:
        shlex.split(visible_text(row), comments=False)
    except ValueError:  # no closing quotation
        return True
    return False


def _with_crlf(data: bytes) -> bytes:
    """`\r\n` where a file's lines end in `\n` alone (it has no `\r\n` at all); the data as it is otherwise."""
    return data if b"\r\n" in data else LONE_LF.sub(b"\r\n", data)


# --- asciicast v3 -------------------------------------------------------------------------------------
def _v3(path: Path, data: bytes) -> Cast:
    lines = data.decode("utf-8", "replace").splitlines()
    return Cast(_v3_header(path, json.loads(lines[0])), _v3_events(path, lines))


def _v3_header(path: Path, header: dict) -> CastHeader:
    """The v3 header as a v2 one: term.cols/rows become width/height, term.type becomes env TERM."""
    term = header.get("term")
    env = header.get("env") if isinstance(header.get("env"), dict) else {}
    try:
        return CastHeader(width=term["cols"], height=term["rows"], timestamp=header.get("timestamp"),
                          title=header.get("title"), command=header.get("command"),
                          env={str(key): str(value) for key, value in {**env, "TERM": term.get("type")}.items()
                               if value is not None})
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        reason = str(error).splitlines()[0]
        raise CastError(f"corrupt cast {path}: line 1: the v3 header needs term.cols and term.rows ({reason}); "
                        "re-export the recording") from None


def _v3_events(path: Path, lines: list[str]) -> list[CastEvent]:
    events, clock = [], 0.0
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        interval, code, payload = _v3_event(path, number, line)
        clock += interval
        if code in KEPT_V3_CODES:
            events.append(CastEvent(time=round(clock, 6), code=code, data=payload))
    return events


def _v3_event(path: Path, number: int, line: str) -> tuple[float, str, str]:
    try:
        interval, code, payload = json.loads(line)
        interval = float(interval)
        if interval < 0 or not isinstance(code, str):
            raise ValueError("a negative interval or a code that is not a string")
        return interval, code, payload if isinstance(payload, str) else json.dumps(payload)
    except (json.JSONDecodeError, TypeError, ValueError):
        raise CastError(f"corrupt cast {path}: line {number}: an event is [interval, code, data] with interval >= 0; "
                        "re-export the recording") from None


# --- util-linux script --------------------------------------------------------------------------------
def _script(path: Path, data: bytes, timing: Path | None) -> Cast:
    first, body = data.partition(b"\n")[::2] if data.startswith(SCRIPT_START) else (b"", data)
    body = SCRIPT_DONE.sub(b"", body)
    header = first.decode("utf-8", "replace")
    entries = _timing_lines(timing) if timing else []
    fields = {**_advanced_fields(entries), **_header_fields(header)}
    events = _timed(timing, body, entries, fields) if timing else [("o", 0.0, body)]
    if b"\r\n" not in body:  # saved with `\n` endings: each chunk gets its `\r` back
        events = [(code, time, LONE_LF.sub(b"\r\n", chunk)) for code, time, chunk in events]
    return Cast(_script_header(path, header, fields), _decoded(events))


def _header_fields(header: str) -> dict[str, str]:
    """TERM, COLUMNS and LINES of the `Script started` line."""
    found = {name: re.search(SCRIPT_FIELD.format(name), header) for name in ("TERM", "COLUMNS", "LINES")}
    return {name: match["value"] for name, match in found.items() if match}


def _advanced_fields(entries: list[str]) -> dict[str, str]:
    """The `H <delay> NAME value` lines of an advanced timing file (TERM, COLUMNS, LINES, INPUT_LOG, …)."""
    fields = {}
    for parts in (entry.split(maxsplit=3) for entry in entries):
        if len(parts) == 4 and parts[0] == "H":
            fields[parts[2]] = parts[3]
    return fields


def _script_header(path: Path, header: str, fields: dict[str, str]) -> CastHeader:
    """Size and TERM from the `Script started` line or the advanced timing file's H lines, else 80x24."""
    cols, rows = (_positive(fields.get(name), default) for name, default in zip(("COLUMNS", "LINES"), DEFAULT_SIZE))
    env = {"TERM": fields["TERM"]} if fields.get("TERM") else {}
    return CastHeader(width=cols, height=rows, timestamp=_started(header), title=path.name, env=env)


def _positive(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() and int(text) > 0 else default


def _started(header: str) -> int | None:
    """The Unix time of `Script started on 2026-11-28 23:23:19+00:00` (None for other date formats)."""
    match = SCRIPT_STARTED.match(header)
    try:
        return int(datetime.fromisoformat(match["when"]).timestamp()) if match else None
    except ValueError:
        return None


def _timed(timing: Path, body: bytes, entries: list[str], fields: dict[str, str]) -> list[tuple[str, float, bytes]]:
    """Cut the body into (code, time, bytes) by the timing file's entries, in order."""
    parsed = [_timing_entry(timing, number, entry) for number, entry in enumerate(entries, 1)]
    with_input = _input_in_log(parsed, body, fields)
    events, clock, offset = [], 0.0, 0
    for code, delay, size in parsed:
        clock += delay
        if code is None or (code == "i" and not with_input):
            continue
        events.append((code, clock, body[offset:offset + size]))
        offset += size
    if offset < len(body) and body[offset:].strip():
        events.append(("o", clock, body[offset:]))  # bytes the timing file does not cover (a killed script)
    return events


def _input_in_log(parsed: list[tuple[str | None, float, int]], body: bytes, fields: dict[str, str]) -> bool:
    """Whether the I entries' bytes are in this log (`--log-io`, `-B`) or in a separate input log (`-I`)."""
    if "INPUT_LOG" in fields and "OUTPUT_LOG" in fields:
        return fields["INPUT_LOG"] == fields["OUTPUT_LOG"]
    total = sum(size for code, _, size in parsed if code is not None)
    return len(body) >= total or not any(code == "i" for code, _, _ in parsed)


def _timing_lines(timing: Path) -> list[str]:
    try:
        return [line for line in timing.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    except OSError as error:
        raise CastError(f"cannot read timing file {timing}: {error.strerror or error}; "
                        "check --timing (or import the log without it)") from None


def _timing_entry(timing: Path, number: int, line: str) -> tuple[str | None, float, int]:
    """(event code or None for H/S lines, delay, byte count) of one classic or advanced timing line."""
    parts = line.split()
    try:
        if parts[0] in ("O", "I"):
            return ("o" if parts[0] == "O" else "i"), _delay(parts[1]), int(parts[2])
        if parts[0] in ("H", "S"):
            return None, _delay(parts[1]), 0
        return "o", _delay(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        raise CastError(f"{timing}: line {number} is not a `script` timing entry: {line[:60]!r}; "
                        "pass the timing file `script -T` wrote for this log") from None


def _delay(text: str) -> float:
    delay = float(text)
    if delay < 0 or delay != delay:  # negative or NaN
        raise ValueError(text)
    return delay


def _decoded(events: list[tuple[str, float, bytes]]) -> list[CastEvent]:
    """Bytes to text per stream, holding back a multi-byte character split across two chunks."""
    decoders = {code: codecs.getincrementaldecoder("utf-8")(errors="replace") for code in ("o", "i")}
    decoded = []
    for code, time, chunk in events:
        text = decoders[code].decode(chunk)
        if text:
            decoded.append(CastEvent(time=round(time, 6), code=code, data=text))
    for code, decoder in decoders.items():
        if tail := decoder.decode(b"", final=True):  # a character cut off by the end of the log
            decoded.append(CastEvent(time=decoded[-1].time if decoded else 0.0, code=code, data=tail))
    return decoded
