"""Shell-integration marks in the raw output stream (OSC 133 prompt/command marks, OSC 7 cwd).

The sandbox user's ~/.bashrc prints them, as VS Code, iTerm2 and WezTerm shell integration does:
  A  prompt starts      B  prompt ends (ready for input)
  C  command output starts (PS0)      D;<exit code>  command finished (PROMPT_COMMAND)
They are invisible in a terminal; the recorder reads them instead of adding text to commands.
VS Code's own integration prints the same marks as OSC 633 (imported recordings may have them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

_TERMINATOR = rb"(?:\x07|\x1b\\)"
MARK_PATTERN = re.compile(
    rb"\x1b\](?:133|633);(?P<kind>[ABCD])(?:;(?P<arg>[^\x07\x1b]*))?" + _TERMINATOR
    + rb"|\x1b\]7;file://[^/\x07\x1b]*(?P<cwd>[^\x07\x1b]*)" + _TERMINATOR
)
_LONGEST_MARK = 4096


@dataclass(frozen=True)
class Mark:
    """One mark: kind is A, B, C, D or 'cwd'; value is the exit code (D) or the path (cwd)."""

    kind: str
    value: str | None = None

    @property
    def exit_code(self) -> int | None:
        return int(self.value) if self.kind == "D" and self.value and self.value.isdigit() else None


class MarkScanner:
    """Finds marks in a byte stream that arrives in arbitrary chunks."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[Mark]:
        buffer = self._pending + data
        marks, end = [], 0
        for match in MARK_PATTERN.finditer(buffer):
            marks.append(_to_mark(match))
            end = match.end()
        self._pending = _unfinished_tail(buffer, end)
        return marks


def _to_mark(match: re.Match[bytes]) -> Mark:
    if match.group("kind"):
        arg = match.group("arg")
        return Mark(match.group("kind").decode(), arg.decode() if arg is not None else None)
    return Mark("cwd", unquote(match.group("cwd").decode("utf-8", "replace")))


def _unfinished_tail(buffer: bytes, scanned_to: int) -> bytes:
    """Keep bytes after the last ESC that might start a mark completed by the next chunk."""
    start = buffer.rfind(b"\x1b", scanned_to)
    if start == -1 or len(buffer) - start > _LONGEST_MARK:
        return b""
    return buffer[start:]


TEXT_MARK_PATTERN = re.compile(MARK_PATTERN.pattern.decode())  # the same marks in decoded text


def strip_marks(text: str) -> str:
    """Remove the marks from decoded text (an export option)."""
    return TEXT_MARK_PATTERN.sub("", text)
