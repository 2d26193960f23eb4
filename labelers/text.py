"""Small helpers labelers share for quoting the transcript exactly."""
from __future__ import annotations

import re

from recorder.transcript import StepView

ERROR_WORDS = re.compile(
    r"error|fatal|failed|failure|denied|not found|no such|refused|cannot|can't|unable|invalid|traceback|exception|"
    r"abort|panic|conflict|rejected|timed? ?out|killed|segmentation",
    re.I,
)


def lines_matching(view: StepView, pattern: str | re.Pattern[str]) -> list[str]:
    """Output lines of a step that match, stripped of trailing space (verbatim otherwise)."""
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    return [line.strip() for line in view.output if regex.search(line)]


def decisive_error_line(view: StepView) -> str | None:
    """The line a person would quote: the last error-looking line, else the last non-empty line."""
    lines = [line.strip() for line in view.output if line.strip() and line.strip() != "^C"]
    errors = [line for line in lines if ERROR_WORDS.search(line)]
    if errors:
        return errors[-1]
    return lines[-1] if lines else None


def clip(text: str, limit: int = 160) -> str:
    """Shorten for prose fields (never used for `specifics`, which stay verbatim)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
