"""The recorder against a real local bash with the sandbox's shell integration (no Docker needed)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import record_locally


def events(cast_text: str) -> list[list]:
    return [json.loads(line) for line in cast_text.splitlines()[1:]]


def test_exit_codes_come_from_the_marks(local_home: Path) -> None:
    recording, _ = record_locally([
        {"command": "true", "expect": "ok"},
        {"command": "ls /nonexistent-dir", "expect": "fail", "failure": "cmd"},
        {"command": "bash -c 'exit 7'", "expect": "fail", "failure": "cmd"},
        {"command": "cd /tmp", "expect": "ok"},
    ], local_home)
    assert [step.exit_code for step in recording.steps] == [0, 2, 7, 0]
    assert recording.steps[3].cwd == "/tmp"
    assert recording.complete


def test_nothing_is_added_to_the_typed_commands(local_home: Path) -> None:
    _, cast = record_locally([{"command": "echo hi", "expect": "ok"}], local_home)
    typed = "".join(data for _, code, data in events(cast) if code == "i")
    assert typed == "echo hi\r"
    markers = [data for _, code, data in events(cast) if code == "m"]
    assert markers == ["step 1: echo hi"]


def test_keystrokes_are_paced_like_a_person(local_home: Path) -> None:
    _, cast = record_locally([{"command": "echo typing-speed", "expect": "ok"}], local_home)
    times = [time for time, code, _ in events(cast) if code == "i"]
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    assert min(gaps) > 0.02 and 0.05 < sum(gaps) / len(gaps) < 0.4


def test_timeout_sends_ctrl_c_and_the_session_goes_on(local_home: Path) -> None:
    recording, cast = record_locally([
        {"command": "sleep 30", "expect": "fail", "failure": "hang", "timeout_s": 1},
        {"command": "echo after", "expect": "ok"},
    ], local_home)
    hung, after = recording.steps
    assert hung.timed_out and hung.interrupted and hung.exit_code == 130
    assert after.exit_code == 0 and recording.complete
    assert "\x03" in [data for _, code, data in events(cast) if code == "i"]


def test_a_command_that_keeps_printing_still_times_out(local_home: Path) -> None:
    recording, _ = record_locally([
        {"command": "while true; do echo tick; sleep 0.05; done", "expect": "fail", "failure": "hang",
         "timeout_s": 1},
    ], local_home)
    assert recording.steps[0].timed_out and recording.steps[0].exit_code == 130 and recording.complete


def test_prompts_are_answered_and_pagers_left(local_home: Path) -> None:
    (local_home / "victim").write_text("x")
    recording, _ = record_locally([
        {"command": f"rm -i {local_home}/victim", "expect": "ok", "answers": [{"expect": r"remove .*\?", "send": "y\r"}]},
        {"command": "seq 1 300 | less", "expect": "ok"},
        {"command": "ls", "expect": "ok"},
    ], local_home)
    rm, pager, _ = recording.steps
    assert rm.answers_sent == ["y\r"] and not (local_home / "victim").exists()
    assert pager.answers_sent == ["q"] and pager.exit_code == 0


def test_stop_when_presses_ctrl_c_once_the_server_is_up(local_home: Path) -> None:
    recording, _ = record_locally([
        {"command": "python3 -m http.server 0 --bind 127.0.0.1", "expect": "ok", "stop_when": "Serving HTTP"},
    ], local_home)
    step = recording.steps[0]
    assert step.stopped and step.interrupted and not step.timed_out


def test_captures_feed_later_commands(local_home: Path) -> None:
    recording, _ = record_locally([
        {"command": "echo token=abc123", "expect": "ok", "captures": {"token": r"token=(\w+)"}},
        {"command": "echo got {{token}}", "expect": "ok"},
    ], local_home)
    assert recording.steps[1].command == "echo got abc123"
