"""The scenario library: one folder per family (`<folder>/family.yaml`, its data files, and a short
`scenario.py` whose `draw(rng)` turns a seed into a ScenarioSpec). See sandboxes/scenarios/README.md."""
from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

import yaml
from pydantic import ValidationError

from schema.scenario import FamilyCard, ScenarioSpec

LIBRARY = Path(__file__).parent
TERMINAL_SIZES = [(24, 100), (30, 110), (35, 120), (40, 132), (45, 140), (50, 160)]
PROMPT_ALLOWANCE = 48  # "dev@workstation:~/project (feature/x|MERGING)$ " and captured values
HOSTNAMES = ["devbox", "laptop", "ws-dev", "buildbox", "sam-pc", "workstation", "dev-vm"]


class ScenarioError(ValueError):
    """A scenario that does not produce a valid spec, or one that cannot run here."""


@dataclass(frozen=True)
class Scenario:
    """A family of sessions: `draw(rng)` returns the spec fields for one seeded variant."""

    name: str
    family: str
    version: int
    image: str
    description: str
    draw: Callable[[random.Random], dict] | None
    status: str = "available"
    reason: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    seed_family: int | None = None

    @property
    def available(self) -> bool:
        return self.status == "available" and self.draw is not None

    def variant(self, seed: int) -> ScenarioSpec:
        """The validated spec for `seed`; the same seed always gives the same variant."""
        if not self.available or self.draw is None:
            raise ScenarioError(f"scenario {self.name!r} is unavailable here: {self.reason}")
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

    def card(self) -> dict:
        """What `realcast scenarios --json` prints for the family."""
        return {"name": self.name, "family": self.family, "status": self.status, "reason": self.reason,
                "image": self.image, "version": self.version, "description": self.description,
                "seed_family": self.seed_family, "parameters": self.parameters}


def _terminal_for(steps: list[dict], rng: random.Random) -> dict:
    """A realistic size wide enough that no typed command wraps (so commands stay one line on screen)."""
    needed = max((len(step["command"]) for step in steps), default=0) + PROMPT_ALLOWANCE
    fitting = [size for size in TERMINAL_SIZES if size[1] >= needed]
    if not fitting:
        raise ScenarioError(f"a command is too long for any terminal ({needed} columns needed); shorten it")
    rows, cols = rng.choice(fitting)
    return {"rows": rows, "cols": cols}


@cache
def registry() -> dict[str, Scenario]:
    """Every family in the library by scenario name, available or not."""
    loaded = [_load(folder) for folder in sorted(LIBRARY.iterdir()) if (folder / "family.yaml").is_file()]
    return {scenario.name: scenario for scenario in loaded}


def available() -> dict[str, Scenario]:
    return {name: scenario for name, scenario in registry().items() if scenario.available}


def _load(folder: Path) -> Scenario:
    try:
        card = FamilyCard.model_validate(yaml.safe_load((folder / "family.yaml").read_text(encoding="utf-8")))
    except (ValidationError, yaml.YAMLError) as error:
        raise ScenarioError(f"{folder / 'family.yaml'} is malformed: {str(error).splitlines()[0]}; fix it") from None
    draw = _draw_of(folder) if card.status == "available" else None
    return Scenario(card.name, card.family, card.version, card.image, card.description, draw, card.status,
                    card.reason, card.parameters, card.seed_family)


def _draw_of(folder: Path) -> Callable[[random.Random], dict]:
    """The family's draw, imported on first use (so one broken family never hides the others)."""

    def draw(rng: random.Random) -> dict:
        if not (folder / "scenario.py").is_file():
            raise ScenarioError(f"{folder} is an available family without scenario.py; add its draw(rng)")
        return module_of(folder.name).draw(rng)

    draw.folder = folder  # type: ignore[attr-defined] - where mutants.py finds the family's files
    return draw


def module_of(folder_name: str) -> ModuleType:
    """A family's scenario module (sandboxes/scenarios/<folder>/scenario.py)."""
    return importlib.import_module(f"{__name__}.{folder_name}.scenario")


def get(name: str) -> Scenario:
    scenarios = registry()
    if name not in scenarios:
        raise ScenarioError(f"unknown scenario {name!r}; `realcast scenarios` lists: {', '.join(scenarios)}")
    return scenarios[name]
