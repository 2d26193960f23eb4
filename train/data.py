"""The export as training rows: rendered with the GPT-OSS chat template, loss on the assistant turn only."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from schema.dataset import HarmonyRecord, ManifestRow
from train import stack

SEQ_MULTIPLE = 256


class DataError(ValueError):
    """An export that cannot be trained or evaluated on."""


@dataclass(frozen=True)
class Row:
    """One exported session: its chat messages and its manifest entry."""

    messages: list[dict[str, str]]
    manifest: ManifestRow


def load_split(export_dir: Path, split: str) -> list[Row]:
    """Rows of harmony_messages.jsonl whose manifest split is `split` ('all' for every row)."""
    harmony, manifest = export_dir / "harmony_messages.jsonl", export_dir / "manifest.jsonl"
    if not harmony.is_file() or not manifest.is_file():
        raise DataError(f"no export in {export_dir}: run `make record` (or `realcast export`) first")
    records = [HarmonyRecord.model_validate_json(line) for line in harmony.read_text().splitlines() if line.strip()]
    rows = [ManifestRow.model_validate_json(line) for line in manifest.read_text().splitlines() if line.strip()]
    if len(records) != len(rows):
        raise DataError(f"{harmony} and {manifest} disagree ({len(records)} vs {len(rows)} lines): re-export")
    chosen = [Row([m.model_dump(exclude_none=True) for m in record.messages], row) for record, row in zip(records, rows)
              if split == "all" or row.split == split]
    if not chosen:
        raise DataError(f"the export in {export_dir} has no {split!r} rows")
    return chosen


def training_template(tokenizer) -> str:  # noqa: ANN001
    """The chat template with {% generation %} markers (TRL's training variant of gpt-oss's)."""
    stack.prepare()
    from trl.chat_template_utils import get_training_chat_template

    return get_training_chat_template(tokenizer) or tokenizer.chat_template


def tokenize(tokenizer, messages: list[dict[str, str]], template: str) -> dict[str, list[int]]:  # noqa: ANN001
    """input_ids of the whole conversation; labels = ids on the assistant turn, -100 elsewhere."""
    encoded = tokenizer.apply_chat_template(messages, chat_template=template, tokenize=True, return_dict=True,
                                            return_assistant_tokens_mask=True)
    ids, mask = list(encoded["input_ids"]), list(encoded["assistant_masks"])
    if 1 not in mask:
        raise DataError("the chat template marked no assistant tokens; check that it has {% generation %} markers")
    return {"input_ids": ids, "labels": [token if keep else -100 for token, keep in zip(ids, mask)]}


def prompt_ids(tokenizer, messages: list[dict[str, str]]) -> list[int]:  # noqa: ANN001
    """The same conversation without the assistant turn, ready for generation (as at inference)."""
    prompt = [message for message in messages if message["role"] != "assistant"]
    return list(tokenizer.apply_chat_template(prompt, tokenize=True, add_generation_prompt=True, return_dict=True)["input_ids"])


def size_max_seq_length(lengths: list[int], cap: int) -> int:
    """The longest example rounded up to a multiple of 256, at most `cap`."""
    return min(cap, SEQ_MULTIPLE * math.ceil(max(lengths) / SEQ_MULTIPLE))


def length_stats(lengths: list[int]) -> dict[str, int]:
    ordered = sorted(lengths)
    return {"examples": len(ordered), "min": ordered[0], "median": ordered[len(ordered) // 2], "max": ordered[-1],
            "total": sum(ordered)}

