"""Record one scenario variant in a fresh sandbox: cast + meta.json, atomically."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import docker

from recorder.cast import CastWriter
from recorder.marks import new_nonce
from recorder.pacing import HumanPacing, SessionClock
from recorder.session import Recording, RecordingError, SessionRecorder
from recorder.shell import PtyShell, ShellClosed
from recorder.store import CAST, META, session_dir, session_id, session_lock, staging, state, write_atomic, write_seal
from sandboxes.engine import exec_argv, sandbox, why_shell_closed
from sandboxes.images import image_tag
from schema.cast import CastHeader
from schema.scenario import ScenarioSpec
from schema.session import SessionMeta, Timing
from schema.truth import compile_truth


@dataclass(frozen=True)
class CaptureResult:
    """Where the session is and what this run did to it: recorded, relabelled, or skipped (already done)."""

    directory: Path
    status: str


def capture(client: docker.DockerClient, spec: ScenarioSpec, image_id: str, root: Path,
            finish: Callable[[Path], None] | None = None, wait: bool = True) -> CaptureResult:
    """Record `spec` into root/<scenario>/<id>/ unless it is complete there; relabel it if only its labels are missing.

    Holds the session's lock throughout (SessionBusy at once if another run holds it and wait is False).
    `finish` (e.g. the labeler) runs on the work folder before it is sealed and renamed into place, so a
    session that counts as done always has everything in it.
    """
    final = session_dir(root, spec)
    with session_lock(final, wait):
        found = state(final)
        if found == "complete":
            return CaptureResult(final, "skipped")
        if found == "unlabelled" and finish is not None:
            finish(final)
            write_seal(final)
            return CaptureResult(final, "relabelled")
        with staging(final) as work:
            _record_into(work, client, spec, image_id)
            if finish is not None:
                finish(work)
    return CaptureResult(final, "recorded")


def _record_into(work: Path, client: docker.DockerClient, spec: ScenarioSpec, image_id: str) -> None:
    sid = session_id(spec)
    with sandbox(client, image_tag(spec.image), spec, sid) as container:
        started = datetime.now(timezone.utc)
        clock = SessionClock()
        nonce = new_nonce()
        try:
            argv = exec_argv(container, spec.workdir, nonce, spec.terminal)
            recording = _record(argv, spec, work / CAST, clock, started, nonce)
        except ShellClosed:
            raise RecordingError(f"{sid}: {why_shell_closed(container)}; rerun to record it again") from None
        meta = _meta(spec, sid, image_id, started, clock, recording, nonce)
        write_atomic(work / META, meta.model_dump_json(indent=2))


def _record(argv: list[str], spec: ScenarioSpec, cast_path: Path, clock: SessionClock,
            started: datetime, nonce: str) -> Recording:
    shell = PtyShell(argv, spec.terminal.rows, spec.terminal.cols)
    try:
        with cast_path.open("w", encoding="utf-8") as stream:
            writer = CastWriter(stream, _header(spec, started))
            recorder = SessionRecorder(shell, writer, clock, HumanPacing(spec.seed), spec.terminal, nonce)
            return recorder.record(spec.steps)
    finally:
        shell.close()


def _header(spec: ScenarioSpec, started: datetime) -> CastHeader:
    return CastHeader(
        width=spec.terminal.cols, height=spec.terminal.rows, timestamp=int(started.timestamp()),
        title=f"{spec.scenario} (seed {spec.seed})", env={"TERM": "xterm-256color", "SHELL": "/bin/bash"},
    )


def _meta(spec: ScenarioSpec, sid: str, image_id: str, started: datetime, clock: SessionClock,
          recording: Recording, nonce: str) -> SessionMeta:
    truth = compile_truth(list(spec.steps), spec.failures)
    return SessionMeta(
        session_id=sid, scenario=spec.scenario, family=spec.family, seed=spec.seed, params=spec.params,
        image=image_tag(spec.image), image_id=image_id, terminal=spec.terminal, hostname=spec.hostname,
        recorded_at=started.isoformat(timespec="seconds"),
        timing=Timing(real_s=round(clock.real(), 3), simulated_s=round(clock.simulated, 3)),
        steps=recording.steps, truth=truth, complete=recording.complete, spec=spec, mark_nonce=nonce,
    )


