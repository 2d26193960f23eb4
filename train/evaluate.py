"""`realcast eval`: generate reports for held-out sessions and measure them beside baselines.

    realcast eval --model data/runs/tiny --split test
    realcast eval --model data/runs/gpt-oss-20b --split test --max-new-tokens 1024

Systems: the model; the labelers (the reference the model was trained on); an empty report (`[]`); and the
base model without the adapter, where the adapter's base can be loaded.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recorder.importing import SCENARIO as IMPORTED  # the scenario of sessions made from foreign recordings
from schema.dataset import ExportInfo
from schema.training import EvalResult
from train import stack
from train.data import Row, load_split, prompt_ids
from train.metrics import SessionScore, aggregate, is_empty_report, score
from train.prompt import DEFAULT_PROMPT, Prompt

FINAL = "<|channel|>final<|message|>"
STOP_TOKENS = ("<|return|>", "<|end|>", "<|call|>")


class Generator:
    """Greedy generation with the training prompt; loads an adapter folder or a full model."""

    def __init__(self, model, tokenizer) -> None:  # noqa: ANN001
        self.model, self.tokenizer = model, tokenizer
        self.stop_ids = [tokenizer.convert_tokens_to_ids(token) for token in STOP_TOKENS]

    @classmethod
    def load(cls, path: Path, with_adapter: bool = True) -> "Generator":
        """An adapter folder (adapter_config.json) on its base model, or a plain model folder."""
        stack.prepare()
        from transformers import AutoModelForCausalLM, AutoTokenizer

        adapter = (path / "adapter_config.json").is_file()
        base = _adapter_base(path) if adapter else str(path)
        model = AutoModelForCausalLM.from_pretrained(base, dtype="auto", device_map="auto" if _cuda() else None)
        if adapter and with_adapter:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, str(path))
        model.eval()
        return cls(model, AutoTokenizer.from_pretrained(str(path) if adapter else base))

    def __call__(self, messages: list[dict[str, str]], max_new_tokens: int) -> str:
        import torch

        ids = torch.tensor([prompt_ids(self.tokenizer, messages)], device=self.model.device)
        with torch.no_grad():
            output = self.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), do_sample=False,
                                         max_new_tokens=max_new_tokens, eos_token_id=self.stop_ids,
                                         pad_token_id=self.tokenizer.pad_token_id)
        return final_text(self.tokenizer.decode(output[0, ids.shape[1]:], skip_special_tokens=False))


def final_text(decoded: str) -> str:
    """The final channel's message, without the stop token."""
    text = decoded.rsplit(FINAL, 1)[-1]
    for token in STOP_TOKENS:
        text = text.split(token, 1)[0]
    return text


def evaluate(model_dir: Path, export_dir: Path, split: str = "test", max_new_tokens: int = 1024,
             with_base: bool = True, say: Callable[[str], None] = print) -> EvalResult:
    """Score the model, the labelers, an empty report and (where available) the base model — on all rows,
    per family, on held-out families and on imported (foreign) sessions."""
    rows, made = load_split(export_dir, split), _made(export_dir)
    prompt = Prompt(made.developer_prompt, made.user_template) if made else DEFAULT_PROMPT
    holdout = set(made.holdout_families) if made else set()
    outputs = {"labelers": [row.messages[2]["content"] for row in rows], "empty": ["[]"] * len(rows)}
    empties = {"labelers": "[]", "empty": "[]"}
    notes = ["labelers: the reference reports the model was trained on; on an empty transcript the pipeline writes []",
             "blocker categories of free-text blockers come from train.metrics.CATEGORY_CUES",
             "status_agreement and key_facts compare with the ground truth v2 of each session (not with the labelers)"]
    say(f"generating for {len(rows)} {split} sessions with {model_dir}")
    outputs["model"], empties["model"] = _run(Generator.load(model_dir), rows, max_new_tokens, prompt)
    if with_base and (model_dir / "adapter_config.json").is_file():
        say("generating with the base model (no adapter)")
        outputs["base"], empties["base"] = _run(Generator.load(model_dir, with_adapter=False), rows, max_new_tokens, prompt)
    scored = {name: _scores(rows, texts, prompt) for name, texts in outputs.items()}
    systems = {name: aggregate(scores, is_empty_report(empties[name])) for name, scores in scored.items()}
    groups = {group: {name: aggregate([scores[i] for i in members], None) for name, scores in scored.items()}
              for group, members in _groups(rows, holdout).items()}
    return EvalResult(split=split, model=str(model_dir), systems=systems, groups=groups, notes=notes)


def _run(generate: Generator, rows: list[Row], max_new_tokens: int, prompt: Prompt) -> tuple[list[str], str]:
    outputs = [generate(row.messages[:2], max_new_tokens) for row in rows]
    empty = generate([rows[0].messages[0], {"role": "user", "content": prompt.user("")}], max_new_tokens)
    return outputs, empty


def _scores(rows: list[Row], outputs: list[str], prompt: Prompt) -> list[SessionScore]:
    return [score(output, prompt.transcript_of(row.messages[1]["content"]), set(row.manifest.truth_categories),
                  row.manifest.truth_statuses, row.manifest.truth_facts) for row, output in zip(rows, outputs)]


def _groups(rows: list[Row], holdout: set[str]) -> dict[str, list[int]]:
    """Row indices per family, of the held-out families together, and of imported (foreign) sessions."""
    groups: dict[str, list[int]] = {}
    for at, row in enumerate(rows):
        names = [f"family:{row.manifest.family}"] + ["held-out"] * (row.manifest.family in holdout)
        names += ["foreign"] * (row.manifest.scenario == IMPORTED)
        for name in names:
            groups.setdefault(name, []).append(at)
    return dict(sorted(groups.items()))


def _made(export_dir: Path) -> ExportInfo | None:
    """How the export was made (export.json): its prompt, to read transcripts back out exactly, and its
    held-out families. None for an export older than export.json."""
    info = export_dir / "export.json"
    return ExportInfo.model_validate_json(info.read_text(encoding="utf-8")) if info.is_file() else None


def _adapter_base(path: Path) -> str:
    import json

    return json.loads((path / "adapter_config.json").read_text())["base_model_name_or_path"]


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()
