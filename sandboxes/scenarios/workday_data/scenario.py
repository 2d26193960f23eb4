"""A working day on this image: see sandboxes/scenarios/workday.py."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.workday import compose


def draw(rng: random.Random) -> dict:
    return compose(rng, Path(__file__).parent)
