"""The export: the seed's Harmony format, pairs, splits and manifest, loadable with datasets."""
from __future__ import annotations

import json
from pathlib import Path

import datasets
import pytest

from labelers import label_session
from recorder.store import iter_sessions
from schema import ManifestRow, Report
from train.export import ExportError, export
from train.prompt import USER_PREFIX


@pytest.fixture
def labelled_sessions(fixture_sessions: Path) -> Path:
    for directory in iter_sessions(fixture_sessions):
        label_session(directory)
    return fixture_sessions


def test_harmony_rows_load_with_datasets(labelled_sessions: Path, tmp_path: Path) -> None:
    result = export(labelled_sessions, tmp_path)
    rows = datasets.load_dataset("json", data_files=str(tmp_path / "harmony_messages.jsonl"), split="train")
    assert len(rows) == result.rows == len(list(iter_sessions(labelled_sessions)))
    for row in rows:
        developer, user, assistant = row["messages"]
        assert [developer["role"], user["role"], assistant["role"]] == ["developer", "user", "assistant"]
        assert developer["content"].startswith("# Instructions\n\nreasoning language: English")
        assert user["content"].startswith(USER_PREFIX) and "\x1b" not in user["content"]
        Report.model_validate_json(assistant["content"])


def test_pairs_manifest_and_splits_agree(labelled_sessions: Path, tmp_path: Path) -> None:
    result = export(labelled_sessions, tmp_path)
    pairs = [json.loads(line) for line in (tmp_path / "pairs.jsonl").read_text().splitlines()]
    harmony = [json.loads(line) for line in (tmp_path / "harmony_messages.jsonl").read_text().splitlines()]
    manifest = [ManifestRow.model_validate_json(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [USER_PREFIX + pair["input"] for pair in pairs] == [row["messages"][1]["content"] for row in harmony]
    assert [pair["output"] for pair in pairs] == [row["messages"][2]["content"] for row in harmony]
    assert [row.line for row in manifest] == list(range(len(pairs)))
    split_rows = sum(len((tmp_path / f"harmony_{s}.jsonl").read_text().splitlines()) for s in ("train", "test"))
    assert split_rows == len(pairs) == sum(result.splits.values())


def test_raw_form_keeps_the_terminal_bytes_without_the_marks(labelled_sessions: Path, tmp_path: Path) -> None:
    export(labelled_sessions, tmp_path, form="raw")
    pair = json.loads((tmp_path / "pairs.jsonl").read_text().splitlines()[0])
    assert "\x1b[" in pair["input"] and "\x1b]133;" not in pair["input"]


def test_exporting_nothing_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="realcast record"):
        export(tmp_path, tmp_path / "out")
