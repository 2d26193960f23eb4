"""What a recording produced: the steps as they really ran, and the session's metadata."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schema.scenario import BlockerCategory, ScenarioSpec, TerminalSize

RECORDER_VERSION = "1"


class StepRecord(BaseModel):
    """One command as it really ran, read from the shell-integration marks."""

    model_config = ConfigDict(extra="forbid")
    index: int = Field(ge=0, description="Position in the session.")
    command: str = Field(description="The command line as typed (captures substituted).")
    start: float = Field(ge=0, description="Cast time (s) of the first keystroke.")
    output_start: float | None = Field(description="Cast time of the command-start mark (133;C).")
    end: float = Field(ge=0, description="Cast time of the command-end mark (133;D).")
    exit_code: int | None = Field(description="Exit code carried by the 133;D mark; None if none arrived.")
    cwd: str | None = Field(description="Working directory reported by the prompt (OSC 7) after the step.")
    interrupted: bool = Field(default=False, description="Ctrl-C was sent (timeout or stop_when).")
    timed_out: bool = Field(default=False, description="The step ran past its timeout.")
    stopped: bool = Field(default=False, description="Ctrl-C sent on purpose once stop_when matched.")
    answers_sent: list[str] = Field(default_factory=list, description="Replies typed at prompts or pagers.")
    captures: dict[str, str] = Field(default_factory=dict, description="Values captured from the output.")


class TruthItem(BaseModel):
    """Ground truth for one step, from the scenario."""

    model_config = ConfigDict(extra="forbid")
    step: int
    expect: Literal["ok", "fail"]
    category: BlockerCategory | None = None


class Timing(BaseModel):
    """How the cast's clock relates to real time."""

    model_config = ConfigDict(extra="forbid")
    real_s: float = Field(description="Wall-clock seconds the recording took.")
    simulated_s: float = Field(description="Typing and think pauses added to the cast clock (seeded, not slept).")
    note: str = "Process output times are real; human typing and think pauses are simulated and added."


class SessionMeta(BaseModel):
    """meta.json: everything needed to reproduce, audit and label a session."""

    model_config = ConfigDict(extra="forbid")
    session_id: str = Field(description="Derived from (scenario, version, seed, params).")
    scenario: str
    family: str
    seed: int
    params: dict = Field(description="Variant parameters.")
    image: str = Field(description="Image tag used.")
    image_id: str = Field(description="Image id (sha256) of the sandbox.")
    terminal: TerminalSize
    hostname: str
    recorder_version: str = RECORDER_VERSION
    recorded_at: str = Field(description="UTC ISO-8601 start time.")
    timing: Timing
    steps: list[StepRecord]
    truth: list[TruthItem] = Field(description="The scenario's ground truth per step.")
    complete: bool = Field(description="False when the session was cut short (a step would not stop).")
    spec: ScenarioSpec = Field(description="The exact variant that was recorded.")
