"""Shared fixtures: a local bash with the sandbox's own rc file (fast, no Docker) and fixture sessions."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recorder.cast import CastWriter
from recorder.pacing import HumanPacing, SessionClock
from recorder.session import Recording, SessionRecorder
from recorder.shell import PtyShell
from schema.cast import CastHeader
from schema.scenario import StepSpec, TerminalSize

ROOT = Path(__file__).resolve().parents[1]
BASHRC = ROOT / "sandboxes/images/base/home/.bashrc"
FIXTURES = Path(__file__).parent / "fixtures" / "sessions"


def record_locally(steps: list[dict], home: Path, rows: int = 24, cols: int = 100) -> tuple[Recording, str]:
    """Drive a real local bash (the image's ~/.bashrc) through steps; return the recording and cast text."""
    env = {**os.environ, "HOME": str(home), "TERM": "xterm-256color", "LANG": "C.UTF-8", "PS1": ""}
    shell = PtyShell(["bash", "--noprofile", "--rcfile", str(BASHRC), "-i"], rows, cols, env=env)
    stream = io.StringIO()
    try:
        writer = CastWriter(stream, CastHeader(width=cols, height=rows))
        recorder = SessionRecorder(shell, writer, SessionClock(), HumanPacing(1), TerminalSize(rows=rows, cols=cols))
        recording = recorder.record([StepSpec(**step) for step in steps])
    finally:
        shell.close()
    return recording, stream.getvalue()


def realcast(*args: str) -> str:
    """Run the CLI as a user would; fail the test with its stderr unless it exits 0. Returns what it printed."""
    done = subprocess.run([sys.executable, "-m", "realcast.cli", *args], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout + done.stderr


@pytest.fixture(scope="session")
def client():  # noqa: ANN201 - docker.DockerClient
    """The real Docker engine. Without one, Docker tests fail in CI (which must run them) and skip elsewhere."""
    from sandboxes.engine import EngineUnavailable, connect

    try:
        return connect()
    except EngineUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(str(error))


@pytest.fixture
def local_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def fixture_sessions(tmp_path: Path) -> Path:
    """A writable copy of the committed sessions the recorder recorded (cast + meta only)."""
    copy = tmp_path / "sessions"
    shutil.copytree(FIXTURES, copy)
    return copy
