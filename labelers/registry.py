"""Labelers are plain functions under a decorator: each reads the transcript and returns findings."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from recorder.transcript import Transcript
from schema.evidence import Finding

LabelFunction = Callable[[Transcript], list[Finding]]


@dataclass(frozen=True)
class Labeler:
    """A registered rule: a unique name and the function."""

    name: str
    function: LabelFunction


_REGISTRY: dict[str, Labeler] = {}


def labeler(name: str) -> Callable[[LabelFunction], LabelFunction]:
    """Register `function` under a unique name; it may return [] to abstain."""

    def register(function: LabelFunction) -> LabelFunction:
        if name in _REGISTRY:
            raise ValueError(f"labeler {name!r} is registered twice")
        _REGISTRY[name] = Labeler(name, function)
        return function

    return register


def registered() -> list[Labeler]:
    import labelers.rules  # noqa: F401 - importing registers the rules

    return list(_REGISTRY.values())


@dataclass
class Applied:
    """All findings, plus the labelers that crashed (a crash abstains; it never stops the others)."""

    findings: list[Finding]
    errors: dict[str, str]


def apply_all(transcript: Transcript) -> Applied:
    findings, errors = [], {}
    for rule in registered():
        try:
            findings += rule.function(transcript)
        except Exception as error:  # noqa: BLE001 - one broken rule must not lose the session's labels
            errors[rule.name] = f"{type(error).__name__}: {error}"
    return Applied(findings, errors)
