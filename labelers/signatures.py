"""Error lines, recognised by the rulebook's signatures (labelers/rulebook.yaml).

A step's decisive line is the most telling error line it printed: the highest-ranked signature match,
the earliest on a tie (a compiler's first error causes the rest), never a wrapper such as
`make: *** [...] Error 1` that only says that something else failed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from schema.rulebook import FamilyRules, Rulebook, Signature

RULEBOOK = Path(__file__).with_name("rulebook.yaml")


FAMILIES = Path(__file__).with_name("families")
ECOSYSTEMS = Path(__file__).with_name("ecosystems")


@cache
def rulebook() -> Rulebook:
    """The validated rulebook with every family labeler's failure signatures joined in (read once)."""
    book = yaml.safe_load(RULEBOOK.read_text(encoding="utf-8"))
    joined = family_rules() + ecosystem_rules()
    book["signatures"] += [signature for rules in joined for signature in rules.model_dump()["signatures"]]
    book["notes"] = book.get("notes", []) + [note for rules in joined for note in rules.notes]
    return Rulebook.model_validate(book)


@cache
def family_rules() -> tuple[FamilyRules, ...]:
    """Every family labeler's rules (labelers/families/*.yaml)."""
    return _rules(FAMILIES)


@cache
def ecosystem_rules() -> tuple[FamilyRules, ...]:
    """The rules of the tools people meet most, by ecosystem (labelers/ecosystems/*.yaml)."""
    return _rules(ECOSYSTEMS)


def _rules(folder: Path) -> tuple[FamilyRules, ...]:
    return tuple(FamilyRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
                 for path in sorted(folder.glob("*.yaml")))


@cache
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def is_wrapper(line: str) -> bool:
    """A line that only reports that something else failed (make's `*** Error 1`, collect2, ...)."""
    return bool(_any_of(tuple(rulebook().wrappers)).search(line))


def is_note(line: str) -> bool:
    """A tool's remark on its own results that reads like an error but is none."""
    return bool(rulebook().notes) and bool(_any_of(tuple(rulebook().notes)).search(line))


def is_warning(line: str) -> bool:
    return is_note(line) or bool(_any_of(tuple(rulebook().warnings)).search(line))


@dataclass(frozen=True)
class Hit:
    """One output line that matches a signature, with the named groups it captured."""

    signature: Signature
    line: str
    position: int
    groups: dict[str, str]

    @property
    def rank(self) -> int:
        return self.signature.rank


def scan(lines: list[str], program: str | None = None) -> list[Hit]:
    """The best signature match of every line that has one (wrappers and notes excluded); signatures meant for
    some programs only (an HTTP error body from curl) count for those programs' output."""
    found = []
    for position, line in enumerate(lines):
        if not is_wrapper(line) and not is_note(line) and (hit := _best(line, position, program)):
            found.append(hit)
    return found


WORD_RANK = 20  # the rulebook's last resort: a line with an error word in it
HEADING = re.compile(r"^(?:={2,}|-{2,}|#{1,6}|\*{2,})\s+\S")  # `== error report for logs ==`: a title, not an error
# "No syntax errors detected", "0 failed", "0 tests failed out of 2"
NEGATED = re.compile(r"(?:\b[Nn]o|\b0|\b[Zz]ero|\b[Ww]ithout)\s+(?:[a-z]+\s+)?$")


@cache
def _ranked() -> tuple[Signature, ...]:
    return tuple(sorted(rulebook().signatures, key=lambda s: -s.rank))


def _best(line: str, position: int, program: str | None) -> Hit | None:
    for signature in _ranked():
        if signature.programs and program not in signature.programs:
            continue
        if signature.rank <= WORD_RANK and HEADING.match(line):
            continue
        if (match := signature.regex.search(line)) and not NEGATED.search(line[:match.start()]):
            groups = {name: value for name, value in match.groupdict().items() if value}
            return Hit(signature, line, position, groups)
    return None


def decisive(hits: list[Hit]) -> Hit | None:
    """The most telling hit: highest rank, then earliest."""
    return min(hits, key=lambda hit: (-hit.rank, hit.position)) if hits else None


def shows_success(lines: list[str]) -> bool:
    """A line some family or ecosystem reads as its tool doing its job (`ok  example.com/ledger`, `PASS`)."""
    rules = family_rules() + ecosystem_rules()
    return any(signature.regex.search(line) for rules_of in rules for signature in rules_of.successes for line in lines)
