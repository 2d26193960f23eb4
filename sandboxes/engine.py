"""Hardened, labelled sandbox containers on the Docker SDK, removed on every exit path."""
from __future__ import annotations

import io
import os
import socket
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import docker
from docker.errors import DockerException, NotFound
from docker.models.containers import Container

from schema.scenario import BackgroundSpec, FileSpec, ScenarioSpec

LABEL = "realcast"
OWNER_LABEL = "realcast.owner"
SESSION_LABEL = "realcast.session"
USER, UID, HOME = "dev", 1000, "/home/dev"
OWNER = f"{socket.gethostname()}:{os.getpid()}"


class EngineUnavailable(RuntimeError):
    """No Docker engine answers."""


class SetupError(RuntimeError):
    """A scenario's preparation failed inside the sandbox."""


def connect() -> docker.DockerClient:
    """A client for a Docker engine that answers, or EngineUnavailable with what to do."""
    try:
        client = docker.from_env(timeout=120)
        client.ping()
        return client
    except DockerException as error:
        reason = str(error).splitlines()[0][:120]
        raise EngineUnavailable(
            f"no Docker engine answers ({reason}): run `make engine` (installs and starts one as root) "
            "or start Docker yourself, then retry"
        ) from None


_live: set[str] = set()
_live_lock = threading.Lock()


def hardening() -> dict:
    """Container options every sandbox gets: no network, no privileges, bounded resources."""
    return dict(
        network_mode="none", user=f"{UID}:{UID}", cap_drop=["ALL"], security_opt=["no-new-privileges"],
        pids_limit=256, mem_limit="1g", memswap_limit="1g", init=True,
    )


@contextmanager
def sandbox(client: docker.DockerClient, image: str, spec: ScenarioSpec, session_id: str) -> Iterator[Container]:
    """Start a prepared sandbox for `spec`; it is force-removed when the block exits, however it exits."""
    labels = {LABEL: "1", OWNER_LABEL: OWNER, SESSION_LABEL: session_id}
    container = client.containers.run(image, ["sleep", "infinity"], detach=True, hostname=spec.hostname,
                                      labels=labels, working_dir=HOME, **hardening())
    with _live_lock:
        _live.add(container.id)
    try:
        prepare(container, spec)
        yield container
    finally:
        remove(container.id, client)


def prepare(container: Container, spec: ScenarioSpec) -> None:
    """Files, then setup lines, then background processes (waited on until ready)."""
    put_files(container, spec.files, directories=[spec.workdir])
    for line in spec.setup:
        run_checked(container, line)
    for process in spec.background:
        start_background(container, process)


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


def run_checked(container: Container, line: str) -> str:
    """Run one shell line as the sandbox user in its home; SetupError with the output if it fails."""
    result = container.exec_run(["bash", "-c", line], user=USER, workdir=HOME, environment={"HOME": HOME})
    output = result.output.decode("utf-8", "replace")
    if result.exit_code != 0:
        raise SetupError(f"setup line failed ({result.exit_code}): {line!r}: {output.strip()[-300:]}")
    return output


def start_background(container: Container, process: BackgroundSpec, timeout: float = 15.0) -> None:
    container.exec_run(["setsid", "-f", "bash", "-c", process.command], user=USER, workdir=HOME,
                       environment={"HOME": HOME}, detach=True)
    deadline = time.monotonic() + timeout
    while container.exec_run(["bash", "-c", process.ready], user=USER, workdir=HOME).exit_code != 0:
        if time.monotonic() > deadline:
            raise SetupError(f"background process never became ready: {process.command!r} (check: {process.ready!r})")
        time.sleep(0.1)


def exec_argv(container: Container, workdir: str) -> list[str]:
    """The interactive shell the recorder drives: bash -i on a TTY, as the sandbox user."""
    return ["docker", "exec", "-it", "-u", USER, "-w", f"{HOME}/{workdir}", "-e", "TERM=xterm-256color",
            container.id, "bash", "-i"]


def remove(container_id: str, client: docker.DockerClient) -> None:
    try:
        client.api.remove_container(container_id, force=True)
    except NotFound:
        pass
    with _live_lock:
        _live.discard(container_id)


def remove_live(client: docker.DockerClient) -> None:
    """Remove every sandbox this process started (used on SIGINT/SIGTERM and at exit)."""
    with _live_lock:
        ids = list(_live)
    for container_id in ids:
        remove(container_id, client)


def collect_garbage(client: docker.DockerClient, everything: bool = False) -> list[str]:
    """Remove leftover sandboxes: those whose owning process is gone (or all of ours with everything)."""
    removed = []
    for container in client.containers.list(all=True, filters={"label": LABEL}):
        owner = container.labels.get(OWNER_LABEL, "")
        if everything or not owner_alive(owner):
            remove(container.id, client)
            removed.append(container.name)
    return removed


def owner_alive(owner: str) -> bool:
    """Whether the realcast process named by an owner label (host:pid) still runs here."""
    host, _, pid = owner.rpartition(":")
    if not pid.isdigit():
        return False
    if host != socket.gethostname():
        return True  # another machine's run on a shared engine: cannot tell, so leave it (gc --all removes it)
    try:
        os.kill(int(pid), 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


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
