"""The report schema's SRE limits and the scenario spec's validation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schema import Report, ScenarioSpec, write_json_schemas
from schema.truth import TruthFile, compile_truth

SUCCESS = {"desc": "Tests pass", "specifics": "pytest -q", "adjacent_context": "5 passed"}
BLOCKER = {"desc": "d", "impact": "i", "owner_hint": "o", "resolution_hint": "r"}


def report(**overrides: object) -> list[dict]:
    session = {"summary": "s", "key_successes": [SUCCESS], "blockers": [], "resources": []}
    return [{**session, **overrides}]


def test_a_valid_report_and_an_empty_one_pass() -> None:
    assert Report.model_validate(report(blockers=[BLOCKER] * 5, resources=["r"] * 7)).root[0].summary == "s"
    assert Report.model_validate([]).root == []


@pytest.mark.parametrize("overrides", [
    {"key_successes": []}, {"key_successes": [SUCCESS] * 6}, {"blockers": [BLOCKER] * 6},
    {"resources": ["r"] * 8}, {"extra": 1}, {"summary": ""},
    {"blockers": [{**BLOCKER, "severity": "high"}]}, {"key_successes": [{"desc": "d", "specifics": "s"}]},
])
def test_reports_outside_the_limits_are_rejected(overrides: dict) -> None:
    with pytest.raises(ValidationError):
        Report.model_validate(report(**overrides))


def spec(**overrides: object) -> dict:
    base = {"scenario": "t", "family": "t", "version": 1, "seed": 0, "params": {}, "image": "base",
            "hostname": "devbox", "terminal": {"rows": 24, "cols": 100},
            "steps": [{"command": "ls", "expect": "ok"}]}
    return {**base, **overrides}


@pytest.mark.parametrize("steps", [
    [{"command": "false", "expect": "fail"}],
    [{"command": "ls", "expect": "ok", "category": "test_failure"}],
    [{"command": "ls", "expect": "ok", "failure": "x"}],
    [{"command": "false", "expect": "fail", "failure": "undeclared"}],
    [{"command": "pytest | tail", "expect": "fail", "failure": "x", "shown_by": "("}],
    [{"command": "ls\nrm x", "expect": "ok"}],
    [{"command": "kill {{pid}}", "expect": "ok"}],
    [{"command": "ls", "expect": "ok", "stop_when": "("}],
])
def test_malformed_scenarios_are_rejected(steps: list[dict]) -> None:
    with pytest.raises(ValidationError):
        ScenarioSpec.model_validate(spec(steps=steps))


def test_files_must_stay_in_home() -> None:
    with pytest.raises(ValidationError):
        ScenarioSpec.model_validate(spec(files=[{"path": "../etc/passwd", "content": ""}]))


def test_json_schemas_are_written(tmp_path: Path) -> None:
    paths = write_json_schemas(tmp_path)
    report_schema = json.loads((tmp_path / "report.schema.json").read_text())
    assert len(paths) >= 6 and report_schema["type"] == "array"


FAILURE = {"id": "link", "category": "link_error", "owner": "application developer", "facts": ["parse_port"]}


def test_truth_v2_links_failures_to_their_steps_and_resolution() -> None:
    steps = [{"command": "make", "expect": "fail", "failure": "link"},
             {"command": "sed -i s/a/b/ Makefile", "expect": "ok"},
             {"command": "make | tee log", "expect": "fail", "failure": "link", "shown_by": "undefined reference"},
             {"command": "make", "expect": "ok", "resolves": ["link"]}]
    truth = ScenarioSpec.model_validate(spec(steps=steps, failures=[FAILURE]))
    compiled = compile_truth(list(truth.steps), truth.failures)
    assert compiled.failure("link").steps == [0, 2] and compiled.failure("link").resolved_by == 3
    assert compiled.failure("link").status == "resolved" and compiled.steps[2].shown_by == "undefined reference"


def test_a_failure_no_step_shows_is_rejected() -> None:
    with pytest.raises(ValidationError, match="shown by no step"):
        ScenarioSpec.model_validate(spec(failures=[FAILURE]))


def test_a_hand_written_truth_file_compiles() -> None:
    truth = TruthFile.model_validate({
        "family": "c-build", "description": "links after adding util.c",
        "steps": [{"command": "make", "expect": "fail", "failure": "link"}, {"command": "make", "expect": "ok"}],
        "failures": [FAILURE]}).compile()
    assert truth.failures[0].status == "open" and truth.failures[0].owner.label == "Application developer"
