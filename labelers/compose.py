"""Turn findings into the report: one blocker per step, the SRE limits, a grounded summary."""
from __future__ import annotations

import re

from labelers.grounding import finding_problems
from recorder.transcript import Transcript
from schema.evidence import Evidence, EvidenceItem, Finding
from schema.report import MAX_BLOCKERS, MAX_RESOURCES, MAX_SUCCESSES, KeySuccess, Report, SessionReport

class LabelError(ValueError):
    """A session that cannot be labelled (unreadable files, nothing to report, an ungrounded report)."""


SPECIFIC = 50  # findings at or above this priority come from rules that know the tool
GENERIC_SUCCESS_FILL = 3
MAX_CLAUSES = 5
PROMPT = re.compile(r"^[\w.-]+@[\w.-]+:(?P<cwd>\S+?)(?: \((?P<branch>[^)]*)\))?\$")


def compose(findings: list[Finding], transcript: Transcript, session_id: str,
            errors: dict[str, str] | None = None) -> tuple[Report, Evidence]:
    """Choose findings within the limits and build report.json and evidence.json."""
    text = transcript.text()
    grounded = [finding for finding in findings if not finding_problems(finding, text)]
    blockers = _pick_blockers(grounded)
    successes = _pick_successes(grounded, covered={step for finding in blockers for step in finding.steps})
    if not successes:
        successes = _reproduction(blockers)
    if not successes:
        raise LabelError(f"session {session_id}: no finding at all (no step ran?); nothing to report")
    chosen = successes + blockers
    report = SessionReport(
        summary=_summary(transcript, chosen),
        key_successes=[finding.success for finding in successes],
        blockers=[finding.blocker for finding in blockers],
        resources=_unique(resource for finding in chosen for resource in finding.resources)[:MAX_RESOURCES],
    )
    evidence = Evidence(
        session_id=session_id,
        items=[_item(f"key_successes[{i}]", f) for i, f in enumerate(successes)]
        + [_item(f"blockers[{i}]", f) for i, f in enumerate(blockers)],
        dropped=[finding for finding in grounded if finding not in chosen and finding.priority >= SPECIFIC],
        ungrounded=[finding for finding in findings if finding not in grounded],
        errors=errors or {},
    )
    return Report([report]), evidence


def _pick_blockers(findings: list[Finding]) -> list[Finding]:
    """Highest priority first; a step already explained by a chosen blocker is not blamed twice."""
    chosen: list[Finding] = []
    for finding in sorted((f for f in findings if f.kind == "blocker"), key=lambda f: -f.priority):
        if not set(finding.steps) & {step for kept in chosen for step in kept.steps}:
            chosen.append(finding)
    return sorted(chosen, key=lambda f: f.steps[0])[:MAX_BLOCKERS]


def _pick_successes(findings: list[Finding], covered: set[int]) -> list[Finding]:
    """Every specific success; then plain successful commands, edits before inspections, up to a few."""
    candidates = [f for f in findings if f.kind == "success"]
    specific = [f for f in candidates if f.priority >= SPECIFIC]
    taken = covered | {step for finding in specific for step in finding.steps}
    generic = sorted((f for f in candidates if f.priority < SPECIFIC and not set(f.steps) & taken),
                     key=lambda f: (-f.priority, f.steps[0]))
    room = max(0, GENERIC_SUCCESS_FILL - len(specific))
    generic = [f for f in generic if f.success.desc not in {s.success.desc for s in specific}]
    chosen = _unique_by_desc(sorted(specific + generic[:room], key=lambda f: f.steps[0]))
    return chosen[:MAX_SUCCESSES]


def _unique_by_desc(findings: list[Finding]) -> list[Finding]:
    """Two edits of the same file are one success, not two."""
    seen: set[str] = set()
    return [f for f in findings if not (f.success.desc in seen or seen.add(f.success.desc))]


def _reproduction(blockers: list[Finding]) -> list[Finding]:
    """When nothing succeeded, the one honest success is that the failure was reproduced and captured."""
    if not blockers:
        return []
    first = blockers[0]
    command = first.evidence[0]
    detail = first.evidence[-1] if len(first.evidence) > 1 else "see the command's output"
    reproduced = KeySuccess(desc="Reproduced the failure and captured its output", specifics=command,
                            adjacent_context=detail)
    return [first.model_copy(update={"kind": "success", "success": reproduced, "blocker": None, "resources": []})]


def _summary(transcript: Transcript, chosen: list[Finding]) -> str:
    clauses = [finding.summary for finding in sorted(chosen, key=lambda f: f.steps[0])]
    clauses = _unique(clauses)[:MAX_CLAUSES]
    where = _where(transcript)
    body = "; ".join(clauses) if clauses else "no commands were run"
    sentence = f"{where}: {body}." if where else f"{body}."
    return sentence[0].upper() + sentence[1:]


def _where(transcript: Transcript) -> str:
    match = PROMPT.match(transcript.steps[0].prompt_line) if transcript.steps else None
    if not match:
        return ""
    branch = f" on branch {match.group('branch').split('|')[0].strip(' *+%')}" if match.group("branch") else ""
    return f"In {match.group('cwd')}{branch}"


def _item(path: str, finding: Finding) -> EvidenceItem:
    return EvidenceItem(item=path, labeler=finding.labeler, steps=finding.steps, category=finding.category,
                        evidence=finding.evidence)


def _unique(values) -> list[str]:  # noqa: ANN001 - any iterable of str
    return list(dict.fromkeys(values))
