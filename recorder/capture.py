"""Record one scenario variant in a fresh sandbox: cast + meta.json, atomically."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import docker

from recorder.cast import CastWriter
from recorder.pacing import HumanPacing, SessionClock
from recorder.session import Recording, SessionRecorder
from recorder.shell import PtyShell
from recorder.store import CAST, META, is_recorded, session_dir, session_id, staging, write_atomic
from sandboxes.engine import exec_argv, sandbox
from sandboxes.images import image_tag
from schema.cast import CastHeader
from schema.scenario import ScenarioSpec
from schema.session import SessionMeta, Timing
from schema.truth import compile_truth


@dataclass(frozen=True)
class CaptureResult:
    """Where the session is and whether it was recorded now or found already done."""

    directory: Path
    recorded: bool


def capture(client: docker.DockerClient, spec: ScenarioSpec, image_id: str, root: Path,
            finish: Callable[[Path], None] | None = None) -> CaptureResult:
    """Record `spec` into root/<scenario>/<id>/ unless it is already there.

    `finish` (e.g. the labeler) runs on the work folder before it is renamed into place, so a session
    that counts as done always has everything in it.
    """
    final = session_dir(root, spec)
    if is_recorded(final):
        return CaptureResult(final, recorded=False)
    sid = session_id(spec)
    with staging(final) as work, sandbox(client, image_tag(spec.image), spec, sid) as container:
        started = datetime.now(timezone.utc)
        clock = SessionClock()
        recording = _record(exec_argv(container, spec.workdir), spec, work / CAST, clock, started)
        meta = _meta(spec, sid, image_id, started, clock, recording)
        write_atomic(work / META, meta.model_dump_json(indent=2))
        if finish is not None:
            finish(work)
    return CaptureResult(final, recorded=True)


def _record(argv: list[str], spec: ScenarioSpec, cast_path: Path, clock: SessionClock,
            started: datetime) -> Recording:
    shell = PtyShell(argv, spec.terminal.rows, spec.terminal.cols)
    try:
        with cast_path.open("w", encoding="utf-8") as stream:
            writer = CastWriter(stream, _header(spec, started))
            recorder = SessionRecorder(shell, writer, clock, HumanPacing(spec.seed), spec.terminal)
            return recorder.record(spec.steps)
    finally:
        shell.close()


def _header(spec: ScenarioSpec, started: datetime) -> CastHeader:
    return CastHeader(
        width=spec.terminal.cols, height=spec.terminal.rows, timestamp=int(started.timestamp()),
        title=f"{spec.scenario} (seed {spec.seed})", env={"TERM": "xterm-256color", "SHELL": "/bin/bash"},
    )


def _meta(spec: ScenarioSpec, sid: str, image_id: str, started: datetime, clock: SessionClock,
          recording: Recording) -> SessionMeta:
    truth = compile_truth(list(spec.steps), spec.failures)
    return SessionMeta(
        session_id=sid, scenario=spec.scenario, family=spec.family, seed=spec.seed, params=spec.params,
        image=image_tag(spec.image), image_id=image_id, terminal=spec.terminal, hostname=spec.hostname,
        recorded_at=started.isoformat(timespec="seconds"),
        timing=Timing(real_s=round(clock.real(), 3), simulated_s=round(clock.simulated, 3)),
        steps=recording.steps, truth=truth, complete=recording.complete, spec=spec,
    )


