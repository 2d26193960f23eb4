"""Record many scenario variants with a small pool of sandboxes; label each; count what happened."""
from __future__ import annotations

import concurrent.futures as futures
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docker

from labelers import LabelError, label_session
from recorder.capture import capture
from recorder.cast import CastError
from recorder.session import RecordingError
from sandboxes.engine import SetupError, remove_live
from schema.scenario import ScenarioSpec

EXPECTED_ERRORS = (RecordingError, SetupError, LabelError, CastError, docker.errors.DockerException, OSError, EOFError)


@dataclass
class Outcome:
    """What happened to one variant."""

    spec: ScenarioSpec
    status: str  # recorded | skipped | failed
    directory: Path | None = None
    error: str = ""


@dataclass
class BatchResult:
    """Every outcome, and whether the batch was interrupted."""

    outcomes: list[Outcome] = field(default_factory=list)
    interrupted: bool = False

    def counts(self) -> dict[str, Counter]:
        table: dict[str, Counter] = {}
        for outcome in self.outcomes:
            table.setdefault(outcome.spec.scenario, Counter())[outcome.status] += 1
        return table


def record_one(client: docker.DockerClient, spec: ScenarioSpec, image_ids: dict[str, str], root: Path) -> Outcome:
    """Record (unless already done) and label one variant; failures become data, not exceptions."""
    label_errors: list[str] = []
    try:
        result = capture(client, spec, image_ids[spec.image], root, finish=lambda work: _label(work, label_errors))
        return Outcome(spec, "recorded" if result.recorded else "skipped", result.directory, "; ".join(label_errors))
    except EXPECTED_ERRORS as error:
        return Outcome(spec, "failed", error=f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")


def _label(work: Path, errors: list[str]) -> None:
    """A labeler bug must not throw away a genuine recording: keep it unlabelled and say why."""
    try:
        label_session(work)
    except (LabelError, CastError) as error:
        errors.append(f"not labelled: {error}")


def record_batch(client: docker.DockerClient, specs: list[ScenarioSpec], image_ids: dict[str, str], root: Path,
                 jobs: int, on_done: Callable[[Outcome], None]) -> BatchResult:
    """Run variants on `jobs` workers. On Ctrl-C: remove every live sandbox, let workers unwind, keep what finished."""
    result = BatchResult()
    pool = futures.ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="record")
    pending = {pool.submit(record_one, client, spec, image_ids, root) for spec in specs}
    try:
        while pending:
            done, pending = futures.wait(pending, timeout=0.5, return_when=futures.FIRST_COMPLETED)
            for future in done:
                result.outcomes.append(future.result())
                on_done(result.outcomes[-1])
    except KeyboardInterrupt:
        result.interrupted = True
        for future in pending:
            future.cancel()
        remove_live(client)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        remove_live(client)
    return result
