"""`realcast import` on real recordings: `script` and `asciinema rec` around a local bash
(tests/fixtures/import/record.py) and a real asciinema 3 file (tests/fixtures/import/README.md)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import recorder.importing
from labelers import LabelError, load_transcript
from recorder.cast import read_cast
from recorder.importing import ImportFailure, import_file
from recorder.store import state
from schema import Evidence, Report, SessionMeta

FIXTURES = Path(__file__).parent / "fixtures" / "import"
LAYOUT = Path(__file__).parent / "fixtures" / "layout"  # tmux-v3.cast: a real asciinema 3 recording (MIT)
PRINTF = r"printf 'caf\303\251 \342\234\223 \377\n'"
COMMANDS = ["ls", "cat notes.txt", "ls /nope", "echo one \\\ntwo", PRINTF, "cd /etc", "grep -c port ~/notes.txt"]
EXITS = [0, 0, 2, 0, 0, 0, 0]
UNKNOWN = [None] * len(COMMANDS)
TRUTH = {
    "family": "shell-basics", "description": "looks at a file, asks whether /nope is there (it is not), echoes "
                                             "across two lines",
    "steps": [{"command": "ls", "expect": "ok"}, {"command": "cat notes.txt", "expect": "ok"},
              {"command": "ls /nope", "expect": "ok", "shown_by": "No such file"},  # no is an answer
              {"command": "echo one \\ two", "expect": "ok"}, {"command": PRINTF, "expect": "ok"},
              {"command": "cd /etc", "expect": "ok"}, {"command": "grep -c port ~/notes.txt", "expect": "ok"}],
}


def imported(source: Path, out: Path, **options: object) -> tuple[SessionMeta, list]:
    """Import, then render the written session exactly as the labelers do."""
    result = import_file(source, out, **options)
    meta, transcript = load_transcript(result.directory)
    assert [step.command for step in transcript.steps] == [step.command for step in meta.steps]
    return meta, transcript.steps


def copied(tmp_path: Path, name: str, data: bytes | None = None) -> Path:
    """A fixture (or bytes made from one) alone in tmp_path: no timing or truth file beside it."""
    target = tmp_path / name
    target.write_bytes(data if data is not None else (FIXTURES / name).read_bytes())
    return target


# --- formats × marks: every recording of the same session gives the same steps ----------------------------
@pytest.mark.parametrize(("name", "fmt", "steps_from", "exits"), [
    ("marks-v2.cast", "asciicast-v2", "marks", EXITS),       # asciinema 2, OSC 133 A/B/C/D + OSC 7
    ("ad-marks.log", "script-timed", "marks", EXITS),        # script, classic timing, only A and D;<exit>
    ("plain-advanced.log", "script-timed", "prompt", UNKNOWN),  # script -m advanced -B, no marks
    ("plain-untimed.log", "script", "prompt", UNKNOWN),      # script without a timing file, no marks
])
def test_every_format_and_kind_of_marks_gives_the_same_steps(tmp_path: Path, name: str, fmt: str, steps_from: str,
                                                             exits: list) -> None:
    meta, steps = imported(FIXTURES / name, tmp_path)
    assert (meta.imported.format, meta.imported.steps_from) == (fmt, steps_from)
    assert [step.command for step in steps] == COMMANDS  # the continued echo is one step; the final `exit` none
    assert [step.exit_code for step in steps] == exits
    assert steps[1].output == ["port = 8080", "host = 127.0.0.1"] and steps[3].output == ["one two"]
    assert steps[4].output == ["café ✓ \ufffd"] and steps[5].output == [] and steps[6].output == ["1"]
    assert all(step.prompt_line.endswith(step.command.split("\n")[0]) for step in steps)
    assert all(s.record.start <= (s.record.output_start or s.record.start) <= s.record.end for s in steps)
    assert (meta.scenario, meta.seed, meta.params, meta.spec, meta.image, meta.image_id) == (
        "imported", 0, {"source": name}, None, None, None)
    assert (meta.family, meta.truth, meta.terminal.cols, meta.terminal.rows) == ("imported", None, 100, 30)
    directory = next((tmp_path / "imported").iterdir())
    assert directory.name.startswith(f"imported-{Path(name).stem}-")
    assert {path.name for path in directory.iterdir()} == {"session.cast", "meta.json", "report.json", "evidence.json", "done.json"}
    Report.model_validate_json((directory / "report.json").read_text())
    assert read_cast(directory / "session.cast").header.version == 2  # written as asciicast v2, like `record`


def test_osc7_marks_give_each_step_its_working_directory(tmp_path: Path) -> None:
    _, steps = imported(FIXTURES / "marks-v2.cast", tmp_path)
    assert [step.record.cwd for step in steps][-2:] == ["/etc", "/etc"] and steps[0].record.cwd != "/etc"


def test_timed_logs_keep_their_real_times_and_an_untimed_log_is_all_at_zero(tmp_path: Path) -> None:
    for name in ("ad-marks.log", "plain-advanced.log"):
        _, steps = imported(FIXTURES / name, tmp_path / name)
        starts = [step.record.start for step in steps]
        assert starts == sorted(starts) and starts[0] > 0 and starts[-1] > starts[0]
    _, steps = imported(FIXTURES / "plain-untimed.log", tmp_path / "untimed")
    assert {(s.record.start, s.record.end) for s in steps} == {(0.0, 0.0)}


def test_an_advanced_log_with_input_keeps_the_keys_as_input_events(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "plain-advanced.log", tmp_path)
    events = read_cast(result.directory / "session.cast").events
    assert "ls\r" in [event.data for event in events if event.code == "i"]
    assert "lsls" not in "".join(event.data for event in events if event.code == "o")


def test_a_character_split_across_timing_entries_and_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """A classic timing file cutting the log every 2 bytes: `✓` is cut in two, `\\xff` is not UTF-8."""
    log = copied(tmp_path, "plain-untimed.log")
    body = re.sub(rb"\n?Script done on [^\n]*\n?\Z", b"", log.read_bytes().partition(b"\n")[2])
    cut = [(body.index(char), len(char)) for char in ("é".encode(), "✓".encode())]
    assert any(start // 2 != (start + size - 1) // 2 for start, size in cut)  # really split by an entry
    timing = tmp_path / "every-2-bytes.timing"
    timing.write_text("".join(f"0.010000 {min(2, len(body) - offset)}\n" for offset in range(0, len(body), 2)))
    meta, steps = imported(log, tmp_path / "out", timing=timing)
    assert meta.imported.format == "script-timed" and [step.command for step in steps] == COMMANDS
    assert steps[4].output == ["café ✓ \ufffd"] and steps[-1].record.start > steps[0].record.start > 0


# --- asciicast v3 ---------------------------------------------------------------------------------------------
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
    meta, steps = imported(copied(tmp_path, "session-v3.cast", ("\n".join(v3) + "\n").encode()), tmp_path / "out")
    assert meta.imported.format == "asciicast-v3" and [step.command for step in steps] == COMMANDS
    assert [step.exit_code for step in steps] == EXITS
    assert abs(steps[-1].record.end - json.loads(lines[-1])[0]) < 1.0


# --- partial marks, and none -----------------------------------------------------------------------------------
def test_end_marks_without_an_exit_code_leave_it_unknown(tmp_path: Path) -> None:
    data = re.sub(rb"\x1b\]133;D;\d+\x07", b"\x1b]133;D\x07", (FIXTURES / "ad-marks.log").read_bytes())
    meta, steps = imported(copied(tmp_path, "bare-d.log", data), tmp_path / "out")
    assert meta.imported.steps_from == "marks" and [step.command for step in steps] == COMMANDS
    assert [step.exit_code for step in steps] == UNKNOWN


def test_prompt_marks_alone_still_frame_the_steps(tmp_path: Path) -> None:
    data = re.sub(rb"\x1b\]133;D;\d+\x07", b"", (FIXTURES / "ad-marks.log").read_bytes())
    meta, steps = imported(copied(tmp_path, "a-only.log", data), tmp_path / "out")
    assert meta.imported.steps_from == "marks" and [step.command for step in steps] == COMMANDS
    assert steps[1].output == ["port = 8080", "host = 127.0.0.1"] and steps[4].output == ["café ✓ \ufffd"]


@pytest.mark.parametrize(("prompt", "shell"), [
    (rb"dev@devbox \1 % ", "zsh on macOS: user@host dir %"),
    (rb"devbox% ", "zsh's default: host%"),
    (rb"[dev@devbox \1]# ", "bash on Fedora/Arch: [user@host dir]#"),
    (rb"devbox:\1 dev$ ", "bash on macOS: host:dir user$"),
    (rb"bash-5.2# ", "bash without an rc file"),
])
def test_the_default_prompts_recognise_stock_bash_and_zsh_prompts(tmp_path: Path, prompt: bytes, shell: str) -> None:
    data = re.sub(rb"dev@devbox:(\S+)# ", prompt, (FIXTURES / "plain-untimed.log").read_bytes())
    meta, steps = imported(copied(tmp_path, "other-prompt.log", data), tmp_path / "out")
    assert [step.command for step in steps] == COMMANDS, shell
    assert steps[1].output == ["port = 8080", "host = 127.0.0.1"], shell


def test_a_custom_prompt_finds_steps_the_default_does_not(tmp_path: Path) -> None:
    source = copied(tmp_path, "custom.log", re.sub(rb"dev@devbox:\S+# ", "λ ".encode(),
                                                   (FIXTURES / "plain-untimed.log").read_bytes()))
    with pytest.raises(ImportFailure, match="pass --prompt REGEX"):
        import_file(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    meta, steps = imported(source, tmp_path / "out", prompt=r"^λ ")
    assert [step.command for step in steps] == COMMANDS and meta.imported.prompt == r"^λ "


# --- ground truth written by hand --------------------------------------------------------------------------------
def test_a_truth_file_beside_the_recording_becomes_the_ground_truth(tmp_path: Path) -> None:
    source = copied(tmp_path, "plain-untimed.log")
    (tmp_path / "plain-untimed.truth.yaml").write_text(yaml.safe_dump(TRUTH))
    meta, _ = imported(source, tmp_path / "out")
    assert meta.family == "shell-basics" and meta.truth.steps[2].expect == "ok" and not meta.truth.failures
    evidence = Evidence.model_validate_json((next((tmp_path / "out/imported").iterdir()) / "evidence.json").read_text())
    assert [item.status for item in evidence.items if item.status] == []


@pytest.mark.parametrize(("change", "message"), [
    (lambda steps: steps[1].update(command="cat notes.md"), r"step 2 is 'cat notes.md' but the recording has 'cat notes.txt'"),
    (lambda steps: steps.pop(), r"lists 6 steps but the recording has 7"),
])
def test_a_truth_file_that_does_not_fit_is_one_clear_line_and_writes_nothing(tmp_path: Path, change, message: str) -> None:  # noqa: ANN001
    source = copied(tmp_path, "plain-untimed.log")
    truth = json.loads(json.dumps(TRUTH))
    change(truth["steps"])
    (tmp_path / "plain-untimed.truth.yaml").write_text(yaml.safe_dump(truth))
    with pytest.raises(ImportFailure, match=message) as raised:
        import_file(source, tmp_path / "out")
    assert "\n" not in str(raised.value) and "plain-untimed.truth.yaml" in str(raised.value)
    assert not list((tmp_path / "out").rglob("*.json"))


def test_without_a_truth_file_the_family_comes_from_the_option(tmp_path: Path) -> None:
    meta, _ = imported(FIXTURES / "marks-v2.cast", tmp_path, family="shell-basics")
    assert (meta.family, meta.truth) == ("shell-basics", None)


# --- writing: atomic, idempotent, labelled when it can be -----------------------------------------------------
def test_importing_the_same_file_again_skips_it(tmp_path: Path) -> None:
    first = import_file(FIXTURES / "marks-v2.cast", tmp_path)
    again = import_file(FIXTURES / "marks-v2.cast", tmp_path)
    assert (first.status, again.status, again.directory) == ("imported", "skipped", first.directory)


def test_a_labelling_failure_keeps_the_session_unlabelled_and_says_so(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(directory: Path) -> None:
        raise LabelError("a labeler bug")

    monkeypatch.setattr(recorder.importing, "label_session", broken)
    result = import_file(FIXTURES / "marks-v2.cast", tmp_path)
    assert result.status == "imported" and result.note.startswith("not labelled") and "\n" not in result.note
    assert state(result.directory) == "unlabelled" and not (result.directory / "report.json").exists()


def test_an_interrupted_import_leaves_nothing_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(directory: Path) -> None:
        assert (directory / "session.cast").is_file()  # it was being written in the staging folder
        raise KeyboardInterrupt

    monkeypatch.setattr(recorder.importing, "label_session", interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_file(FIXTURES / "marks-v2.cast", tmp_path)
    assert list((tmp_path / "imported").iterdir()) == []


# --- the command line, with bad input among good ---------------------------------------------------------------
V2_HEADER = b'{"version": 2, "width": 80, "height": 24}\n'
V3_HEADER = b'{"version": 3, "term": {"cols": 80, "rows": 24}}\n'
BAD_INPUTS = {
    "empty.cast": b"",
    "junk.bin": bytes(range(256)) * 4,
    "notes.txt": b"just some notes\nnothing to see\n",
    "truncated.cast": V2_HEADER + b'[0.1, "o", "hel',
    "v9.cast": b'{"version": 9, "width": 80, "height": 24}\n',
    "cut-v3.cast": (LAYOUT / "tmux-v3.cast").read_bytes()[:4000],
    "backwards-v3.cast": V3_HEADER + b'[0.5, "o", "dev@devbox:~$ ls\\r\\n"]\n[-1.0, "o", "x"]\n',
    "noprompt.log": b'Script started on 2026-11-28 10:00:00+00:00 [TERM="xterm" COLUMNS="80" LINES="24"]\nhello\n',
    "badtiming.log": (FIXTURES / "plain-untimed.log").read_bytes(),  # with badtiming.timing beside it
    "misfit.log": (FIXTURES / "plain-untimed.log").read_bytes(),     # with a truth file that does not fit
}


def realcast_import(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "realcast.cli", "import", *args], capture_output=True, text=True,
                          timeout=300)


def test_bad_inputs_get_one_line_each_write_nothing_and_the_rest_still_import(tmp_path: Path) -> None:
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "badtiming.timing").write_text("this is not\na timing file\n")
    (tmp_path / "misfit.truth.yaml").write_text(yaml.safe_dump({**TRUTH, "steps": TRUTH["steps"][:3]}))
    (tmp_path / "folder.cast").mkdir()  # exists, but cannot be read as a file
    good = [copied(tmp_path, "marks-v2.cast"), copied(tmp_path, "tmux-v3.cast", (LAYOUT / "tmux-v3.cast").read_bytes())]
    bad = [tmp_path / name for name in [*BAD_INPUTS, "folder.cast", "missing.cast"]]
    out = tmp_path / "out"
    done = realcast_import(*map(str, bad[:5] + good[:1] + bad[5:] + good[1:]), "--out", str(out))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    refused = [line for line in lines if line.startswith("not imported")]
    assert len(refused) == len(bad) and all(line.startswith(("not imported", "realcast:")) for line in lines), lines
    assert all(any(path.name in line for line in refused) for path in bad), refused
    assert sorted(path.name.split("-")[1] for path in (out / "imported").iterdir()) == ["marks", "tmux"]
    assert not [path for path in out.rglob(".*") if ".locks" not in path.parts]  # no work folder or temp file left

    again = realcast_import(*map(str, good), "--out", str(out))
    assert again.returncode == 0 and again.stderr.count("skipped") == 2, again.stderr
