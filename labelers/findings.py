"""Constructors that keep every labeler's findings in the same shape."""
from __future__ import annotations

from schema.evidence import Finding
from schema.report import Blocker, KeySuccess
from schema.scenario import BlockerCategory


def success(labeler: str, steps: list[int], evidence: list[str], *, desc: str, specifics: str,
            context: str, summary: str, priority: int = 50, resources: list[str] | None = None) -> Finding:
    """A key success; `specifics` must be verbatim transcript text."""
    return Finding(labeler=labeler, kind="success", steps=steps, evidence=evidence, priority=priority,
                   success=KeySuccess(desc=desc, specifics=specifics, adjacent_context=context),
                   summary=summary, resources=resources or [])


def blocker(labeler: str, steps: list[int], evidence: list[str], category: BlockerCategory, *, desc: str,
            impact: str, owner: str, resolution: str, summary: str, priority: int = 50,
            resources: list[str] | None = None) -> Finding:
    """A blocker of a known category, resting on `evidence`."""
    return Finding(labeler=labeler, kind="blocker", steps=steps, evidence=evidence, category=category,
                   priority=priority, summary=summary, resources=resources or [],
                   blocker=Blocker(desc=desc, impact=impact, owner_hint=owner, resolution_hint=resolution))
