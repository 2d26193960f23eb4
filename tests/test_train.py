"""Training and evaluation on CPU: the real GPT-OSS tokenizer, a tiny random GPT-OSS model, the real code path."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, realcast
from train import stack

stack.prepare()  # unsloth (if installed) before trl/transformers/peft, as the training entry does

from labelers import label_session  # noqa: E402
from recorder.store import iter_sessions  # noqa: E402
from schema.training import EvalResult  # noqa: E402
from train.config import ConfigError, load_config  # noqa: E402
from train.data import load_split, size_max_seq_length, tokenize, training_template  # noqa: E402
from train.export import ExportOptions, export  # noqa: E402
from train.splits import Percents  # noqa: E402
from train.metrics import categorize, parse_report, score  # noqa: E402
from train.tiny import build_tiny_model  # noqa: E402
from train.tokenizer import O200K_FILE, O200K_PATTERN  # noqa: E402


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:  # noqa: ANN001
    return build_tiny_model(tmp_path_factory.mktemp("models") / "tiny-gpt-oss")


@pytest.fixture(scope="module")
def tokenizer(tiny_model: Path):  # noqa: ANN201
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:  # noqa: ANN001
    import shutil


    sessions = tmp_path_factory.mktemp("sessions")
    shutil.copytree(FIXTURES, sessions, dirs_exist_ok=True)
    for directory in iter_sessions(sessions):
        label_session(directory)
    out = tmp_path_factory.mktemp("export")
    export(sessions, out, ExportOptions(percents=Percents(validation=0, test=30)))
    return out


def test_tokenizer_is_o200k_harmony(tiny_model: Path, tokenizer) -> None:  # noqa: ANN001
    import tiktoken
    from openai_harmony import HarmonyEncodingName, load_harmony_encoding
    from tiktoken.load import load_tiktoken_bpe

    text = "dev@box:~/p$ pytest -q\n\x1b[31mFAILED\x1b[0m tests/test_a.py::test_b - assert 3 == 4 — naïve 🚀 12345\n"
    ranks = load_tiktoken_bpe(str(tiny_model / O200K_FILE))
    reference = tiktoken.Encoding("o200k_base", pat_str=O200K_PATTERN, mergeable_ranks=ranks, special_tokens={})
    ours = tokenizer.encode(text, add_special_tokens=False)
    assert ours == reference.encode(text)
    os.environ["TIKTOKEN_ENCODINGS_BASE"] = str(tiny_model)  # openai-harmony reads o200k_base.tiktoken from here
    harmony = load_harmony_encoding(HarmonyEncodingName.HARMONY_GPT_OSS)
    assert harmony.encode(text) == ours
    assert [tokenizer.convert_tokens_to_ids(t) for t in ("<|start|>", "<|message|>", "<|return|>")] == [200006, 200008, 200002]


def test_loss_mask_covers_exactly_the_assistant_turn(exported: Path, tokenizer) -> None:  # noqa: ANN001
    template = training_template(tokenizer)
    for row in load_split(exported, "all"):
        example = tokenize(tokenizer, row.messages, template)
        trained = [token for token in example["labels"] if token != -100]
        report = row.messages[2]["content"]
        assert tokenizer.decode(trained) == f"<|start|>assistant<|channel|>final<|message|>{report}<|return|>"
        first = example["labels"].index(trained[0])
        assert all(label == -100 for label in example["labels"][:first])
        assert example["labels"][first:] == example["input_ids"][first:]
        assert row.messages[1]["content"] in tokenizer.decode(example["input_ids"][:first])


def test_sequence_length_is_sized_from_the_data() -> None:
    assert size_max_seq_length([300, 1000, 257], cap=8192) == 1024
    assert size_max_seq_length([9000], cap=4096) == 4096


def test_presets_and_overrides() -> None:
    recipe = load_config("gpt-oss-20b")
    assert (recipe.model, recipe.load_in_4bit, recipe.lora.r, recipe.lora.alpha) == ("unsloth/gpt-oss-20b", True, 8, 16)
    assert (recipe.per_device_train_batch_size, recipe.gradient_accumulation_steps, recipe.optim) == (1, 4, "adamw_8bit")
    assert (recipe.learning_rate, recipe.seed, recipe.expected_gpu_memory_gb) == (2e-4, 3407, 13)
    assert set(recipe.lora.target_modules) == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
    tiny = load_config("tiny", ["max_steps=7", "lora.r=4", "output_dir=/tmp/x/{preset}"])
    assert (tiny.max_steps, tiny.lora.r, tiny.output_dir) == (7, 4, "/tmp/x/tiny")
    with pytest.raises(ConfigError, match="lora.r"):
        load_config("tiny", ["lora.r=0"])
    with pytest.raises(ConfigError, match="KEY=VALUE"):
        load_config("tiny", ["max_steps"])


def test_lora_reaches_attention_and_moe_experts(tiny_model: Path) -> None:
    from transformers import AutoModelForCausalLM

    from train.backends import lora_targets

    model = AutoModelForCausalLM.from_pretrained(tiny_model)
    modules, parameters = lora_targets(model, load_config("gpt-oss-20b").lora.target_modules)
    assert modules == ["q_proj", "k_proj", "v_proj", "o_proj"]
    assert parameters == ["mlp.experts.down_proj", "mlp.experts.gate_up_proj"]


def test_parsing_and_categories_like_the_app() -> None:
    fenced = 'Here:\n```json\n[{"summary": "x", "key_successes": [], "blockers": [], "resources": []}]\n```'
    assert parse_report(fenced)[0]["summary"] == "x"
    assert parse_report("no json here") is None and parse_report('{"a": 1}') is None
    assert categorize({"desc": "`git merge main` stopped on conflicts in a.py"}).value == "merge_conflict"
    assert categorize({"desc": "`git merge ain` failed: not something we can merge"}).value == "not_found"
    assert categorize({"desc": "`make` failed: main.c:(.text+0x1e): undefined reference to `parse_port'"}).value == "link_error"
    assert categorize({"desc": "`./run.sh` did something odd"}).value == "command_failed"
    result = score('[{"summary": "s", "key_successes": [], "blockers": [], "resources": []}]', "t", set())
    assert result.json_valid and result.schema_valid and not result.sre_limits
    empty = score("[]", "dev@box:~$ ls", set())
    assert empty.json_valid and not empty.schema_valid


def test_train_save_reload_and_eval_end_to_end(exported: Path, tiny_model: Path, tmp_path: Path) -> None:
    """What `make train` and `make eval` run, through the CLI, on the tiny model."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    out = tmp_path / "run"
    realcast("train", "--config", "tiny", f"model={tiny_model}", f"data={exported}", f"output_dir={out}", "max_steps=2")
    saved = yaml.safe_load((out / "train_config.yaml").read_text())
    assert saved["run"]["steps"] == 2 and saved["run"]["tokens_seen"] > 0 and saved["run"]["max_seq_length"] >= 256
    assert (out / "adapter_model.safetensors").is_file()
    reloaded = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model), str(out))
    assert any("lora_A" in name for name, _ in reloaded.named_parameters())

    printed = realcast("eval", "--model", str(out), "--data", str(exported), "--split", "test", "--max-new-tokens", "8")
    assert "category_f1_micro" in printed
    metrics = EvalResult.model_validate_json((out / "metrics-test.json").read_text())
    assert set(metrics.systems) == {"labelers", "empty", "model", "base"}
    reference = metrics.systems["labelers"]
    assert reference.grounding == 1.0 and reference.sre_limits == 1.0 and reference.empty_input_ok
    assert metrics.systems["model"].sessions == reference.sessions > 0
    assert "by group" in printed and all(name.startswith("family:") for name in metrics.groups)
    assert sum(group["labelers"].sessions for group in metrics.groups.values()) == reference.sessions


def test_the_labelers_reports_score_perfectly_against_the_truth(exported: Path) -> None:
    from train.metrics import aggregate

    rows = load_split(exported, "all")
    scores = [score(row.messages[2]["content"], row.messages[1]["content"], set(row.manifest.truth_categories),
                    row.manifest.truth_statuses, row.manifest.truth_facts) for row in rows]
    reference = aggregate(scores, empty_input_ok=True)
    assert (reference.category_f1_micro, reference.blocker_precision, reference.blocker_recall) == (1.0, 1.0, 1.0)
    assert (reference.status_agreement, reference.key_facts) == (1.0, 1.0)
    assert aggregate([score("[]", "t", {"test_failure"}, ["open"], ["test_a"])], None).status_agreement == 0.0
