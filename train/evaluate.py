"""`realcast eval`: generate reports for held-out sessions and measure them beside baselines.

    realcast eval --model data/runs/tiny --split test
    realcast eval --model data/runs/gpt-oss-20b --split test --max-new-tokens 1024

Systems: the model; the labelers (the reference the model was trained on); an empty report (`[]`); and the
base model without the adapter, where the adapter's base can be loaded.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schema.training import EvalResult
from train import stack
from train.data import Row, load_split, prompt_ids
from train.metrics import aggregate, is_empty_report, score
from train.prompt import USER_PREFIX, user_message

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
    """Score the model, the labelers, an empty report and (where available) the base model."""
    rows = load_split(export_dir, split)
    systems = {"labelers": _measure(rows, [row.messages[2]["content"] for row in rows], "[]"),
               "empty": _measure(rows, ["[]"] * len(rows), "[]")}
    notes = ["labelers: the reference reports the model was trained on; on an empty transcript the pipeline writes []",
             "blocker categories of free-text blockers come from train.metrics.CATEGORY_CUES"]
    say(f"generating for {len(rows)} {split} sessions with {model_dir}")
    systems["model"] = _run(Generator.load(model_dir), rows, max_new_tokens)
    if with_base and (model_dir / "adapter_config.json").is_file():
        say("generating with the base model (no adapter)")
        systems["base"] = _run(Generator.load(model_dir, with_adapter=False), rows, max_new_tokens)
    return EvalResult(split=split, model=str(model_dir), systems=systems, notes=notes)


def _run(generate: Generator, rows: list[Row], max_new_tokens: int):  # noqa: ANN202 - Scores
    outputs = [generate(row.messages[:2], max_new_tokens) for row in rows]
    empty = generate([rows[0].messages[0], {"role": "user", "content": user_message("")}], max_new_tokens)
    return _measure(rows, outputs, empty)


def _measure(rows: list[Row], outputs: list[str], empty_output: str):  # noqa: ANN202 - Scores
    scores = [score(output, row.messages[1]["content"].removeprefix(USER_PREFIX), set(row.manifest.truth_categories))
              for row, output in zip(rows, outputs)]
    return aggregate(scores, is_empty_report(empty_output))


def _adapter_base(path: Path) -> str:
    import json

    return json.loads((path / "adapter_config.json").read_text())["base_model_name_or_path"]


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()
