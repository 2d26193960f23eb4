"""The optional analysis channel: how the report was derived, stated only from its evidence (evidence.json)
— which command failed and what it printed, whether a later step shows it fixed, what worked."""
from __future__ import annotations

from schema.evidence import Evidence, EvidenceItem
from schema.report import SessionReport
from schema.session import SessionMeta


def analysis(report: SessionReport, evidence: Evidence, meta: SessionMeta) -> str:
    """A few sentences per report item, in report order, quoting the transcript lines it rests on."""
    commands = [step.command for step in meta.steps]
    blockers = [item for item in evidence.items if item.item.startswith("blockers")]
    successes = [item for item in evidence.items if item.item.startswith("key_successes")]
    lines = [f"The session runs {len(commands)} commands. {_count(len(blockers), 'problem')} to report."]
    lines += [_blocker(item, commands) for item in blockers]
    lines += [_success(item) for item in successes]
    if report.resources:
        lines.append(f"Next steps follow from the open problems and the tools used ({len(report.resources)}).")
    return "\n".join(lines)


def _blocker(item: EvidenceItem, commands: list[str]) -> str:
    command, *shown = item.evidence
    said = f" It printed `{shown[0]}`." if shown else ""
    kind = item.category.value.replace("_", " ") if item.category else "failure"
    if item.resolved_by is not None and item.resolved_by < len(commands):
        return f"`{command}` failed ({kind}).{said} Later `{commands[item.resolved_by]}` shows it fixed: resolved."
    return f"`{command}` failed ({kind}).{said} Nothing later shows it fixed: still open."


def _success(item: EvidenceItem) -> str:
    command, *shown = item.evidence
    return f"`{command}` worked" + (f": `{shown[0]}`." if shown else ".")


def _count(number: int, noun: str) -> str:
    return f"No {noun}s" if number == 0 else f"One {noun}" if number == 1 else f"{number} {noun}s"
