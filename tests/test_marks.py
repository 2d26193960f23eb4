"""Marks that command output cannot forge: the session's nonce in every OSC 133 mark (aid=), live and on re-reading."""
from __future__ import annotations

import io
import json
import os
import shlex
from pathlib import Path

import pytest

from conftest import BASHRC
from recorder.cast import CastWriter, read_cast
from recorder.layout import lay_out
from recorder.marks import NONCE_FD, NONCE_VARIABLE, MarkScanner, command_output, handover, new_nonce, strip_marks
from recorder.pacing import HumanPacing, SessionClock
from recorder.session import Recording, SessionRecorder
from recorder.shell import PtyShell
from schema.cast import CastHeader
from schema.scenario import StepSpec, TerminalSize

FORGED = r"printf '\e]133;D;0\a\e]133;B\a'; sleep 2; false"  # claims "done, exit 0" at once, really fails after 2 s
NONCE = "7f3a"
TERMINAL = TerminalSize(rows=24, cols=100)
OWN = f"\x1b]133;D;1;aid={NONCE}\x07\x1b]7;file://box/home/dev\x07\x1b]133;A;aid={NONCE}\x07$ \x1b]133;B;aid={NONCE}\x07"


def record_with_nonce(steps: list[dict], home: Path, nonce: str) -> tuple[Recording, str]:
    """conftest.record_locally, with the nonce handed to the shell as the sandbox recorder hands it."""
    env = {**os.environ, "HOME": str(home), "TERM": "xterm-256color", "LANG": "C.UTF-8", "PS1": "", NONCE_VARIABLE: nonce}
    line = handover(f"bash --noprofile --rcfile {shlex.quote(str(BASHRC))} -i")
    shell = PtyShell(["bash", "--noprofile", "--norc", "-c", line], 24, 100, env=env)
    stream = io.StringIO()
    try:
        writer = CastWriter(stream, CastHeader(width=100, height=24))
        recorder = SessionRecorder(shell, writer, SessionClock(), HumanPacing(1), TERMINAL, nonce)
        recording = recorder.record([StepSpec(**step) for step in steps])
    finally:
        shell.close()
    return recording, stream.getvalue()


def test_with_a_nonce_only_marks_that_carry_it_count() -> None:
    stream = (b"\x1b]133;D;0\x07\x1b]133;B\x07\x1b]133;D;0;aid=other\x07" + OWN.encode())
    marks = MarkScanner(NONCE).feed(stream)
    assert [(mark.kind, mark.value) for mark in marks] == [("D", "1"), ("cwd", "/home/dev"), ("A", None), ("B", None)]
    assert marks[0].exit_code == 1 and marks[0].aid == NONCE


def test_without_a_nonce_every_mark_counts_as_before() -> None:
    marks = MarkScanner().feed(b"\x1b]133;D;0\x07\x1b]133;B\x07" + OWN.encode())
    assert [mark.kind for mark in marks] == ["D", "B", "D", "cwd", "A", "B"]
    assert [mark.exit_code for mark in marks if mark.kind == "D"] == [0, 1]


def test_command_output_runs_from_the_own_start_mark_to_the_own_end_mark() -> None:
    raw = f"\x1b]133;C;aid={NONCE}\x07before\x1b]133;D;0\x07\x1b]133;C\x07after{OWN}".encode()
    assert command_output(raw, NONCE) == b"before\x1b]133;D;0\x07\x1b]133;C\x07after"
    assert command_output(raw) == b"after"


def test_forged_marks_neither_end_the_step_nor_set_its_exit_code(local_home: Path, tmp_path: Path) -> None:
    recording, cast = record_with_nonce([
        {"command": FORGED, "expect": "fail", "failure": "forged"},
        {"command": "echo after", "expect": "ok"},
    ], local_home, new_nonce())
    forged, after = recording.steps
    assert forged.exit_code == 1 and not forged.interrupted
    assert forged.end - forged.output_start > 1.9  # output times are real: the step ended when `false` did
    assert after.start > forged.end and after.exit_code == 0 and recording.complete
    path = tmp_path / "session.cast"
    path.write_text(cast)
    spans = [span for span in lay_out(read_cast(path)).spans if span.exit_code is not None]
    assert [span.exit_code for span in spans] == [1, 0]


def test_the_nonce_is_in_no_environment_and_no_open_file_of_the_shell(local_home: Path) -> None:
    nonce = new_nonce()
    probe = rf"tr '\0' '\n' < /proc/$$/environ | grep -c {nonce}; readlink /proc/$$/fd/{NONCE_FD} || echo fd-closed"
    step = {"command": probe, "expect": "ok", "captures": {"in_environ": r"^(\d+)\s*$", "fd": r"^(fd-closed)"}}
    recording, cast = record_with_nonce([step], local_home, nonce)
    assert f"aid={nonce}" in cast  # the marks carry it
    assert recording.steps[0].captures == {"in_environ": "0", "fd": "fd-closed"}


def test_re_reading_ignores_forged_marks_with_the_nonce_given_or_found(tmp_path: Path) -> None:
    forged = "\x1b]133;D;0\x07\x1b]133;A\x07$ \x1b]133;B\x07"
    events = [(0.1, OWN.replace("D;1", "D;0")), (0.5, "make\r\n"), (0.6, f"\x1b]133;C;aid={NONCE}\x07"),
              (0.7, f"one{forged}two\r\n"), (2.0, OWN)]
    path = tmp_path / "s.cast"
    lines = [json.dumps({"version": 2, "width": 80, "height": 24})] + [json.dumps([t, "o", data]) for t, data in events]
    path.write_text("\n".join(lines) + "\n")
    for nonce in (None, NONCE):  # found in the first mark, or given (meta.json's mark_nonce)
        layout = lay_out(read_cast(path), nonce=nonce)
        ends = [(span.exit_code, span.end_time) for span in layout.spans if span.exit_code is not None]
        assert ends == [(1, 2.0)]
        assert any("one$ two" in line for line in layout.lines)
    assert not lay_out(read_cast(path), nonce="wrong").marked


def test_strip_marks_removes_every_mark_shaped_sequence() -> None:
    """Export drops forged marks a command printed too: a terminal shows neither, so the text is what was seen."""
    assert strip_marks(f"one\x1b]133;D;0\x07two{OWN}") == "one" + "two$ "


@pytest.mark.docker
def test_a_forged_step_in_a_real_sandbox_records_its_real_exit_code(client) -> None:  # noqa: ANN001
    from sandboxes.engine import exec_argv, sandbox
    from sandboxes.images import ensure_image, image_tag
    from sandboxes.scenarios import registry

    spec = registry()["pytest-run"].variant(0)
    ensure_image(client, spec.image, lambda _: None)
    steps = [StepSpec(command=FORGED, expect="fail", failure="forged"), StepSpec(command="echo after", expect="ok")]
    nonce = new_nonce()
    with sandbox(client, image_tag(spec.image), spec, "forged-marks-check") as container:
        shell = PtyShell(exec_argv(container, spec.workdir, nonce, TERMINAL), 24, 100)
        try:
            writer = CastWriter(io.StringIO(), CastHeader(width=100, height=24))
            recorder = SessionRecorder(shell, writer, SessionClock(), HumanPacing(1), TERMINAL, nonce)
            recording = recorder.record(steps)
        finally:
            shell.close()
    forged, after = recording.steps
    assert forged.exit_code == 1 and forged.end - forged.output_start > 1.9
    assert after.start > forged.end and after.exit_code == 0 and recording.complete


@pytest.mark.docker
def test_the_sandbox_shell_has_the_session_size_from_its_first_command(client) -> None:  # noqa: ANN001
    """The launcher sets the TTY's size before bash starts: the docker CLI's own resize comes only after the
    exec has started, and a shell that read 80 columns first wrapped a long command at 80 (aws-cli-s0117)."""
    from sandboxes.engine import exec_argv, sandbox
    from sandboxes.images import ensure_image, image_tag
    from sandboxes.scenarios import registry

    spec = registry()["corrupt-archive"].variant(0)
    wide = TerminalSize(rows=50, cols=160)
    ensure_image(client, spec.image, lambda _: None)
    nonce = new_nonce()
    with sandbox(client, image_tag(spec.image), spec, "terminal-size-check") as container:
        argv = exec_argv(container, spec.workdir, nonce, wide)
        assert "stty rows 50 cols 160; " in argv[-1]
        shell = PtyShell(argv, wide.rows, wide.cols)
        stream = io.StringIO()
        try:
            recorder = SessionRecorder(shell, CastWriter(stream, CastHeader(width=160, height=50)), SessionClock(),
                                       HumanPacing(1), wide, nonce)
            recorder.record([StepSpec(command="stty size; echo $COLUMNS", expect="ok")])
        finally:
            shell.close()
    assert "50 160\r\n160" in strip_marks(read_cast_text(stream.getvalue()))


def read_cast_text(cast: str) -> str:
    """The output events of a cast, joined."""
    events = [json.loads(line) for line in cast.splitlines()[1:]]
    return "".join(data for _, code, data in events if code == "o")
