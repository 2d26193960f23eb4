"""Shell-integration marks in the raw output stream (OSC 133 prompt/command marks, OSC 7 cwd).

The sandbox user's ~/.bashrc prints them, as VS Code, iTerm2 and WezTerm shell integration does:
  A  prompt starts      B  prompt ends (ready for input)
  C  command output starts (PS0)      D;<exit code>  command finished (PROMPT_COMMAND)
They are invisible in a terminal; the recorder reads them instead of adding text to commands.
VS Code's own integration prints the same marks as OSC 633 (imported recordings may have them).

A recorded shell puts the session's random nonce in every OSC 133 mark with the protocol's own option
(`133;D;1;aid=<nonce>`), so output that merely contains marks — a nested shell, `cat` of a recording, a
program printing them — is ordinary output, not the end of a command.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from urllib.parse import unquote

_TERMINATOR = rb"(?:\x07|\x1b\\)"
MARK_PATTERN = re.compile(
    rb"\x1b\](?:133|633);(?P<kind>[ABCD])(?:;(?P<arg>[^\x07\x1b]*))?" + _TERMINATOR
    + rb"|\x1b\]7;file://[^/\x07\x1b]*(?P<cwd>[^\x07\x1b]*)" + _TERMINATOR
)
_LONGEST_MARK = 4096

NONCE_VARIABLE = "REALCAST_MARK_NONCE"  # what `docker exec -e` sets for the launching `bash -c` only
NONCE_FD = 3  # where the interactive shell finds the nonce (REALCAST_MARK_FD tells ~/.bashrc)


def new_nonce() -> str:
    """A fresh per-session nonce: unguessable, and plain hex so it fits in a mark's option."""
    return secrets.token_hex(16)


def handover(shell: str) -> str:
    """A `bash -c` line that moves the nonce from its environment onto a pipe at fd 3 and execs `shell`.

    The interactive shell's ~/.bashrc reads the pipe into a shell variable and closes it, so the nonce is in
    no process's environment (/proc/<pid>/environ shows the exec'd shell's, which lacks it). Honest limit: a
    same-user process that reads the launcher's environ in its first milliseconds, or the shell's memory,
    still finds it; the nonce defends against output that happens to contain marks, not against a
    program that deliberately digs for it.
    """
    return (f'exec {NONCE_FD}<<<"${NONCE_VARIABLE}"; unset {NONCE_VARIABLE}; '
            f"REALCAST_MARK_FD={NONCE_FD} exec {shell}")


@dataclass(frozen=True)
class Mark:
    """One mark: kind is A, B, C, D or 'cwd'; value is the exit code (D) or the path (cwd); aid its nonce."""

    kind: str
    value: str | None = None
    aid: str | None = None

    @property
    def exit_code(self) -> int | None:
        return int(self.value) if self.kind == "D" and self.value and self.value.isdigit() else None


def split_arg(arg: str | None) -> tuple[str | None, str | None]:
    """A mark's argument as (value, aid): `1;aid=7f` → ('1', '7f'), `aid=7f` → (None, '7f'), `1` → ('1', None)."""
    fields = arg.split(";") if arg else []
    values = [item for item in fields if "=" not in item]
    aid = next((item[len("aid="):] for item in fields if item.startswith("aid=")), None)
    return (values[0] if values else None), aid


def genuine(mark: Mark, nonce: str | None) -> bool:
    """Whether the session's own shell printed it: with a nonce, a prompt/command mark must carry it.
    OSC 7 has no room for one; readers trust it only right after a genuine D mark."""
    return nonce is None or mark.kind == "cwd" or mark.aid == nonce


class MarkScanner:
    """Finds the session's marks in a byte stream that arrives in arbitrary chunks (nonce: only its marks)."""

    def __init__(self, nonce: str | None = None) -> None:
        self._pending = b""
        self._nonce = nonce

    def feed(self, data: bytes) -> list[Mark]:
        buffer = self._pending + data
        marks, end = [], 0
        for match in MARK_PATTERN.finditer(buffer):
            marks.append(_to_mark(match))
            end = match.end()
        self._pending = _unfinished_tail(buffer, end)
        return [mark for mark in marks if genuine(mark, self._nonce)]


def command_output(raw: bytes | bytearray, nonce: str | None = None) -> bytes | bytearray:
    """The bytes between the last genuine command-start mark (C) and the first genuine end mark (D) after it."""
    start, end = 0, None
    for match in MARK_PATTERN.finditer(raw):
        mark = _to_mark(match)
        if not genuine(mark, nonce):
            continue
        if mark.kind == "C":
            start, end = match.end(), None
        elif mark.kind == "D" and end is None:
            end = match.start()
    return raw[start:end]


def _to_mark(match: re.Match[bytes]) -> Mark:
    if match.group("kind"):
        arg = match.group("arg")
        value, aid = split_arg(arg.decode("utf-8", "replace") if arg is not None else None)
        return Mark(match.group("kind").decode(), value, aid)
    return Mark("cwd", unquote(match.group("cwd").decode("utf-8", "replace")))


def _unfinished_tail(buffer: bytes, scanned_to: int) -> bytes:
    """Keep bytes after the last ESC that might start a mark completed by the next chunk."""
    start = buffer.rfind(b"\x1b", scanned_to)
    if start == -1 or len(buffer) - start > _LONGEST_MARK:
        return b""
    return buffer[start:]


TEXT_MARK_PATTERN = re.compile(MARK_PATTERN.pattern.decode())  # the same marks in decoded text


def strip_marks(text: str) -> str:
    """Remove the marks from decoded text (an export option). Every mark-shaped sequence goes, the session's
    and any a command printed: a terminal shows neither, so the text stays what the person saw."""
    return TEXT_MARK_PATTERN.sub("", text)
