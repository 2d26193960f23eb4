"""Faults a long unattended run meets, against the real engine: signals, a dying sandbox, a restarted engine,
runs sharing one folder, a full disk, a read-only output, damaged sessions. Each ends with one clear line, no
container left, and no finished session lost or corrupted."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recorder.store import CAST, META, iter_sessions, read_seal, session_id, state
from sandboxes import scenarios
from sandboxes.engine import LABEL, OWNER_LABEL, connect, owner_alive
from conftest import ROOT, realcast

pytestmark = pytest.mark.docker
LIGHT = "git-push-rejected"  # a base-image family of short commands
ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small or read-only filesystem needs root")


def start(out: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "realcast.cli", "record", "-s", LIGHT, "--out", str(out), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def ids(seed: int, count: int, name: str = LIGHT) -> set[str]:
    return {session_id(scenarios.get(name).variant(number)) for number in range(seed, seed + count)}


def containers_of(client, pid: int) -> list:  # noqa: ANN001
    return client.containers.list(all=True, filters={"label": f"{OWNER_LABEL}={socket.gethostname()}:{pid}"},
                                  ignore_removed=True)


def wait_until(condition, seconds: float = 120, process: subprocess.Popen | None = None) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        assert process is None or process.poll() is None, process.communicate()[1][-2000:] if process else ""
        time.sleep(0.05)


def complete(out: Path) -> dict[str, bytes]:
    """Every session under out, which must all be complete: id → its seal's bytes."""
    found = {}
    for directory in iter_sessions(out):
        assert state(directory) == "complete", directory
        found[directory.name] = (directory / "done.json").read_bytes()
    return found


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("realcast:")]
    assert lines and "Traceback" not in stderr, stderr[-2000:]
    return lines[-1]


# --- signals ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_mid_run_keeps_what_finished_and_a_rerun_completes(client, tmp_path: Path, signum: int,
                                                                    status: int) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    process = start(out, "--count", "6", "--seed", "300", "--jobs", "2")
    wait_until(lambda: any(state(d) == "complete" for d in iter_sessions(out)), process=process)
    wait_until(lambda: containers_of(client, process.pid), process=process)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == status, stderr[-2000:]
    assert containers_of(client, process.pid) == []
    finished = complete(out)
    assert finished and not list(out.glob("*/.*partial*"))
    realcast("record", "-s", LIGHT, "--count", "6", "--seed", "300", "--out", str(out))
    after = complete(out)
    assert set(after) == ids(300, 6) and all(after[name] == seal for name, seal in finished.items())


def test_sigkill_mid_run_loses_nothing_finished_and_the_next_run_cleans_up(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    process = start(out, "--count", "6", "--seed", "320", "--jobs", "2")
    wait_until(lambda: any(state(d) == "complete" for d in iter_sessions(out)), process=process)
    wait_until(lambda: containers_of(client, process.pid) and list(out.glob("*/.*partial*")), process=process)
    process.kill()
    process.communicate(timeout=60)
    finished = complete(out)
    output = realcast("record", "-s", LIGHT, "--count", "6", "--seed", "320", "--out", str(out))
    assert "cleaned up after an earlier run" in output
    assert containers_of(client, process.pid) == [] and not list(out.glob("*/.*partial*"))
    after = complete(out)
    assert set(after) == ids(320, 6) and all(after[name] == seal for name, seal in finished.items())


# --- the sandbox and the engine -----------------------------------------------------------------------
def test_a_sandbox_killed_mid_session_is_named_and_recorded_again_later(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    process = start(out, "--count", "1", "--seed", "340", "--jobs", "1")
    wait_until(lambda: _shell_started(client, process.pid), process=process)
    containers_of(client, process.pid)[0].kill()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1 and "the sandbox died mid-session" in stderr, stderr[-2000:]
    assert containers_of(client, process.pid) == [] and list(iter_sessions(out)) == []
    realcast("record", "-s", LIGHT, "--count", "1", "--seed", "340", "--out", str(out))
    assert set(complete(out)) == ids(340, 1)


def _shell_started(client, pid: int) -> bool:  # noqa: ANN001
    """Whether the recorder's interactive shell runs in the run's sandbox (the session has begun)."""
    for container in containers_of(client, pid):
        try:
            return any("bash -i" in " ".join(row) for row in container.top()["Processes"])
        except Exception:  # noqa: BLE001 - the container may be starting or gone
            return False
    return False


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("dockerd"), reason="restarting the engine needs root and dockerd")
def test_an_engine_restart_mid_run_stops_it_in_one_line_and_a_rerun_completes(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    process = start(out, "--count", "6", "--seed", "360", "--jobs", "2")
    wait_until(lambda: any(state(d) == "complete" for d in iter_sessions(out)), process=process)
    wait_until(lambda: _shell_started(client, process.pid), process=process)
    finished = complete(out)
    with _engine_restarted():
        _, stderr = process.communicate(timeout=180)
    assert process.returncode in (1, 2), stderr[-2000:]
    assert "Docker engine" in stderr or "sandbox" in stderr, stderr[-2000:]
    if process.returncode == 2:
        assert "Docker engine stopped answering" in one_line_error(stderr)
    realcast("record", "-s", LIGHT, "--count", "6", "--seed", "360", "--out", str(out))
    after = complete(out)
    assert set(after) == ids(360, 6) and all(after[name] == seal for name, seal in finished.items())
    assert [c.name for c in connect().containers.list(all=True, filters={"label": LABEL}, ignore_removed=True)
            if c.labels.get(OWNER_LABEL, "").endswith(f":{process.pid}")] == []


@contextmanager
def _engine_restarted() -> Iterator[None]:
    """Stop dockerd, hold it down a moment, and start it again as `make engine` does."""
    subprocess.run(["pkill", "-x", "dockerd"], check=False)
    deadline = time.monotonic() + 60
    while subprocess.run(["pgrep", "-x", "dockerd"], capture_output=True).returncode == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    try:
        time.sleep(2)
        yield
    finally:
        subprocess.run(["bash", str(ROOT / "sandboxes/host/ensure-docker.sh")], check=True, timeout=180)


# --- many writers -------------------------------------------------------------------------------------
def test_concurrent_runs_into_one_folder_with_the_same_and_other_seeds_end_complete(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "shared"
    runs = [start(out, "--count", "3", "--seed", "400", "--jobs", "1"),   # the same seeds twice
            start(out, "--count", "3", "--seed", "400", "--jobs", "1"),
            start(out, "--count", "2", "--seed", "402", "--jobs", "1")]   # overlapping, and other seeds
    for process in runs:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-2000:]
    found = complete(out)
    assert set(found) == ids(400, 4)
    writers = {read_seal(out / LIGHT / name).writer for name in found}
    assert writers <= {f"{socket.gethostname()}:{process.pid}" for process in runs}


def test_two_shards_merged_hold_exactly_the_sessions_of_one_run(client, tmp_path: Path) -> None:  # noqa: ANN001
    for index in (0, 1):
        realcast("record", "-s", LIGHT, "--count", "5", "--seed", "420", "--shard", f"{index}/2",
                 "--out", str(tmp_path / f"shard-{index}"))
    shards = [set(complete(tmp_path / f"shard-{index}")) for index in (0, 1)]
    assert not shards[0] & shards[1] and {len(shards[0]), len(shards[1])} == {2, 3}
    realcast("merge", str(tmp_path / "shard-0"), str(tmp_path / "shard-1"), "--out", str(tmp_path / "merged"))
    assert set(complete(tmp_path / "merged")) == ids(420, 5)
    again = realcast("merge", str(tmp_path / "shard-0"), str(tmp_path / "shard-1"), "--out", str(tmp_path / "merged"))
    assert "0 copied, 5 already there" in again


# --- storage ------------------------------------------------------------------------------------------
@contextmanager
def mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@ROOT_ONLY
def test_a_full_disk_stops_the_run_in_one_line_and_corrupts_nothing(client, tmp_path: Path) -> None:  # noqa: ANN001
    realcast("record", "-s", LIGHT, "--count", "1", "--seed", "440", "--out", str(tmp_path / "first"))
    with mounted(tmp_path / "small", "size=2m") as small:
        shutil.copytree(tmp_path / "first", small, dirs_exist_ok=True)
        before = complete(small)
        _fill(small / ".filler", keep=8 * 1024)
        done = subprocess.run([sys.executable, "-m", "realcast.cli", "record", "-s", LIGHT, "--count", "3", "--seed",
                               "440", "--out", str(small)], capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert done.returncode == 2 and "disk is full" in one_line_error(done.stderr), done.stderr[-2000:]
        assert complete(small) == before and not list(small.glob("*/.*partial*"))
        exported = subprocess.run([sys.executable, "-m", "realcast.cli", "export", str(small), "--out", str(small / "x")],
                                  capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert exported.returncode == 2 and "No space left on device" in one_line_error(exported.stderr)
    assert [c for c in client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True)
            if c.labels.get(OWNER_LABEL, "").startswith(socket.gethostname()) and not _alive(c)] == []


def _fill(path: Path, keep: int) -> None:
    """Fill the filesystem holding path until only about `keep` bytes are free."""
    free = shutil.disk_usage(path.parent).free
    with open(path, "wb") as filler:
        filler.write(b"\0" * max(0, free - keep))


def _alive(container) -> bool:  # noqa: ANN001
    return owner_alive(container.labels.get(OWNER_LABEL, ""))


@ROOT_ONLY
def test_a_read_only_output_gets_one_line_from_every_command(tmp_path: Path) -> None:
    with mounted(tmp_path / "ro", "size=1m") as folder:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        for args in (["record", "-s", LIGHT, "--count", "1", "--out", str(folder)],
                     ["export", str(ROOT / "tests/fixtures/sessions"), "--out", str(folder / "export")],
                     ["merge", str(ROOT / "tests/fixtures/sessions"), "--out", str(folder)]):
            done = subprocess.run([sys.executable, "-m", "realcast.cli", *args], capture_output=True, text=True,
                                  cwd=ROOT, timeout=300)
            assert done.returncode == 2 and "Read-only file system" in one_line_error(done.stderr), (args, done.stderr)


# --- damaged sessions and bad names ---------------------------------------------------------------------
def test_a_corrupt_cast_or_truncated_meta_is_left_out_of_the_export_and_recorded_again(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    realcast("record", "-s", LIGHT, "--count", "3", "--seed", "460", "--out", str(out))
    sessions = sorted(iter_sessions(out))
    (sessions[0] / CAST).write_bytes((sessions[0] / CAST).read_bytes()[:-200])
    (sessions[1] / META).write_text((sessions[1] / META).read_text()[:300])
    exported = realcast("export", str(out), "--out", str(tmp_path / "export"))
    assert "left out 2 session(s)" in exported
    realcast("record", "-s", LIGHT, "--count", "3", "--seed", "460", "--out", str(out))
    assert set(complete(out)) == ids(460, 3)


def test_unknown_and_malformed_scenarios_get_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    done = subprocess.run([sys.executable, "-m", "realcast.cli", "record", "-s", "no-such-family"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "unknown scenario 'no-such-family'" in one_line_error(done.stderr)
    library = tmp_path / "library"
    (library / "broken").mkdir(parents=True)
    (library / "broken" / "family.yaml").write_text("name: broken\nimage: [not, an, image]\n")
    monkeypatch.setattr(scenarios, "LIBRARY", library)
    scenarios.registry.cache_clear()
    try:
        from realcast.cli import app
        result = CliRunner().invoke(app, ["record", "-s", "broken", "--out", str(tmp_path / "out")])
    finally:
        scenarios.registry.cache_clear()
    assert result.exit_code == 2 and "family.yaml is malformed" in result.output and "Traceback" not in result.output
