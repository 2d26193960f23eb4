"""Rows of the training export."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class HarmonyMessage(BaseModel):
    """One chat turn, as the seed's harmony_messages.jsonl writes it."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["developer", "user", "assistant"]
    content: str
    thinking: str | None = Field(default=None, description="Assistant only: the analysis channel, how the report "
                                 "was derived from the evidence (export --thinking); left out of the JSON when unset.")


class HarmonyRecord(BaseModel):
    """One line of harmony_messages.jsonl: developer instructions, transcript, report JSON."""

    model_config = ConfigDict(extra="forbid")
    messages: list[HarmonyMessage] = Field(min_length=3, max_length=3)


class Pair(BaseModel):
    """One line of pairs.jsonl."""

    model_config = ConfigDict(extra="forbid")
    input: str = Field(description="The transcript as the model sees it.")
    output: str = Field(description="The report JSON text.")


class ManifestRow(BaseModel):
    """Which session a JSONL line came from (same order as the JSONL files)."""

    model_config = ConfigDict(extra="forbid")
    line: int
    session_id: str
    scenario: str
    family: str
    seed: int
    split: Literal["train", "validation", "test"]
    group: str = Field(description="The split group: the first session id of the rows that share a variant "
                       "template or a near-duplicate chain (one group never spans two splits).")
    form: Literal["clean", "raw", "script"]
    outcome: Literal["success", "resolved", "open"] = Field(description="No blocker; every blocker fixed; one left open.")
    segment: int = Field(default=1, ge=1, description="Which piece of its session the row is (train/segments.py).")
    segments: int = Field(default=1, ge=1, description="Into how many pieces its session was cut.")
    transcript_lines: int
    transcript_chars: int
    tokens: int = Field(description="Tokens of the whole conversation in o200k_harmony (train/tokens.py).")
    truth_categories: list[str] = Field(description="Blocker categories the scenario's ground truth expects.")
    truth_statuses: list[Literal["open", "resolved"]] = Field(default_factory=list,
                                                              description="Each true failure's status at the end.")
    truth_facts: list[str] = Field(default_factory=list, description="Key facts a faithful report names.")


class ExportInfo(BaseModel):
    """export.json: how an export was made (form, prompt, splits, deduplication) and what it holds."""

    model_config = ConfigDict(extra="forbid")
    form: Literal["clean", "raw", "script"]
    developer_prompt: str = Field(description="The developer message of every row, verbatim.")
    user_template: str = Field(description="How every user turn wraps the transcript ({transcript}).")
    thinking: bool
    holdout_families: list[str]
    percents: dict[str, int] = Field(description="Validation and test shares of the split groups (train: the rest).")
    dedup: dict[str, str | float | int] = Field(description="Method and thresholds of the duplicate removal.")
    max_tokens: int
    sessions: int = Field(description="Labelled sessions found.")
    rows: int
    exact_duplicates: int
    near_duplicates: int
    over_length: list[str] = Field(description="Session ids left out for being longer than max_tokens.")
    skipped: dict[str, str] = Field(default_factory=dict, description="Session folders left out, with why: not "
                                    "complete (unlabelled, damaged) or a report that does not hold against its transcript.")
    splits: dict[str, int]
