"""The sandbox's limits, tested from inside a real sandbox: disk, read-only root, CPU, network, privileges,
processes and memory; and no volume outlives its sandbox."""
from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest
from docker.models.containers import Container

from sandboxes.engine import LABEL, OWNER, OWNER_LABEL, collect_garbage, remove_live, sandbox
from sandboxes.limits import NANO_CPUS, USER
from sandboxes.images import available_images, ensure_image, image_tag
from sandboxes.scenarios import registry
from schema.scenario import ScenarioSpec

pytestmark = pytest.mark.docker
GIB = 1 << 30


def prepared(client: docker.DockerClient, image: str) -> tuple[str, ScenarioSpec]:
    """An image built and a scenario variant to prepare a sandbox of it (its files, setup and servers)."""
    spec = next(scenario for scenario in registry().values() if scenario.available and scenario.image == image).variant(0)
    ensure_image(client, image, lambda _: None)
    return image_tag(image), spec


@pytest.fixture(scope="module")
def box(client: docker.DockerClient) -> Iterator[Container]:
    tag, spec = prepared(client, "python")
    with sandbox(client, tag, spec, "limits-check") as container:
        yield container


def run(container: Container, line: str) -> tuple[int, str]:
    result = container.exec_run(["bash", "-c", line], user=USER)
    return result.exit_code, result.output.decode("utf-8", "replace")


def test_a_disk_filler_stops_at_the_home_quota_and_the_host_disk_stays_put(client: docker.DockerClient,
                                                                           box: Container) -> None:
    root = client.info()["DockerRootDir"]
    free_before = shutil.disk_usage(root).free if Path(root).is_dir() else None
    code, output = run(box, "dd if=/dev/zero of=~/big bs=1M count=4000; failed=$?; rm -f ~/big; exit $failed")
    assert code != 0 and "No space left on device" in output
    code, output = run(box, "head -c 3G /dev/zero > /tmp/big; failed=$?; rm -f /tmp/big; exit $failed")
    assert code != 0 and "No space left on device" in output
    assert _writable_layer_bytes(client, box) < 1 << 20
    if free_before is not None:  # other work shares this disk: only gigabytes would be ours
        assert free_before - shutil.disk_usage(root).free < GIB


def _writable_layer_bytes(client: docker.DockerClient, container: Container) -> int:
    (listed,) = client.api.containers(all=True, size=True, filters={"id": container.id})
    return listed.get("SizeRw", 0)


def test_the_root_is_read_only_and_the_home_holds_the_image_and_the_project(box: Container) -> None:
    for path in ("/usr/x", "/etc/x", "/x"):
        code, output = run(box, f"touch {path}")
        assert code != 0 and "Read-only file system" in output, path
    code, output = run(box, "grep -c 'aid=' ~/.bashrc && ls ~/project && stat -f -c %T ~")
    assert code == 0 and output.split()[-1] == "tmpfs"


def test_system_folders_say_permission_denied_as_on_any_machine(client: docker.DockerClient) -> None:
    """nginx-config's and permission-denied's failures: root-owned folders, not a read-only file system."""
    tag, spec = prepared(client, "web")
    with sandbox(client, tag, spec, "limits-web") as container:
        for path in ("/run/nginx.pid", "/var/log/nginx/error.log", "/var/lib/nginx/body"):
            code, output = run(container, f"touch {path}")
            assert code != 0 and "Permission denied" in output, path


NOT_FILES = "\\( -path /proc -o -path /sys -o -path /dev \\)"  # kernel interfaces and device nodes


@pytest.mark.parametrize("image", available_images())
def test_everything_the_user_can_write_is_size_limited_tmpfs(client: docker.DockerClient, image: str) -> None:
    tag, spec = prepared(client, image)
    with sandbox(client, tag, spec, f"limits-{image}") as container:
        _, found = run(container, f"find / {NOT_FILES} -prune -o ! -type l -writable -print 2>/dev/null")
        _, mounts = run(container, "cat /proc/mounts")
    table = {fields[1]: (fields[2], fields[3]) for fields in (line.split() for line in mounts.splitlines())}
    for path in found.split():
        mount = max((point for point in table if path == point or path.startswith(point.rstrip("/") + "/")), key=len)
        kind, options = table[mount]
        assert kind == "tmpfs" and "size=" in options, (image, path, mount, kind, options)


def test_one_cpu(client: docker.DockerClient, box: Container) -> None:
    assert client.api.inspect_container(box.id)["HostConfig"]["NanoCpus"] == NANO_CPUS == 10**9
    _, output = run(box, "cat /sys/fs/cgroup/cpu.max 2>/dev/null || "
                         "echo $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us)")
    quota, period = output.split()
    assert int(quota) == int(period)  # one period's worth of CPU time per period: one core


def test_no_network(box: Container) -> None:
    code, output = run(box, "python3 -c \"import socket; socket.create_connection(('1.1.1.1', 80), timeout=3)\"")
    assert code != 0 and "Network is unreachable" in output
    code, output = run(box, "curl -sS --max-time 3 http://1.1.1.1/")
    assert code != 0 and "curl:" in output
    assert run(box, "ls /sys/class/net")[1].split() == ["lo"]


def test_no_privileges(box: Container) -> None:
    _, output = run(box, "id -u; grep -E '^(CapEff|NoNewPrivs)' /proc/self/status")
    assert output.split() == ["1000", "CapEff:", "0000000000000000", "NoNewPrivs:", "1"]


FORKER = """
import os, signal, time
children = []
try:
    while len(children) < 1000:
        pid = os.fork()
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        children.append(pid)
except OSError as error:
    print("stopped after", len(children), error)
for pid in children:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
"""


def test_a_fork_loop_hits_the_process_limit(box: Container) -> None:
    code, output = run(box, f"python3 -c '{FORKER}'")
    assert code == 0 and "Resource temporarily unavailable" in output
    assert int(output.split()[2]) < 256


def test_memory_beyond_the_limit_is_killed(client: docker.DockerClient, box: Container) -> None:
    assert client.api.inspect_container(box.id)["HostConfig"]["Memory"] == GIB
    code, _ = run(box, "python3 -c 'data = b\"x\" * (2 << 30)'")
    assert code == 137  # SIGKILL from the OOM killer; the sandbox itself goes on
    assert run(box, "echo alive")[1].strip() == "alive"


def test_no_volume_outlives_its_sandbox_and_gc_finds_leftovers(client: docker.DockerClient) -> None:
    tag, spec = prepared(client, "web")
    with pytest.raises(RuntimeError), sandbox(client, tag, spec, "limits-volumes") as container:
        mounts = client.api.inspect_container(container.id)["Mounts"]
        volumes = [mount["Name"] for mount in mounts if mount["Type"] == "volume"]
        assert len(volumes) == 4  # the home and web's three system folders
        raise RuntimeError("a session that fails")
    remove_live(client)  # removal runs in the background; the end of a run waits for it
    ours = {volume.name for volume in client.volumes.list(filters={"label": f"{OWNER_LABEL}={OWNER}"})}
    assert not ours & set(volumes)
    gone = f"{socket.gethostname()}:{(1 << 22) + 4321}"  # above any pid: its process is gone
    leftover = client.volumes.create(labels={LABEL: "1", OWNER_LABEL: gone})
    assert f"volume {leftover.name[:12]}" in collect_garbage(client)
    assert client.volumes.list(filters={"label": f"{OWNER_LABEL}={gone}"}) == []
