"""What a recording produced: the steps as they really ran, and the session's metadata."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schema.scenario import ScenarioSpec, TerminalSize
from schema.truth import Truth

RECORDER_VERSION = "2"


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


class ImportInfo(BaseModel):
    """Where an imported session came from and how its steps were found."""

    model_config = ConfigDict(extra="forbid")
    source: str = Field(description="File name of the original recording.")
    format: Literal["asciicast-v2", "asciicast-v3", "script", "script-timed", "text"]
    sha256: str = Field(description="Digest of the original file (before redaction).")
    steps_from: Literal["marks", "prompt"] = Field(description="OSC 133 marks, or the prompt regex.")
    prompt: str | None = Field(default=None, description="The prompt regex used when steps came from the prompt.")
    prompt_header: str | None = Field(default=None, description="The first line of a two-line prompt (a regex), "
                                                                "which belongs to the prompt, not to the output before.")
    prompt_glued: str | None = Field(default=None, description="Prompts found after output left without a final "
                                                               "newline, on the same line (a regex searched in it).")
    redactions: int = Field(default=0, ge=0, description="Secrets replaced by placeholders before writing.")


class Timing(BaseModel):
    """How the cast's clock relates to real time."""

    model_config = ConfigDict(extra="forbid")
    real_s: float = Field(description="Wall-clock seconds the recording took.")
    simulated_s: float = Field(description="Typing and think pauses added to the cast clock (seeded, not slept).")
    note: str = "Process output times are real; human typing and think pauses are simulated and added."


class SessionMeta(BaseModel):
    """meta.json: everything needed to reproduce, audit and label a session (recorded or imported)."""

    model_config = ConfigDict(extra="forbid")
    session_id: str = Field(description="Derived from (scenario, version, seed, params), or the imported file's digest.")
    scenario: str = Field(description="Scenario id; 'imported' for recordings realcast did not make.")
    family: str
    seed: int = Field(description="Variant seed (0 for imported sessions).")
    params: dict = Field(description="Variant parameters.")
    image: str | None = Field(description="Image tag used (None when imported).")
    image_id: str | None = Field(description="Image id (sha256) of the sandbox (None when imported).")
    terminal: TerminalSize
    hostname: str
    recorder_version: str = RECORDER_VERSION
    recorded_at: str = Field(description="UTC ISO-8601 start time.")
    timing: Timing
    steps: list[StepRecord]
    truth: Truth | None = Field(description="Ground truth v2: the scenario's, or a hand-written one; None if unknown.")
    complete: bool = Field(description="False when the session was cut short (a step would not stop).")
    spec: ScenarioSpec | None = Field(description="The exact variant that was recorded (None when imported).")
    imported: ImportInfo | None = Field(default=None, description="Set for sessions made by `realcast import`.")
    mark_nonce: str | None = Field(
        default=None, description="The per-session nonce the shell put in its OSC 133 marks (`aid=`); marks without it "
        "are command output. None: every mark counts (imported sessions, older recordings).")
