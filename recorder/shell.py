"""The interactive shell the recorder drives: a real PTY via pexpect."""
from __future__ import annotations

from typing import Protocol

import pexpect


EXIT_WAIT_S = 0.5  # how long a shell gets to exit by itself before it is signalled


class ShellClosed(EOFError):
    """The shell process ended."""


class Shell(Protocol):
    """What the recorder needs from a terminal: bytes in, bytes out."""

    def send(self, data: bytes) -> None: ...

    def read(self, timeout: float) -> bytes:
        """Whatever output is available within timeout (b'' if none); ShellClosed at EOF."""
        ...

    def close(self) -> None: ...


class PtyShell:
    """A command (e.g. `docker exec -it … bash -i`) on a pseudo-terminal of a given size."""

    def __init__(self, argv: list[str], rows: int, cols: int, env: dict[str, str] | None = None) -> None:
        self._child = pexpect.spawn(argv[0], argv[1:], dimensions=(rows, cols), env=env, echo=False)
        self._child.delaybeforesend = None  # keys go out at once; human pacing lives on the cast clock

    def send(self, data: bytes) -> None:
        self._child.send(data)

    def read(self, timeout: float) -> bytes:
        try:
            return self._child.read_nonblocking(65536, timeout=timeout)
        except pexpect.TIMEOUT:
            return b""
        except pexpect.EOF:
            raise ShellClosed("the shell exited") from None

    def close(self) -> None:
        """End the shell as a person does (`exit`), then reap it. pexpect's close alone sleeps a fixed 0.1 s
        before it looks (ptyprocess delayafterclose), a tenth of a light session; a shell that will not
        exit (a step that never stopped) is still signalled, then killed."""
        self._child.ptyproc.delayafterclose = 0.0
        if self._child.isalive():
            try:
                self._child.send(b"exit\r")
                self._child.expect(pexpect.EOF, timeout=EXIT_WAIT_S)
            except (pexpect.TIMEOUT, OSError):
                pass
        self._child.close(force=True)
