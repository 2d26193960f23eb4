"""Build the sandbox images (sandboxes/images/<name>/Dockerfile), skipping any whose inputs are unchanged."""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import docker
from docker.errors import APIError, ImageNotFound

from sandboxes.base_image import ensure_base_image

IMAGES_DIR = Path(__file__).parent / "images"
PREFIX = "realcast/"
INPUTS_LABEL = "realcast.inputs"
HOST_CA, HOST_CA_NAME = Path("/etc/ssl/certs/ca-certificates.crt"), "host-ca.crt"
_BASE_ARG = re.compile(r"^ARG BASE=(\S+)", re.M)


class ImageBuildError(RuntimeError):
    """An image failed to build."""


def image_tag(name: str) -> str:
    return f"{PREFIX}{name}:latest"


def available_images() -> list[str]:
    return sorted(path.parent.name for path in IMAGES_DIR.glob("*/Dockerfile"))


def ensure_image(client: docker.DockerClient, name: str, say: Callable[[str], None]) -> str:
    """Build `name` (and the realcast images it builds on) unless an identical build exists; return its id."""
    context = IMAGES_DIR / name
    if not (context / "Dockerfile").is_file():
        raise ImageBuildError(f"no image definition {context}/Dockerfile; known images: {available_images()}")
    base = _base_of(context)
    base_tag = image_tag(base.removeprefix(PREFIX)) if base.startswith(PREFIX) else None
    base_id = ensure_image(client, base.removeprefix(PREFIX), say) if base_tag else _debian_base(client, say)
    resolved_base = base_tag or base_id
    inputs = _inputs_digest(context, base_id)
    current = _existing(client, image_tag(name))
    if current is not None and current.labels.get(INPUTS_LABEL) == inputs:
        return current.id
    return _build(client, name, context, resolved_base, inputs, say)


def _debian_base(client: docker.DockerClient, say: Callable[[str], None]) -> str:
    return client.images.get(ensure_base_image(client, say)).id


def _base_of(context: Path) -> str:
    match = _BASE_ARG.search((context / "Dockerfile").read_text())
    return match.group(1) if match else ""


def _inputs_digest(context: Path, base_id: str) -> str:
    """Hash of every file in the build context plus the base image id."""
    digest = hashlib.sha256(base_id.encode())
    if HOST_CA_NAME in (context / "Dockerfile").read_text() and HOST_CA.is_file():
        digest.update(HOST_CA.read_bytes())
    for path in sorted(p for p in context.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(context)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _existing(client: docker.DockerClient, tag: str):  # noqa: ANN202 - docker Image or None
    try:
        return client.images.get(tag)
    except ImageNotFound:
        return None


def _build(client: docker.DockerClient, name: str, context: Path, base: str, inputs: str,
           say: Callable[[str], None]) -> str:
    say(f"building image {image_tag(name)}…")
    with tempfile.TemporaryDirectory(prefix="realcast-build-") as scratch:
        return _build_in(client, name, _with_host_ca(context, Path(scratch)), base, inputs)


def _with_host_ca(context: Path, scratch: Path) -> Path:
    """The build context, plus the host's CA bundle as host-ca.crt when the Dockerfile asks for it (pip and
    npm inside a build reach their registries only through the host's certificate authorities)."""
    if HOST_CA_NAME not in (context / "Dockerfile").read_text():
        return context
    if not HOST_CA.is_file():
        raise ImageBuildError(f"{context.name} needs the host's CA bundle {HOST_CA}; install ca-certificates")
    shutil.copytree(context, scratch / context.name)
    shutil.copy(HOST_CA, scratch / context.name / HOST_CA_NAME)
    return scratch / context.name


def _build_in(client: docker.DockerClient, name: str, context: Path, base: str, inputs: str) -> str:
    log: list[str] = []
    try:
        stream = client.api.build(path=str(context), tag=image_tag(name), buildargs={"BASE": base},
                                  labels={INPUTS_LABEL: inputs}, rm=True, forcerm=True, decode=True)
        for chunk in stream:
            if "error" in chunk:
                context_lines = " | ".join(line.strip() for line in log[-3:] if line.strip())
                raise ImageBuildError(f"image {name} failed to build: {chunk['error'].strip()} ({context_lines})")
            log.append(chunk.get("stream", ""))
    except APIError as error:
        raise ImageBuildError(f"image {name} failed to build: {error}") from None
    return client.images.get(image_tag(name)).id
