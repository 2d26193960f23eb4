"""Every scenario family: valid, deterministic, varied, and mixing success with failure."""
from __future__ import annotations

import random

import pytest

from sandboxes.scenarios import Scenario, ScenarioError, available, registry
from schema.truth import compile_truth

SEEDS = range(60)
SCENARIOS = sorted(available())


@pytest.mark.parametrize("name", SCENARIOS)
def test_variants_validate_and_are_deterministic(name: str) -> None:
    scenario = registry()[name]
    for seed in SEEDS:
        assert scenario.variant(seed) == scenario.variant(seed)


@pytest.mark.parametrize("name", SCENARIOS)
def test_at_least_five_declared_parameters_vary(name: str) -> None:
    variants = [registry()[name].variant(seed) for seed in SEEDS]
    varying = [key for key in variants[0].params if len({repr(v.params[key]) for v in variants}) > 1]
    assert len(varying) >= 5, varying
    drawn = {key for variant in variants for key in variant.params}
    assert drawn == set(registry()[name].parameters), "family.yaml must declare exactly the drawn parameters"


@pytest.mark.parametrize("name", SCENARIOS)
def test_fifty_seeds_give_fifty_distinct_sessions(name: str) -> None:
    variants = [registry()[name].variant(seed) for seed in range(50)]
    distinct = {(repr(v.params), tuple(step.command for step in v.steps)) for v in variants}
    assert len(distinct) == 50


def test_unavailable_families_say_what_is_missing() -> None:
    unavailable = [scenario for scenario in registry().values() if not scenario.available]
    assert all(len(scenario.reason) > 30 for scenario in unavailable)
    with pytest.raises(ScenarioError, match="unavailable"):
        unavailable[0].variant(0)


def test_the_library_covers_the_seed_families() -> None:
    seed_rows = {scenario.seed_family for scenario in registry().values() if scenario.seed_family}
    assert seed_rows == set(range(1, 26))
    assert len(registry()) >= 35 and len(available()) >= 30
