"""Every family's labeler on recorded fixture sessions of that family (tests/fixtures/families/<scenario>/):
the truth holds on what really ran, and the labels agree with it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import realcast
from labelers.signatures import family_rules
from sandboxes.scenarios import available, registry

FIXTURES = Path(__file__).parent / "fixtures" / "families"


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("labels") / "labels.json"
    realcast("labels", "report", str(FIXTURES), "--json", str(out))
    return json.loads(out.read_text())


@pytest.mark.parametrize("name", sorted(available()))
def test_every_available_family_has_fixture_sessions(name: str) -> None:
    sessions = list((FIXTURES / name).glob("*/session.cast"))
    assert sessions, f"record fixture sessions of {name} into {FIXTURES / name}"


def test_the_truth_holds_on_every_fixture_session(figures: dict) -> None:
    assert figures["without_truth"] == 0
    assert figures["truth_problems"] == 0, figures["mismatches"]


def test_the_labels_agree_with_the_truth_in_every_family(figures: dict) -> None:
    for family, score in figures["families"].items():
        failures = score["failures"]
        agreed = (score["found"], score["category_ok"], score["status_ok"], score["owner_ok"])
        assert agreed == (failures,) * 4, (family, score, figures["mismatches"])
        assert score["facts_found"] == score["facts"], (family, figures["mismatches"])
        defects = (score["extra"], score["duplicates"], score["placeholders"], score["failures_as_successes"])
        assert defects == (0, 0, 0, 0), (family, score, figures["mismatches"])


def test_every_family_labeler_fires_on_its_own_sessions(figures: dict) -> None:
    families = {scenario.family for scenario in registry().values()}
    for rules in family_rules():
        assert rules.family in families, f"labelers/families/{rules.family}.yaml names no scenario family"
        assert figures["labelers"].get(rules.family, {}).get("in_report", 0) > 0, f"{rules.family} never reports"
