"""Train, validation and test splits that nothing similar crosses.

Rows are grouped first, and a whole group goes to one split:
- a variant template: the scenario with its steps' programs and expected outcomes in order (two seeds that
  drew the same path through a family differ only in names and numbers);
- near-duplicates: transcripts whose MinHash Jaccard similarity reaches GROUP_THRESHOLD (train/dedup.py).
A group's split follows a hash of its first session id, so it is stable as a corpus grows; every group
holding a row of a held-out family goes to test, so those families stay out of training entirely.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from schema.session import SessionMeta
from train.dedup import clusters

Split = Literal["train", "validation", "test"]
SPLITS: tuple[Split, ...] = ("train", "validation", "test")
GROUP_THRESHOLD = 0.5  # near-duplicates for grouping: measured, the 1,800-session corpus has 449 such pairs
REMOVE_THRESHOLD = 0.9  # near-duplicates this close are one row (as exact duplicates are)


@dataclass(frozen=True)
class Percents:
    """How rows divide between validation and test (train takes the rest)."""

    validation: int = 10
    test: int = 10

    def split_of(self, key: str) -> Split:
        bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 100
        return "test" if bucket < self.test else "validation" if bucket < self.test + self.validation else "train"


def template(meta: SessionMeta) -> str:
    """The variant's path through its family: each step's program and expected outcome, in order."""
    expected = {step.step: step.expect for step in meta.truth.steps} if meta.truth else {}
    path = [f"{_program(step.command)}:{expected.get(index, '?')}" for index, step in enumerate(meta.steps)]
    return f"{meta.scenario}|{' '.join(path)}"


def _program(command: str) -> str:
    words = command.split()
    return words[0] if words else ""


def groups(templates: list[str], near: list[tuple[int, int]]) -> list[int]:
    """Each row's group: rows sharing a template or a near-duplicate chain are one group."""
    first_of: dict[str, int] = {}
    same = [(first_of.setdefault(key, at), at) for at, key in enumerate(templates)]
    return clusters(len(templates), [pair for pair in same if pair[0] != pair[1]] + near)


def assign(group_of: list[int], session_ids: list[str], families: list[str], holdout: set[str],
           percents: Percents) -> list[Split]:
    """A split per row: a whole group in one split, held-out families' groups in test."""
    held = {group for group, family in zip(group_of, families) if family in holdout}
    chosen = {group: "test" if group in held else percents.split_of(session_ids[group]) for group in set(group_of)}
    return [chosen[group] for group in group_of]
