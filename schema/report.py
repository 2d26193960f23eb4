"""The session report: exactly the seed's schema, with the SRE limits."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, RootModel

MAX_SUCCESSES = 5
MAX_BLOCKERS = 5
MAX_RESOURCES = 7

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)


class KeySuccess(BaseModel):
    """A concrete thing that worked in the session."""

    model_config = _STRICT
    desc: str = Field(min_length=1, description="Short description of a concrete success.")
    specifics: str = Field(min_length=1, description="Command(s) or evidence quoted verbatim from the transcript.")
    adjacent_context: str = Field(description="Context such as counts, times, branch names, ports.")


class Blocker(BaseModel):
    """A problem that stopped or slowed the work."""

    model_config = _STRICT
    desc: str = Field(min_length=1, description="Problem described succinctly.")
    impact: str = Field(min_length=1, description="What this blocks or risks.")
    owner_hint: str = Field(min_length=1, description="Likely owner or team.")
    resolution_hint: str = Field(min_length=1, description="First debugging direction, or how it was resolved.")


class SessionReport(BaseModel):
    """One terminal session, summarised."""

    model_config = _STRICT
    summary: str = Field(min_length=1, description="High-level overview of what happened in this session.")
    key_successes: list[KeySuccess] = Field(
        min_length=1, max_length=MAX_SUCCESSES, description="1-5 concrete successes."
    )
    blockers: list[Blocker] = Field(max_length=MAX_BLOCKERS, description="0-5 problems met.")
    resources: list[str] = Field(max_length=MAX_RESOURCES, description="0-7 short actionable resources or next steps.")


class Report(RootModel[list[SessionReport]]):
    """What the model writes: an array of session objects (empty for an empty transcript)."""

    def to_json(self) -> str:
        """The compact JSON text used as the assistant turn."""
        return self.model_dump_json()
