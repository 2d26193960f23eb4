"""`realcast import`: recordings realcast did not make, turned into session folders exactly like `record`
writes them (session.cast as asciicast v2, meta.json, then report.json and evidence.json), secrets
redacted before anything is written.

Steps come from the recording's shell-integration marks when it has them, else from the prompt
(recorder/layout.py, the same code that renders transcripts); a hand-written `<stem>.truth.yaml` next to
the recording becomes the session's ground truth once its commands are checked against the ones found.
Everything is written in a staging folder that is renamed into place at the end, so an interrupted
import leaves nothing half-written, and importing the same file again finds it done.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml
from pydantic import ValidationError

from labelers import label_session
from recorder.cast import Cast, CastError, cast_text
from recorder.formats import Recording, read_recording
from recorder.layout import Command, Layout, commands, lay_out, logical_lines, output_lines
from recorder.redact import Redactor
from recorder.store import CAST, META, session_lock, staging, state, write_atomic
from schema.scenario import TerminalSize
from schema.session import ImportInfo, SessionMeta, StepRecord, Timing
from schema.truth import TruthError, TruthFile

SCENARIO = "imported"
ECHO_STATUS = {"echo $?", "echo $status"}  # what a person types to see the last exit code (bash/zsh, fish)
TRAILING_ECHO = re.compile(r"""; *echo +(?P<q>["']?)(?P<text>[^"';]*\$\?[^"';]*)(?P=q) *$""")  # `…; echo "exit=$?"`
DEFAULT_FAMILY = "imported"
FAMILY = re.compile(r"^[a-z][a-z0-9-]{0,40}$")  # as a truth file's family
HOST = re.compile(r"^(?:\([^)]*\) )?\[?[\w.-]+@(?P<host>[A-Za-z][\w-]*)")  # dev@devbox:~$, [dev@devbox dir]$


class ImportFailure(ValueError):
    """A file that cannot be imported (one line: the file, the problem, what to do)."""


@dataclass
class Imported:
    """What happened to one file."""

    source: Path
    status: str  # imported | skipped
    directory: Path
    note: str = ""  # e.g. why it was left unlabelled


def import_file(path: Path, out: Path, prompt: str | None = None, timing: Path | None = None,
                redact: bool = True, family: str = DEFAULT_FAMILY) -> Imported:
    """Import one recording into out/imported/<id>/ (skipped when already there); ImportFailure otherwise."""
    data = _read(path)
    digest = hashlib.sha256(data).hexdigest()
    final = out / SCENARIO / session_name(path, digest)
    if state(final) in ("complete", "unlabelled"):
        return Imported(path, "skipped", final)
    recording = _recording(path, data, timing)
    redactor = Redactor() if redact else None
    cast = _redacted(recording.cast, redactor, prompt) if redactor else recording.cast
    layout = lay_out(cast, prompt)
    found = _commands(path, layout)
    truth = _truth(path, found, redactor)
    shape = layout.shape
    info = ImportInfo(source=path.name, format=recording.format, sha256=digest,
                      steps_from="marks" if layout.marked else "prompt", prompt=shape.pattern,
                      prompt_header=shape.header, prompt_glued=shape.glued,
                      redactions=redactor.count if redactor else 0)
    meta = _meta(final.name, cast, layout, found, info, truth, family, path)
    return _write(final, cast, meta, path)


def _redacted(cast: Cast, redactor: Redactor, prompt: str | None) -> Cast:
    """The cast without the secrets its rendered screen shows (see recorder/redact.py)."""
    lines, _ = logical_lines(lay_out(cast, prompt))
    return redactor.cast(cast, shown="\n".join(lines))


def session_name(path: Path, digest: str) -> str:
    """A stable id for the same file: `imported-<slug of its name>-<sha256[:8]>`."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "recording"
    return f"{SCENARIO}-{slug}-{digest[:8]}"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportFailure(f"cannot read {path}: {error.strerror or error}; check the path and its permissions") from None


def _recording(path: Path, data: bytes, timing: Path | None) -> Recording:
    """Read the recording; a `script` log picks up `<name>.timing` or `<stem>.timing` beside it."""
    if timing is None and not data.lstrip().startswith(b"{"):
        timing = _sidecar(path)
    try:
        return read_recording(path, timing)
    except CastError as error:
        raise ImportFailure(str(error)) from None


def _sidecar(path: Path) -> Path | None:
    candidates = (path.with_name(f"{path.name}.timing"), path.with_suffix(".timing"))
    return next((candidate for candidate in candidates if candidate != path and candidate.is_file()), None)


def _commands(path: Path, layout: Layout) -> list[Command]:
    found = commands(layout)
    if not found:
        how = ("its shell-integration marks frame no command" if layout.marked
               else "no line matches the prompt and it has no shell-integration marks")
        raise ImportFailure(f"{path}: no command found ({how}); pass --prompt REGEX matching the recording's prompt")
    return found


# --- ground truth ---------------------------------------------------------------------------------------
def _truth(path: Path, found: list[Command], redactor: Redactor | None) -> TruthFile | None:
    """The hand-written truth next to the recording, checked against the commands found."""
    truth_path = path.with_name(f"{path.stem}.truth.yaml")
    if not truth_path.is_file():
        return None
    try:
        truth = TruthFile.model_validate(yaml.safe_load(truth_path.read_text(encoding="utf-8")))
        truth.compile()
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValidationError, TruthError) as error:
        raise ImportFailure(f"{truth_path}: not a valid truth file: {_first_line(error)}; "
                            "see schema/truth.py (TruthFile)") from None
    declared = [redactor.text(step.command, counted=False) if redactor else step.command for step in truth.steps]
    _check_commands(truth_path, declared, [command.text for command in found])
    return _redacted_facts(truth, redactor) if redactor else truth


def _first_line(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _check_commands(truth_path: Path, declared: list[str], found: list[str]) -> None:
    """Same count, same commands (whitespace normalised); else one line naming the first difference."""
    for number, (want, have) in enumerate(zip(declared, found), 1):
        if " ".join(want.split()) != " ".join(have.split()):
            raise ImportFailure(f"{truth_path}: step {number} is {want!r} but the recording has {have!r}; "
                                "fix the truth file (or pass --prompt)")
    if len(declared) != len(found):
        extra = (f"the recording's step {len(declared) + 1} is {found[len(declared)]!r}" if len(found) > len(declared)
                 else f"its step {len(found) + 1} ({declared[len(found)]!r}) is not in the recording")
        raise ImportFailure(f"{truth_path}: lists {len(declared)} steps but the recording has {len(found)} ({extra}); "
                            "fix the truth file (or pass --prompt)")


def _redacted_facts(truth: TruthFile, redactor: Redactor) -> TruthFile:
    """Facts quote the recording: a fact that is a secret becomes the placeholder the transcript shows."""
    failures = [failure.model_copy(update={"facts": [redactor.text(fact) for fact in failure.facts]})
                for failure in truth.failures]
    return truth.model_copy(update={"failures": failures})


# --- meta.json and the folder -----------------------------------------------------------------------------
def _meta(session_id: str, cast: Cast, layout: Layout, found: list[Command], info: ImportInfo,
          truth: TruthFile | None, family: str, path: Path) -> SessionMeta:
    duration = max((event.time for event in cast.events), default=0.0)
    size = TerminalSize(rows=min(max(cast.header.height, 10), 100), cols=min(max(cast.header.width, 60), 300))
    return SessionMeta(
        session_id=session_id, scenario=SCENARIO, family=truth.family if truth else family, seed=0,
        params={"source": path.name}, image=None, image_id=None, terminal=size, hostname=_hostname(layout),
        recorded_at=_recorded_at(cast, path), steps=_steps(layout, found), truth=truth.compile() if truth else None,
        timing=Timing(real_s=round(duration, 3), simulated_s=0.0, note="Imported: the original recording's times."),
        complete=True, spec=None, imported=info,
    )


def _steps(layout: Layout, found: list[Command]) -> list[StepRecord]:
    exits = _exit_codes(layout, found)
    return [StepRecord(index=index, command=command.text, start=command.start, output_start=command.output_start,
                       end=command.end, exit_code=exit_code, cwd=command.span.cwd)
            for index, (command, exit_code) in enumerate(zip(found, exits))]


def _exit_codes(layout: Layout, found: list[Command]) -> list[int | None]:
    """From the marks; where there are none, what the person echoed shows the code on the screen: a following
    `echo $?`, or the command's own `; echo "exit=$?"` at its end."""
    exits = [command.span.exit_code for command in found]
    for index, command in enumerate(found):
        shown = [line.strip() for line in output_lines(layout, command.span) if line.strip()]
        if exits[index] is None:
            exits[index] = _echoed_status(command.text, shown)
        if index and command.text in ECHO_STATUS and len(shown) == 1 and shown[0].isdigit() and exits[index - 1] is None:
            exits[index - 1] = int(shown[0])
    return exits


def _echoed_status(command: str, shown: list[str]) -> int | None:
    """`curl …; echo "exit=$?"` printed `exit=28` last: the command's code."""
    echoed = TRAILING_ECHO.search(command)
    if not echoed or not shown:
        return None
    template = re.escape(echoed.group("text")).replace(re.escape("$?"), r"(\d+)")
    found = re.fullmatch(template, shown[-1])
    return int(found.group(1)) if found else None


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
    with session_lock(final), staging(final) as work:
        write_atomic(work / CAST, cast_text(cast))
        write_atomic(work / META, meta.model_dump_json(indent=2))
        note = _label(work)
    return Imported(path, "imported", final, note)


def _label(work: Path) -> str:
    """A labeler that fails must not throw away a genuine recording: keep it unlabelled and say why."""
    try:
        label_session(work)
    except Exception as error:  # noqa: BLE001 - any labeler bug; the session is still worth keeping
        return f"not labelled: {type(error).__name__}: {_first_line(error)}"
    return ""
