"""Write and read asciicast v2 files."""
from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from schema.cast import CastEvent, CastHeader


class CastError(ValueError):
    """A cast file that cannot be read."""


class CastWriter:
    """Streams events to an open text file; output bytes are decoded incrementally (UTF-8)."""

    def __init__(self, stream: IO[str], header: CastHeader) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._write_line(header.model_dump(exclude_none=True))

    def output(self, time: float, data: bytes) -> None:
        """Raw PTY bytes; a multi-byte character split across reads is held back until complete."""
        text = self._decoder.decode(data)
        if text:
            self._event(time, "o", text)

    def input(self, time: float, keys: str) -> None:
        self._event(time, "i", keys)

    def marker(self, time: float, label: str) -> None:
        self._event(time, "m", label)

    def _event(self, time: float, code: str, data: str) -> None:
        self._write_line([round(time, 6), code, data])

    def _write_line(self, value: object) -> None:
        self._stream.write(json.dumps(value, ensure_ascii=False) + "\n")


@dataclass
class Cast:
    """A parsed cast: header plus events in file order."""

    header: CastHeader
    events: list[CastEvent] = field(default_factory=list)

    def output_text(self) -> str:
        """All output concatenated: the raw terminal stream."""
        return "".join(event.data for event in self.events if event.code == "o")


def cast_text(cast: Cast) -> str:
    """The asciicast v2 text of a whole cast (header line, then one event per line)."""
    lines = [cast.header.model_dump(exclude_none=True)] + [[e.time, e.code, e.data] for e in cast.events]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def read_cast(path: Path) -> Cast:
    """Parse an asciicast v2 file, failing with one clear line on anything malformed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CastError(f"cannot read cast {path}: {error}") from None
    if not lines:
        raise CastError(f"corrupt cast {path}: the file is empty; re-record the session")
    cast = Cast(header=_parse(path, 1, lines[0], _header))
    cast.events = [_parse(path, number, line, _event) for number, line in enumerate(lines[1:], 2) if line.strip()]
    return cast


def _header(value: object) -> CastHeader:
    return CastHeader.model_validate(value)


def _event(value: object) -> CastEvent:
    if not isinstance(value, list) or len(value) != 3:
        raise ValueError("an event is a [time, code, data] array")
    time, code, data = value
    return CastEvent(time=time, code=code, data=data)


def _parse(path: Path, number: int, line: str, build):  # noqa: ANN001 - tiny private helper
    try:
        value = build(json.loads(line))
    except ValidationError as error:
        first = error.errors()[0]
        reason = f"{'.'.join(str(part) for part in first['loc']) or 'value'}: {first['msg']}"
    except (json.JSONDecodeError, ValueError, TypeError) as error:
        reason = str(error).splitlines()[0]
    else:
        return value
    raise CastError(f"corrupt cast {path}: line {number}: {reason}; re-record the session")
