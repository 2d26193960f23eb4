"""The family labelers: one per labelers/families/<family>.yaml, and one per ecosystem
(labelers/ecosystems/<name>.yaml). Their failure signatures join the rulebook (so the generic layer reports
those failures); here each reports the lines that show its tools doing their job, quoted verbatim."""
from __future__ import annotations

import re

from labelers.findings import success
from labelers.outcomes import lines_of, succeeded
from labelers.registry import LabelFunction, labeler
from labelers.signatures import ecosystem_rules, family_rules
from labelers.text import clip
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.rulebook import FamilyRules, SuccessSignature

PRIORITY = 45  # above a plain "completed" success, below a success that shows a failure fixed


def _labeler_for(rules: FamilyRules) -> LabelFunction:
    def family_successes(transcript: Transcript) -> list[Finding]:
        found = (_success(rules.family, view, rules.successes) for view in transcript.steps)
        return [finding for finding in found if finding]

    family_successes.__doc__ = f"Steps where a {rules.family} tool shows it did its job."
    return family_successes


def _success(family: str, view: StepView, signatures: list[SuccessSignature]) -> Finding | None:
    if not succeeded(view):
        return None
    for line in lines_of(view):
        for signature in signatures:
            if (match := signature.regex.search(line)) and _command_fits(signature, view.command):
                desc = signature.desc.format(command=view.command, **match.groupdict(default=""))
                return success(family, [view.index], [view.command, line], desc=desc, specifics=line.strip(),
                               context=f"from `{clip(view.command)}`", summary=_clause(desc),
                               priority=PRIORITY)
    return None


def _clause(desc: str) -> str:
    """The description as a clause of the summary: `Rebased main` → `rebased main`, but `CMake` stays."""
    return desc[0].lower() + desc[1:] if desc[1:2].islower() else desc


def _command_fits(signature: SuccessSignature, command: str) -> bool:
    return signature.command is None or re.search(signature.command, command) is not None


for _rules in family_rules() + ecosystem_rules():
    labeler(_rules.family)(_labeler_for(_rules))
