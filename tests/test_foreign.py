"""The labelers on the foreign test set: sessions recorded by other means (tmux driving `asciinema rec` or
`script` in a container, tests/foreign/recording/), with tools no family rule knows, and truth written by
hand. No rule was written for them; this measures how the labels hold on sessions nobody scripted."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import realcast

FOREIGN = Path(__file__).parent / "foreign"


def recordings() -> list[Path]:
    return sorted(path for path in FOREIGN.iterdir() if path.suffix in (".cast", ".log"))


def test_the_foreign_set_is_whole() -> None:
    found = recordings()
    assert len(found) >= 20
    assert all(path.with_name(f"{path.stem}.truth.yaml").is_file() for path in found)


def test_the_labelers_hold_on_the_foreign_set(tmp_path: Path) -> None:
    out, figures = tmp_path / "sessions", tmp_path / "labels.json"
    realcast("import", *map(str, recordings()), "--out", str(out))
    realcast("labels", "report", str(out), "--json", str(figures))
    report = json.loads(figures.read_text())
    total = report["total"]
    assert report["without_truth"] == 0 and report["truth_problems"] == 0, report["mismatches"]
    assert total["status_ok"] / total["failures"] >= 0.90, report["mismatches"]  # found, with the right open/resolved
    assert (total["placeholders"], total["duplicates"], total["failures_as_successes"]) == (0, 0, 0), report["mismatches"]
    assert total["status_text_mismatch"] == 0
