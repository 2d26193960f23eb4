"""The Debian base every sandbox image builds on: a stock image if one can be had, else bootstrapped.

Without an image registry, `debootstrap` builds a minimal bookworm root from the host's own apt mirror
and `docker import` turns it into an image. On a normal machine the stock `debian:bookworm-slim` is
pulled instead and the same Dockerfiles build FROM it.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docker
from docker.errors import APIError, ImageNotFound

STOCK_BASE = "debian:bookworm-slim"
BOOTSTRAPPED_BASE = "realcast/debian:bookworm"
SUITE = "bookworm"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
APT_SOURCE_FILES = ("/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list")


class BaseImageError(RuntimeError):
    """No base image could be had."""


def ensure_base_image(client: docker.DockerClient, say: Callable[[str], None]) -> str:
    """Return the tag of a usable Debian base image, pulling or bootstrapping one if needed."""
    for tag in (STOCK_BASE, BOOTSTRAPPED_BASE):
        if _exists(client, tag):
            return tag
    try:
        say(f"pulling {STOCK_BASE}…")
        client.images.pull(STOCK_BASE)
        return STOCK_BASE
    except APIError as error:
        say(f"cannot pull {STOCK_BASE} ({_first_line(error)}); bootstrapping one with debootstrap instead")
    bootstrap_base_image(client, say)
    return BOOTSTRAPPED_BASE


def bootstrap_base_image(client: docker.DockerClient, say: Callable[[str], None],
                         tag: str = BOOTSTRAPPED_BASE) -> None:
    """debootstrap a minbase bookworm from the host's mirror and `docker import` it as `tag`."""
    _require_debootstrap(say)
    mirror, security = host_mirrors()
    with tempfile.TemporaryDirectory(prefix="realcast-rootfs-") as tmp:
        rootfs = Path(tmp) / "rootfs"
        say(f"debootstrap --variant=minbase {SUITE} from {mirror} (about a minute)…")
        _run(["debootstrap", "--variant=minbase", SUITE, str(rootfs), mirror])
        _write_sources(rootfs, mirror, security)
        shutil.rmtree(rootfs / "var/cache/apt/archives", ignore_errors=True)
        archive = Path(tmp) / "rootfs.tar"
        _run(["tar", "-C", str(rootfs), "--numeric-owner", "-cf", str(archive), "."])
        say(f"docker import → {tag}")
        repository, _, version = tag.partition(":")
        client.api.import_image(src=str(archive), repository=repository, tag=version,
                                changes=['CMD ["/bin/bash"]'])


def host_mirrors() -> tuple[str, str]:
    """The Debian and Debian-security mirrors that the host's apt sources already use."""
    text = "\n".join(Path(path).read_text() for path in APT_SOURCE_FILES if Path(path).is_file())
    uris = re.findall(r"(?:^URIs:\s*|^deb\s+(?:\[[^\]]*\]\s+)?)(\S+)", text, re.M)
    main = next((uri for uri in uris if uri.rstrip("/").endswith("/debian")), DEFAULT_MIRROR)
    security = next((uri for uri in uris if "security" in uri), main.rstrip("/") + "-security")
    return main.rstrip("/"), security.rstrip("/")


def _write_sources(rootfs: Path, mirror: str, security: str) -> None:
    (rootfs / "etc/apt/sources.list").write_text(
        f"deb {mirror} {SUITE} main\n"
        f"deb {mirror} {SUITE}-updates main\n"
        f"deb {security} {SUITE}-security main\n"
    )


def _require_debootstrap(say: Callable[[str], None]) -> None:
    if shutil.which("debootstrap"):
        return
    if os.geteuid() != 0:
        raise BaseImageError("no base image and no debootstrap: install debootstrap (as root) or load a "
                             f"{STOCK_BASE} image, then retry")
    say("installing debootstrap (apt-get)…")
    _run(["apt-get", "update", "-qq"])
    _run(["apt-get", "install", "-y", "-qq", "debootstrap"])


def _run(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise BaseImageError(f"{argv[0]} failed ({result.returncode}): {tail[0]}")


def _exists(client: docker.DockerClient, tag: str) -> bool:
    try:
        client.images.get(tag)
        return True
    except ImageNotFound:
        return False


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0][:160]
