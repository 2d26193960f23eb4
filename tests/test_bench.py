"""realcast.bench: the pure parts (commands' own time from a cast, the table, the JSON) on small fakes."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from realcast import bench

FIXTURES = Path(__file__).parent / "fixtures" / "sessions"

# Step 1 runs 1.0 s after its Enter, then the prompt is drawn (after the end mark: not the command's time).
# Step 2 asks a question: the gaps that end at the typed answer hold simulated pauses and are left out.
EVENTS = [
    (0.5, "m", "step 1: make"), (0.6, "i", "m"), (0.61, "o", "m"), (0.7, "i", "e"), (1.9, "i", "\r"),
    (1.91, "o", "\r\n"), (2.4, "o", "building\r\n"), (2.9, "o", "\x1b]133;D;0\x07"), (2.95, "o", "$ "),
    (5.0, "m", "step 2: rm -i x"), (5.1, "i", "r"), (6.0, "i", "\r"), (6.2, "o", "remove x? "),
    (8.0, "i", "y"), (8.1, "i", "\r"), (8.15, "o", "\r\n"), (8.3, "o", "\x1b]133;D;0\x07"), (9.0, "o", "$ "),
]
STEP_ENDS = [2.9, 8.3]


def figures(**changes: object) -> bench.Figures:
    base = bench.Figures(scenario="corrupt-archive", image="realcast/base:latest", sessions=4, jobs=2, floor_s=0.4,
                         commands_s=0.1, one_worker_s=0.6, many_workers_s=0.3, decoded_sessions=4, decode_s=0.01,
                         label_s=0.01, export_s=0.01, export_first_s=0.5)
    return replace(base, **changes)


def test_commands_own_time_counts_enter_to_end_mark_without_typed_answers() -> None:
    assert bench.commands_own_time(EVENTS, STEP_ENDS) == pytest.approx(1.0 + 0.2 + 0.2)


def test_commands_own_time_ignores_steps_the_meta_does_not_have() -> None:
    assert bench.commands_own_time(EVENTS, STEP_ENDS[:1]) == pytest.approx(1.0)
    assert bench.commands_own_time([], []) == 0.0


def test_session_commands_time_reads_meta_and_cast(tmp_path: Path) -> None:
    header = {"version": 2, "width": 80, "height": 24}
    (tmp_path / bench.CAST).write_text("\n".join(json.dumps(line) for line in [header, *map(list, EVENTS)]) + "\n")
    (tmp_path / bench.META).write_text(json.dumps({"steps": [{"end": end} for end in STEP_ENDS]}))
    assert bench.session_commands_time(tmp_path) == pytest.approx(1.4)


@pytest.mark.parametrize("directory", sorted(path.parent for path in FIXTURES.rglob(bench.META)), ids=lambda p: p.name)
def test_commands_own_time_lies_between_the_marks_and_the_first_key(directory: Path) -> None:
    """On real recordings: at least the C-to-D time of every plain step, at most the first-key-to-D time."""
    steps = json.loads((directory / bench.META).read_text())["steps"]
    own = bench.session_commands_time(directory)
    assert own <= sum(step["end"] - step["start"] for step in steps) + 1e-5
    plain = [step for step in steps if not step["answers_sent"] and not step["interrupted"] and step["output_start"]]
    assert own >= sum(step["end"] - step["output_start"] for step in plain) - 1e-5 * len(steps)


def test_ratios_and_targets() -> None:
    met = figures()
    assert met.overhead_ratio == pytest.approx(1.2)
    assert met.scaling == pytest.approx(2.0)
    assert met.label_export_ratio == pytest.approx(2.0)
    assert [row.met for row in bench.rows(met) if row.met is not None] == [True, True, True]
    missed = figures(one_worker_s=1.0, many_workers_s=0.6, label_s=0.5)
    assert [row.met for row in bench.rows(missed) if row.met is not None] == [False, False, False]


def test_scaling_target_grows_with_the_workers() -> None:
    assert figures(jobs=2).scaling_target == pytest.approx(1.8)
    assert figures(jobs=4).scaling_target == pytest.approx(3.6)


def test_table_shows_every_figure_and_whether_it_is_met() -> None:
    console = Console(record=True, width=120)
    console.print(bench.table(figures(one_worker_s=1.0)))
    text = console.export_text()
    assert "1 worker / (floor + commands)" in text and "2.00" in text and "no" in text
    assert "(label + export) / decode" in text and "yes" in text


def test_json_has_the_raw_figures_the_ratios_and_the_targets() -> None:
    written = json.loads(json.dumps(bench.as_json(figures(decode_s=0.012345678))))
    assert written["decode_s"] == 0.0123
    assert written["scaling"] == 2.0
    assert written["targets"]["overhead_ratio"] == {"max": 1.3, "met": True}
    assert written["targets"]["scaling"]["min"] == pytest.approx(1.8)


def test_options() -> None:
    options = bench.parse_options([])
    assert (options.scenario, options.sessions, options.sessions_dir) == (bench.DEFAULT_SCENARIO, 16, None)
    assert options.jobs >= 2
    assert bench.parse_options(["--jobs", "3", "--json", "x.json"]).json_path == Path("x.json")
    with pytest.raises(SystemExit):
        bench.parse_options(["--sessions", "0"])


def test_cpu_bound_on_the_scaling() -> None:
    """2 cores, 0.5 of them busy elsewhere, 0.6 s per session using 0.6 CPU-s: at most 1.5 x with 2 workers."""
    measured = figures(cores=2, background_cores=0.5, cpu_per_session_s=0.6)
    assert measured.scaling_bound == pytest.approx(1.5)
    assert figures(cores=8, background_cores=0.0, cpu_per_session_s=0.1).scaling_bound == 2  # never above the workers
    assert figures().scaling_bound is None and bench.cpu_rows(figures()) == []
    assert [row.value for row in bench.cpu_rows(measured)] == ["0.60 s", "0.50", "1.50"]


def test_session_cpu_leaves_out_the_background_load() -> None:
    # 10 sessions of 0.5 s took 8 CPU-s while others kept 0.4 cores busy: 0.8 - 0.2 per session.
    assert bench.session_cpu(100.0, 108.0, 0.4, 0.5, 10) == pytest.approx(0.6)
    assert bench.session_cpu(None, 108.0, 0.4, 0.5, 10) is None
    assert bench.session_cpu(100.0, 100.1, 2.0, 0.5, 10) == 0.0
