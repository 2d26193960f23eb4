"""The labelers measured as a set (coverage, overlaps, conflicts, crashes) and against ground truth v2.

Against the truth, each failure is matched to the report's blocker whose steps overlap it most; then:
was it found, with the right category, open-versus-resolved status and owner role, and does the blocker
mention the failure's key facts. Per session: blockers that match no failure (extra), a second blocker
for one failure (duplicate), hints that name nothing of the session (placeholder), and key successes
that rest on a step that truly failed.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from labelers import goals
from labelers.compose import DIAGNOSIS
from labelers.findings import RESOLVED
from labelers.honesty import Matched, defects
from labelers.registry import Applied
from recorder.transcript import StepView, Transcript
from schema.evidence import Evidence, EvidenceItem
from schema.report import Blocker, SessionReport
from schema.session import SessionMeta
from schema.truth import FailureTruth, StepTruth, Truth

MISSED = "(missed)"
LINE_SUFFIX = re.compile(r"(?::\d+)+$")
CONCRETE = re.compile(r"`([^`]+)`|([\w./:@+-]*[./:_\d][\w./:@+-]*)")


@dataclass
class FailureCheck:
    """One true failure against the report."""

    family: str
    truth: FailureTruth
    predicted: str = MISSED
    status_ok: bool = False
    owner_ok: bool = False
    facts_found: int = 0
    item: EvidenceItem | None = None  # the blocker matched to it
    blocker: Blocker | None = None

    @property
    def found(self) -> bool:
        return self.predicted != MISSED

    @property
    def category_ok(self) -> bool:
        return self.predicted == self.truth.category.value


@dataclass
class FamilyScore:
    """Totals over the sessions of one family."""

    sessions: int = 0
    failures: int = 0
    found: int = 0
    category_ok: int = 0
    status_ok: int = 0
    owner_ok: int = 0
    facts: int = 0
    facts_found: int = 0
    extra: int = 0
    duplicates: int = 0
    placeholders: int = 0
    failures_as_successes: int = 0
    status_text_mismatch: int = 0
    exact: int = 0  # sessions where every failure is found with the right category and status, nothing extra
    honest: int = 0  # sessions whose report misleads its reader in no way (labelers/honesty.py)
    distinct: int = 0  # sessions whose cleaned transcript no other session of the family has


@dataclass
class LabelerScore:
    """One labeler over the corpus."""

    sessions: int = 0
    findings: int = 0
    in_report: int = 0
    overlaps: int = 0
    conflicts: int = 0
    crashes: int = 0


@dataclass
class LabelsReport:
    """Everything `realcast labels report` prints."""

    sessions: int = 0
    without_truth: int = 0
    truth_steps: int = 0
    truth_problems: int = 0  # declared truth that the recording contradicts (see truth_problems)
    families: dict[str, FamilyScore] = field(default_factory=lambda: defaultdict(FamilyScore))
    labelers: dict[str, LabelerScore] = field(default_factory=lambda: defaultdict(LabelerScore))
    confusion: Counter = field(default_factory=Counter)  # (truth category, predicted) -> count
    checks: list[FailureCheck] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    defects: dict[str, list[str]] = field(default_factory=dict)  # session id -> how its report misleads
    transcripts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # family -> text digests

    def add(self, meta: SessionMeta, transcript: Transcript, applied: Applied, report: SessionReport,
            evidence: Evidence) -> None:
        """Count one labelled session."""
        self.sessions += 1
        self._count_labelers(applied, evidence)
        if meta.truth is None:
            self.without_truth += 1
            return
        problems = truth_problems(meta.truth, transcript)
        self.truth_steps += len(meta.truth.steps)
        self.truth_problems += len(problems)
        self.mismatches += [f"{meta.session_id}: truth does not hold: {problem}" for problem in problems]
        self._score(meta, transcript, report, evidence)

    def total(self) -> FamilyScore:
        summed = FamilyScore()
        for score in self.families.values():
            for name in vars(summed):
                setattr(summed, name, getattr(summed, name) + getattr(score, name))
        return summed

    def _count_labelers(self, applied: Applied, evidence: Evidence) -> None:
        fired = Counter(finding.labeler for finding in applied.findings)
        for name in fired:
            self.labelers[name].sessions += 1
            self.labelers[name].findings += fired[name]
        for name in applied.errors:
            self.labelers[name].crashes += 1
        for item in evidence.items:
            self.labelers[item.labeler].in_report += 1
        for name, kind in _overlaps_and_conflicts(applied):
            setattr(self.labelers[name], kind, getattr(self.labelers[name], kind) + 1)

    def _score(self, meta: SessionMeta, transcript: Transcript, report: SessionReport, evidence: Evidence) -> None:
        family = self.families[meta.family]
        family.sessions += 1
        digest = hashlib.sha256(transcript.text().encode()).hexdigest()
        family.distinct += digest not in self.transcripts[meta.family]
        self.transcripts[meta.family].add(digest)
        blockers = _blockers(report, evidence)
        checks, unmatched = _match(meta, blockers)
        self.checks += checks
        for check in checks:
            self.confusion[(check.truth.category.value, check.predicted)] += 1
        _tally(family, checks, unmatched, meta.truth, transcript, report, evidence)
        session_exact = all(c.found and c.category_ok and c.status_ok for c in checks) and not unmatched["extra"]
        family.exact += session_exact
        matched = [Matched(check.truth, check.item, check.blocker) for check in checks]
        found = defects(meta.truth, transcript, report, evidence, matched, len(unmatched["extra"]))
        family.honest += not found
        if found:
            self.defects[meta.session_id] = found
        if not session_exact:
            self.mismatches.append(_mismatch(meta, checks, unmatched))


def _blockers(report: SessionReport, evidence: Evidence) -> list[tuple[EvidenceItem, Blocker]]:
    """Each blocker's evidence item with the blocker it describes ('blockers[2]' → report.blockers[2])."""
    return [(item, report.blockers[int(item.item.removeprefix("blockers[").rstrip("]"))])
            for item in evidence.items if item.item.startswith("blockers[")]


def _overlaps_and_conflicts(applied: Applied) -> list[tuple[str, str]]:
    """Per step: two labelers both blaming it (overlap), or one blaming and one praising it (conflict)."""
    by_step: dict[int, list] = defaultdict(list)
    for finding in applied.findings:
        for step in finding.steps:
            by_step[step].append(finding)
    counted = []
    for findings in by_step.values():
        blamers = {f.labeler for f in findings if f.kind == "blocker"}
        praisers = {f.labeler for f in findings if f.kind == "success"} - blamers
        if len(blamers) > 1:
            counted += [(name, "overlaps") for name in blamers]
        if blamers and praisers:
            counted += [(name, "conflicts") for name in blamers | praisers]
    return counted


def _match(meta: SessionMeta, blockers: list[tuple[EvidenceItem, Blocker]]) -> tuple[list[FailureCheck], dict]:
    """Each true failure gets the unused blocker that overlaps its steps most."""
    unused = list(blockers)
    checks = []
    for failure in meta.truth.failures:
        overlap = [(len(set(item.steps) & set(failure.steps)), item, text) for item, text in unused]
        best = max((entry for entry in overlap if entry[0]), key=lambda entry: entry[0], default=None)
        check = FailureCheck(meta.family, failure)
        if best is not None:
            _, item, text = best
            unused.remove((item, text))
            _judge(check, item, text)
        checks.append(check)
    true_steps = {step for failure in meta.truth.failures for step in failure.steps}
    duplicates = [pair for pair in unused if set(pair[0].steps) & true_steps]
    return checks, {"duplicates": duplicates, "extra": [pair for pair in unused if pair not in duplicates]}


def _judge(check: FailureCheck, item: EvidenceItem, text: Blocker) -> None:
    failure = check.truth
    check.predicted = item.category.value if item.category else "none"
    check.status_ok = item.status == failure.status
    check.owner_ok = item.owner == failure.owner
    check.item, check.blocker = item, text
    words = " ".join(text.model_dump().values())
    check.facts_found = sum(fact in words for fact in failure.facts)


def _tally(family: FamilyScore, checks: list[FailureCheck], unmatched: dict, truth: Truth, transcript: Transcript,
           report: SessionReport, evidence: Evidence) -> None:
    family.failures += len(checks)
    family.found += sum(c.found for c in checks)
    family.category_ok += sum(c.category_ok for c in checks)
    family.status_ok += sum(c.status_ok for c in checks)
    family.owner_ok += sum(c.owner_ok for c in checks)
    family.facts += sum(len(c.truth.facts) for c in checks)
    family.facts_found += sum(c.facts_found for c in checks)
    family.extra += len(unmatched["extra"])
    family.duplicates += len(unmatched["duplicates"]) + _same_descs(report)
    family.placeholders += sum(is_placeholder(b.resolution_hint, transcript.text()) for b in report.blockers)
    family.failures_as_successes += _failures_as_successes(truth, evidence)
    family.status_text_mismatch += sum((item.status == "resolved") != text.resolution_hint.startswith(RESOLVED)
                                       for item, text in _blockers(report, evidence))


def _same_descs(report: SessionReport) -> int:
    descs = [blocker.desc for blocker in report.blockers]
    return len(descs) - len(set(descs))


def _failures_as_successes(truth: Truth, evidence: Evidence) -> int:
    failing = {step.step for step in truth.steps if step.expect == "fail"}
    return sum(bool(set(item.steps) & failing) for item in evidence.items
               if item.item.startswith("key_successes") and item.labeler != DIAGNOSIS)


def is_placeholder(hint: str, transcript_text: str) -> bool:
    """A hint that names nothing of the session (no command, path, symbol, port from the transcript)."""
    for quoted, token in CONCRETE.findall(hint):
        candidate = (quoted or token).strip(".,:;()")
        for name in {candidate, LINE_SUFFIX.sub("", candidate)}:  # file.py:5 names file.py
            if len(name) >= 3 and name in transcript_text:
                return False
    return True


def truth_problems(truth: Truth, transcript: Transcript) -> list[str]:
    """Where the declared truth does not hold on the recording: a step's exit code or shown_by, or a key
    fact that the transcript does not contain (no report could honestly mention it)."""
    views = {view.index: view for view in transcript.steps}
    text = transcript.text()
    problems = [f"failure {failure.id}: fact {fact!r} is not in the transcript"
                for failure in truth.failures for fact in failure.facts if fact not in text]
    for step in truth.steps:
        view = views.get(step.step)
        problem = "missing from the recording" if view is None else _step_problem(step, view)
        if problem:
            problems.append(f"step {step.step + 1} ({view.command if view else '?'}): {problem}")
    return problems


def _step_problem(step: StepTruth, view: StepView) -> str | None:
    if step.shown_by is not None:
        return None if re.search(step.shown_by, view.output_text(), re.M) else f"output lacks {step.shown_by!r}"
    code = view.exit_code
    if code is None or view.record.stopped:
        return None
    if step.expect == "fail":
        return None if code != 0 or view.record.timed_out else "expected to fail, exited 0"
    if code == 0 or (step.expect == "ok" and goals.expected_exit(view.command, code)):
        return None  # grep finding nothing answers the question it was asked
    return f"expected {step.expect}, exited {code}"


def _mismatch(meta: SessionMeta, checks: list[FailureCheck], unmatched: dict) -> str:
    parts = [f"{c.truth.id}: {c.truth.category.value}/{c.truth.status} → {c.predicted}"
             f"{'' if c.status_ok else ' (status wrong)'}" for c in checks if not (c.category_ok and c.status_ok)]
    parts += [f"extra blocker: {text.desc}" for _, text in unmatched["extra"]]
    return f"{meta.session_id}: " + "; ".join(parts)
