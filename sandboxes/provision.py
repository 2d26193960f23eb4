"""Inside a running sandbox: the project's files, the setup lines (one exec, a time limit) and the background
processes a scenario starts."""
from __future__ import annotations

import io
import shlex
import tarfile
import time

from docker.models.containers import Container

from sandboxes.limits import HOME, UID, USER
from schema.scenario import BackgroundSpec, FileSpec, ScenarioSpec


class SetupError(RuntimeError):
    """A scenario's preparation failed inside the sandbox."""


def prepare(container: Container, spec: ScenarioSpec) -> None:
    """The project's files, then the setup lines (one exec for all); background processes start in `sandbox`."""
    put_files(container, spec.files, directories=[spec.workdir])
    run_setup(container, list(spec.setup))


def put_files(container: Container, files: list[FileSpec], directories: list[str] = ()) -> None:
    """Copy files (and their folders) into the home directory, owned by the sandbox user."""
    wanted = {parent for spec in files for parent in _parents(spec.path)}
    wanted |= {parent for directory in directories for parent in _parents(directory + "/")}
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for directory in sorted(wanted):
            archive.addfile(_entry(directory, tarfile.DIRTYPE, 0o755))
        for spec in files:
            data = spec.content.encode()
            archive.addfile(_entry(spec.path, tarfile.REGTYPE, spec.mode, len(data)), io.BytesIO(data))
    container.put_archive(HOME, buffer.getvalue())


SETUP_FAILED = "__realcast_setup_failed__"
SETUP_TIMEOUT_S = 300  # a setup line that hangs (a server that never comes up) fails its session, not the run


def run_setup(container: Container, lines: list[str]) -> None:
    """Run the setup lines as the sandbox user in its home, all in one exec (an exec costs the engine ~65 ms,
    as much as a short command): each in its own subshell, as if in its own `bash -c`; the first that fails
    stops the rest and is named in the SetupError with the output's tail."""
    if not lines:
        return
    script = f"timeout {SETUP_TIMEOUT_S} bash -c {shlex.quote(setup_script(lines))}"
    result = container.exec_run(["bash", "-c", script], user=USER, workdir=HOME, environment={"HOME": HOME})
    output = result.output.decode("utf-8", "replace")
    if result.exit_code == 0:
        return
    before, marker, after = output.rpartition(SETUP_FAILED)
    number = after.split()[0] if marker and after.split() else ""
    line = lines[int(number)] if number.isdigit() and int(number) < len(lines) else " / ".join(lines)
    reason = f"timed out after {SETUP_TIMEOUT_S} s" if result.exit_code == 124 else str(result.exit_code)
    raise SetupError(f"setup line failed ({reason}): {line!r}: {(before if marker else output).strip()[-300:]}")


def setup_script(lines: list[str]) -> str:
    """One bash script of the lines: each in a subshell (its cd, variables and `exit` stay its own); the newline
    before `)` ends a heredoc or a comment on the line."""
    return "\n".join(f"( {line}\n) || {{ status=$?; printf '\\n{SETUP_FAILED} {index}\\n'; exit $status; }}"
                     for index, line in enumerate(lines))


def start_background(container: Container, process: BackgroundSpec, timeout: float = 15.0) -> None:
    container.exec_run(["setsid", "-f", "bash", "-c", process.command], user=USER, workdir=HOME,
                       environment={"HOME": HOME}, detach=True)
    deadline = time.monotonic() + timeout
    while container.exec_run(["bash", "-c", process.ready], user=USER, workdir=HOME).exit_code != 0:
        if time.monotonic() > deadline:
            raise SetupError(f"background process never became ready: {process.command!r} (check: {process.ready!r})")
        time.sleep(0.1)


def _parents(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: index + 1]) for index in range(len(parts))]


# Project files are dated as if checked out a while ago: a session's first edit often lands in the same
# second as the upload, and Python's bytecode cache (mtime + size) would then run a same-size edit stale.
CHECKED_OUT_AGO = 3600


def _entry(name: str, kind: bytes, mode: int, size: int = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.size = kind, mode, size
    info.uid = info.gid = UID
    info.uname = info.gname = USER
    info.mtime = int(time.time()) - CHECKED_OUT_AGO
    return info
