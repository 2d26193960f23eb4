"""The export's dataset card: README.md in the Hugging Face form (a YAML header with license, task, size
category and the split files as configs), tables of rows per family, outcome, form and split, and the
token-length distribution with its plot (token_lengths.png)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from recorder.store import write_atomic
from schema.dataset import ExportInfo, ManifestRow

CARD, PLOT = "README.md", "token_lengths.png"
LICENSE = "cc-by-4.0"
SIZES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")]


def write_card(out_dir: Path, manifest: list[ManifestRow], info: ExportInfo) -> None:
    """Write README.md and token_lengths.png into the export folder."""
    plot_lengths([row.tokens for row in manifest], info.max_tokens, out_dir / PLOT)
    text = f"---\n{yaml.safe_dump(_header(info), sort_keys=False)}---\n\n" + "\n".join(_body(manifest, info))
    write_atomic(out_dir / CARD, text)


def _header(info: ExportInfo) -> dict:
    files = [{"split": split, "path": f"harmony_{split}.jsonl"} for split, count in info.splits.items() if count]
    return {"license": LICENSE, "language": ["en"], "pretty_name": "realcast terminal session reports",
            "task_categories": ["text-generation"], "tags": ["terminal", "sre", "harmony", "gpt-oss", "synthetic"],
            "size_categories": [next(name for limit, name in SIZES if info.rows < limit) if info.rows < 10**6 else "n>1M"],
            "configs": [{"config_name": "default", "data_files": files}]}


def _body(manifest: list[ManifestRow], info: ExportInfo) -> list[str]:
    lengths = sorted(row.tokens for row in manifest)
    return [
        "# realcast terminal session reports", "",
        "Real shell sessions recorded in Docker sandboxes (every byte from a real process), each with the JSON "
        "session report that rule-based labelers built from what happened. Rows are chat conversations in the "
        "form GPT-OSS is fine-tuned on: developer instructions, the transcript as the user turn, the report as "
        "the assistant's final answer" + (" after its analysis." if info.thinking else "."), "",
        "## How it was made", "", *_method(info), "",
        "## Rows per split", "", *_table(["split", "rows"], Counter(row.split for row in manifest)), "",
        "## Rows per outcome", "", *_table(["outcome", "rows"], Counter(row.outcome for row in manifest)), "",
        "## Rows per family", "", *_by_family(manifest), "",
        "## Token lengths", "", *_lengths(lengths, info), "", f"![token lengths]({PLOT})", "",
        "## Load it", "", "```python", "from datasets import load_dataset",
        'rows = load_dataset("path/to/this/folder")  # the splits above, from the configs in the header', "```", "",
    ]


def _method(info: ExportInfo) -> list[str]:
    held = ", ".join(info.holdout_families) or "none"
    return [f"- Transcript form: `{info.form}`; the recorder's invisible marks are removed.",
            f"- User turn: `{info.user_template!r}`; developer prompt: in `export.json`, verbatim.",
            f"- Sessions: {info.sessions}; exact duplicates removed: {info.exact_duplicates}; near-duplicates removed: "
            f"{info.near_duplicates} ({info.dedup['method']}, Jaccard ≥ {info.dedup['remove_threshold']}).",
            f"- Splits: whole groups (one variant template, or near-duplicates at Jaccard ≥ {info.dedup['group_threshold']}) "
            f"go to one split; validation {info.percents['validation']}%, test {info.percents['test']}% of groups; "
            f"held-out families (test only): {held}.",
            f"- Rows over {info.max_tokens} tokens are left out, never truncated: {len(info.over_length)}."]


def _table(columns: list[str], counts: Counter) -> list[str]:
    rows = [f"| {key} | {count} |" for key, count in sorted(counts.items())]
    return [f"| {' | '.join(columns)} |", "|" + " --- |" * len(columns), *rows]


def _by_family(manifest: list[ManifestRow]) -> list[str]:
    families = sorted({row.family for row in manifest})
    lines = ["| family | rows | success | resolved | open | train | validation | test |", "|" + " --- |" * 8]
    for family in families:
        rows = [row for row in manifest if row.family == family]
        counts = Counter(row.outcome for row in rows) + Counter(row.split for row in rows)
        cells = [counts[key] for key in ("success", "resolved", "open", "train", "validation", "test")]
        lines.append(f"| {family} | {len(rows)} | " + " | ".join(map(str, cells)) + " |")
    return lines


def length_figures(lengths: list[int]) -> dict[str, int]:
    """min, median, p90, p99, max and total of the token lengths (the card's table; the site shows the same)."""
    ordered = sorted(lengths)
    at = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return {"min": ordered[0], "median": at(0.5), "p90": at(0.9), "p99": at(0.99), "max": ordered[-1],
            "total": sum(ordered)} if ordered else {}


def _lengths(lengths: list[int], info: ExportInfo) -> list[str]:
    figures = length_figures(lengths)
    if not figures:
        return ["No rows."]
    return ["Tokens per row (o200k_harmony, the whole conversation as rendered for training):", "",
            "| " + " | ".join(figures) + " |", "|" + " --- |" * len(figures),
            "| " + " | ".join(map(str, figures.values())) + " |"]


def plot_lengths(lengths: list[int], limit: int, path: Path) -> None:
    """A histogram of tokens per row, with the length limit marked."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a build machine
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7, 3.5), dpi=100)
    axes.hist(lengths or [0], bins=40, color="#4c72b0")
    axes.axvline(limit, color="#c44e52", linestyle="--", label=f"limit {limit}")
    axes.set(xlabel="tokens per row (o200k_harmony)", ylabel="rows", title="Row lengths")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    pyplot.close(figure)
