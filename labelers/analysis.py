"""Labelers measured against each scenario's ground truth: does every failing step get the right blocker?"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from schema.evidence import Evidence
from schema.session import SessionMeta


@dataclass
class Agreement:
    """Per blocker category: sessions where truth and labels agree, miss it, or add it."""

    agreed: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    extra: Counter = field(default_factory=Counter)
    sessions: int = 0
    exact: int = 0
    mismatches: list[str] = field(default_factory=list)

    def add(self, meta: SessionMeta, evidence: Evidence) -> None:
        truth = {item.category.value for item in meta.truth if item.expect == "fail" and item.category}
        found = {item.category.value for item in evidence.items if item.item.startswith("blockers") and item.category}
        self.sessions += 1
        self.exact += truth == found
        self.agreed.update(truth & found)
        self.missed.update(truth - found)
        self.extra.update(found - truth)
        if truth != found:
            self.mismatches.append(f"{meta.session_id}: truth {sorted(truth)} labels {sorted(found)}")

    def categories(self) -> list[str]:
        return sorted(set(self.agreed) | set(self.missed) | set(self.extra))
