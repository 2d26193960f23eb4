"""`make overfit`: proof that the training wiring learns. Train the tiny model on the few shortest rows of
an export through `realcast train`'s own code, then generate greedily from each row's prompt (developer +
user turns, the inference chat template) and require the exact report back.

    python -m train.overfit                                # export tests/fixtures/families, 2 shortest rows
    python -m train.overfit --data data/export --rows 4    # an existing export
    python -m train.overfit max_steps=200 lora.r=64        # KEY=VALUE overrides of train/configs/overfit.yaml

A wrong loss mask, a chat template that differs between training and inference, or a truncated label
leaves at least one report unreproduced; the last line says how many were, and the exit status is 1 unless
all were.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from train import stack
from train.tokenizer import VOCAB_SIZE

FIXTURE_SESSIONS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "families"
HARMONY, MANIFEST = "harmony_messages.jsonl", "manifest.jsonl"


@dataclass
class Outcome:
    """One row's check: the report it should give and what greedy decoding gave."""

    session_id: str
    tokens: int
    expected: str
    generated: str

    @property
    def exact(self) -> bool:
        return self.generated == self.expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="an export folder (default: export the fixture sessions)")
    parser.add_argument("--sessions", type=Path, default=FIXTURE_SESSIONS, help="labelled sessions to export")
    parser.add_argument("--rows", type=int, default=2, help="how many of the shortest rows to learn")
    parser.add_argument("--config", default="overfit", help="preset or YAML file")
    parser.add_argument("--model", default=None, help="base model folder (default: the config's, 'tiny')")
    parser.add_argument("overrides", nargs="*", help="KEY=VALUE config overrides")
    args = parser.parse_args(argv)
    stack.prepare()  # unsloth before trl/transformers/peft, as `realcast train` does
    with tempfile.TemporaryDirectory(prefix="realcast-overfit-") as scratch:
        outcomes = overfit(args, Path(scratch))
    done = sum(outcome.exact for outcome in outcomes)
    print(f"overfit: {done}/{len(outcomes)} reports reproduced exactly")
    return 0 if outcomes and done == len(outcomes) else 1


def overfit(args: argparse.Namespace, scratch: Path) -> list[Outcome]:
    """Export (if needed), keep the shortest rows, train on them, generate and compare."""
    from train.backends import load_tokenizer, model_path
    from train.config import load_config
    from train.evaluate import Generator
    from train.run import train

    started = time.perf_counter()
    export_dir = args.data or export_sessions(args.sessions, scratch / "export")
    subset = scratch / "subset"
    overrides = [f"data={subset}", f"output_dir={scratch / 'run'}", *([f"model={args.model}"] if args.model else [])]
    config = load_config(args.config, [*overrides, *args.overrides])
    chosen = shortest_rows(export_dir, load_tokenizer(model_path(config)), args.rows)
    write_subset(export_dir, [row.line for row in chosen], subset)
    print(f"rows: the {len(chosen)} shortest of {export_dir}: tokens per row {[row.tokens for row in chosen]}, "
          f"of which the assistant turn (the loss) {[row.assistant for row in chosen]}")
    # One batch of every row, so that each step sees the whole (tiny) training set.
    config = config.model_copy(update={"per_device_train_batch_size": len(chosen), "gradient_accumulation_steps": 1})
    result = train(config, say=print)
    generate = Generator.load(Path(config.output_dir))  # the saved adapter on its base, as `realcast eval` loads it
    outcomes = reproduce(generate, subset, chosen)
    loss, accuracy = final_fit(generate, subset)
    print(f"steps: {result.steps} (lr {config.learning_rate}, {config.lr_scheduler_type}, LoRA r {config.lora.r}); "
          f"mean train loss {result.train_loss}; final loss {loss:.4f} (uniform {math.log(VOCAB_SIZE):.2f}: the frozen "
          f"random LM head caps the logits, so only the argmax can be learnt); final token accuracy {accuracy:.3f}; "
          f"training {result.seconds:.1f} s; total {time.perf_counter() - started:.1f} s")
    for outcome in outcomes:
        print(f"  {'exact' if outcome.exact else 'DIFFERS'}: {outcome.session_id} ({outcome.tokens} tokens)"
              + ("" if outcome.exact else f"\n    expected  {outcome.expected!r}\n    generated {outcome.generated!r}"))
    return outcomes


def export_sessions(sessions: Path, out: Path) -> Path:
    """An export of the sessions under `sessions`, labelled afresh in a copy (export takes only sealed, complete
    sessions; the committed fixtures carry no seal), made by `realcast export`'s code with its defaults."""
    from labelers import label_session
    from recorder.store import iter_sessions
    from train.export import export

    copy = out.parent / "sessions"
    shutil.copytree(sessions, copy)
    for directory in iter_sessions(copy):
        label_session(directory)
    export(copy, out)
    return out


@dataclass(frozen=True)
class Chosen:
    """A row picked for its length: its line in the export and its token counts."""

    line: int
    tokens: int
    assistant: int


def shortest_rows(export_dir: Path, tokenizer, count: int) -> list[Chosen]:  # noqa: ANN001
    """The `count` rows with the fewest training tokens (as `realcast train` tokenizes them), shortest first."""
    from train.data import load_split, tokenize, training_template

    template = training_template(tokenizer)
    rows = load_split(export_dir, "all")
    examples = [tokenize(tokenizer, row.messages, template) for row in rows]
    ranked = sorted(range(len(rows)), key=lambda line: (len(examples[line]["input_ids"]), line))[:count]
    if len(ranked) < 2:
        raise SystemExit(f"overfit: {export_dir} has {len(rows)} rows; at least 2 are needed")
    return [Chosen(line, len(examples[line]["input_ids"]), sum(label != -100 for label in examples[line]["labels"]))
            for line in ranked]


def write_subset(export_dir: Path, lines: list[int], out: Path) -> None:
    """A copy of the export holding only `lines`, all in the train split (rows copied verbatim, whatever their
    manifest fields)."""
    harmony = (export_dir / HARMONY).read_text(encoding="utf-8").splitlines()
    manifest = (export_dir / MANIFEST).read_text(encoding="utf-8").splitlines()
    kept = [json.loads(manifest[line]) | {"line": index, "split": "train"} for index, line in enumerate(lines)]
    out.mkdir(parents=True, exist_ok=True)
    (out / HARMONY).write_text("".join(harmony[line] + "\n" for line in lines), encoding="utf-8")
    (out / MANIFEST).write_text("".join(json.dumps(row) + "\n" for row in kept), encoding="utf-8")


def reproduce(generate, export_dir: Path, chosen: list[Chosen]) -> list[Outcome]:  # noqa: ANN001 - Generator
    """Greedy generation from each row's prompt (developer + user turns only), compared with its report."""
    from train.data import load_split

    outcomes = []
    for row, picked in zip(load_split(export_dir, "train"), chosen):
        prompt, report = row.messages[:-1], row.messages[-1]["content"]  # everything before the assistant turn
        # Room past the report: a model that never learnt to stop (a label cut before <|return|>) keeps
        # writing, and the extra text breaks the equality.
        budget = len(generate.tokenizer.encode(report, add_special_tokens=False)) + 16
        outcomes.append(Outcome(row.manifest.session_id, picked.tokens, report, generate(prompt, budget)))
    return outcomes


def final_fit(generate, export_dir: Path) -> tuple[float, float]:  # noqa: ANN001 - Generator
    """Loss and argmax accuracy on the assistant tokens, teacher-forced, with the weights generation used."""
    import torch

    from train.data import load_split, tokenize, training_template

    template = training_template(generate.tokenizer)
    losses, right, total = [], 0, 0
    with torch.no_grad():
        for row in load_split(export_dir, "train"):
            example = tokenize(generate.tokenizer, row.messages, template)
            labels = torch.tensor([example["labels"]])
            output = generate.model(input_ids=torch.tensor([example["input_ids"]]), labels=labels)
            losses.append(float(output.loss))
            predicted, wanted = output.logits[0, :-1].argmax(-1), labels[0, 1:]  # position i predicts token i+1
            right += int(((predicted == wanted) & (wanted != -100)).sum())
            total += int((wanted != -100).sum())
    return sum(losses) / len(losses), right / total


if __name__ == "__main__":
    sys.exit(main())
