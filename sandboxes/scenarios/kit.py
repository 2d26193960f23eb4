"""What every family's `draw(rng)` is written with: its data files, and the steps of a person at work
(look around, run, read the error, investigate, fix, retry, answer a prompt, stop a server)."""
from __future__ import annotations

import random
import shlex
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

TEMPLATE_SUFFIX = ".j2"  # rendered with the variant's parameters; every other file is copied as it is
EXECUTABLE = 0o755
SHARED = Path(__file__).with_name("shared")  # files more than one family uses: project_files(SHARED, ...)


@cache
def data(folder: Path, name: str = "data.yaml") -> Any:
    """A family's data file (YAML), read once."""
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))


def project_files(folder: Path, context: dict[str, Any], source: str = "files", dest: str = "project",
                  skip: tuple[str, ...] = ()) -> list[dict]:
    """The files under `folder/source`, placed under `dest` in the sandbox home; `*.j2` files are Jinja
    templates rendered with `context` (an unknown name is an error), and executables keep their mode."""
    root = folder / source
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        if relative.removesuffix(TEMPLATE_SUFFIX) in skip:
            continue
        files.append(_file(path, relative, context, dest))
    return files


def _file(path: Path, relative: str, context: dict[str, Any], dest: str) -> dict:
    text = path.read_text(encoding="utf-8")
    if relative.endswith(TEMPLATE_SUFFIX):
        relative, text = relative.removesuffix(TEMPLATE_SUFFIX), render(text, context)
    mode = EXECUTABLE if path.stat().st_mode & 0o111 else 0o644
    return {"path": f"{dest}/{relative}".lstrip("/"), "content": text, "mode": mode}


def render(template: str, context: dict[str, Any]) -> str:
    """A Jinja template with `context`; templates keep their trailing newline."""
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return environment.from_string(template).render(**context)


def quote(text: str) -> str:
    return shlex.quote(text)


class Session:
    """The steps and failures of one variant, in the order a person types them.

    Every step says what truly happens: `run` succeeds, `fail` shows a failure, `warn` runs with a problem
    to look at, `retry` is a run that shows earlier failures fixed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.steps: list[dict] = []
        self.failures: list[dict] = []

    def run(self, command: str, **extra: Any) -> Session:
        """A command that works (a look, an edit, a fix, a start)."""
        self.steps.append({"command": command, "expect": "ok", **extra})
        return self

    def look(self, *commands: str) -> Session:
        """Looking around: each command succeeds and changes nothing."""
        for command in commands:
            self.run(command)
        return self

    def look_some(self, candidates: list[str], low: int = 1, high: int = 2) -> Session:
        """Between `low` and `high` of `candidates`, in a drawn order (how people differ in looking)."""
        count = self.rng.randint(min(low, len(candidates)), min(high, len(candidates)))
        return self.look(*self.rng.sample(candidates, count))

    def fail(self, command: str, failure: str, shown_by: str | None = None, **extra: Any) -> Session:
        """A run that shows `failure`; `shown_by` (a regex of its output) where the exit code says 0."""
        step = {"command": command, "expect": "fail", "failure": failure, **extra}
        self.steps.append(step | ({"shown_by": shown_by} if shown_by else {}))
        return self

    def warn(self, command: str, failure: str, shown_by: str, **extra: Any) -> Session:
        """A run that completes but leaves `failure` in place (a commit of conflict markers)."""
        self.steps.append({"command": command, "expect": "warn", "failure": failure, "shown_by": shown_by, **extra})
        return self

    def retry(self, command: str, *resolves: str, **extra: Any) -> Session:
        """A run that shows the failures `resolves` fixed."""
        return self.run(command, resolves=list(resolves), **extra)

    def serve(self, command: str, ready: str, resolves: tuple[str, ...] = (), **extra: Any) -> Session:
        """A server started in the foreground; the person presses Ctrl-C once `ready` shows."""
        step = {"command": command, "expect": "ok", "stop_when": ready, **extra}
        self.steps.append(step | ({"resolves": list(resolves)} if resolves else {}))
        return self

    def answer(self, command: str, prompt: str, reply: str, **extra: Any) -> Session:
        """A command that asks (`prompt`, a regex) and gets `reply` typed back."""
        return self.run(command, answers=[{"expect": prompt, "send": reply}], **extra)

    def failure(self, id: str, category: str, owner: str, *facts: str) -> Session:
        """Declare a failure the steps show: its category, who owns it, and the facts a report must name."""
        self.failures.append({"id": id, "category": category, "owner": owner, "facts": list(facts)})
        return self

    def fields(self, params: dict, files: list[dict], **more: Any) -> dict:
        """The spec fields `Scenario.variant` validates."""
        return {"params": params, "files": files, "steps": self.steps, "failures": self.failures, **more}
