"""Where sessions live on disk: data/sessions/<scenario>/<session-id>/, safe for many writers at once.

- A session folder counts only while its seal (done.json, written last) holds: every file it names is there
  with the size and SHA-256 it records. Anything else is damaged and is recorded again.
- A writer holds the session's lock (an flock on `.locks/<scenario>/<id>.lock`) for as long as it works on
  the session, so two runs never record, label or merge one session at once; the kernel drops the lock
  when a process dies, even by SIGKILL.
- Work happens in a staging folder of the writer's own (`.<id>.partial.<host>.<pid>`), fsynced and renamed
  into place; a crash leaves at most that folder, which the next writer to take the lock removes.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from schema.scenario import ScenarioSpec
from schema.store import FileDigest, Seal

CAST, META, REPORT, EVIDENCE, SEAL = "session.cast", "meta.json", "report.json", "evidence.json", "done.json"
RECORDING, LABELS = (CAST, META), (REPORT, EVIDENCE)
PARTIAL = ".partial"
LOCKS = ".locks"  # root/.locks/<scenario>/<id>.lock: out of the way of anyone listing the sessions
WRITER = f"{socket.gethostname()}:{os.getpid()}"
State = Literal["complete", "unlabelled", "damaged", "absent"]


class SessionBusy(RuntimeError):
    """Another writer holds the session's lock."""


def session_id(spec: ScenarioSpec) -> str:
    """Stable id from (scenario, version, seed, params): a rerun finds what it already recorded."""
    identity = json.dumps([spec.scenario, spec.version, spec.seed, spec.params], sort_keys=True)
    return f"{spec.scenario}-s{spec.seed:04d}-{hashlib.sha256(identity.encode()).hexdigest()[:8]}"


def session_dir(root: Path, spec: ScenarioSpec) -> Path:
    return root / spec.scenario / session_id(spec)


# --- the seal ---------------------------------------------------------------------------------------
def read_seal(directory: Path) -> Seal | None:
    try:
        return Seal.model_validate_json((directory / SEAL).read_bytes())
    except (OSError, ValidationError):
        return None


def digest(path: Path) -> FileDigest:
    data = path.read_bytes()
    return FileDigest(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())


def holds(directory: Path, seal: Seal, names: tuple[str, ...]) -> bool:
    """Whether each of `names` is vouched for by the seal and still matches it."""
    return all(name in seal.files and _matches(directory / name, seal.files[name]) for name in names)


def _matches(path: Path, expected: FileDigest) -> bool:
    try:
        return path.stat().st_size == expected.bytes and digest(path) == expected
    except OSError:
        return False


def state(directory: Path) -> State:
    """complete (recorded and labelled), unlabelled (recorded; labels missing or stale), damaged, or absent."""
    seal = read_seal(directory)
    if seal is None or not holds(directory, seal, RECORDING):
        return "damaged" if directory.exists() else "absent"
    return "complete" if holds(directory, seal, LABELS) else "unlabelled"


def write_seal(directory: Path) -> Seal:
    """Seal the recording and whichever labels are present, after fsyncing them."""
    names = [name for name in (*RECORDING, *LABELS) if (directory / name).is_file()]
    for name in names:
        _fsync_file(directory / name)
    seal = Seal(files={name: digest(directory / name) for name in names}, writer=WRITER,
                sealed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    write_atomic(directory / SEAL, seal.model_dump_json(indent=2))
    return seal


# --- writing ----------------------------------------------------------------------------------------
@contextmanager
def session_lock(final: Path, wait: bool = True) -> Iterator[None]:
    """Hold the session's lock; SessionBusy at once when another writer holds it and wait is False."""
    lock = final.parent.parent / LOCKS / final.parent.name / f"{final.name}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise SessionBusy(f"{final.name} is being written by another run") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def staging(final: Path) -> Iterator[Path]:
    """A work folder of this writer's, sealed and renamed to `final` on success, removed on any failure.

    The caller holds the session's lock; a damaged `final` is replaced."""
    work = final.parent / f".{final.name}{PARTIAL}.{WRITER.replace(':', '.')}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        yield work
        write_seal(work)
        _fsync_dir(work)
        shutil.rmtree(final, ignore_errors=True)
        os.replace(work, final)
        _fsync_dir(final.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file of this writer's, fsync and rename, so readers never see half a file."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                     suffix=".tmp", delete=False) as temp:
        temp.write(text)
        temp.flush()
        os.fsync(temp.fileno())
    try:
        os.replace(temp.name, path)
    except OSError:
        Path(temp.name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- reading and tidying ----------------------------------------------------------------------------
def iter_sessions(root: Path) -> Iterator[Path]:
    """Every session folder under root, whatever its state (root may itself be one session)."""
    if (root / META).is_file():
        yield root
        return
    for meta in sorted(root.rglob(META)):
        if not any(part.startswith(".") for part in meta.parent.relative_to(root).parts):
            yield meta.parent


def remove_stale_partials(root: Path) -> int:
    """Remove work folders whose writer is gone (its lock is free): a run killed outright, a power loss.

    A live writer's folder is left alone, on this machine or another sharing the folder."""
    removed = 0
    for work in root.glob(f"*/.*{PARTIAL}*") if root.is_dir() else []:
        final = work.parent / work.name[1:].split(PARTIAL)[0]
        try:
            with session_lock(final, wait=False):
                shutil.rmtree(work, ignore_errors=True)
                removed += 1
        except SessionBusy:
            continue
    return removed


# --- merging ----------------------------------------------------------------------------------------
def copy_session(source: Path, root: Path) -> str:
    """Copy one session folder to root/<scenario>/<id>/ unless root holds it at least as complete.

    Returns "copied", "present", or "damaged" (the source does not hold: nothing is copied)."""
    found, seal = state(source), read_seal(source)
    if found not in ("complete", "unlabelled") or seal is None:
        return "damaged"
    final = root / source.parent.name / source.name
    with session_lock(final):
        there = state(final)
        if there == "complete" or there == found:
            return "present"
        with staging(final) as work:
            for name in seal.files:
                shutil.copyfile(source / name, work / name)
            if not holds(work, seal, tuple(seal.files)):
                raise OSError(f"{source} changed while it was copied; merge again")
    return "copied"
