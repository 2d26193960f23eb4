"""Reading recordings realcast did not make (recorder/formats.py): the `script` and asciicast v3 cases that
tests/test_import.py does not already cover."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from labelers import load_transcript
from recorder.cast import read_cast
from recorder.importing import ImportFailure, import_file

FIXTURES = Path(__file__).parent / "fixtures" / "layout"
SPLIT_STEPS = [("cat notes.txt", ["port = 8080"]), ("ls /nope", ["ls: cannot access '/nope': No such file or directory"])]


def imported(source: Path, out: Path, **options: object) -> tuple:
    result = import_file(source, out, **options)
    meta, transcript = load_transcript(result.directory)
    return meta, [(step.command, step.output) for step in transcript.steps], read_cast(result.directory / "session.cast")


def test_an_advanced_timing_file_whose_keys_went_to_a_separate_log(tmp_path: Path) -> None:
    """`script -I keys -O log`: the I entries count bytes that are not in the log, so they are skipped."""
    meta, steps, cast = imported(FIXTURES / "split-io.log", tmp_path)
    assert meta.imported.format == "script-timed" and steps == SPLIT_STEPS
    assert not [event for event in cast.events if event.code == "i"]
    assert (cast.header.width, cast.header.height, cast.header.env) == (80, 24, {"TERM": "xterm-256color"})
    assert meta.recorded_at == "2026-11-28T23:50:06+00:00"  # from `Script started on …`


def test_the_timing_file_may_be_named_after_the_whole_log_name(tmp_path: Path) -> None:
    log = tmp_path / "split-io.log"
    log.write_bytes((FIXTURES / "split-io.log").read_bytes())
    (tmp_path / "split-io.log.timing").write_bytes((FIXTURES / "split-io.timing").read_bytes())
    meta, steps, _ = imported(log, tmp_path / "out")
    assert meta.imported.format == "script-timed" and steps == SPLIT_STEPS


def test_a_log_without_its_script_lines_is_console_text_and_timed_with_its_timing_file(tmp_path: Path) -> None:
    body = (FIXTURES / "split-io.log").read_bytes().split(b"\n", 1)[1].rsplit(b"\nScript done", 1)[0]
    log = tmp_path / "bare.log"
    log.write_bytes(body)
    meta, steps, cast = imported(log, tmp_path / "out")
    assert meta.imported.format == "text" and steps == SPLIT_STEPS and {event.time for event in cast.events} == {0.0}
    meta, steps, _ = imported(log, tmp_path / "timed", timing=FIXTURES / "split-io.timing")
    assert meta.imported.format == "script-timed" and steps == SPLIT_STEPS


def test_a_timing_file_given_for_a_cast_is_refused(tmp_path: Path) -> None:
    cast = Path(__file__).parent / "fixtures" / "import" / "marks-v2.cast"
    with pytest.raises(ImportFailure, match="drop --timing"):
        import_file(cast, tmp_path, timing=FIXTURES / "split-io.timing")
    assert not tmp_path.joinpath("imported").exists() or not list(tmp_path.joinpath("imported").iterdir())


@pytest.mark.parametrize("header", [{"version": 3}, {"version": 3, "term": "xterm"}, {"version": 3, "term": {"cols": 80}},
                                    {"version": 3, "term": {"cols": 0, "rows": 24}}])
def test_a_v3_header_without_a_usable_terminal_size_is_one_line(tmp_path: Path, header: dict) -> None:
    source = tmp_path / "odd.cast"
    source.write_text(json.dumps(header) + '\n[0.1, "o", "dev@devbox:~$ ls\\r\\n"]\n')
    with pytest.raises(ImportFailure, match=r"odd.cast: line 1: the v3 header needs term.cols and term.rows") as raised:
        import_file(source, tmp_path / "out")
    assert "\n" not in str(raised.value)


def test_v3_markers_input_and_resizes_are_kept_and_the_exit_status_dropped(tmp_path: Path) -> None:
    source = tmp_path / "events.cast"
    lines = [{"version": 3, "term": {"cols": 80, "rows": 24}}, [0.5, "o", "dev@devbox:~$ "], [0.25, "i", "l"],
             [0.25, "o", "ls\r\n"], [0.1, "m", "a marker"], [0.2, "r", "100x30"], [0.1, "o", "a  b\r\ndev@devbox:~$ "],
             [0.3, "x", "0"]]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    _, steps, cast = imported(source, tmp_path / "out")
    assert steps == [("ls", ["a  b"])]
    assert [(event.time, event.code) for event in cast.events] == [(0.5, "o"), (0.75, "i"), (1.0, "o"), (1.1, "m"),
                                                                    (1.3, "r"), (1.4, "o")]
