"""asciicast v2 writing and reading, and the shell-integration mark scanner."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from asciinema.asciicast import open_from_url

from recorder.cast import CastError, CastWriter, read_cast
from recorder.marks import MarkScanner, strip_marks
from schema.cast import CastHeader


def write_sample() -> str:
    stream = io.StringIO()
    writer = CastWriter(stream, CastHeader(width=80, height=24, timestamp=1700000000))
    writer.marker(0.5, "step 1: ls")
    writer.input(0.6, "l")
    writer.output(0.7, "é".encode()[:1])  # half of a UTF-8 character: held back
    writer.output(0.8, "é".encode()[1:] + b"\x1b[31mred\x1b[0m\r\n")
    return stream.getvalue()


def test_writer_emits_exact_asciicast_lines() -> None:
    lines = write_sample().splitlines()
    assert json.loads(lines[0]) == {"version": 2, "width": 80, "height": 24, "timestamp": 1700000000, "env": {}}
    assert [json.loads(line) for line in lines[1:]] == [
        [0.5, "m", "step 1: ls"], [0.6, "i", "l"], [0.8, "o", "é\x1b[31mred\x1b[0m\r\n"]]


def test_round_trip_and_asciinema_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "s.cast"
    path.write_text(write_sample())
    cast = read_cast(path)
    assert cast.header.width == 80 and cast.output_text() == "é\x1b[31mred\x1b[0m\r\n"
    with open_from_url(str(path)) as reader:  # asciinema's own reader
        assert [event[1] for event in reader.events()] == ["m", "i", "o"]


@pytest.mark.parametrize("content, reason", [
    ("", "empty"),
    ('{"version": 2, "width": 80}\n', "height"),
    ('{"version": 2, "width": 80, "height": 24}\n[0.1, "o"]\n', "line 2"),
    ('{"version": 2, "width": 80, "height": 24}\nnot json\n', "line 2"),
    ('{"version": 2, "width": 80, "height": 24}\n[0.1, "x", "?"]\n', "line 2"),
])
def test_corrupt_casts_fail_with_one_clear_line(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.cast"
    path.write_text(content)
    with pytest.raises(CastError) as error:
        read_cast(path)
    message = str(error.value)
    assert "\n" not in message and reason in message and str(path) in message


def test_marks_are_found_across_chunk_boundaries() -> None:
    stream = b"out\x1b]133;D;127\x07\x1b]7;file://box/home/dev/my%20dir\x07\x1b]133;A\x07$ \x1b]133;B\x07"
    scanner = MarkScanner()
    marks = [mark for index in range(len(stream)) for mark in scanner.feed(stream[index:index + 1])]
    assert [(mark.kind, mark.value) for mark in marks] == [
        ("D", "127"), ("cwd", "/home/dev/my dir"), ("A", None), ("B", None)]
    assert marks[0].exit_code == 127


def test_strip_marks_leaves_the_visible_text() -> None:
    assert strip_marks("\x1b]133;A\x07$ ls\x1b]133;D;0\x07\x1b[1mx\x1b[0m") == "$ ls\x1b[1mx\x1b[0m"
