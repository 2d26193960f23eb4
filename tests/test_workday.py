"""Working days: several real activities chained in one sandbox, and long sessions cut into segments the
way a serving app cuts them, each with its own report."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from labelers import load_transcript
from recorder.cast import read_cast
from sandboxes.scenarios import available, get
from sandboxes.scenarios.workday import MAX_FAILURES, _moved, _moved_content, ports, stateful
from train import segments as segmenting

FIXTURES = Path(__file__).parent / "fixtures" / "families"
WORKDAYS = sorted(name for name, scenario in available().items() if scenario.family == "workday")


@pytest.mark.parametrize("name", WORKDAYS)
def test_a_day_chains_real_activities_in_folders_of_their_own(name: str) -> None:
    for seed in [*range(4), 123]:  # 123: workday-web's nginx and load test on one port, before ports were kept apart
        spec = get(name).variant(seed)
        folders, members = spec.params["folders"], spec.params["activities"]
        assert len(folders) == len(set(folders)) == len(members) >= 2 or name == "workday-web"
        assert [step.command for step in spec.steps if step.command.startswith("cd ~/")] == [f"cd ~/{f}" for f in folders[1:]]
        assert spec.workdir == folders[0] and len(spec.failures) <= MAX_FAILURES
        assert all(re.match(r"^a\d+-", failure.id) for failure in spec.failures)
        scenarios = [member.split(":")[0] for member in members]
        assert all(scenarios.count(s) == 1 for s in scenarios if stateful(s)), members
        used = [ports(get(scenario).variant(int(seed))) for scenario, seed in (m.split(":") for m in members)]
        assert sum(map(len, used)) == len(set().union(*used)), f"two activities share a port: {members}"
        assert not any(file.path.startswith("project/") for file in spec.files)


def test_moving_a_project_rewrites_paths_not_words() -> None:
    moves = {"project": "shop", ".dbinit": ".dbinit-2"}
    assert _moved("cd project && mkdir -p project/logs; bash .dbinit/init.sh", moves) == \
        "cd shop && mkdir -p shop/logs; bash .dbinit-2/init.sh"
    assert _moved_content("The project keeps ~/project/app.db and /home/dev/project/x, see ../.dbinit/seed.sql", moves) == \
        "The project keeps ~/shop/app.db and /home/dev/shop/x, see ../.dbinit-2/seed.sql"


@pytest.fixture(scope="module")
def long_day() -> tuple:
    folder = max((FIXTURES / "workday-node").iterdir(), key=lambda d: (d / "session.cast").stat().st_size)
    meta, transcript = load_transcript(folder)
    return meta, read_cast(folder / "session.cast"), transcript


def test_a_long_day_is_cut_between_commands_and_every_piece_labelled(long_day: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    meta, cast, transcript = long_day
    assert len(transcript.lines) >= 400 and segmenting.cut_points(meta, transcript) == []
    monkeypatch.setattr(segmenting, "MAX_LINES", 250)
    pieces = segmenting.segments(meta, cast, transcript)
    assert len(pieces) >= 3 and [piece.number for piece in pieces] == list(range(1, len(pieces) + 1))
    commands = [view.command for piece in pieces for view in piece.labelled.transcript.steps]
    assert commands == [step.command for step in meta.steps]  # every command in exactly one piece, in order
    for piece in pieces:
        assert sum(1 + len(view.output) for view in piece.labelled.transcript.steps) <= 250
        assert piece.labelled.transcript.lines[0].endswith(piece.labelled.transcript.steps[0].command)
        assert piece.labelled.report.root[0].key_successes  # a report of its own, grounded in its own text


def test_an_idle_gap_starts_a_new_segment(long_day: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    meta, _, transcript = long_day
    gaps = [step.start - before.end for before, step in zip(meta.steps, meta.steps[1:])]
    monkeypatch.setattr(segmenting, "IDLE_GAP_S", sorted(gaps)[-2])  # only the two longest pauses cut
    assert len(segmenting.cut_points(meta, transcript)) == 2
