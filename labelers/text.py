"""Small helpers labelers share for quoting the transcript exactly."""
from __future__ import annotations

import re

from recorder.transcript import StepView


def lines_matching(view: StepView, pattern: str | re.Pattern[str]) -> list[str]:
    """Output lines of a step that match, stripped of surrounding space (verbatim otherwise)."""
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    return [line.strip() for line in view.output if regex.search(line)]


def clip(text: str, limit: int = 160) -> str:
    """Shorten for prose fields (never used for `specifics`, which stay verbatim)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
