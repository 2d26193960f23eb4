"""Read recordings that realcast did not make into a Cast: asciicast v2 and v3, and util-linux `script` logs.

- asciicast v2 (asciinema 2.x): a header line, then `[time, code, data]` with absolute times.
- asciicast v3 (asciinema 3.x): `term: {cols, rows}` in the header, `[interval, code, data]` events whose
  times are intervals since the previous event, an `x` (exit status) event, `#` comment lines.
- `script` logs: a `Script started on …` line, the raw terminal bytes, a `Script done on …` line. With a
  timing file (`script -T`), classic (`<delay> <bytes>`) or advanced (`O|I <delay> <bytes>`, `H`/`S`
  lines) format, the bytes get their real times; without one, all output is one event at time 0.
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from pathlib import Path

from recorder.cast import Cast, CastError, read_cast
from schema.cast import CastEvent, CastHeader

SCRIPT_START = b"Script started on "
SCRIPT_DONE = re.compile(rb"\n?Script done on [^\n]*\n?\Z")
SCRIPT_SIZE = re.compile(rb'COLUMNS="(?P<cols>\d+)"\s+LINES="(?P<rows>\d+)"')
DEFAULT_SIZE = (80, 24)
KEPT_V3_CODES = {"o", "i", "m", "r"}


@dataclass
class Recording:
    """A recording read into a Cast, with the format it came in."""

    cast: Cast
    format: str  # asciicast-v2 | asciicast-v3 | script | script-timed


def read_recording(path: Path, timing: Path | None = None) -> Recording:
    """Detect the format of `path` and read it; CastError (one line) for anything unreadable."""
    data = _bytes(path)
    if data.startswith(SCRIPT_START):
        return Recording(_script(path, data, timing), "script-timed" if timing else "script")
    header = _json_header(path, data)
    version = header.get("version")
    if version == 2:
        return Recording(read_cast(path), "asciicast-v2")
    if version == 3:
        return Recording(_v3(path, data), "asciicast-v3")
    raise CastError(f"{path}: asciicast version {version!r} is not supported (v2 and v3 are)")


def _bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CastError(f"cannot read {path}: {error.strerror or error}") from None
    if not data.strip():
        raise CastError(f"{path} is empty: nothing to import")
    return data


def _json_header(path: Path, data: bytes) -> dict:
    first = data.split(b"\n", 1)[0]
    try:
        header = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        header = None
    if not isinstance(header, dict):
        raise CastError(f"{path} is neither an asciicast (v2/v3) nor a `script` log: import takes only those")
    return header


# --- asciicast v3 -------------------------------------------------------------------------------------
def _v3(path: Path, data: bytes) -> Cast:
    lines = data.decode("utf-8", "replace").splitlines()
    header = json.loads(lines[0])
    term = header.get("term") or {}
    try:
        cast_header = CastHeader(width=term["cols"], height=term["rows"], timestamp=header.get("timestamp"),
                                 title=header.get("title"), env={"TERM": str(term.get("type", "xterm-256color"))})
    except (KeyError, ValueError) as error:
        raise CastError(f"corrupt cast {path}: line 1: the v3 header needs term.cols and term.rows ({error})") from None
    return Cast(cast_header, _v3_events(path, lines))


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
        return float(interval), str(code), payload if isinstance(payload, str) else json.dumps(payload)
    except (json.JSONDecodeError, TypeError, ValueError):
        raise CastError(f"corrupt cast {path}: line {number}: an event is [interval, code, data]; "
                        "re-export the recording") from None


# --- util-linux script --------------------------------------------------------------------------------
def _script(path: Path, data: bytes, timing: Path | None) -> Cast:
    first, _, rest = data.partition(b"\n")
    body = SCRIPT_DONE.sub(b"", rest)
    size = SCRIPT_SIZE.search(first)
    cols, rows = (int(size["cols"]), int(size["rows"])) if size else DEFAULT_SIZE
    events = _timed(path, body, timing) if timing else [("o", 0.0, body)]
    cols, rows = _advanced_size(timing, cols, rows) if timing and not size else (cols, rows)
    return Cast(CastHeader(width=cols, height=rows, title=path.name), _decoded(events))


def _timed(path: Path, body: bytes, timing: Path) -> list[tuple[str, float, bytes]]:
    """Cut the body into (code, time, bytes) by the timing file's entries, in order."""
    events, clock, offset = [], 0.0, 0
    for number, entry in enumerate(_timing_lines(timing), 1):
        code, delay, size = _timing_entry(timing, number, entry)
        clock += delay
        if code is None:
            continue
        events.append((code, clock, body[offset:offset + size]))
        offset += size
    if offset < len(body) and body[offset:].strip():
        events.append(("o", clock, body[offset:]))  # bytes the timing file does not cover (a killed script)
    return events


def _timing_lines(timing: Path) -> list[str]:
    try:
        return [line for line in timing.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    except OSError as error:
        raise CastError(f"cannot read timing file {timing}: {error.strerror or error}") from None


def _timing_entry(timing: Path, number: int, line: str) -> tuple[str | None, float, int]:
    """(event code or None for H/S lines, delay, byte count) of one classic or advanced timing line."""
    parts = line.split()
    try:
        if parts[0] in ("O", "I"):
            return ("o" if parts[0] == "O" else "i"), float(parts[1]), int(parts[2])
        if parts[0] in ("H", "S"):
            return None, float(parts[1]), 0
        return "o", float(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        raise CastError(f"{timing}: line {number} is not a `script` timing entry: {line[:60]!r}") from None


def _advanced_size(timing: Path, cols: int, rows: int) -> tuple[int, int]:
    """Advanced timing files carry the terminal size as `H <delay> COLUMNS 100` / `LINES 30`."""
    found = {parts[2]: parts[3] for parts in (line.split() for line in _timing_lines(timing))
             if len(parts) >= 4 and parts[0] == "H" and parts[3].isdigit()}
    return int(found.get("COLUMNS", cols)), int(found.get("LINES", rows))


def _decoded(events: list[tuple[str, float, bytes]]) -> list[CastEvent]:
    """Bytes to text per stream, holding back a multi-byte character split across two chunks."""
    decoders = {code: codecs.getincrementaldecoder("utf-8")(errors="replace") for code in ("o", "i")}
    decoded = []
    for code, time, chunk in events:
        text = decoders[code].decode(chunk)
        if text:
            decoded.append(CastEvent(time=round(time, 6), code=code, data=text))
    return decoded
