"""A scenario variant: files to prepare, commands to type, and what truly should happen."""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schema.truth import BlockerCategory, FailureSpec, StepTruthSpec, TruthError, compile_truth, compiled

PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
ParamValue = str | int | float | bool | list[str] | list[int]
__all__ = ["BlockerCategory", "FamilyCard", "ScenarioSpec", "StepSpec", "compiled"]


class TerminalSize(BaseModel):
    """PTY size the tools see."""

    model_config = ConfigDict(extra="forbid")
    rows: int = Field(ge=10, le=100, description="Terminal height in lines.")
    cols: int = Field(ge=60, le=300, description="Terminal width in columns.")


class FileSpec(BaseModel):
    """A file that exists in the sandbox before recording, as in a developer's checkout."""

    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="Path relative to the sandbox user's home directory.")
    content: str = Field(description="File content (UTF-8).")
    mode: int = Field(default=0o644, description="Unix permission bits.")

    @field_validator("path")
    @classmethod
    def _relative(cls, path: str) -> str:
        if path.startswith("/") or ".." in path.split("/"):
            raise ValueError(f"path must stay inside the home directory: {path!r}")
        return path


class Answer(BaseModel):
    """A reply typed when a prompt appears (e.g. `[y/N]`)."""

    model_config = ConfigDict(extra="forbid")
    expect: str = Field(description="Regex searched in the step's visible output once it goes quiet.")
    send: str = Field(description="Keys to type, e.g. 'y\\r'.")

    @field_validator("expect")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        return compiled(pattern)


class BackgroundSpec(BaseModel):
    """A long-running process that is already up when the session starts (e.g. a stale dev server)."""

    model_config = ConfigDict(extra="forbid")
    command: str = Field(description="Shell line started detached, as the sandbox user.")
    ready: str = Field(description="Shell test polled until it succeeds (e.g. the port listens).")


class StepSpec(StepTruthSpec):
    """One command typed at the prompt, with what truly happens (expect, shown_by, failure, resolves)."""

    command: str = Field(min_length=1, description="Command line typed key by key; {{name}} takes a capture.")
    timeout_s: float = Field(default=30.0, gt=0, le=600, description="Real seconds before Ctrl-C.")
    answers: list[Answer] = Field(default_factory=list, description="Prompts to answer, in any order, once each.")
    stop_when: str | None = Field(default=None, description="Regex; once seen, the user presses Ctrl-C (servers).")
    captures: dict[str, str] = Field(
        default_factory=dict, description="name -> regex with one group, read from this step's output."
    )

    @model_validator(mode="after")
    def _consistent(self) -> "StepSpec":
        if "\n" in self.command or "\r" in self.command:
            raise ValueError("command must be one line")
        for pattern in [self.stop_when or "", *self.captures.values()]:
            compiled(pattern)
        return self


class ScenarioSpec(BaseModel):
    """A fully resolved scenario variant: everything the recorder needs, nothing random left."""

    model_config = ConfigDict(extra="forbid")
    scenario: str = Field(description="Scenario id, e.g. 'pytest-run'.")
    family: str = Field(description="Scenario family, e.g. 'pytest'.")
    version: int = Field(ge=1, description="Bumped when the scenario's behaviour changes (changes session ids).")
    seed: int = Field(ge=0, description="Seed the variant was drawn from.")
    params: dict[str, ParamValue] = Field(description="The drawn variant parameters.")
    image: str = Field(description="Sandbox image name (directory under sandboxes/images).")
    hostname: str = Field(pattern=r"^[a-z][a-z0-9-]{0,20}$", description="Container hostname shown in the prompt.")
    workdir: str = Field(default="project", description="Directory (relative to home) the shell starts in.")
    terminal: TerminalSize
    files: list[FileSpec] = Field(default_factory=list)
    setup: list[str] = Field(default_factory=list, description="Shell lines run (unrecorded) before the session.")
    background: list[BackgroundSpec] = Field(default_factory=list, description="Processes running before the session.")
    steps: list[StepSpec] = Field(min_length=1)
    failures: list[FailureSpec] = Field(default_factory=list, description="The distinct failures the steps show.")

    @model_validator(mode="after")
    def _captures_defined_before_use(self) -> "ScenarioSpec":
        known: set[str] = set()
        for index, step in enumerate(self.steps):
            missing = set(PLACEHOLDER.findall(step.command)) - known
            if missing:
                raise ValueError(f"step {index} uses {sorted(missing)} before any step captures it")
            known |= set(step.captures)
        try:
            compile_truth(list(self.steps), self.failures)
        except TruthError as error:
            raise ValueError(str(error)) from None
        return self


class FamilyCard(BaseModel):
    """A scenario family's `family.yaml`: what it is, where it runs, and what its seeds vary."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="Scenario id, e.g. 'nginx-config'.")
    family: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="Family, e.g. 'nginx'.")
    version: int = Field(ge=1, description="Bumped when the family's sessions change (changes session ids).")
    image: str = Field(description="Sandbox image (directory under sandboxes/images).")
    description: str = Field(min_length=10)
    seed_family: int | None = Field(default=None, ge=1, le=25, description="Row of the seed's family list, if any.")
    status: str = Field(default="available", pattern="^(available|unavailable)$")
    reason: str = Field(default="", description="Why the family is unavailable, or how it stays genuine.")
    parameters: dict[str, str] = Field(description="Each drawn parameter and what it varies.")

    @model_validator(mode="after")
    def _reason_when_unavailable(self) -> "FamilyCard":
        if self.status == "unavailable" and not self.reason:
            raise ValueError("an unavailable family must say what this machine lacks (reason)")
        return self
