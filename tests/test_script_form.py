"""The `script` transcript form (recorder/scriptlog.py) against the real util-linux `script`, byte for byte."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path

import pexpect
import pytest

from recorder.cast import Cast, read_cast
from recorder.formats import read_recording
from recorder.scriptlog import script_time, timing_of_cast, typescript, typescript_of_cast
from schema.cast import CastEvent

SCRIPT = "/usr/bin/script"
FAMILIES = Path(__file__).parent / "fixtures" / "families"
CAST = FAMILIES / "npm-offline/npm-offline-s0300-2cfad6d3/session.cast"  # ANSI colours and UTF-8, no final newline
STAMP = re.compile(rb"^Script (?:started|done) on (\S+ \S+?)[+-]\d\d:\d\d ", re.M)
TTY = re.compile(rb'TTY="([^"]*)"')
# POSIX TZ strings (the sign is inverted) and the offsets they mean; -00:30 is the one util-linux prints as +00:30
ZONES = {"UTC0": 0, "IST-5:30": 330, "NST+3:30": -210, "FOO+0:30": -30}
needs_script = pytest.mark.skipif(not os.access(SCRIPT, os.X_OK), reason="util-linux script is not installed")


@dataclass
class RealLog:
    """What the real `script` wrote, and the times and TTY to reproduce it with."""

    log: bytes
    started: datetime
    done: datetime
    tty: str


def real_script(tmp: Path, content: bytes, *, exit_code: int, size: tuple[int, int], term: str | None,
                zone: str = "UTC0") -> RealLog:
    """Run `script LOG` as an interactive session whose "shell" prints `content` and exits with `exit_code`."""
    (tmp / "content").write_bytes(content)
    shell = tmp / "shell"
    # -onlcr: the content already has its \r\n; the pty must not add a second \r
    shell.write_text(f"#!/bin/sh\nstty -onlcr\ncat '{tmp / 'content'}'\nexit {exit_code}\n")
    shell.chmod(0o755)
    env = {key: value for key, value in os.environ.items() if key != "TERM"}
    env.update({"SHELL": str(shell), "TZ": zone, **({"TERM": term} if term is not None else {})})
    child = pexpect.spawn(SCRIPT, ["-q", str(tmp / "log")], env=env, dimensions=(size[1], size[0]), timeout=20)
    child.expect(pexpect.EOF)
    child.close()
    return parsed(tmp / "log", timezone(timedelta(minutes=ZONES[zone])))


def parsed(path: Path, zone: tzinfo) -> RealLog:
    """The log with its two local times read back in `zone` (not from the printed offset: it may be wrong)."""
    log = path.read_bytes()
    started, done = (datetime.fromisoformat(stamp.decode()).replace(tzinfo=zone) for stamp in STAMP.findall(log))
    return RealLog(log, started, done, TTY.search(log)[1].decode())


def ours(real: RealLog, content: bytes, *, exit_code: int, size: tuple[int, int], term: str | None) -> bytes:
    return typescript(content, started=real.started, done=real.done, term=term, tty=real.tty,
                      columns=size[0], lines=size[1], exit_code=exit_code)


def fixture_cast() -> Cast:
    return read_cast(CAST)


@needs_script
def test_a_recorded_cast_matches_the_real_script_byte_for_byte(tmp_path: Path) -> None:
    cast = fixture_cast()
    content, size, term = cast.output_text().encode(), (cast.header.width, cast.header.height), "xterm-256color"
    assert b"\x1b[" in content and max(content) > 0x7F and not content.endswith(b"\n")
    real = real_script(tmp_path, content, exit_code=0, size=size, term=term)
    assert ours(real, content, exit_code=0, size=size, term=term) == real.log


@needs_script
@pytest.mark.parametrize("ending", [b"", b"\r\n", b"\r\n\r\n"], ids=["no-newline", "newline", "blank-line"])
def test_the_footer_newline_whatever_the_output_ends_with(tmp_path: Path, ending: bytes) -> None:
    content = "déjà vu \x1b[1;31mFAIL\x1b[0m ✓".encode() + ending
    real = real_script(tmp_path, content, exit_code=0, size=(80, 24), term="xterm")
    assert ours(real, content, exit_code=0, size=(80, 24), term="xterm") == real.log
    assert real.log.endswith(ending + b"\nScript done on " + script_time(real.done).encode()
                             + b' [COMMAND_EXIT_CODE="0"]\n')


@needs_script
@pytest.mark.parametrize("exit_code", [1, 3, 127])
def test_a_non_zero_exit_code_goes_into_the_footer(tmp_path: Path, exit_code: int) -> None:
    content = b"$ false\r\n"
    real = real_script(tmp_path, content, exit_code=exit_code, size=(100, 30), term="xterm-256color")
    assert f'[COMMAND_EXIT_CODE="{exit_code}"]'.encode() in real.log
    assert ours(real, content, exit_code=exit_code, size=(100, 30), term="xterm-256color") == real.log


@needs_script
@pytest.mark.parametrize("zone", list(ZONES))
def test_the_date_and_offset_in_any_time_zone(tmp_path: Path, zone: str) -> None:
    real = real_script(tmp_path, b"ok\r\n", exit_code=0, size=(80, 24), term="xterm", zone=zone)
    assert ours(real, b"ok\r\n", exit_code=0, size=(80, 24), term="xterm") == real.log


@needs_script
@pytest.mark.parametrize("term", [None, ""], ids=["unset", "empty"])
def test_an_unset_term_leaves_the_field_out_and_an_empty_one_keeps_it(tmp_path: Path, term: str | None) -> None:
    real = real_script(tmp_path, b"ok\r\n", exit_code=0, size=(80, 24), term=term)
    assert (b"TERM=" in real.log) == (term is not None)
    assert ours(real, b"ok\r\n", exit_code=0, size=(80, 24), term=term) == real.log


def test_typescript_of_cast_takes_size_term_and_times_from_the_cast() -> None:
    cast = fixture_cast()
    log = typescript_of_cast(cast, exit_code=2)
    started = datetime.fromtimestamp(cast.header.timestamp, timezone.utc)
    done = started + timedelta(seconds=cast.events[-1].time)
    assert log == typescript(cast.output_text(), started=started, done=done, term="xterm-256color",
                             tty="/dev/pts/0", columns=110, lines=30, exit_code=2)
    assert log.startswith(f"Script started on {script_time(started)} ".encode())


def test_the_typescript_reads_back_as_the_same_output(tmp_path: Path) -> None:
    cast = fixture_cast()
    (tmp_path / "log").write_bytes(typescript_of_cast(cast))
    back = read_recording(tmp_path / "log")
    assert back.format == "script" and back.cast.output_text() == cast.output_text()
    assert (back.cast.header.width, back.cast.header.height, back.cast.header.env) == (110, 30, {"TERM": "xterm-256color"})
    assert back.cast.header.timestamp == cast.header.timestamp


def test_the_timing_file_reads_back_as_the_same_output_events(tmp_path: Path) -> None:
    cast = fixture_cast()
    (tmp_path / "log").write_bytes(typescript_of_cast(cast))
    (tmp_path / "timing").write_bytes(timing_of_cast(cast))
    back = read_recording(tmp_path / "log", tmp_path / "timing").cast
    expected = [(event.time, event.data) for event in cast.events if event.code == "o" and event.data]
    assert [(event.time, event.data) for event in back.events] == expected


@needs_script
def test_the_timing_file_has_the_real_scripts_line_format(tmp_path: Path) -> None:
    """Same lines as `script -T` for the same two chunks: `<s>.<6 digits> <bytes>`, output bytes only."""
    shell = tmp_path / "shell"
    shell.write_text("#!/bin/sh\nstty -onlcr\nprintf 'a\\r\\n'\nsleep 0.2\nprintf 'bc'\n")
    shell.chmod(0o755)
    child = pexpect.spawn(SCRIPT, ["-q", "-T", str(tmp_path / "timing"), str(tmp_path / "log")],
                          env={**os.environ, "SHELL": str(shell)}, timeout=20)
    child.expect(pexpect.EOF)
    child.close()
    real = [line.split() for line in (tmp_path / "timing").read_text().splitlines()]
    cast = Cast(header=fixture_cast().header, events=[CastEvent(time=0.01, code="o", data="a\r\n"),
                                                     CastEvent(time=0.21, code="i", data="x"),
                                                     CastEvent(time=0.21, code="o", data="bc")])
    assert [size for _, size in real] == ["3", "2"] and all(re.fullmatch(r"\d+\.\d{6}", delay) for delay, _ in real)
    assert timing_of_cast(cast) == b"0.010000 3\n0.200000 2\n"
