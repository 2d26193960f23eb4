"""Record many scenario variants with a small pool of sandboxes; label each; count what happened."""
from __future__ import annotations

import concurrent.futures as futures
import errno
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docker

from labelers import LabelError, label_session
from recorder.capture import capture
from recorder.cast import CastError
from recorder.session import RecordingError
from recorder.store import SessionBusy, session_dir, session_id, state
from sandboxes.engine import prepare_ahead, remove_live
from sandboxes.provision import SetupError
from sandboxes.images import image_tag
from schema.scenario import ScenarioSpec

EXPECTED_ERRORS = (RecordingError, SetupError, LabelError, CastError, docker.errors.DockerException, OSError, EOFError)
# Errors no later session can escape: the batch stops at the first and says what to do.
STORAGE_ERRNOS = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                  errno.EROFS: "the output folder is read-only", errno.EACCES: "the output folder is not writable"}


@dataclass
class Outcome:
    """What happened to one variant."""

    spec: ScenarioSpec
    status: str  # recorded | relabelled | skipped | busy (another run holds it) | failed
    directory: Path | None = None
    error: str = ""
    fatal: str = ""  # why no further session can be recorded (full disk, read-only output)


@dataclass
class BatchResult:
    """Every outcome, and whether the batch was interrupted."""

    outcomes: list[Outcome] = field(default_factory=list)
    interrupted: bool = False
    stopped: str = ""  # the fatal reason that stopped the batch early

    def counts(self) -> dict[str, Counter]:
        table: dict[str, Counter] = {}
        for outcome in self.outcomes:
            table.setdefault(outcome.spec.scenario, Counter())[outcome.status] += 1
        return table


def record_one(client: docker.DockerClient, spec: ScenarioSpec, image_ids: dict[str, str], root: Path,
               wait: bool = False, after: ScenarioSpec | None = None) -> Outcome:
    """Record (unless already done) and label one variant; failures become data, not exceptions. `after` is
    the variant this worker's turn is followed by: its sandbox is made ready while this one records."""
    if after is not None and state(session_dir(root, after)) in ("absent", "damaged"):
        prepare_ahead(client, image_tag(after.image), after, session_id(after))
    label_errors: list[str] = []
    try:
        result = capture(client, spec, image_ids[spec.image], root, lambda work: _label(work, label_errors), wait)
        return Outcome(spec, result.status, result.directory, "; ".join(label_errors))
    except SessionBusy:
        return Outcome(spec, "busy")
    except EXPECTED_ERRORS as error:
        return Outcome(spec, "failed", error=_one_line(error), fatal=_fatal(error, client))


def _one_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


def _fatal(error: BaseException, client: docker.DockerClient) -> str:
    """Why this error stops every later session too (the disk, the output folder, the engine), else ''."""
    if isinstance(error, OSError) and error.errno in STORAGE_ERRNOS:
        where = f" ({error.filename})" if error.filename else ""
        return f"{STORAGE_ERRNOS[error.errno]}{where}: free space or choose another --out, then rerun"
    try:
        client.ping()
    except docker.errors.DockerException:
        return "the Docker engine stopped answering: start it again (`make engine`), then rerun"
    return ""


def _label(work: Path, errors: list[str]) -> None:
    """A labeler bug must not throw away a genuine recording: keep it unlabelled and say why."""
    try:
        label_session(work)
    except (LabelError, CastError) as error:
        errors.append(f"not labelled: {error}")


def record_batch(client: docker.DockerClient, specs: list[ScenarioSpec], image_ids: dict[str, str], root: Path,
                 jobs: int, on_done: Callable[[Outcome], None]) -> BatchResult:
    """Run variants on `jobs` workers. A variant another run is recording is taken up again at the end, once
    that run lets go of it. On Ctrl-C: remove every live sandbox, let workers unwind, keep what finished."""
    result = BatchResult()
    pool = futures.ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="record")
    try:
        busy = _run(pool, jobs, [(spec, False) for spec in specs], client, image_ids, root, result, on_done)
        if busy and not result.stopped:
            _run(pool, jobs, [(spec, True) for spec in busy], client, image_ids, root, result, on_done)
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        remove_live(client)
    return result


def _run(pool: futures.ThreadPoolExecutor, jobs: int, work: list[tuple[ScenarioSpec, bool]], client: docker.DockerClient,
         image_ids: dict[str, str], root: Path, result: BatchResult, on_done: Callable[[Outcome], None]) -> list[ScenarioSpec]:
    """Submit (spec, wait) pairs; report each outcome; return the specs that were busy elsewhere. The pool
    starts them in order, so the one `jobs` places later is the next to take up a worker's turn."""
    later = [work[index + jobs][0] if index + jobs < len(work) else None for index in range(len(work))]
    pending = {pool.submit(record_one, client, spec, image_ids, root, wait, after)
               for (spec, wait), after in zip(work, later)}
    busy: list[ScenarioSpec] = []
    try:
        while pending:
            done, pending = futures.wait(pending, timeout=0.5, return_when=futures.FIRST_COMPLETED)
            for outcome in (future.result() for future in done):
                if outcome.status == "busy":
                    busy.append(outcome.spec)
                    continue
                result.outcomes.append(outcome)
                on_done(outcome)
                if outcome.fatal and not result.stopped:
                    result.stopped = outcome.fatal
                    _cancel(pending)
    except KeyboardInterrupt:
        _cancel(pending)
        remove_live(client)
        raise
    return busy


def _cancel(pending: set[futures.Future]) -> None:
    for future in pending:
        future.cancel()
