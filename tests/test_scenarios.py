"""Every scenario family: valid, deterministic, varied, and mixing success with failure."""
from __future__ import annotations

import random

import pytest

from sandboxes.scenarios import Scenario, ScenarioError, registry
from schema.truth import compile_truth

SEEDS = range(60)
SCENARIOS = sorted(registry())


@pytest.mark.parametrize("name", SCENARIOS)
def test_variants_validate_and_are_deterministic(name: str) -> None:
    scenario = registry()[name]
    for seed in SEEDS:
        assert scenario.variant(seed) == scenario.variant(seed)


@pytest.mark.parametrize("name", SCENARIOS)
def test_at_least_four_parameters_vary(name: str) -> None:
    variants = [registry()[name].variant(seed) for seed in SEEDS]
    varying = [key for key in variants[0].params if len({repr(v.params[key]) for v in variants}) > 1]
    assert len(varying) >= 4, varying


@pytest.mark.parametrize("name", SCENARIOS)
def test_success_and_failure_variants_and_fix_and_retry(name: str) -> None:
    variants = [registry()[name].variant(seed) for seed in SEEDS]
    outcomes = [[step.expect for step in v.steps] for v in variants]
    assert any("fail" not in steps for steps in outcomes), "no all-success variant"
    assert any("fail" in steps and steps[-1] == "ok" for steps in outcomes), "no fix-and-retry variant"
    assert any(steps[-1] == "fail" for steps in outcomes) or any(
        "fail" in steps for steps in outcomes), "no failing variant"


def test_a_malformed_scenario_fails_with_one_clear_line() -> None:
    def draw(rng: random.Random) -> dict:
        return {"params": {}, "steps": [{"command": "false", "expect": "fail"}]}

    broken = Scenario("broken", "test", 1, "base", "a scenario with a mistake", draw)
    with pytest.raises(ScenarioError) as error:
        broken.variant(0)
    assert "broken" in str(error.value) and "steps.0" in str(error.value) and "\n" not in str(error.value)


def test_a_missing_engine_is_one_clear_line() -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "DOCKER_HOST": "unix:///nonexistent/docker.sock"}
    done = subprocess.run([sys.executable, "-m", "realcast.cli", "record", "--count", "1"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no Docker engine answers" in lines[0] and "make engine" in lines[0]


@pytest.mark.parametrize("name", SCENARIOS)
def test_truth_v2_has_open_and_resolved_failures_with_facts(name: str) -> None:
    truths = [compile_truth(list(spec.steps), spec.failures) for spec in (registry()[name].variant(s) for s in SEEDS)]
    statuses = {failure.status for truth in truths for failure in truth.failures}
    assert statuses == {"open", "resolved"}
    assert all(failure.facts for truth in truths for failure in truth.failures)


def test_some_pytest_failures_hide_behind_exit_zero() -> None:
    specs = [registry()["pytest-run"].variant(seed) for seed in SEEDS]
    hidden = [step for spec in specs for step in spec.steps if step.expect == "fail" and step.shown_by]
    assert hidden and all("| tail" in step.command for step in hidden)
