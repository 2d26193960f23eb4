"""asciicast v2: the header line and the events that follow it."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventCode = Literal["o", "i", "m", "r"]


class CastHeader(BaseModel):
    """First line of an asciicast v2 file (extra keys are kept, as the format allows)."""

    model_config = ConfigDict(extra="allow")
    version: Literal[2] = 2
    width: int = Field(gt=0, description="Terminal columns.")
    height: int = Field(gt=0, description="Terminal rows.")
    timestamp: int | None = Field(default=None, description="Unix time the recording started.")
    duration: float | None = None
    title: str | None = None
    env: dict[str, str] = Field(default_factory=dict)


class CastEvent(BaseModel):
    """One `[time, code, data]` line: o=output, i=input keys, m=marker, r=resize."""

    model_config = ConfigDict(extra="forbid")
    time: float = Field(ge=0)
    code: EventCode
    data: str
