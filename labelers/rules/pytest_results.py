"""pytest runs: failures, collection errors, and passing suites (including fix-and-retry episodes)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from labelers import commands
from labelers.advice import is_project_path, owner_hint
from labelers.episodes import fixes_between, never_started, same_place
from labelers.findings import blocker, resolved, success
from labelers.registry import labeler
from labelers.text import clip
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.truth import BlockerCategory, OwnerRole

NAME = "pytest"
NOT_A_RUN = {"which", "type", "whereis", "command", "hash", "man", "pip", "pip3", "apt", "apt-get", "dpkg", "echo",
             "grep", "cat", "less", "vim", "vi", "nano"}
PYTEST_COMMAND = re.compile(r"(^|\s|/)(py\.test|pytest)(\s|$)|python3? -m pytest")
SUMMARY = re.compile(
    r"^=*\s*(?P<body>\d+ (?:failed|passed|errors?|skipped|deselected|xfailed|xpassed|warnings?)"
    r"(?:, \d+ (?:failed|passed|errors?|skipped|deselected|xfailed|xpassed|warnings?))*) in [\d.]+s\b.*?=*$"
)
FAILED_TEST = re.compile(r"^(FAILED|ERROR) (\S+)(?: - (.*))?$")
ERROR_DETAIL = re.compile(r"^E\s+(\S.*)$")
SOURCE_LOCATION = re.compile(r"^([\w./-]+\.py):(\d+): \w+")
BROKEN = re.compile(r"\b\d+ (failed|errors?)\b")
IMPORT_ERROR = re.compile(r"^(?:ModuleNotFoundError|ImportError)\b")
RESOURCES = {
    BlockerCategory.TEST_FAILURE: "Re-run just the failing tests with `pytest --lf -x` while fixing",
    BlockerCategory.TEST_COLLECTION_ERROR: "Check that the names the test module imports exist (`grep -n def`)",
}
MAX_NAMED_TESTS = 6


@dataclass
class PytestRun:
    """One pytest invocation as read from its output."""

    view: StepView
    summary: str | None
    failed_tests: list[str]
    details: list[str]
    sources: list[tuple[str, str]]  # (file, line) of the traceback entries, in order

    @property
    def passed(self) -> bool:
        """Judged by pytest's own summary: behind `| tail` the exit code is tail's, not pytest's."""
        if self.summary is not None:
            return not BROKEN.search(self.summary)
        return self.view.exit_code == 0 and not self.failed_tests

    @property
    def collection_error(self) -> bool:
        """The tests could not even be loaded (pytest's own words, or an import error behind `| grep ^E`)."""
        return "during collection" in self.view.output_text() or (
            self.summary is not None and "error" in self.summary and "failed" not in self.summary) or (
            self.summary is None and any(IMPORT_ERROR.match(detail) for detail in self.details))


def read_run(view: StepView) -> PytestRun:
    lines = [line.strip() for line in view.output]
    summaries = [match.group(0).strip("= ") for line in lines if (match := SUMMARY.match(line))]
    failed = [match.group(2) for line in lines if (match := FAILED_TEST.match(line))]
    details = [match.group(1) for line in lines if (match := ERROR_DETAIL.match(line))]
    sources = [(match.group(1), match.group(2)) for line in lines if (match := SOURCE_LOCATION.match(line))]
    return PytestRun(view, summaries[-1] if summaries else None, failed, details, sources)


def runs_pytest(command: str) -> bool:
    """The line runs the tests (`pytest -q`, `python3 -m pytest`, `poetry run pytest`), not a look for the
    program (`which pytest`) or its install (`pip install pytest`)."""
    return bool(PYTEST_COMMAND.search(command)) and commands.program(command) not in NOT_A_RUN


@labeler(NAME)
def pytest_results(transcript: Transcript) -> list[Finding]:
    """A blocker per failure episode (failing runs in one project until its next pass), a success per passing
    run. A pass in another project fixes nothing: a working day moves between test suites."""
    runs = [read_run(view) for view in transcript.steps if runs_pytest(view.command)]
    findings: list[Finding] = []
    open_episodes: list[list[PytestRun]] = []
    for run in runs:
        if run.view.record.timed_out or never_started(run.view):
            continue  # the generic rules speak for hung runs, and for a pytest that is not there
        episode = next((e for e in open_episodes if same_place(e[0].view.folder, run.view.folder)), [])
        if not run.passed and episode and episode[-1].collection_error != run.collection_error:
            open_episodes.remove(episode)  # the tests load now and fail, or fail to load now: the first is gone
            findings.append(_failure(episode, transcript, fixed_by=run))
            episode = []
        if not run.passed:
            if not episode:
                open_episodes.append(episode)
            episode.append(run)
            continue
        if episode:
            open_episodes.remove(episode)
            findings.append(_failure(episode, transcript, fixed_by=run))
        findings.append(_passing(run, after_failure=bool(episode)))
    return findings + [_failure(episode, transcript, fixed_by=None) for episode in open_episodes]


def _failure(episode: list[PytestRun], transcript: Transcript, fixed_by: PytestRun | None) -> Finding:
    first = episode[0]
    category = BlockerCategory.TEST_COLLECTION_ERROR if first.collection_error else BlockerCategory.TEST_FAILURE
    evidence = [line for run in episode for line in _evidence(run)]
    what = first.summary or first.view.command
    if category is BlockerCategory.TEST_COLLECTION_ERROR:
        desc = f"pytest could not collect the tests: {clip(first.details[0] if first.details else what)}"
    else:
        desc = f"Failing tests in `{first.view.command}`: {what}"
    return blocker(
        NAME, [run.view.index for run in episode], evidence, category, desc=desc,
        impact=_impact(episode), owner=_owner(first), resolution=_resolution(episode, transcript, fixed_by),
        summary=f"`{first.view.command}` failed ({first.summary or category.value.replace('_', ' ')})", priority=80,
        resolved_by=fixed_by.view.index if fixed_by else None, resources=[RESOURCES[category]],
    )


def _passing(run: PytestRun, after_failure: bool) -> Finding:
    desc = "The test suite passes again after the fix" if after_failure else "The test suite passes"
    context = run.summary or "no failures reported"
    clause = f"`{run.view.command}` passed ({context})" if run.summary else f"`{run.view.command}` passed"
    return success(NAME, [run.view.index], [run.view.command, *([run.summary] if run.summary else [])],
                   desc=desc, specifics=run.view.command, context=context, summary=clause,
                   priority=85 if after_failure else 70)


def _evidence(run: PytestRun) -> list[str]:
    lines = [run.view.command, *run.failed_tests[:3], *run.details[:1]]
    if run.summary:
        lines.append(run.summary)
    return lines


def _impact(episode: list[PytestRun]) -> str:
    names = list(dict.fromkeys(test.split("::")[-1] for run in episode for test in run.failed_tests))
    if not names or episode[0].collection_error:
        return "The suite does not run at all, so nothing in it is verified"
    shown = ", ".join(names[:MAX_NAMED_TESTS]) + (f" and {len(names) - MAX_NAMED_TESTS} more" if len(names) > MAX_NAMED_TESTS else "")
    return f"Red test suite (failing: {shown}): changes to the code under test cannot be verified or shipped"


def _owner(run: PytestRun) -> tuple[OwnerRole, str]:
    """The project's own code under test (never a standard-library frame), else the failing test file."""
    own = [path for path, _ in run.sources if is_project_path(path)]
    code = [path for path in own if not path.rsplit("/", 1)[-1].startswith("test_")]
    path = (code or own or [test.split("::")[0] for test in run.failed_tests] or [None])[-1]
    return OwnerRole.APPLICATION_DEVELOPER, owner_hint(OwnerRole.APPLICATION_DEVELOPER, path)


def _resolution(episode: list[PytestRun], transcript: Transcript, fixed_by: PytestRun | None) -> str:
    if fixed_by is not None:
        fixes = fixes_between(transcript, episode[-1].view, fixed_by.view)  # not what came before its last failing run
        outcome = f" ({fixed_by.summary})" if fixed_by.summary else ""
        return resolved([view.command for view in fixes], fixed_by.view.command, passed=fixed_by.passed) + outcome
    last = episode[-1]
    where = next((f"{path}:{line}" for path, line in reversed(last.sources) if is_project_path(path)), None)
    if last.details and where:
        return f"Open {where}, where the first failure is raised: {clip(last.details[0])}"
    if last.details:
        return f"Start from the first error in `{last.view.command}`: {clip(last.details[0])}"
    return f"Re-run `{last.view.command} -x` to stop at the first failure and read its traceback"
