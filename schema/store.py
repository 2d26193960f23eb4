"""The seal of a session folder: the completion marker that makes a session count as done."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FileDigest(BaseModel):
    """Size and SHA-256 of one file the seal vouches for."""

    model_config = ConfigDict(extra="forbid")
    bytes: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Seal(BaseModel):
    """done.json: written last into a session folder, as datatrove's completion markers are.

    The session counts as recorded only while every file named here is present with this size and digest;
    report.json and evidence.json are named once the session is labelled, so the seal also proves that the
    report was made from this very cast."""

    model_config = ConfigDict(extra="forbid")
    files: dict[str, FileDigest] = Field(description="File name in the session folder → its size and digest.")
    sealed_at: str = Field(description="UTC ISO-8601 time the seal was written.")
    writer: str = Field(description="host:pid of the process that wrote it.")
