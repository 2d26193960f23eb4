"""Drive an interactive shell through a scenario's steps and write the cast as it happens."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from recorder.cast import CastWriter
from recorder.marks import Mark, MarkScanner, command_output
from recorder.pacing import HumanPacing, SessionClock
from recorder.screen import LiveScreen, visible_text
from recorder.shell import Shell
from schema.scenario import PLACEHOLDER, StepSpec, TerminalSize
from schema.session import StepRecord

QUIET_S = 0.4  # output silent this long: look at the screen (prompt? pager?)
GRACE_S = 5.0  # after a Ctrl-C, how long to wait before the next one
SETTLE_S = 0.3  # real time a server gets after its ready line before Ctrl-C (it may still be starting up)
CTRL_C = "\x03"


class RecordingError(RuntimeError):
    """The session cannot go on (no prompt, a capture missing)."""


@dataclass
class _StepState:
    """What the marks and the screen said about the running step."""

    output_start: float | None = None
    exit_code: int | None = None
    ended_at: float | None = None
    prompt_ready: bool = False
    cwd: str | None = None
    raw: bytearray = field(default_factory=bytearray)
    interrupts: int = 0
    timed_out: bool = False
    stopped: bool = False
    answers_sent: list[str] = field(default_factory=list)
    before_first_prompt: bool = False
    nonce: str | None = None

    def text(self) -> str:
        """Visible output of the command: between its start mark (133;C) and end mark (133;D)."""
        return visible_text(command_output(self.raw, self.nonce).decode("utf-8", "replace"))


@dataclass
class Recording:
    """The steps as they ran; complete=False when a step would not stop and the session ended early."""

    steps: list[StepRecord]
    complete: bool


class SessionRecorder:
    """Types commands with human pacing and reads completion and exit codes from the prompt's marks."""

    def __init__(self, shell: Shell, writer: CastWriter, clock: SessionClock, pacing: HumanPacing,
                 terminal: TerminalSize, nonce: str | None = None) -> None:
        """`nonce`: the one the shell puts in its marks (recorder.marks); marks without it are output."""
        self._shell, self._writer, self._clock, self._pacing = shell, writer, clock, pacing
        self._screen = LiveScreen(terminal.rows, terminal.cols)
        self._nonce = nonce
        self._marks = MarkScanner(nonce)
        self._state = _StepState(before_first_prompt=True, nonce=nonce)

    def record(self, steps: list[StepSpec], startup_timeout: float = 20.0) -> Recording:
        """Wait for the first prompt, then run every step; stop early only if a step cannot be stopped."""
        self._wait_for_prompt(time.monotonic() + startup_timeout)
        records: list[StepRecord] = []
        captures: dict[str, str] = {}
        for index, spec in enumerate(steps):
            record = self._run_step(index, spec, captures)
            records.append(record)
            if not self._state.prompt_ready:
                return Recording(records, complete=False)
            captures.update(record.captures)
        return Recording(records, complete=True)

    # --- one step -------------------------------------------------------------------------------
    def _run_step(self, index: int, spec: StepSpec, captures: dict[str, str]) -> StepRecord:
        command = substitute(spec.command, captures)
        self._clock.advance(self._pacing.think())
        start = self._clock.now()
        self._writer.marker(start, f"step {index + 1}: {command}")
        self._state = _StepState(nonce=self._nonce)
        self._type(command + "\r")
        self._await_end(spec)
        state = self._state
        self._clock.advance(self._pacing.read(state.text().count("\n")))
        return StepRecord(
            index=index, command=command, start=start, output_start=state.output_start,
            end=state.ended_at if state.ended_at is not None else self._clock.now(),
            exit_code=state.exit_code, cwd=state.cwd, interrupted=state.interrupts > 0,
            timed_out=state.timed_out, stopped=state.stopped, answers_sent=state.answers_sent,
            captures=self._read_captures(index, spec, state.text()) if state.prompt_ready else {},
        )

    def _await_end(self, spec: StepSpec) -> None:
        """Pump output until the prompt is back; answer prompts and pagers; Ctrl-C on timeout."""
        deadline = time.monotonic() + spec.timeout_s
        pending_answers = list(spec.answers)
        last_output = time.monotonic()
        while not self._state.prompt_ready:
            if self._pump(0.1):
                last_output = time.monotonic()
                self._maybe_stop(spec)
            elif time.monotonic() - last_output >= QUIET_S and self._respond(pending_answers):
                last_output = time.monotonic()
            if time.monotonic() >= deadline and not self._on_timeout(deadline):
                return  # given up: the command would not stop

    def _maybe_stop(self, spec: StepSpec) -> None:
        """A server reached the line the user waits for: watch a moment, then Ctrl-C."""
        state = self._state
        if spec.stop_when and not state.stopped and re.search(spec.stop_when, state.text(), re.M):
            state.stopped = True
            settle_until = time.monotonic() + SETTLE_S
            while time.monotonic() < settle_until and self._state.exit_code is None:
                self._pump(max(0.01, settle_until - time.monotonic()))
            self._clock.advance(self._pacing.watch())
            if self._state.exit_code is None:
                self._interrupt()

    def _respond(self, pending_answers: list) -> bool:
        """While the command still runs and the screen is quiet: answer a prompt or leave a pager."""
        if self._state.exit_code is not None:
            return False
        tail = self._state.text()[-400:]
        for answer in pending_answers:
            if re.search(answer.expect, tail):
                pending_answers.remove(answer)
                self._reply(answer.send)
                return True
        if self._screen.pager_waiting():
            self._reply("q")
            return True
        return False

    def _on_timeout(self, deadline: float) -> bool:
        """Ctrl-C, then again after a grace period; False once the step is given up."""
        state = self._state
        overdue = time.monotonic() - deadline
        if state.interrupts == 0 or overdue >= GRACE_S * state.interrupts:
            if state.interrupts >= 3:
                return False
            state.timed_out = True
            self._interrupt()
        return True

    def _read_captures(self, index: int, spec: StepSpec, text: str) -> dict[str, str]:
        values = {}
        for name, pattern in spec.captures.items():
            match = re.search(pattern, text, re.M)
            if not match:
                raise RecordingError(f"step {index + 1}: capture {name!r} ({pattern}) not found in its output")
            values[name] = match.group(1)
        return values

    # --- keys and output ------------------------------------------------------------------------
    def _type(self, keys: str) -> None:
        for key in keys:
            self._clock.advance(self._pacing.key(key))
            self._send(key)
            self._pump(0.05)

    def _reply(self, keys: str) -> None:
        self._clock.advance(self._pacing.think() / 2)
        self._state.answers_sent.append(keys)
        self._type(keys)

    def _interrupt(self) -> None:
        self._state.interrupts += 1
        self._send(CTRL_C)

    def _send(self, key: str) -> None:
        self._writer.input(self._clock.now(), key)
        self._shell.send(key.encode())

    def _pump(self, timeout: float) -> bytes:
        data = self._shell.read(timeout)
        if data:
            now = self._clock.now()
            self._writer.output(now, data)
            self._screen.feed(data)
            self._state.raw += data
            for mark in self._marks.feed(data):
                self._apply(mark, now)
        return data

    def _apply(self, mark: Mark, now: float) -> None:
        state = self._state
        if mark.kind == "C":
            state.output_start = now
        elif mark.kind == "D":
            state.exit_code, state.ended_at = mark.exit_code, now
        elif mark.kind == "cwd" and state.ended_at is not None:  # OSC 7 carries no nonce: only the prompt's counts
            state.cwd = mark.value
        elif mark.kind == "B" and (state.ended_at is not None or state.before_first_prompt):
            state.prompt_ready = True

    def _wait_for_prompt(self, deadline: float) -> None:
        while not self._state.prompt_ready:
            if time.monotonic() > deadline:
                raise RecordingError("no prompt with shell-integration marks appeared; check the image's ~/.bashrc")
            self._pump(0.2)


def substitute(command: str, captures: dict[str, str]) -> str:
    """Fill {{name}} placeholders with values captured from earlier output."""
    return PLACEHOLDER.sub(lambda match: captures[match.group(1)], command)
