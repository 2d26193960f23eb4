"""The scenario library: each module defines one SCENARIO that turns a seed into a ScenarioSpec."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from schema.scenario import ScenarioSpec

TERMINAL_SIZES = [(24, 100), (30, 110), (35, 120), (40, 132), (45, 140), (50, 160)]
PROMPT_ALLOWANCE = 48  # "dev@workstation:~/project (feature/x|MERGING)$ " and captured values
HOSTNAMES = ["devbox", "laptop", "ws-dev", "buildbox", "sam-pc", "workstation", "dev-vm"]


class ScenarioError(ValueError):
    """A scenario that does not produce a valid spec."""


@dataclass(frozen=True)
class Scenario:
    """A family of sessions: `draw(rng)` returns the spec fields for one seeded variant."""

    name: str
    family: str
    version: int
    image: str
    description: str
    draw: Callable[[random.Random], dict]

    def variant(self, seed: int) -> ScenarioSpec:
        """The validated spec for `seed`; the same seed always gives the same variant."""
        rng = random.Random(f"{self.name}:{seed}")
        try:
            fields = self.draw(rng)
            fields.setdefault("hostname", rng.choice(HOSTNAMES))
            fields.setdefault("terminal", _terminal_for(fields.get("steps", []), rng))
            return ScenarioSpec(scenario=self.name, family=self.family, version=self.version, seed=seed,
                                image=self.image, **fields)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ScenarioError(f"scenario {self.name!r} (seed {seed}) is invalid at {where}: {first['msg']}; "
                                f"fix sandboxes/scenarios/ for this scenario") from None


def _terminal_for(steps: list[dict], rng: random.Random) -> dict:
    """A realistic size wide enough that no typed command wraps (so commands stay one line on screen)."""
    needed = max((len(step["command"]) for step in steps), default=0) + PROMPT_ALLOWANCE
    fitting = [size for size in TERMINAL_SIZES if size[1] >= needed]
    if not fitting:
        raise ScenarioError(f"a command is too long for any terminal ({needed} columns needed); shorten it")
    rows, cols = rng.choice(fitting)
    return {"rows": rows, "cols": cols}


def registry() -> dict[str, Scenario]:
    """All scenarios by name."""
    from sandboxes.scenarios import git_merge, port_clash, pytest_run

    return {scenario.name: scenario for scenario in (pytest_run.SCENARIO, git_merge.SCENARIO, port_clash.SCENARIO)}


def get(name: str) -> Scenario:
    scenarios = registry()
    if name not in scenarios:
        raise ScenarioError(f"unknown scenario {name!r}; `realcast scenarios` lists: {', '.join(scenarios)}")
    return scenarios[name]
