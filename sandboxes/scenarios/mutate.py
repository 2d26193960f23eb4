"""Bugs drawn procedurally, as SWE-smith does at scale: token-level mutations of a small real code base
(flip a comparison, swap an operator, shift a constant, negate a boolean, misspell a symbol, swap and/or).

`candidates(source, language)` lists every mutation of a source file; a family keeps only those whose real
run fails the way its truth says (checked in the family's image by `python -m sandboxes.scenarios.mutants`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Strings and comments are never mutated: they are matched first and skipped.
_SKIP = {
    "python": r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|#[^\n]*',
    "c": r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*[\s\S]*?\*/|^\s*#[^\n]*',
    "js": r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|`(?:\\.|[^`\\])*`|//[^\n]*|/\*[\s\S]*?\*/',
}
_SKIP |= {"go": _SKIP["js"], "java": _SKIP["c"].replace(r"|^\s*#[^\n]*", "")}
_FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
_SWAPS = {"+": "-", "-": "+", "*": "//", "and": "or", "or": "and", "&&": "||", "||": "&&"}
_BOOLEANS = {"True": "False", "False": "True", "true": "false", "false": "true"}
_TOKEN = re.compile(r"(?P<cmp>(?<![<>=!\-])(?:<=|>=|==|!=|<|>)(?![<>=]))"
                    r"|(?P<op>(?<=\s)(?:[+\-*]|&&|\|\|)(?=\s)|\b(?:and|or)\b)"
                    r"|(?P<num>(?<![\w.])\d+(?![\w.]))"
                    r"|(?P<bool>\b(?:True|False|true|false)\b)"
                    r"|(?P<name>\b[a-z_][a-z0-9_]{3,}\b)")


@dataclass(frozen=True)
class Mutation:
    """One token replaced: `before` at `offset` becomes `after`."""

    kind: str
    offset: int
    before: str
    after: str

    @property
    def key(self) -> str:
        """A stable name for the mutation in a family's list of kept mutants."""
        return f"{self.kind}@{self.offset}:{self.before}>{self.after}"

    @classmethod
    def parse(cls, key: str, source: str) -> Mutation:
        """The mutation a key names; `>` may be part of the tokens (`>=>>`), so the split is the one whose
        left side is what the source holds at the offset."""
        kind, rest = key.split("@", 1)
        offset, change = rest.split(":", 1)
        for at in (i for i, char in enumerate(change) if char == ">"):
            before, after = change[:at], change[at + 1:]
            if before and source[int(offset):int(offset) + len(before)] == before:
                return cls(kind, int(offset), before, after)
        raise ValueError(f"mutation {key!r} does not fit its source")

    @classmethod
    def final_return(cls, source: str, indent: str) -> Mutation:
        """The source's last `return` line (at `indent`) deleted: a compiler's `missing return`."""
        start = source.rfind(f"\n{indent}return ") + 1
        return cls("delete-return", start, source[start:source.index("\n", start) + 1], "")

    def apply(self, source: str) -> str:
        assert source[self.offset:self.offset + len(self.before)] == self.before, self.key
        return source[:self.offset] + self.after + source[self.offset + len(self.before):]

    def line(self, source: str) -> int:
        """The 1-based line the mutation is on."""
        return source.count("\n", 0, self.offset) + 1


def candidates(source: str, language: str, names: frozenset[str] = frozenset()) -> list[Mutation]:
    """Every token-level mutation of `source` outside strings and comments; `names` limits which
    identifiers may be misspelled (the code base's own functions and variables)."""
    skipped = [match.span() for match in re.finditer(_SKIP[language], source, re.M)]
    found = []
    for match in _TOKEN.finditer(source):
        if not any(start <= match.start() < end for start, end in skipped):
            found += _mutations(match, names, language)
    return found


def _mutations(match: re.Match[str], names: frozenset[str], language: str) -> list[Mutation]:
    kind, text, at = match.lastgroup or "", match.group(), match.start()
    if kind == "cmp":
        return [Mutation("flip-comparison", at, text, _FLIPS[text])]
    if kind == "op" and text in _SWAPS:
        swapped = "/" if text == "*" and language != "python" else _SWAPS[text]
        return [Mutation("swap-operator", at, text, swapped)]
    if kind == "num":
        return [Mutation("shift-constant", at, text, str(int(text) + 1))] + (
            [Mutation("shift-constant", at, text, str(int(text) - 1))] if int(text) > 0 else [])
    if kind == "bool":
        return [Mutation("negate-boolean", at, text, _BOOLEANS[text])]
    if kind == "name" and text in names:
        return [Mutation("misspell-symbol", at, text, text[:-1])]
    return []


def sed_fix(mutation: Mutation, source: str, path: str) -> str:
    """The `sed -i` a developer types to undo the mutation on its line (the line number makes it exact)."""
    # sed's basic regex: `|` is literal (GNU sed reads `\|` as alternation), `/` is the delimiter
    pattern, replacement = _escape(mutation.after, "\\[]*.^$/"), _escape(mutation.before, "\\&/")
    line_text = source.splitlines()[mutation.line(source) - 1]
    start = mutation.offset - (source.rfind("\n", 0, mutation.offset) + 1)
    nth = len(re.findall(re.escape(mutation.after), line_text[:start])) + 1  # sed's count of earlier matches
    occurrence = "" if nth == 1 else str(nth)
    return f"sed -i '{mutation.line(source)}s/{pattern}/{replacement}/{occurrence}' {path}"


def _escape(text: str, specials: str) -> str:
    for char in specials:
        text = text.replace(char, "\\" + char)
    return text


def joined(units: list[tuple[str, Mutation | None]], separator: str, path: str) -> tuple[str, list[str]]:
    """Units of source (each with its bug or None) joined into one file, and the seds that undo the bugs
    in file order, placed by where each unit lands in the clean file."""
    clean = separator.join(source for source, _ in units)
    parts, fixes, at = [], [], 0
    for source, bug in units:
        parts.append(bug.apply(source) if bug else source)
        if bug:
            fixes.append(sed_fix(Mutation(bug.kind, bug.offset + at, bug.before, bug.after), clean, path))
        at += len(source) + len(separator)
    return separator.join(parts), fixes
