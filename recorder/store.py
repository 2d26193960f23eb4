"""Where sessions live on disk: data/sessions/<scenario>/<session-id>/, written atomically."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from schema.scenario import ScenarioSpec

CAST, META, REPORT, EVIDENCE = "session.cast", "meta.json", "report.json", "evidence.json"
PARTIAL_SUFFIX = ".partial"


def session_id(spec: ScenarioSpec) -> str:
    """Stable id from (scenario, version, seed, params): a rerun finds what it already recorded."""
    identity = json.dumps([spec.scenario, spec.version, spec.seed, spec.params], sort_keys=True)
    return f"{spec.scenario}-s{spec.seed:04d}-{hashlib.sha256(identity.encode()).hexdigest()[:8]}"


def session_dir(root: Path, spec: ScenarioSpec) -> Path:
    return root / spec.scenario / session_id(spec)


def is_recorded(directory: Path) -> bool:
    """A session counts as done only once its folder was renamed into place (meta.json inside)."""
    return (directory / META).is_file() and (directory / CAST).is_file()


@contextmanager
def staging(final: Path) -> Iterator[Path]:
    """A hidden work folder renamed to `final` on success and deleted on any failure or interrupt."""
    work = final.parent / f".{final.name}{PARTIAL_SUFFIX}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        yield work
        os.replace(work, final)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so readers never see half a file."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def iter_sessions(root: Path) -> Iterator[Path]:
    """Every finished session folder under root (root may itself be one session)."""
    if is_recorded(root):
        yield root
        return
    for meta in sorted(root.rglob(META)):
        if not any(part.startswith(".") for part in meta.parent.relative_to(root).parts) and is_recorded(meta.parent):
            yield meta.parent


def remove_stale_partials(root: Path) -> int:
    """Delete work folders left by a process that was killed outright (SIGKILL, power loss)."""
    stale = list(root.glob(f"*/.*{PARTIAL_SUFFIX}")) if root.is_dir() else []
    for work in stale:
        shutil.rmtree(work, ignore_errors=True)
    return len(stale)
