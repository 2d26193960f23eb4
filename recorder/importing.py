"""`realcast import`: recordings realcast did not make, turned into session folders exactly like `record`
writes them (session.cast as asciicast v2, meta.json, then report.json and evidence.json), secrets
redacted before anything is written.

Steps come from the recording's shell-integration marks when it has them, else from the prompt; a
hand-written `<stem>.truth.yaml` next to the recording becomes the session's ground truth, once its
commands are checked against the ones found.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml
from pydantic import ValidationError

from labelers import LabelError, label_session
from recorder.cast import Cast, CastError, cast_text
from recorder.formats import read_recording
from recorder.layout import DEFAULT_PROMPTS, Layout, lay_out, typed_command
from recorder.redact import Redactor
from recorder.store import CAST, META, is_recorded, staging, write_atomic
from schema.session import ImportInfo, SessionMeta, StepRecord, Timing
from schema.scenario import TerminalSize
from schema.truth import TruthError, TruthFile

SCENARIO = "imported"
ENDINGS = {"exit", "logout"}  # the command that ends the recording is not a step
HOST = re.compile(r"^(?:\([^)]*\) )?[\w.-]+@(?P<host>[\w-]+)")


class ImportFailure(ValueError):
    """A file that cannot be imported (one line: the file, the problem, what to do)."""


@dataclass
class Imported:
    """What happened to one file."""

    source: Path
    status: str  # imported | skipped
    directory: Path
    note: str = ""


def default_prompt() -> str:
    return "|".join(f"(?:{pattern})" for pattern in DEFAULT_PROMPTS)


def import_file(path: Path, out: Path, prompt: str | None = None, timing: Path | None = None,
                redact: bool = True, family: str = SCENARIO) -> Imported:
    """Import one recording into out/imported/<id>/ (skipped when already there)."""
    timing = timing or _sidecar(path, ".timing")
    digest = hashlib.sha256(_read(path)).hexdigest()
    final = out / SCENARIO / f"{SCENARIO}-{_slug(path)}-{digest[:8]}"
    if is_recorded(final):
        return Imported(path, "skipped", final)
    try:
        recording = read_recording(path, timing)
    except CastError as error:
        raise ImportFailure(str(error)) from None
    redactor = Redactor()
    cast = _redacted(recording.cast, redactor) if redact else recording.cast
    prompt = prompt or default_prompt()
    layout = lay_out(cast, prompt)
    steps = _steps(path, layout, prompt)
    info = ImportInfo(source=path.name, format=recording.format, sha256=digest,
                      steps_from="marks" if layout.marked else "prompt", prompt=prompt, redactions=redactor.count)
    meta = _meta(final.name, cast, layout, steps, info, _truth(path, steps), family, path)
    return _write(final, cast, meta, path)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportFailure(f"cannot read {path}: {error.strerror or error}; check the path and its permissions") from None


def _sidecar(path: Path, suffix: str) -> Path | None:
    candidate = path.with_suffix(suffix)
    return candidate if candidate.is_file() else None


def _slug(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "recording"


def _redacted(cast: Cast, redactor: Redactor) -> Cast:
    header = cast.header.model_copy(update={
        "title": redactor.text(cast.header.title) if cast.header.title else None,
        "env": {key: redactor.text(value) for key, value in cast.header.env.items()}})
    return Cast(header, redactor.events(cast.events))


def _steps(path: Path, layout: Layout, prompt: str) -> list[StepRecord]:
    spans = [(span, typed_command(layout, span, prompt)) for span in layout.spans]
    spans = [(span, command) for span, command in spans if command]
    if spans and spans[-1][1] in ENDINGS:
        spans.pop()
    if not spans:
        raise ImportFailure(f"{path}: no command found (no shell-integration marks, and no line matches the prompt); "
                            "pass --prompt REGEX matching the recording's prompt")
    return [StepRecord(index=index, command=command, start=span.prompt_time, output_start=span.output_time,
                       end=max(span.end_time or span.prompt_time, span.prompt_time), exit_code=span.exit_code,
                       cwd=span.cwd) for index, (span, command) in enumerate(spans)]


def _truth(path: Path, steps: list[StepRecord]) -> TruthFile | None:
    """The hand-written truth next to the recording, checked against the commands found."""
    truth_path = path.with_name(f"{path.stem}.truth.yaml")
    if not truth_path.is_file():
        return None
    try:
        truth = TruthFile.model_validate(yaml.safe_load(truth_path.read_text(encoding="utf-8")))
        truth.compile()
    except (OSError, yaml.YAMLError, ValidationError, TruthError) as error:
        raise ImportFailure(f"{truth_path}: not a valid truth file: {str(error).splitlines()[0]}; see schema/truth.py") from None
    _check_commands(truth_path, [step.command for step in truth.steps], [step.command for step in steps])
    return truth


def _check_commands(truth_path: Path, declared: list[str], found: list[str]) -> None:
    for number, (want, have) in enumerate(zip(declared, found), 1):
        if " ".join(want.split()) != " ".join(have.split()):
            raise ImportFailure(f"{truth_path}: step {number} is {want!r} but the recording has {have!r}; "
                                "fix the truth file (or the prompt regex)")
    if len(declared) != len(found):
        raise ImportFailure(f"{truth_path}: lists {len(declared)} steps but the recording has {len(found)}; "
                            "fix the truth file (or the prompt regex)")


def _meta(session_id: str, cast: Cast, layout: Layout, steps: list[StepRecord], info: ImportInfo,
          truth: TruthFile | None, family: str, path: Path) -> SessionMeta:
    duration = max((event.time for event in cast.events), default=0.0)
    size = TerminalSize(rows=min(max(cast.header.height, 10), 100), cols=min(max(cast.header.width, 60), 300))
    return SessionMeta(
        session_id=session_id, scenario=SCENARIO, family=truth.family if truth else family, seed=0,
        params={"source": path.name}, image=None, image_id=None, terminal=size, hostname=_hostname(layout),
        recorded_at=_recorded_at(cast, path), steps=steps, truth=truth.compile() if truth else None,
        timing=Timing(real_s=round(duration, 3), simulated_s=0.0, note="Imported: the original recording's times."),
        complete=True, spec=None, imported=info,
    )


def _hostname(layout: Layout) -> str:
    """The host the first prompt names (`dev@devbox:~$` → devbox)."""
    match = HOST.match(layout.lines[layout.spans[0].prompt]) if layout.spans else None
    return match.group("host")[:21].lower() if match else "imported"


def _recorded_at(cast: Cast, path: Path) -> str:
    stamp = cast.header.timestamp or int(path.stat().st_mtime)
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds")


def _write(final: Path, cast: Cast, meta: SessionMeta, path: Path) -> Imported:
    """Write the session in a staging folder, label it there, and rename it into place."""
    note = ""
    with staging(final) as work:
        write_atomic(work / CAST, cast_text(cast))
        write_atomic(work / META, meta.model_dump_json(indent=2))
        try:
            label_session(work)
        except (LabelError, CastError) as error:
            note = f"not labelled: {error}"
    return Imported(path, "imported", final, note)
