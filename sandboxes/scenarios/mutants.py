"""Keep only the bugs that really fail: every candidate mutation of a code family is run in the family's
image, and those whose run exits non-zero showing the expected output are written to its `mutants.yaml`.

    python -m sandboxes.scenarios.mutants pytest-run      # re-run after changing a family's code base

A code family's scenario module provides `trials()`; its `draw(rng)` then picks among the kept mutants."""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from sandboxes import engine
from sandboxes.limits import HOME, USER, hardening
from sandboxes.provision import put_files
from sandboxes.images import ensure_image, image_tag
from sandboxes.scenarios import get, module_of
from schema.scenario import FileSpec

MUTANTS = "mutants.yaml"


@dataclass(frozen=True)
class Trial:
    """One mutant to try: the project with the mutation applied, how it is run, and what must show."""

    unit: str
    key: str
    files: list[dict]
    command: str
    fails_with: str


def kept(name: str) -> dict[str, list[str]]:
    """The validated mutants of a family, by unit."""
    path = _folder(name) / MUTANTS
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}


def validate(name: str, say=print) -> dict[str, list[str]]:  # noqa: ANN001 - a print-like function
    """Run every trial of family `name` in one sandbox of its image; return the mutants that fail as expected."""
    scenario = get(name)
    module = module_of(_folder(name).name)
    client = engine.connect()
    ensure_image(client, scenario.image, say)
    labels = {**engine.owned_labels(), engine.SESSION_LABEL: f"mutants-{name}"}
    container = client.containers.run(image_tag(scenario.image), ["sleep", "infinity"], detach=True, labels=labels,
                                      working_dir=HOME, **hardening(scenario.image, engine.owned_labels()))
    found: dict[str, list[str]] = defaultdict(list)
    try:
        engine.seed_home(client, container, image_tag(scenario.image))  # the same home as a recording's sandbox
        for number, trial in enumerate(module.trials()):
            if _fails_as_expected(container, trial, f"trial-{number}"):
                found[trial.unit].append(trial.key)
    finally:
        engine.remove(container.id, client)
    return dict(found)


def _fails_as_expected(container, trial: Trial, folder: str) -> bool:  # noqa: ANN001 - docker Container
    files = [FileSpec(**{**spec, "path": f"{folder}/{spec['path']}"}) for spec in trial.files]
    put_files(container, files)
    result = container.exec_run(["timeout", "60", "bash", "-c", trial.command], user=USER,
                                workdir=f"{HOME}/{folder}/project", environment={"HOME": HOME})
    output = result.output.decode("utf-8", "replace")
    return result.exit_code not in (0, 124) and re.search(trial.fails_with, output, re.M) is not None


def _folder(name: str) -> Path:
    return get(name).draw.folder  # type: ignore[union-attr] - set by the registry for available families


def main() -> None:
    name = sys.argv[1]
    found = validate(name)
    path = _folder(name) / MUTANTS
    header = f"# Mutants of {name} whose real run fails as its truth says (python -m sandboxes.scenarios.mutants {name}).\n"
    path.write_text(header + yaml.safe_dump(found, sort_keys=True, width=200), encoding="utf-8")
    print(f"{name}: kept {sum(map(len, found.values()))} mutants over {len(found)} units in {path}")


if __name__ == "__main__":
    main()
