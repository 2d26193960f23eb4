"""Scoring model outputs: parse like InnerBoard's app, then validity, limits, grounding and blockers."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from labelers.signatures import decisive, scan
from schema.report import Report
from schema.truth import BlockerCategory
from schema.training import Scores

FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)
LIMIT_ERRORS = {"too_short", "too_long"}
RESOLVED = re.compile(r"\b(?:[Rr]esolved|fixed) (?:in|during) the session\b|\bnow (?:passes|works|succeeds)\b")
# Cues that map a free-text blocker to the taxonomy; checked in order (the first match wins).
CATEGORY_CUES = [
    (BlockerCategory.TEST_COLLECTION_ERROR, re.compile(r"collect|ImportError|cannot import", re.I)),
    (BlockerCategory.MERGE_CONFLICT, re.compile(r"conflict|unmerged", re.I)),
    (BlockerCategory.ADDRESS_IN_USE, re.compile(r"already in use|could not bind|EADDRINUSE", re.I)),
    (BlockerCategory.TEST_FAILURE, re.compile(r"\btests?\b|pytest|assert", re.I)),
    (BlockerCategory.TIMEOUT, re.compile(r"hung|timed? ?out|did not finish", re.I)),
]


def parse_report(text: str) -> object | None:
    """Strip code fences, take the outermost JSON array, parse it; None when that fails."""
    fenced = FENCE.search(text)
    body = fenced.group(1) if fenced else text
    start, end = body.find("["), body.rfind("]")
    if start == -1 or end < start:
        return None
    try:
        value = json.loads(body[start:end + 1])
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) else None


def categorize(blocker: dict) -> BlockerCategory:
    """The blocker category a free-text blocker describes: the rulebook's signature for the error line it
    quotes, else a keyword cue, else command_failed."""
    text = f"{blocker.get('desc', '')} {blocker.get('impact', '')}"
    hit = decisive(scan([str(blocker.get("desc", ""))]))
    if hit is not None and hit.signature.category is not BlockerCategory.COMMAND_FAILED:
        return hit.signature.category
    return next((category for category, cue in CATEGORY_CUES if cue.search(text)), BlockerCategory.COMMAND_FAILED)


@dataclass
class SessionScore:
    """One output measured against one session."""

    json_valid: bool = False
    schema_valid: bool = False
    sre_limits: bool = False
    specifics: int = 0
    grounded: int = 0
    predicted: set[str] = field(default_factory=set)
    truth: set[str] = field(default_factory=set)
    statuses: list[str] = field(default_factory=list)  # open/resolved of each blocker the output names
    truth_statuses: list[str] = field(default_factory=list)
    facts: int = 0  # the true failures' key facts
    facts_named: int = 0  # ... that the output names


def score(output: str, transcript: str, truth: set[str], statuses: list[str] = (), facts: list[str] = ()) -> SessionScore:
    """One output against its session: validity, limits, grounding, blocker categories, and truth v2 (each
    failure's open/resolved status, the key facts a faithful report names)."""
    result = SessionScore(truth=truth, truth_statuses=list(statuses), facts=len(facts))
    value = parse_report(output)
    if value is None:
        return result
    result.json_valid = True
    result.schema_valid, result.sre_limits = _validity(value)
    if not value and transcript.strip():  # [] is the answer for an empty transcript only
        result.schema_valid = result.sre_limits = False
    if not result.schema_valid:
        return result
    sessions = [session for session in value if isinstance(session, dict)]
    specifics = [item.get("specifics", "") for s in sessions for item in s.get("key_successes", [])]
    result.specifics = len(specifics)
    result.grounded = sum(bool(text) and text in transcript for text in specifics)
    blockers = [blocker for s in sessions for blocker in s.get("blockers", [])]
    result.predicted = {categorize(blocker).value for blocker in blockers}
    result.statuses = [status_of(blocker) for blocker in blockers]
    result.facts_named = sum(fact in output for fact in facts)
    return result


def status_of(blocker: dict) -> str:
    """A free-text blocker says it is fixed (`Resolved in the session: ...`) or it is still open."""
    text = f"{blocker.get('resolution_hint', '')} {blocker.get('desc', '')}"
    return "resolved" if RESOLVED.search(text) else "open"


def _status_agreement(score: SessionScore) -> int:
    """True failures whose status the output's blockers match, counted per status."""
    return sum(min(score.statuses.count(status), score.truth_statuses.count(status)) for status in ("open", "resolved"))


def _validity(value: list) -> tuple[bool, bool]:
    """(right keys and types, also within the SRE limits)."""
    try:
        Report.model_validate(value)
        return True, True
    except ValidationError as error:
        return all(item["type"] in LIMIT_ERRORS for item in error.errors()), False


def aggregate(scores: list[SessionScore], empty_input_ok: bool | None) -> Scores:
    count = len(scores)
    specifics = sum(s.specifics for s in scores)
    flagged = [s for s in scores if s.predicted]
    failing = [s for s in scores if s.truth]
    return Scores(
        sessions=count, json_valid=_share(s.json_valid for s in scores), schema_valid=_share(s.schema_valid for s in scores),
        sre_limits=_share(s.sre_limits for s in scores),
        grounding=sum(s.grounded for s in scores) / specifics if specifics else None,
        blocker_precision=_share(bool(s.truth) for s in flagged) if flagged else None,
        blocker_recall=_share(bool(s.predicted) for s in failing) if failing else None,
        category_f1_micro=_micro_f1(scores), category_f1_macro=_macro_f1(scores), empty_input_ok=empty_input_ok,
        status_agreement=_ratio(sum(map(_status_agreement, scores)), sum(len(s.truth_statuses) for s in scores)),
        key_facts=_ratio(sum(s.facts_named for s in scores), sum(s.facts for s in scores)),
    )


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _share(flags) -> float:  # noqa: ANN001 - iterable of bool
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def _f1(true_positive: int, predicted: int, actual: int) -> float | None:
    if not predicted and not actual:
        return None
    return 2 * true_positive / (predicted + actual)


def _micro_f1(scores: list[SessionScore]) -> float | None:
    return _f1(sum(len(s.predicted & s.truth) for s in scores), sum(len(s.predicted) for s in scores),
               sum(len(s.truth) for s in scores))


def _macro_f1(scores: list[SessionScore]) -> float | None:
    categories = {c for s in scores for c in s.truth | s.predicted}
    values = [_f1(sum(c in s.predicted and c in s.truth for s in scores), sum(c in s.predicted for s in scores),
                  sum(c in s.truth for s in scores)) for c in sorted(categories)]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def is_empty_report(output: str) -> bool:
    return parse_report(output) == []
