"""Constructors that keep every labeler's findings in the same shape."""
from __future__ import annotations

from schema.evidence import Finding
from schema.report import Blocker, KeySuccess
from schema.truth import BlockerCategory, OwnerRole

RESOLVED = "Resolved in the session"  # how every fixed blocker's resolution_hint begins
LOOK = 1  # the priority of a success that only looked (cat, ls): reported only when nothing else is
SETUP = 8  # ... of one that only set things up (mkdir, chmod, cp): below a run, a build, an install (10)


def quoted(commands: list[str]) -> str:
    """`a` and `b`."""
    return " and ".join(f"`{command}`" for command in commands)


def success(labeler: str, steps: list[int], evidence: list[str], *, desc: str, specifics: str,
            context: str, summary: str, priority: int = 50, resources: list[str] | None = None,
            about: int | None = None) -> Finding:
    """A key success; `specifics` must be verbatim transcript text; `about` marks a diagnosis of a failing step."""
    return Finding(labeler=labeler, kind="success", steps=steps, evidence=evidence, priority=priority,
                   success=KeySuccess(desc=desc, specifics=specifics, adjacent_context=context),
                   summary=summary, resources=resources or [], about=about)


def blocker(labeler: str, steps: list[int], evidence: list[str], category: BlockerCategory, *, desc: str,
            impact: str, owner: tuple[OwnerRole, str], resolution: str, summary: str, priority: int = 50,
            resolved_by: int | None = None, resources: list[str] | None = None) -> Finding:
    """A blocker of a known category, resting on `evidence`; `owner` is (role, owner_hint text), and a
    blocker fixed in the session names the step that shows it (`resolved_by`)."""
    role, hint = owner
    if resolved_by is not None and not resolution.startswith(RESOLVED):
        raise ValueError(f"a resolved blocker's resolution_hint begins with {RESOLVED!r}: {resolution!r}")
    return Finding(labeler=labeler, kind="blocker", steps=steps, evidence=evidence, category=category, owner=role,
                   resolved_by=resolved_by, priority=priority, summary=summary, resources=resources or [],
                   blocker=Blocker(desc=desc, impact=impact, owner_hint=hint, resolution_hint=resolution))


def resolved(fixes: list[str], rerun: str, passed: bool = True) -> str:
    """The resolution_hint of a blocker fixed in the session: what changed, and the run that shows it."""
    after = f"after {quoted(fixes)}, " if fixes else ""
    outcome = "succeeded" if passed else "got past it (and stopped on something else)"
    return f"{RESOLVED}: {after}`{rerun}` {outcome}"
