"""Labelers on sessions the recorder really recorded (tests/fixtures/sessions), plus small fakes for edge cases."""
from __future__ import annotations

from pathlib import Path


from labelers import label_session, label_transcript, load_transcript
from labelers.compose import compose
from labelers.grounding import report_problems
from labelers.registry import Applied, apply_all, labeler, _REGISTRY
from recorder.store import iter_sessions
from recorder.transcript import StepView, Transcript
from schema import Evidence, Finding, Report, SessionMeta
from schema.session import StepRecord

FAMILIES = {"pytest", "git", "ports"}


def labelled(root: Path) -> list[tuple[SessionMeta, Transcript, Report, Evidence]]:
    results = []
    for directory in iter_sessions(root):
        label_session(directory)
        meta, transcript = load_transcript(directory)
        report = Report.model_validate_json((directory / "report.json").read_text())
        evidence = Evidence.model_validate_json((directory / "evidence.json").read_text())
        results.append((meta, transcript, report, evidence))
    return results


def test_fixtures_cover_every_family(fixture_sessions: Path) -> None:
    assert {meta.family for meta, *_ in labelled(fixture_sessions)} == FAMILIES


def test_every_report_is_grounded(fixture_sessions: Path) -> None:
    for meta, transcript, report, evidence in labelled(fixture_sessions):
        text = transcript.text()
        assert report_problems(report.root[0], text) == [], meta.session_id
        assert all(line in text for item in evidence.items for line in item.evidence)


def test_blockers_match_the_ground_truth(fixture_sessions: Path) -> None:
    for meta, _, report, evidence in labelled(fixture_sessions):
        truth = {item.category for item in meta.truth if item.expect == "fail"}
        found = {item.category for item in evidence.items if item.item.startswith("blockers")}
        assert truth == found, meta.session_id
        assert (len(report.root[0].blockers) == 0) == (not truth)


def test_specific_rules_outrank_the_generic_fallback(fixture_sessions: Path) -> None:
    for meta, _, _, evidence in labelled(fixture_sessions):
        for item in evidence.items:
            if item.item.startswith("blockers") and item.category.value != "command_failed":
                assert item.labeler != "generic", meta.session_id


def test_pytest_blocker_quotes_the_summary_line(fixture_sessions: Path) -> None:
    sessions = [s for s in labelled(fixture_sessions) if s[0].family == "pytest" and s[2].root[0].blockers]
    assert sessions
    for *_, evidence in sessions:
        blocker = next(item for item in evidence.items if item.item == "blockers[0]")
        assert any(" in " in line and ("failed" in line or "error" in line) for line in blocker.evidence)


def fake_transcript(command: str, output: list[str], exit_code: int) -> Transcript:
    record = StepRecord(index=0, command=command, start=0, output_start=0.1, end=0.2, exit_code=exit_code, cwd="/w")
    prompt = f"dev@box:~/w$ {command}"
    return Transcript([prompt, *output], [StepView(record, prompt, output)])


def test_unknown_tool_failure_gets_the_decisive_error_line() -> None:
    transcript = fake_transcript("make build", ["cc -c main.c", "make: *** No rule to make target 'build'.  Stop."], 2)
    report, evidence = compose(apply_all(transcript).findings, transcript, "fake")
    blocker = report.root[0].blockers[0]
    assert "No rule to make target 'build'" in blocker.desc
    assert evidence.items[-1].labeler == "generic" and evidence.items[-1].category.value == "command_failed"
    assert report.root[0].key_successes[0].specifics == "make build"  # the honest "reproduced" success


def test_ungrounded_findings_are_refused() -> None:
    transcript = fake_transcript("ls", ["a.txt"], 0)
    invented = Finding(labeler="liar", kind="success", steps=[0], evidence=["b.txt"], summary="saw b.txt",
                       success={"desc": "Found b.txt", "specifics": "b.txt", "adjacent_context": "42 files"})
    report, evidence = compose([*apply_all(transcript).findings, invented], transcript, "fake")
    assert "b.txt" not in report.model_dump_json()
    assert evidence.ungrounded == [invented]


def test_a_crashing_labeler_abstains_and_the_others_still_run() -> None:
    @labeler("always-crashes")
    def crash(transcript: Transcript) -> list[Finding]:
        raise RuntimeError("boom")

    try:
        applied: Applied = apply_all(fake_transcript("ls", ["a.txt"], 0))
        assert applied.errors == {"always-crashes": "RuntimeError: boom"} and applied.findings
    finally:
        del _REGISTRY["always-crashes"]


def test_relabelling_is_stable(fixture_sessions: Path) -> None:
    directory = next(iter_sessions(fixture_sessions))
    first = label_session(directory).report
    meta, transcript = load_transcript(directory)
    assert label_transcript(meta, transcript).report == first
