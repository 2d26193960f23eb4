"""The terminal a transcript is rendered on: pyte's screen with scroll-back, made to keep what a person saw.

Three things pyte alone gets wrong for a transcript of a whole session:
- full-screen programs (vim, less, htop, tmux) draw on the alternate screen; a terminal restores the
  shell's screen when they quit, so what they drew is not part of the scroll-back;
- `clear` (ED 2, then ED 3) would wipe the lines of every earlier command: like VTE and Konsole, the
  screen's lines go to the scroll-back first, and ED 3 (erase the scroll-back) is ignored;
- a resize that shrinks the screen would drop its top lines: they go to the scroll-back instead.
It also notes which lines were wrapped at the right margin, so a long command typed over two rows can be
read back as one line — but not the wrap readline and zsh force with `" \r"` when a line fits exactly,
which continues nothing.
"""
from __future__ import annotations

import inspect
from collections import defaultdict, deque
from functools import cache

import pyte
from pyte.screens import History, Margins, StaticDefaultDict

HISTORY_LINES = 100_000
ALTERNATE_SCREEN_MODES = {47, 1047, 1049}  # DECSET private modes that switch to the alternate screen


def stream(screen: pyte.Screen, kind: type[pyte.Stream] = pyte.Stream) -> pyte.Stream:
    """A pyte stream that feeds `screen`, where a private CSI sequence the screen has no handler for (vim 9's
    `CSI ? 4 m`) is ignored instead of raising TypeError (pyte passes `private=True` to every handler; pyte
    issue 202)."""
    return kind(_Tolerant(screen))


class _Tolerant:
    """The screen as pyte's stream sees it: handlers that take no `private` drop private sequences."""

    def __init__(self, screen: pyte.Screen) -> None:
        self._screen = screen

    def __getattr__(self, name: str) -> object:
        handler = getattr(self._screen, name)
        if not callable(handler) or _takes_private(type(self._screen), name):
            return handler

        def ignoring_private(*params: int, private: bool = False) -> None:
            if not private:
                handler(*params)
        return ignoring_private


@cache
def _takes_private(screen: type, name: str) -> bool:
    parameters = inspect.signature(getattr(screen, name)).parameters.values()
    return any(p.name == "private" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


class ScrollbackScreen(pyte.Screen):
    """pyte's Screen plus the scroll-back a transcript is made of (history.top), as pyte.HistoryScreen keeps
    it but without its paging: HistoryScreen wraps every attribute access in a Python __getattribute__,
    half the time of rendering a session."""

    def __init__(self, columns: int, lines: int, history: int, ratio: float = 0.5) -> None:
        self.history = History(deque(maxlen=history), deque(maxlen=history), float(ratio), history, history)
        super().__init__(columns, lines)

    def index(self) -> None:
        """A line feed at the bottom margin: the top line goes to the scroll-back."""
        top, bottom = self.margins or Margins(0, self.lines - 1)
        if self.cursor.y == bottom:
            self.history.top.append(self.buffer[top])
        super().index()


class TranscriptScreen(ScrollbackScreen):
    """The scroll-back screen for transcripts: the alternate screen, `clear` and a shrinking resize keep the
    scroll-back whole, and lines wrapped at the margin are noted (absolute line numbers: scroll-back + row)."""

    def __init__(self, cols: int, rows: int) -> None:
        super().__init__(cols, rows, history=HISTORY_LINES, ratio=0.5)
        self.main: tuple[defaultdict, pyte.screens.Cursor] | None = None  # the shell's screen and cursor, while a
        # full-screen program has the alternate one
        self.wrapped: dict[int, int] = {}  # absolute line → screen width, for lines that continue on the next line
        self.drawing = False
        self.last_wrap: int | None = None  # the line the current draw wrapped
        self.forced_wrap: int | None = None  # a wrap made by drawing a space: `" \r"` will undo it...
        self.unconfirmed: int | None = None  # ...unless text is drawn on the next row before a line feed

    # --- where the cursor is, and the whole text -------------------------------------------------------
    @property
    def shell_cursor(self) -> pyte.screens.Cursor:
        """The cursor, or while a full-screen program has the alternate screen, the shell's waiting one."""
        return self.main[1] if self.main is not None else self.cursor

    def line_number(self) -> int:
        """The absolute line (scroll-back included) the shell's cursor is on."""
        return len(self.history.top) + self.shell_cursor.y

    def text_lines(self) -> list[str]:
        """Scroll-back and screen, right-trimmed, trailing blank lines dropped."""
        self._unwrap_unconfirmed()
        scrolled = ["".join(line[x].data for x in range(max(line, default=-1) + 1)).rstrip() for line in self.history.top]
        lines = scrolled + [line.rstrip() for line in self.display]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    # --- wrapping --------------------------------------------------------------------------------------
    def draw(self, data: str) -> None:
        if self.unconfirmed is not None and self.line_number() == self.unconfirmed + 1:
            self.unconfirmed = None  # text goes on after a forced wrap: the line continues (zsh's long commands)
        self.drawing, self.last_wrap, self.forced_wrap = True, None, None  # a line feed now is an automatic wrap
        try:
            super().draw(data)
        finally:
            self.drawing = False
        if self.last_wrap is not None and data.endswith(" ") and self.cursor.x == 1:
            self.forced_wrap = self.last_wrap

    def carriage_return(self) -> None:
        """`" \r"` right after a wrap: readline and zsh force the wrap so; the line continues only if text is
        drawn on the next row before the next line feed (a line that fitted exactly continues on no line)."""
        if self.forced_wrap is not None and self.cursor.x == 1 and self.line_number() == self.forced_wrap + 1:
            self.unconfirmed = self.forced_wrap
        self.forced_wrap = None
        super().carriage_return()

    def linefeed(self) -> None:
        self._unwrap_unconfirmed()
        super().linefeed()

    def _unwrap_unconfirmed(self) -> None:
        if self.unconfirmed is not None:
            self.wrapped.pop(self.unconfirmed, None)
            self.unconfirmed = None

    def index(self) -> None:
        if self.drawing and self.main is None:
            self.wrapped[self.line_number()] = self.columns
            self.last_wrap = self.line_number()
        if self.main is not None:  # lines scrolled off the alternate screen are not scroll-back
            pyte.Screen.index(self)
            return
        super().index()

    # --- alternate screen ------------------------------------------------------------------------------
    def set_mode(self, *modes: int, **kwargs: object) -> None:
        if kwargs.get("private") and ALTERNATE_SCREEN_MODES & set(modes) and self.main is None:
            self.main = (self.buffer, self.cursor)
            self.buffer = self._blank_buffer()
            self.cursor = pyte.screens.Cursor(self.cursor.x, self.cursor.y, self.cursor.attrs)
        super().set_mode(*modes, **kwargs)

    def reset_mode(self, *modes: int, **kwargs: object) -> None:
        if kwargs.get("private") and ALTERNATE_SCREEN_MODES & set(modes) and self.main is not None:
            self.buffer, self.cursor = self.main
            self.main = None
            self.dirty.update(range(self.lines))
        super().reset_mode(*modes, **kwargs)

    def _blank_buffer(self) -> defaultdict:
        return defaultdict(lambda: StaticDefaultDict(self.default_char))

    def reset(self) -> None:
        """RIS (`reset`, `tput reset`) clears the screen, not the scroll-back a transcript is made of."""
        self.main = None
        pyte.Screen.reset(self)

    # --- clear -----------------------------------------------------------------------------------------
    def erase_in_display(self, how: int = 0, *args: object, **kwargs: object) -> None:
        if how == 3:
            return  # ED 3 erases the scroll-back only: a transcript keeps it
        if how == 2 and self.main is None:
            self._scroll_into_history(self._last_text_row() + 1)
        super().erase_in_display(how, *args, **kwargs)

    def _last_text_row(self) -> int:
        rows = [y for y in range(self.lines) if any(char.data.strip() for char in self.buffer[y].values())]
        return max(rows, default=-1)

    def _scroll_into_history(self, count: int) -> None:
        """Move the top `count` rows to the scroll-back; the rows below move up, the cursor with them."""
        if count <= 0:
            return
        for y in range(count):
            self.history.top.append(self.buffer[y])
        for y in range(self.lines):
            below = self.buffer.pop(y + count, None)
            self.buffer[y] = below if below is not None else StaticDefaultDict(self.default_char)
        self.cursor.y = max(0, self.cursor.y - count)
        self.dirty.update(range(self.lines))

    # --- resize ----------------------------------------------------------------------------------------
    def resize(self, lines: int | None = None, columns: int | None = None) -> None:
        lines = lines or self.lines
        if lines < self.lines and self.main is None:
            self._scroll_into_history(self.cursor.y - lines + 1)  # keep the cursor's row on the smaller screen
            for y in range(lines, self.lines):
                self.buffer.pop(y, None)
            self.lines = lines
        super().resize(lines, columns)
