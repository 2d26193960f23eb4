"""The cast's clock: real process time plus seeded, simulated human typing and think pauses.

Sleeping for every keystroke would make recording slow (an 80-key command at human speed is ~5 s), so
pauses are added to the clock instead of slept. Output timing within a command stays real.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable


class SessionClock:
    """Cast time = real seconds since start + simulated pauses."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._start = monotonic()
        self.simulated = 0.0

    def now(self) -> float:
        return self._monotonic() - self._start + self.simulated

    def real(self) -> float:
        return self._monotonic() - self._start

    def advance(self, seconds: float) -> None:
        self.simulated += seconds


class HumanPacing:
    """Seeded delays that look like a person at a keyboard (~55 wpm, pauses at word boundaries)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def key(self, char: str) -> float:
        delay = self._rng.lognormvariate(-2.4, 0.35)  # median ~90 ms
        if char in " -/|":
            delay += self._rng.uniform(0.02, 0.12)
        if self._rng.random() < 0.03:
            delay += self._rng.uniform(0.3, 0.9)  # a hesitation
        return delay

    def think(self) -> float:
        """Pause before typing the next command."""
        return self._rng.uniform(0.8, 3.0)

    def read(self, output_lines: int) -> float:
        """Time spent reading a command's output."""
        return min(0.3 + 0.08 * output_lines, 6.0) * self._rng.uniform(0.7, 1.3)

    def watch(self) -> float:
        """Time a person watches a running server before pressing Ctrl-C."""
        return self._rng.uniform(1.0, 3.0)
