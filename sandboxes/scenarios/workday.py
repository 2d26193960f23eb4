"""A working day: several activities of the library chained in one sandbox and one shell session.

Each activity is a real variant of a family on the same image, drawn by its own seed, with its project moved
from ~/project into a folder of its own (~/<name>); the person types `cd ~/<name>` between activities. What
cannot be shared is never doubled: a family that starts services or needs fixed home folders (~/.ssh,
~/.aws) comes at most once, at most one activity has background processes, no two activities use one port
(a server one starts would answer where another expects "connection refused"), and the day declares at
most MAX_FAILURES failures, so one report within the SRE limits can name them all. Failure ids and captures
are prefixed by the activity's number; every step keeps its truth.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sandboxes.scenarios import get
from sandboxes.scenarios.kit import data
from schema.scenario import ScenarioSpec

MAX_FAILURES = 5
FIXED_HOME = {".ssh", ".aws", ".config", ".local"}  # the tools read these names: never renamed, never shared
ATTEMPTS = 40
SAMPLE = 20
NAMED_BY = ("project", "app", "service", "package", "program", "site", "repo", "theme")  # params naming a project


@dataclass
class Day:
    """The activities chosen so far and what they hold."""

    members: list[str] = field(default_factory=list)
    workdirs: list[str] = field(default_factory=list)
    folders: set[str] = field(default_factory=set)
    stateful: set[str] = field(default_factory=set)
    background: bool = False
    ports: set[int] = field(default_factory=set)
    failures: int = 0
    fields: dict = field(default_factory=lambda: {"files": [], "setup": [], "background": [], "steps": [], "failures": []})


def compose(rng: random.Random, folder: Path) -> dict:
    """The spec fields of one working day on the family folder's image (data.yaml: members, activities)."""
    book = data(folder)
    day, wanted = Day(), rng.randint(*book["activities"])
    for _ in range(ATTEMPTS):
        if len(day.members) == wanted:
            break
        name = rng.choice(book["members"])
        spec = get(name).variant(rng.randrange(1_000_000))
        if _fits(day, spec):
            _add(day, spec, len(day.members) + 1)
    families = sorted({member.split(":")[0] for member in day.members})
    params = {"activities": day.members, "count": len(day.members), "families": families, "folders": day.workdirs,
              "failures": day.failures, "steps": len(day.fields["steps"])}
    return {**day.fields, "params": params, "workdir": day.workdirs[0]}


def _fits(day: Day, spec: ScenarioSpec) -> bool:
    return (spec.workdir not in (".", "") and spec.scenario not in day.stateful
            and not (spec.background and day.background) and not (_home_folders(spec) & FIXED_HOME & day.folders)
            and not ports(spec) & day.ports and day.failures + len(spec.failures) <= MAX_FAILURES)


def ports(spec: ScenarioSpec) -> set[int]:
    """The ports a variant serves, reaches or expects closed: its parameters named for a port."""
    return {value for key, value in spec.params.items()
            if "port" in key and isinstance(value, int) and not isinstance(value, bool) and value > 0}


@cache
def stateful(scenario: str) -> bool:
    """A family whose variants start services, run background processes or use fixed home folders — in any
    of its first SAMPLE seeds (a variant that expects the server down shares the server's port all the same)."""
    return any(spec.setup or spec.background or _home_folders(spec) & FIXED_HOME
               for spec in map(get(scenario).variant, range(SAMPLE)))


def _home_folders(spec: ScenarioSpec) -> set[str]:
    return {file.path.split("/")[0] for file in spec.files} - {spec.workdir}


def _add(day: Day, spec: ScenarioSpec, number: int) -> None:
    moves = _moves(day, spec, number)
    move = lambda text: _moved(text, moves)  # noqa: E731
    workdir = moves.get(spec.workdir, spec.workdir)
    if day.members:
        day.fields["steps"].append({"command": f"cd ~/{workdir}", "expect": "ok"})
    day.fields["files"] += [{**file.model_dump(), "path": move(file.path), "content": _moved_file(file.path, file.content, moves)}
                            for file in spec.files]
    day.fields["setup"] += [move(line) for line in spec.setup]
    day.fields["background"] += [{**bg.model_dump(), "command": move(bg.command), "ready": move(bg.ready)}
                                 for bg in spec.background]
    day.fields["steps"] += [_step(step.model_dump(exclude_none=True), moves, number) for step in spec.steps]
    day.fields["failures"] += [{**f.model_dump(), "id": f"a{number}-{f.id}",
                                "facts": [_moved_content(fact, moves) for fact in f.facts]} for f in spec.failures]
    _remember(day, spec, moves)


def _moves(day: Day, spec: ScenarioSpec, number: int) -> dict[str, str]:
    """Folder renames: the project to a name of its own, and home folders an earlier activity already uses."""
    names = [str(spec.params[key]) for key in NAMED_BY if isinstance(spec.params.get(key), str)]
    named = next((name for name in names if re.fullmatch(r"[a-z][a-z0-9-]{2,20}", name)), spec.family)
    own = named if spec.workdir == "project" else spec.workdir
    name = own if own not in day.folders and own != "project" else f"{own}-{number}"
    moves = {spec.workdir: name} if name != spec.workdir else {}
    return moves | {folder: f"{folder}-{number}" for folder in _home_folders(spec) & day.folders}


def _remember(day: Day, spec: ScenarioSpec, moves: dict[str, str]) -> None:
    day.members.append(f"{spec.scenario}:{spec.seed}")
    day.workdirs.append(moves.get(spec.workdir, spec.workdir))
    day.folders |= {moves.get(folder, folder) for folder in _home_folders(spec) | {spec.workdir}}
    if stateful(spec.scenario):
        day.stateful.add(spec.scenario)
    day.background = day.background or bool(spec.background)
    day.ports |= ports(spec)
    day.failures += len(spec.failures)


def _step(step: dict, moves: dict[str, str], number: int) -> dict:
    """A step with its folders moved, its failure ids and captures prefixed with the activity's number."""
    prefix = lambda name: f"a{number}-{name}"  # noqa: E731
    rename = lambda text: re.sub(r"\{\{(\w+)\}\}", lambda m: "{{" + f"a{number}_{m.group(1)}" + "}}", text)  # noqa: E731
    step["command"] = rename(_moved_content(step["command"], moves))
    if step.get("failure"):
        step["failure"] = prefix(step["failure"])
    step["resolves"] = [prefix(failure) for failure in step.get("resolves", [])]
    step["captures"] = {f"a{number}_{key}": value for key, value in step.get("captures", {}).items()}
    return step


def _moved(text: str, moves: dict[str, str]) -> str:
    """Shell lines and paths: a moved folder as a path or a word (`cd project`, `project/logs`)."""
    for old, new in moves.items():
        text = re.sub(rf"(?<![\w.-]){re.escape(old)}(?![\w.-])", new, text)
    return _moved_content(text, moves)


def _moved_file(path: str, content: str, moves: dict[str, str]) -> str:
    """A shell script's lines are shell lines (`cd project`); any other file keeps its words."""
    shell = path.endswith(".sh") or content.startswith("#!")
    return _moved(content, moves) if shell else _moved_content(content, moves)


def _moved_content(text: str, moves: dict[str, str]) -> str:
    """File contents, commands and facts: only unmistakable paths (~/project, /home/dev/project, ../project/)."""
    for old, new in moves.items():
        text = re.sub(rf"(~/|/home/dev/|\.\./){re.escape(old)}(?![\w.-])", rf"\g<1>{new}", text)
    return text
