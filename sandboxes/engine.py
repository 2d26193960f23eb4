"""Hardened, labelled sandbox containers on the Docker SDK, removed on every exit path."""
from __future__ import annotations

import concurrent.futures as futures
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import docker
from docker.errors import APIError, DockerException, NotFound
from docker.models.containers import Container

from recorder.marks import NONCE_VARIABLE, handover
from sandboxes.limits import HOME, USER, hardening
from sandboxes.provision import prepare, start_background
from schema.scenario import ScenarioSpec, TerminalSize

LABEL = "realcast"
OWNER_LABEL = "realcast.owner"
SESSION_LABEL = "realcast.session"
OWNER = f"{socket.gethostname()}:{os.getpid()}"


class EngineUnavailable(RuntimeError):
    """No Docker engine answers."""


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


def owned_labels() -> dict[str, str]:
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
    labels = {**owned_labels(), SESSION_LABEL: session_id}
    container = client.containers.create(image, ["sleep", "infinity"], hostname=spec.hostname, labels=labels,
                                         working_dir=HOME, **hardening(spec.image, owned_labels()))
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
    source = client.api.create_container(image, ["true"], network_disabled=True, labels=owned_labels())
    try:
        archive, _ = client.api.get_archive(source["Id"], f"{HOME}/.", chunk_size=1 << 20)
        return b"".join(archive)
    finally:
        remove(source["Id"], client)


def exec_argv(container: Container, workdir: str, nonce: str, terminal: TerminalSize) -> list[str]:
    """The interactive shell the recorder drives: bash -i on a TTY of the session's size, as the sandbox user,
    handed the marks' nonce on a pipe by a launching `bash -c` (recorder.marks.handover) rather than in its
    environment. The launcher sets the size itself: the docker CLI resizes the exec's TTY only once it has
    started, and a shell that read 80 columns first wrapped a long command at 80 on a wider screen."""
    size = f"stty rows {terminal.rows} cols {terminal.cols}; "
    return ["docker", "exec", "-it", "-u", USER, "-w", f"{HOME}/{workdir}", "-e", "TERM=xterm-256color",
            "-e", f"{NONCE_VARIABLE}={nonce}", container.id, "bash", "-c", size + handover("bash -i")]


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
