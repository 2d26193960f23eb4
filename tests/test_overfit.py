"""`make overfit` on CPU: the tiny model, trained by `realcast train`'s code on the shortest fixture rows, must
give their reports back exactly under greedy decoding with the inference chat template."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from train import stack

stack.prepare()  # unsloth (if installed) before trl/transformers/peft, as the training entry does

from train.tiny import build_tiny_model  # noqa: E402

LAST_LINE = re.compile(r"overfit: (\d+)/(\d+) reports reproduced exactly")


def test_the_tiny_model_learns_the_shortest_reports_exactly(tmp_path: Path) -> None:
    model = build_tiny_model(tmp_path / "tiny-gpt-oss")  # same seed and shape as data/models/tiny-gpt-oss
    done = subprocess.run([sys.executable, "-m", "train.overfit", "--model", str(model)], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-3000:]
    match = LAST_LINE.fullmatch(lines[-1])
    assert match, f"last line {lines[-1]!r}\n{done.stderr[-3000:]}"
    reproduced, rows = map(int, match.groups())
    assert rows >= 2 and reproduced == rows, done.stdout[-3000:]
    assert done.returncode == 0
