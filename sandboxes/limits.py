"""What a sandbox may use: no network, no privileges, one CPU, bounded memory and processes, and a disk
quota (a read-only root; a home volume and scratch folders of fixed size, listed per image in
images/sandbox.yaml). Pure container options: the engine's calls are in engine.py."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from docker.types import DriverConfig, Mount

USER, UID, HOME = "dev", 1000, "/home/dev"

# One core per sandbox: a runaway loop or a parallel build cannot starve the host or the other recordings.
NANO_CPUS = 1_000_000_000
# The disk quota: the root filesystem is read-only (overlay2 on ext4 has no per-container size limit), and
# what a session may write lives in size-limited tmpfs: the home, and the scratch folders of
# images/sandbox.yaml. The home holds the image's own content (data: 72 MB of database clusters) plus the
# project and its builds (the largest family uses 73 MB). Writes by the sandbox's processes count against
# its memory limit too, so the sizes stay well under it.
HOME_SIZE = "512m"
FILESYSTEM = Path(__file__).parent / "images" / "sandbox.yaml"


def hardening(image: str, labels: dict[str, str]) -> dict:
    """Container options every sandbox of `image` (a name under sandboxes/images) gets: no network, no
    privileges, bounded CPU, memory, processes and disk (a read-only root; a home volume and scratch
    folders of fixed size). Its volumes carry `labels`; engine.remove removes them with the sandbox."""
    return dict(
        network_mode="none", user=f"{UID}:{UID}", cap_drop=["ALL"], security_opt=["no-new-privileges"],
        pids_limit=256, mem_limit="1g", memswap_limit="1g", init=True, nano_cpus=NANO_CPUS,
        read_only=True, tmpfs=scratch(image), mounts=[home_volume(labels), *system_volumes(image, labels)],
    )


@cache
def _filesystem() -> dict:
    return yaml.safe_load(FILESYSTEM.read_text(encoding="utf-8"))


def scratch(image: str) -> dict[str, str]:
    """The size-limited tmpfs folders of an image's sandboxes: path → mount options."""
    folders = _filesystem()["scratch"]
    return {**folders["all"], **folders.get(image, {})}


def system_volumes(image: str, labels: dict[str, str]) -> list[Mount]:
    """Root-owned folders of the image kept writable (by root only) so that writing there says "Permission
    denied", as on any machine, rather than "Read-only file system": copies of the image's, one per sandbox."""
    folders = _filesystem()["system"].get(image, [])
    return [Mount(path, None, type="volume", labels=labels) for path in folders]


def home_volume(labels: dict[str, str]) -> Mount:
    """An anonymous tmpfs volume of HOME_SIZE at the home folder, removed with its container.

    A volume, not a --tmpfs mount: put_archive (project files) writes only to the root or to volumes.
    Docker's copy of the image's home at create time goes to a tmpfs that is unmounted again before the
    start, so it is skipped (no_copy) and `engine.seed_home` copies the home in once the sandbox runs."""
    size = f"size={HOME_SIZE},uid={UID},gid={UID},mode=0755,nosuid,nodev"
    options = {"type": "tmpfs", "device": "tmpfs", "o": size}
    return Mount(HOME, None, type="volume", no_copy=True, labels=labels,
                 driver_config=DriverConfig("local", options))
