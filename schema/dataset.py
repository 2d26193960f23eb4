"""Rows of the training export."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class HarmonyMessage(BaseModel):
    """One chat turn, as the seed's harmony_messages.jsonl writes it."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["developer", "user", "assistant"]
    content: str


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
    split: Literal["train", "test"]
    transcript_lines: int
    transcript_chars: int
    truth_categories: list[str] = Field(description="Blocker categories the scenario's ground truth expects.")
