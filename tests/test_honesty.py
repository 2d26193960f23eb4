"""labelers/honesty.py: what makes a report mislead its reader, judged against the truth of a small session."""
from __future__ import annotations

from labelers.honesty import Matched, defects
from schema.evidence import Evidence, EvidenceItem
from schema.report import Blocker, KeySuccess, SessionReport
from schema.truth import FailureSpec, StepTruthSpec, compile_truth
from test_labelers import session

STEPS = [("jq .port config.json", ["jq: error (at config.json:4): Cannot index array with \"port\""], 5),
         ("jq --version", ["jq-1.6"], 0),
         ("vim config.json", [], 0),
         ("jq .port config.json", ["8080"], 0)]
TRUTH = compile_truth([StepTruthSpec(expect="fail", failure="parse"), StepTruthSpec(expect="ok"),
                       StepTruthSpec(expect="ok", fixes=["parse"]), StepTruthSpec(expect="ok", resolves=["parse"])],
                      [FailureSpec(id="parse", category="config_syntax", owner="application developer",
                                   facts=["config.json:4"])])
SUCCESS = KeySuccess(desc="`jq .port config.json` works after the fix", specifics="jq .port config.json",
                     adjacent_context="after `vim config.json`")


OPEN = compile_truth([StepTruthSpec(expect="fail", failure="parse")] + [StepTruthSpec(expect="ok")] * 3,
                     [FailureSpec(id="parse", category="config_syntax", owner="application developer")])


def judged(summary: str, hint: str, successes: list[KeySuccess] | None = None, resolved_by: int | None = 3,
           truth=TRUTH) -> list[str]:  # noqa: ANN001 - a Truth
    """The defects of a report with one blocker (matched to the truth's failure) and the given successes."""
    transcript = session(*STEPS)
    blocker = Blocker(desc="`jq .port config.json` failed", impact="x", owner_hint="Application developer",
                      resolution_hint=hint)
    status = "open" if resolved_by is None else "resolved"
    item = EvidenceItem(item="blockers[0]", labeler="generic", steps=[0], resolved_by=resolved_by, status=status,
                        evidence=["jq .port config.json"])
    successes = successes if successes is not None else [SUCCESS]
    items = [EvidenceItem(item=f"key_successes[{i}]", labeler="generic-success", steps=[3], evidence=["x"])
             for i in range(len(successes))]
    report = SessionReport(summary=summary, key_successes=successes, blockers=[blocker], resources=[])
    evidence = Evidence(session_id="fake", items=[*items, item])
    return defects(truth, transcript, report, evidence, [Matched(truth.failures[0], item, blocker)], extra=0)


FIXED = "Resolved in the session: after `vim config.json`, `jq .port config.json` succeeded"


def test_an_honest_report_has_no_defect() -> None:
    assert judged("`jq .port config.json` failed until `vim config.json` fixed it.", FIXED) == []


def test_the_wrong_change_credited_with_the_fix() -> None:
    found = judged("`jq .port config.json` failed until `jq --version` fixed it.",
                   "Resolved in the session: after `jq --version`, `jq .port config.json` succeeded")
    assert found == ["parse: credits `jq --version` with the fix, not `vim config.json`",
                     "the summary says `jq --version` fixed `jq .port config.json`"]


def test_run_again_of_a_command_that_was_not_run_again_and_a_fixed_failure_left_open() -> None:
    assert "the summary says `jq .port config.json` passed when run again" not in judged(
        "`jq .port config.json` failed, then passed when run again.", FIXED)
    open_found = judged("`jq .port config.json` failed.", "Fix config.json:4 and re-run", resolved_by=None)
    assert open_found == ["parse: resolved failure reported open"]


def test_an_open_hint_that_would_fit_any_error() -> None:
    generic = "Re-run `jq .port config.json` with its verbose option and read why it stops"
    assert judged("`jq .port config.json` failed.", generic, resolved_by=None, truth=OPEN) == [
        f"parse: the hint names nothing its output names: {generic!r}"]
    named = "Fix what jq reports at config.json:4 (an array where an object was expected), then re-run it"
    assert judged("`jq .port config.json` failed.", named, resolved_by=None, truth=OPEN) == []


def test_filler_successes() -> None:
    filler = [KeySuccess(desc="Inspected the state with `ls`", specifics="ls", adjacent_context="x"),
              KeySuccess(desc="`vim config.json` completed successfully", specifics="vim config.json",
                         adjacent_context="x")]
    found = judged("`jq .port config.json` failed until `vim config.json` fixed it.", FIXED, filler)
    assert found == ["a filler success: 'Inspected the state with `ls`'",
                     "a filler success: '`vim config.json` completed successfully'"]


def test_a_resolver_that_the_conventions_also_allow() -> None:
    """The rerun after the fix that fails with another error shows the first gone (the truth may name the later
    run that works), and a background start and the look that shows it working are one event."""
    from labelers.honesty import _resolvers

    steps = [("psql -d shop -f m.sql", ['psql:m.sql:3: ERROR:  column "product_name" does not exist'], 3),
             ("sed -i 's/product_name/name/' m.sql", [], 0),
             ("psql -d shop -v ON_ERROR_STOP=1 -f m.sql", ['psql:m.sql:2: ERROR:  column "sku" already exists'], 3),
             ("psql -d shop -c 'ALTER TABLE products DROP COLUMN sku'", [], 0),
             ("./worker.py &", ["[1] 576"], 0), ("tail -f worker.log", ["sent"], 130)]
    truth = compile_truth([StepTruthSpec(expect="fail", failure="noname"), StepTruthSpec(expect="ok", fixes=["noname"]),
                           StepTruthSpec(expect="fail", failure="sku"), StepTruthSpec(expect="ok", fixes=["sku"]),
                           StepTruthSpec(expect="ok"), StepTruthSpec(expect="ok", resolves=["noname", "sku"])],
                          [FailureSpec(id="noname", category="runtime_error", owner="database administrator"),
                           FailureSpec(id="sku", category="runtime_error", owner="database administrator")])
    assert {2, 4, 5} <= _resolvers(truth, session(*steps), truth.failures[0])


def test_a_full_report_may_leave_out_a_fixed_failure_but_never_an_open_one() -> None:
    transcript = session(*STEPS)
    others = [Blocker(desc=f"`x{n}` failed", impact="x", owner_hint="Platform", resolution_hint="y")
              for n in range(5)]
    report = SessionReport(summary="Ran `jq .port config.json`.", key_successes=[SUCCESS], blockers=others,
                           resources=[])
    evidence = Evidence(session_id="fake", items=[])
    assert defects(TRUTH, transcript, report, evidence, [Matched(TRUTH.failures[0], None, None)], extra=0) == []
    assert defects(OPEN, transcript, report, evidence, [Matched(OPEN.failures[0], None, None)], extra=0) == [
        "parse: missed"]
