"""Hardened, labelled sandbox containers on the Docker SDK, removed on every exit path."""
from __future__ import annotations

import concurrent.futures as futures
import io
import os
import shlex
import socket
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import docker
import yaml
from docker.errors import APIError, DockerException, NotFound
from docker.models.containers import Container
from docker.types import DriverConfig, Mount

from recorder.marks import NONCE_VARIABLE, handover
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


# One core per sandbox: a runaway loop or a parallel build cannot starve the host or the other recordings.
NANO_CPUS = 1_000_000_000
# The disk quota: the root filesystem is read-only (overlay2 on ext4 has no per-container size limit), and
# what a session may write lives in size-limited tmpfs: the home, and the scratch folders of
# images/sandbox.yaml. The home holds the image's own content (data: 72 MB of database clusters) plus the
# project and its builds (the largest family uses 73 MB). Writes by the sandbox's processes count against
# its memory limit too, so the sizes stay well under it.
HOME_SIZE = "512m"
FILESYSTEM = Path(__file__).parent / "images" / "sandbox.yaml"


def hardening(image: str = "") -> dict:
    """Container options every sandbox of `image` (a name under sandboxes/images) gets: no network, no
    privileges, bounded CPU, memory, processes and disk (a read-only root; a home volume and scratch
    folders of fixed size). Remove with `remove`, which removes its volumes too."""
    return dict(
        network_mode="none", user=f"{UID}:{UID}", cap_drop=["ALL"], security_opt=["no-new-privileges"],
        pids_limit=256, mem_limit="1g", memswap_limit="1g", init=True, nano_cpus=NANO_CPUS,
        read_only=True, tmpfs=scratch(image), mounts=[home_volume(), *system_volumes(image)],
    )


@cache
def _filesystem() -> dict:
    return yaml.safe_load(FILESYSTEM.read_text(encoding="utf-8"))


def scratch(image: str) -> dict[str, str]:
    """The size-limited tmpfs folders of an image's sandboxes: path → mount options."""
    folders = _filesystem()["scratch"]
    return {**folders["all"], **folders.get(image, {})}


def system_volumes(image: str) -> list[Mount]:
    """Root-owned folders of the image kept writable (by root only) so that writing there says "Permission
    denied", as on any machine, rather than "Read-only file system": copies of the image's, one per sandbox."""
    folders = _filesystem()["system"].get(image, [])
    return [Mount(path, None, type="volume", labels=_owned_labels()) for path in folders]


def home_volume() -> Mount:
    """An anonymous tmpfs volume of HOME_SIZE at the home folder, removed with its container.

    A volume, not a --tmpfs mount: put_archive (project files) writes only to the root or to volumes.
    Docker's copy of the image's home at create time goes to a tmpfs that is unmounted again before the
    start, so it is skipped (no_copy) and `seed_home` copies the home in once the sandbox runs."""
    size = f"size={HOME_SIZE},uid={UID},gid={UID},mode=0755,nosuid,nodev"
    options = {"type": "tmpfs", "device": "tmpfs", "o": size}
    return Mount(HOME, None, type="volume", no_copy=True, labels=_owned_labels(),
                 driver_config=DriverConfig("local", options))


def _owned_labels() -> dict[str, str]:
    """Labels of what a run makes besides its sandboxes (volumes, the home's source container): they go with
    their sandbox (remove's v=True) or right after use, and gc finds any left behind by these labels."""
    return {LABEL: "1", OWNER_LABEL: OWNER}


# A worker records one session while the engine makes the next sandbox ready (prepare_ahead) and deletes the
# last (remove_soon): the engine's share of a light session (create, start, home, files, setup, removal) is
# most of its time, and it need not wait in line. remove_live waits for both.
_ahead: dict[str, futures.Future[Container]] = {}
_removing: dict[str, futures.Future[None]] = {}
_helpers = futures.ThreadPoolExecutor(max_workers=32, thread_name_prefix="sandbox")  # 2 per worker at most
_homes: dict[str, bytes] = {}  # image id → its home folder as a tar, read once per process
_homes_lock = threading.Lock()


@contextmanager
def sandbox(client: docker.DockerClient, image: str, spec: ScenarioSpec, session_id: str) -> Iterator[Container]:
    """A prepared sandbox for `spec` (made now, or taken from prepare_ahead), its background processes started;
    it is force-removed when the block exits, however it exits."""
    with _live_lock:
        ahead = _ahead.pop(session_id, None)
    container = ahead.result() if ahead is not None else _started(client, image, spec, session_id)
    try:
        for process in spec.background:  # started at its turn: a server's start-up belongs to its session
            start_background(container, process)
        yield container
    finally:
        remove_soon(container.id, client)


def prepare_ahead(client: docker.DockerClient, image: str, spec: ScenarioSpec, session_id: str) -> None:
    """Make ready the sandbox of the variant a worker records next, while it records this one; `sandbox`
    takes it up (a setup failure surfaces there), remove_live removes it if its turn never comes."""
    with _live_lock:
        if session_id not in _ahead:
            _ahead[session_id] = _helpers.submit(_started, client, image, spec, session_id)


def _started(client: docker.DockerClient, image: str, spec: ScenarioSpec, session_id: str) -> Container:
    """A running sandbox with the image's home, the project's files and the setup done; removed if that fails."""
    labels = {**_owned_labels(), SESSION_LABEL: session_id}
    container = client.containers.create(image, ["sleep", "infinity"], hostname=spec.hostname, labels=labels,
                                         working_dir=HOME, **hardening(spec.image))
    with _live_lock:
        _live.add(container.id)
    try:
        container.start()
        seed_home(client, container, image)
        prepare(container, spec)
    except BaseException:
        remove(container.id, client)
        raise
    return container


def seed_home(client: docker.DockerClient, container: Container, image: str) -> None:
    """Copy the image's home folder (~/.bashrc with the shell integration, ~/.gitconfig, database clusters)
    into the sandbox's home volume. It is read once per image and process, from a created, never started,
    container of the image (one per session cost as much as a third of a light session)."""
    key = container.attrs.get("Image") or image
    with _homes_lock:
        if key not in _homes:
            _homes[key] = _read_home(client, image)
    container.put_archive(HOME, _homes[key])


def _read_home(client: docker.DockerClient, image: str) -> bytes:
    source = client.api.create_container(image, ["true"], network_disabled=True, labels=_owned_labels())
    try:
        archive, _ = client.api.get_archive(source["Id"], f"{HOME}/.", chunk_size=1 << 20)
        return b"".join(archive)
    finally:
        remove(source["Id"], client)


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


def exec_argv(container: Container, workdir: str, nonce: str) -> list[str]:
    """The interactive shell the recorder drives: bash -i on a TTY, as the sandbox user, handed the marks'
    nonce on a pipe by a launching `bash -c` (recorder.marks.handover) rather than in its environment."""
    return ["docker", "exec", "-it", "-u", USER, "-w", f"{HOME}/{workdir}", "-e", "TERM=xterm-256color",
            "-e", f"{NONCE_VARIABLE}={nonce}", container.id, "bash", "-c", handover("bash -i")]


def why_shell_closed(container: Container) -> str:
    """Why the shell in a sandbox ended before the session did, in words."""
    try:
        status = _settled_state(container)
    except NotFound:
        return "the sandbox was removed mid-session"
    except DockerException:
        return "the Docker engine stopped answering mid-session"
    if status.get("Running"):
        return "the shell exited mid-session while its sandbox still ran"
    cause = ", out of memory" if status.get("OOMKilled") else ""
    return f"the sandbox died mid-session (exit {status.get('ExitCode')}{cause})"


def remove(container_id: str, client: docker.DockerClient) -> None:
    """Force-remove a sandbox and its volumes. With the engine down it stays listed as live, and the next
    run's gc removes it."""
    try:
        client.api.remove_container(container_id, force=True, v=True)
    except NotFound:
        pass
    except DockerException:
        return
    with _live_lock:
        _live.discard(container_id)


def _settled_state(container: Container, seconds: float = 3.0) -> dict:
    """The container's state once a dying sandbox has stopped: its shell's end reaches us before the engine
    marks the container exited."""
    deadline = time.monotonic() + seconds
    container.reload()
    while container.attrs["State"].get("Running") and time.monotonic() < deadline:
        time.sleep(0.1)
        container.reload()
    return container.attrs["State"]


def remove_soon(container_id: str, client: docker.DockerClient) -> None:
    """Remove a finished sandbox in the background: its session is written, and the next need not wait the
    ~80 ms the engine takes to kill and delete it. remove_live waits for these."""
    future = _helpers.submit(remove, container_id, client)
    with _live_lock:
        _removing[container_id] = future
    future.add_done_callback(lambda _: _forget_removal(container_id))  # outside the lock: it may run at once


def _forget_removal(container_id: str) -> None:
    with _live_lock:
        _removing.pop(container_id, None)


def remove_live(client: docker.DockerClient) -> None:
    """Remove every sandbox this process started (used on SIGINT/SIGTERM and at exit): those made ahead and
    those being removed included."""
    with _live_lock:
        pending = list(_ahead.values()) + list(_removing.values())
        _ahead.clear()
        _removing.clear()
    for future in pending:
        future.cancel()
    futures.wait(pending)  # a sandbox still being made is in _live by now, or was removed by _started
    with _live_lock:
        ids = list(_live)
    for container_id in ids:
        remove(container_id, client)


def collect_garbage(client: docker.DockerClient, everything: bool = False) -> list[str]:
    """Remove leftover sandboxes and their volumes: those whose owning process is gone (or all of ours with
    everything)."""
    removed = []
    for container in client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True):
        owner = container.labels.get(OWNER_LABEL, "")
        if everything or not owner_alive(owner):
            remove(container.id, client)
            removed.append(container.name)
    return removed + _collect_volumes(client, everything)


def _collect_volumes(client: docker.DockerClient, everything: bool) -> list[str]:
    """Volumes left behind (a sandbox removed without its volumes, an engine that died mid-removal)."""
    removed = []
    for volume in client.volumes.list(filters={"label": LABEL}):
        if everything or not owner_alive((volume.attrs.get("Labels") or {}).get(OWNER_LABEL, "")):
            try:
                volume.remove()
                removed.append(f"volume {volume.name[:12]}")
            except APIError:  # still in use by a sandbox of another run, or just removed by one
                pass
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
