"""A live terminal emulator (pyte) beside the recording, to see what a person would see."""
from __future__ import annotations

import re

import pyte

from recorder.terminal import stream

PAGER_PROMPT = re.compile(r"^(:|\(END\)|.*\(END\)|lines \d+-\d+.*|--More--.*|Manual page .*)$")
ANSI = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]")


class LiveScreen:
    """Feeds raw output into a pyte screen of the session's size."""

    def __init__(self, rows: int, cols: int) -> None:
        self._screen = pyte.Screen(cols, rows)
        self._stream = stream(self._screen, pyte.ByteStream)

    def feed(self, data: bytes) -> None:
        self._stream.feed(data)

    def cursor_line(self) -> str:
        return self._screen.display[self._screen.cursor.y].rstrip()

    def pager_waiting(self) -> bool:
        """A pager (less, more, man) sits at its prompt waiting for a key."""
        return bool(PAGER_PROMPT.match(self.cursor_line().strip()))


def visible_text(raw: str) -> str:
    """Text with escape sequences and control bytes removed and CRLF folded (for regex checks)."""
    return ANSI.sub("", raw.replace("\r\n", "\n"))
