"""The export: the seed's Harmony format, three transcript forms, serving-time prompts, splits that nothing
similar crosses, token counts, and a dataset card that `datasets` loads."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import datasets
import pytest
import yaml

from labelers import label_session
from recorder.store import iter_sessions
from schema import ManifestRow, Report
from schema.dataset import ExportInfo, HarmonyRecord
from train import dedup
from train.export import ExportError, ExportOptions, export
from train.prompt import USER_PREFIX, Prompt, PromptError
from train.splits import GROUP_THRESHOLD, Percents, assign, groups
from train.tokens import token_count

FAMILIES = Path(__file__).parent / "fixtures" / "families"


@pytest.fixture
def labelled_sessions(fixture_sessions: Path) -> Path:
    for directory in iter_sessions(fixture_sessions):
        label_session(directory)
    return fixture_sessions


@pytest.fixture(scope="module")
def many_sessions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fixture sessions of eight families (40 or so), labelled."""
    root = tmp_path_factory.mktemp("many")
    for family in sorted(FAMILIES.iterdir())[:8]:
        shutil.copytree(family, root / family.name)
    for directory in iter_sessions(root):
        label_session(directory)
    return root


def _manifest(out: Path) -> list[ManifestRow]:
    return [ManifestRow.model_validate_json(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def _records(out: Path, name: str = "harmony_messages.jsonl") -> list[HarmonyRecord]:
    return [HarmonyRecord.model_validate_json(line) for line in (out / name).read_text().splitlines()]


def test_harmony_rows_load_with_datasets(labelled_sessions: Path, tmp_path: Path) -> None:
    result = export(labelled_sessions, tmp_path)
    rows = datasets.load_dataset("json", data_files=str(tmp_path / "harmony_messages.jsonl"), split="train")
    assert len(rows) == result.rows == len(list(iter_sessions(labelled_sessions)))
    for row in rows:
        developer, user, assistant = row["messages"]
        assert [developer["role"], user["role"], assistant["role"]] == ["developer", "user", "assistant"]
        assert developer["content"].startswith("# Instructions\n\nreasoning language: English")
        assert user["content"].startswith(USER_PREFIX) and "\x1b" not in user["content"]
        assert "thinking" not in assistant  # the seed's rows have none unless asked for
        Report.model_validate_json(assistant["content"])


def test_pairs_manifest_and_splits_agree(labelled_sessions: Path, tmp_path: Path) -> None:
    result = export(labelled_sessions, tmp_path)
    pairs = [json.loads(line) for line in (tmp_path / "pairs.jsonl").read_text().splitlines()]
    harmony = [json.loads(line) for line in (tmp_path / "harmony_messages.jsonl").read_text().splitlines()]
    manifest = _manifest(tmp_path)
    assert [USER_PREFIX + pair["input"] for pair in pairs] == [row["messages"][1]["content"] for row in harmony]
    assert [pair["output"] for pair in pairs] == [row["messages"][2]["content"] for row in harmony]
    assert [row.line for row in manifest] == list(range(len(pairs)))
    split_rows = sum(len(_records(tmp_path, f"harmony_{s}.jsonl")) for s in ("train", "validation", "test"))
    assert split_rows == len(pairs) == sum(result.splits.values())


@pytest.mark.parametrize("form", ["clean", "raw", "script"])
def test_every_form_exports_without_the_recorders_marks(labelled_sessions: Path, tmp_path: Path, form: str) -> None:
    export(labelled_sessions, tmp_path, ExportOptions(form=form))  # type: ignore[arg-type]
    pairs = [json.loads(line)["input"] for line in (tmp_path / "pairs.jsonl").read_text().splitlines()]
    assert all("\x1b]133;" not in text and "\x1b]7;" not in text for text in pairs)
    assert {row.form for row in _manifest(tmp_path)} == {form}
    if form == "clean":
        assert not any("\x1b" in text for text in pairs)
    else:
        assert all("\x1b[" in text for text in pairs)
    if form == "script":
        assert all(text.startswith("Script started on ") and '[TERM="' in text.splitlines()[0] for text in pairs)
        assert all(text.splitlines()[-1].startswith("Script done on ") for text in pairs)


def test_a_custom_prompt_and_a_raw_console_template_appear_verbatim(labelled_sessions: Path, tmp_path: Path) -> None:
    prompt_file = tmp_path / "app-prompt.md"
    prompt_file.write_text("You are InnerBoard's analyst.\nAnswer with the JSON report only. {not a field}\n")
    out = tmp_path / "out"
    export(labelled_sessions, out, ExportOptions(prompt=Prompt.load(prompt_file, "{transcript}")))
    pairs = [json.loads(line)["input"] for line in (out / "pairs.jsonl").read_text().splitlines()]
    for record, transcript in zip(_records(out), pairs):
        assert record.messages[0].content == prompt_file.read_text()
        assert record.messages[1].content == transcript  # the raw console text alone, as the app sends it
    info = ExportInfo.model_validate_json((out / "export.json").read_text())
    assert (info.developer_prompt, info.user_template) == (prompt_file.read_text(), "{transcript}")


def test_a_user_template_without_its_placeholder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="exactly once"):
        Prompt.load(None, "Terminal transcript:")
    with pytest.raises(PromptError, match="cannot read the prompt file"):
        Prompt.load(tmp_path / "missing.md", None)


def test_thinking_states_the_evidence_and_counts_in_the_tokens(labelled_sessions: Path, tmp_path: Path) -> None:
    export(labelled_sessions, tmp_path / "plain")
    export(labelled_sessions, tmp_path / "thinking", ExportOptions(thinking=True))
    plain, thought = _manifest(tmp_path / "plain"), _manifest(tmp_path / "thinking")
    for record, row, before in zip(_records(tmp_path / "thinking"), thought, plain):
        analysis = record.messages[2].thinking
        assert analysis and analysis.startswith("The session runs ")
        assert ("still open" in analysis) == (row.outcome == "open")
        assert row.tokens > before.tokens
        assert row.tokens == token_count(record)


def test_exact_duplicates_are_one_row(labelled_sessions: Path, tmp_path: Path) -> None:
    original = next(iter_sessions(labelled_sessions))
    shutil.copytree(original, original.parent / "copy-of-a-session")
    result = export(labelled_sessions, tmp_path / "out")
    assert result.info is not None and result.info.exact_duplicates == 1
    assert result.rows == len(list(iter_sessions(labelled_sessions))) - 1


def test_no_template_or_near_duplicate_crosses_splits(many_sessions: Path, tmp_path: Path) -> None:
    result = export(many_sessions, tmp_path, ExportOptions(percents=Percents(validation=20, test=20)))
    manifest = _manifest(tmp_path)
    assert len({row.split for row in manifest}) == 3, result.splits
    texts = [record.messages[1].content for record in _records(tmp_path)]
    near = dedup.near_pairs([dedup.minhash(text) for text in texts], GROUP_THRESHOLD)
    assert all(manifest[a].split == manifest[b].split for a, b in near)
    by_group: dict[str, set[str]] = {}
    for row in manifest:
        by_group.setdefault(row.group, set()).add(row.split)
    assert all(len(splits) == 1 for splits in by_group.values())


def test_groups_join_templates_and_near_duplicate_chains() -> None:
    templates = ["a|x", "b|y", "a|x", "c|z", "d|w"]
    group_of = groups(templates, near=[(1, 3)])
    assert group_of == [0, 1, 0, 1, 4]
    splits = assign(group_of, ["s0", "s1", "s2", "s3", "s4"], ["f", "g", "f", "h", "f"], {"h"}, Percents())
    assert splits[1] == splits[3] == "test"  # held out through its near-duplicate chain
    assert splits[0] == splits[2]


def test_a_held_out_family_never_reaches_training(many_sessions: Path, tmp_path: Path) -> None:
    family = _manifest_family(many_sessions)
    export(many_sessions, tmp_path, ExportOptions(holdout=frozenset({family})))
    rows = [row for row in _manifest(tmp_path) if row.family == family]
    assert rows and all(row.split == "test" for row in rows)
    with pytest.raises(ExportError, match="held-out family 'no-such-family'"):
        export(many_sessions, tmp_path / "x", ExportOptions(holdout=frozenset({"no-such-family"})))


def _manifest_family(root: Path) -> str:
    return json.loads((next(iter_sessions(root)) / "meta.json").read_text())["family"]


def test_rows_over_the_token_limit_are_left_out_and_listed(labelled_sessions: Path, tmp_path: Path) -> None:
    full = export(labelled_sessions, tmp_path / "all")
    lengths = sorted(row.tokens for row in _manifest(tmp_path / "all"))
    limit = lengths[len(lengths) // 2]
    cut = export(labelled_sessions, tmp_path / "cut", ExportOptions(max_tokens=limit))
    assert cut.info is not None and cut.rows + len(cut.info.over_length) == full.rows
    assert all(row.tokens <= limit for row in _manifest(tmp_path / "cut"))


def test_the_card_renders_and_datasets_loads_every_split(many_sessions: Path, tmp_path: Path) -> None:
    result = export(many_sessions, tmp_path, ExportOptions(percents=Percents(validation=20, test=20)))
    card = (tmp_path / "README.md").read_text()
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["license"] and header["task_categories"] == ["text-generation"]
    assert header["size_categories"] == ["n<1K"]
    assert "## Rows per family" in card and "![token lengths](token_lengths.png)" in card
    assert (tmp_path / "token_lengths.png").read_bytes().startswith(b"\x89PNG")
    loaded = datasets.load_dataset(str(tmp_path))
    assert {split: len(rows) for split, rows in loaded.items()} == {k: v for k, v in result.splits.items() if v}


def test_exporting_nothing_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="realcast record"):
        export(tmp_path, tmp_path / "out")


def test_a_long_session_exports_as_segments_that_share_a_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from train import segments as segmenting

    shutil.copytree(FAMILIES / "workday-node", tmp_path / "sessions")
    for directory in iter_sessions(tmp_path / "sessions"):
        label_session(directory)
    monkeypatch.setattr(segmenting, "MAX_LINES", 250)
    export(tmp_path / "sessions", tmp_path / "out")
    pieces = [row for row in _manifest(tmp_path / "out") if row.segments > 1]
    assert len(pieces) >= 3 and all(row.session_id.endswith(f"-part{row.segment}") for row in pieces)
    assert len({row.group for row in pieces}) == 1 and len({row.split for row in pieces}) == 1
    assert all(row.transcript_lines <= 250 + 1 for row in pieces)  # + the user template's own line
