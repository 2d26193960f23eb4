"""`realcast import` on real recordings made by `script` and `asciinema rec` (tests/fixtures/import/record.py)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from labelers import load_transcript
from recorder.importing import ImportFailure, import_file
from schema import Evidence, Report, SessionMeta

FIXTURES = Path(__file__).parent / "fixtures" / "import"
COMMANDS = ["ls", "cat notes.txt", "ls /nope", "echo one \\\ntwo", "grep -c port notes.txt"]
EXITS = [0, 0, 2, 0, 0]
TRUTH = """family: shell-basics
description: looks at a file, lists a missing path, echoes across two lines
steps:
  - {command: ls, expect: ok}
  - {command: cat notes.txt, expect: ok}
  - {command: ls /nope, expect: fail, failure: missing}
  - {command: "echo one \\\\ two", expect: ok}
  - {command: grep -c port notes.txt, expect: ok}
failures:
  - {id: missing, category: not_found, owner: application developer, facts: [/nope]}
"""


def imported(name: str, out: Path, **options: object) -> tuple[SessionMeta, list]:
    result = import_file(FIXTURES / name, out, **options)
    meta, transcript = load_transcript(result.directory)
    return meta, transcript.steps


@pytest.mark.parametrize(("name", "fmt", "steps_from", "exits"), [
    ("marks-v2.cast", "asciicast-v2", "marks", EXITS),
    ("ad-marks.log", "script-timed", "marks", EXITS),
    ("plain-advanced.log", "script-timed", "prompt", [None] * 5),
    ("plain-untimed.log", "script", "prompt", [None] * 5),
])
def test_every_format_and_kind_of_marks_gives_the_same_steps(tmp_path: Path, name: str, fmt: str, steps_from: str,
                                                             exits: list) -> None:
    meta, steps = imported(name, tmp_path)
    assert (meta.imported.format, meta.imported.steps_from) == (fmt, steps_from)
    assert [step.command for step in steps] == COMMANDS  # the trailing `exit` is not a step
    assert [step.exit_code for step in steps] == exits
    assert steps[1].output == ["port = 8080", "host = 127.0.0.1"] and steps[3].output == ["one two"]
    assert all(step.record.start <= step.record.end for step in steps)
    directory = next((tmp_path / "imported").iterdir())
    assert {path.name for path in directory.iterdir()} == {"session.cast", "meta.json", "report.json", "evidence.json"}
    Report.model_validate_json((directory / "report.json").read_text())


def test_timed_recordings_keep_their_real_times(tmp_path: Path) -> None:
    _, steps = imported("plain-advanced.log", tmp_path)
    assert steps[-1].record.start > steps[0].record.start > 0


def test_asciicast_v3_intervals_give_the_same_session_as_v2(tmp_path: Path) -> None:
    """The v2 recording rewritten as v3 by the spec (intervals, a comment, a resize and the exit event)."""
    lines = (FIXTURES / "marks-v2.cast").read_text().splitlines()
    header = json.loads(lines[0])
    events, previous = [], 0.0
    for line in lines[1:]:
        time, code, data = json.loads(line)
        events.append(json.dumps([round(time - previous, 6), code, data]))
        previous = time
    v3 = [json.dumps({"version": 3, "term": {"cols": header["width"], "rows": header["height"], "type": "xterm-256color"},
                      "timestamp": header.get("timestamp")}), "# converted from marks-v2.cast", *events,
          json.dumps([0.1, "r", "100x30"]), json.dumps([0.2, "x", "0"])]
    source = tmp_path / "session-v3.cast"
    source.write_text("\n".join(v3) + "\n")
    result = import_file(source, tmp_path / "out")
    meta, transcript = load_transcript(result.directory)
    assert meta.imported.format == "asciicast-v3" and [s.command for s in transcript.steps] == COMMANDS
    assert [s.exit_code for s in transcript.steps] == EXITS
    assert abs(transcript.steps[-1].record.end - json.loads(lines[-1])[0]) < 1.0  # intervals summed back to times


def test_a_truth_file_beside_the_recording_becomes_the_ground_truth(tmp_path: Path) -> None:
    source = tmp_path / "plain-untimed.log"
    shutil.copy(FIXTURES / source.name, source)
    (tmp_path / "plain-untimed.truth.yaml").write_text(TRUTH)
    meta, _ = imported_from(source, tmp_path / "out")
    assert meta.family == "shell-basics" and meta.truth.failure("missing").steps == [2]
    evidence = Evidence.model_validate_json((next((tmp_path / "out/imported").iterdir()) / "evidence.json").read_text())
    assert [item.status for item in evidence.items if item.status] == ["open"]


def test_a_truth_file_that_does_not_fit_is_one_clear_line_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "plain-untimed.log"
    shutil.copy(FIXTURES / source.name, source)
    (tmp_path / "plain-untimed.truth.yaml").write_text(TRUTH.replace("cat notes.txt", "cat notes.md"))
    with pytest.raises(ImportFailure, match=r"step 2 is 'cat notes.md' but the recording has 'cat notes.txt'"):
        import_file(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def imported_from(source: Path, out: Path) -> tuple[SessionMeta, list]:
    result = import_file(source, out)
    meta, transcript = load_transcript(result.directory)
    return meta, transcript.steps


def test_importing_the_same_file_again_skips_it(tmp_path: Path) -> None:
    first = import_file(FIXTURES / "marks-v2.cast", tmp_path)
    again = import_file(FIXTURES / "marks-v2.cast", tmp_path)
    assert (first.status, again.status, again.directory) == ("imported", "skipped", first.directory)


def test_a_custom_prompt_finds_steps_the_default_does_not(tmp_path: Path) -> None:
    source = tmp_path / "custom.log"
    source.write_bytes((FIXTURES / "plain-untimed.log").read_bytes().replace(b"dev@devbox:~# ", "λ ".encode()))
    with pytest.raises(ImportFailure, match="pass --prompt REGEX"):
        import_file(source, tmp_path / "out")
    result = import_file(source, tmp_path / "out", prompt=r"^λ ")
    assert [step.command for step in load_transcript(result.directory)[1].steps] == COMMANDS


BAD_INPUTS = {
    "empty.cast": b"",
    "junk.bin": bytes(range(256)) * 4,
    "notes.txt": b"just some notes\nnothing to see\n",
    "truncated.cast": b'{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "hel',
    "v9.cast": b'{"version": 9, "width": 80, "height": 24}\n',
    "noprompt.log": b'Script started on 2026-11-28 10:00:00+00:00 [TERM="xterm" COLUMNS="80" LINES="24"]\nhello\n',
}


def test_bad_inputs_get_one_line_each_write_nothing_and_the_rest_still_import(tmp_path: Path) -> None:
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    good = tmp_path / "marks-v2.cast"
    shutil.copy(FIXTURES / good.name, good)
    out = tmp_path / "out"
    files = [str(tmp_path / name) for name in BAD_INPUTS] + [str(good), str(tmp_path / "missing.cast")]
    done = subprocess.run([sys.executable, "-m", "realcast.cli", "import", *files, "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    refused = [line for line in done.stderr.splitlines() if line.startswith("not imported")]
    assert len(refused) == len(BAD_INPUTS) + 1, done.stderr
    assert all(any(name in line for line in refused) for name in [*BAD_INPUTS, "missing.cast"])
    assert [path.name.split("-")[1] for path in (out / "imported").iterdir()] == ["marks"]
    assert not list(out.rglob("*.partial"))
