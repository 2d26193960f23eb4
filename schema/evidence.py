"""Findings from labelers and the evidence each report item rests on."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schema.report import Blocker, KeySuccess
from schema.truth import BlockerCategory, OwnerRole


class Finding(BaseModel):
    """One labeler's claim about the session, with the exact transcript text it rests on."""

    model_config = ConfigDict(extra="forbid")
    labeler: str = Field(description="Name of the labeler that produced it.")
    kind: Literal["success", "blocker"]
    steps: list[int] = Field(min_length=1, description="Indices of the steps the evidence comes from.")
    evidence: list[str] = Field(min_length=1, description="Verbatim transcript lines (commands or output).")
    category: BlockerCategory | None = Field(default=None, description="Blocker category (blockers only).")
    owner: OwnerRole | None = Field(default=None, description="Owner role (blockers only); owner_hint starts with it.")
    resolved_by: int | None = Field(default=None, description="Blockers: the step that shows it fixed; None = open.")
    priority: int = Field(default=50, description="Higher first when the report must drop items.")
    success: KeySuccess | None = None
    blocker: Blocker | None = None
    resources: list[str] = Field(default_factory=list, description="Next steps this finding suggests.")
    about: int | None = Field(default=None, description="A diagnosis: the failing step it looks into (dropped when "
                                                         "the report shows that failure fixed).")
    summary: str = Field(description="One clause for the report summary.")


class EvidenceItem(BaseModel):
    """Why one report item says what it says."""

    model_config = ConfigDict(extra="forbid")
    item: str = Field(description="JSON path of the report item, e.g. 'blockers[0]'.")
    labeler: str
    steps: list[int]
    category: BlockerCategory | None = None
    owner: OwnerRole | None = None
    resolved_by: int | None = Field(default=None, description="Blockers: the step that shows it fixed.")
    status: Literal["open", "resolved"] | None = Field(default=None, description="Blockers only.")
    evidence: list[str]


class Evidence(BaseModel):
    """evidence.json: one entry per report item, plus the findings the composer left out."""

    model_config = ConfigDict(extra="forbid")
    session_id: str
    items: list[EvidenceItem]
    dropped: list[Finding] = Field(default_factory=list, description="Findings cut by the SRE limits or dedup.")
    ungrounded: list[Finding] = Field(default_factory=list, description="Findings refused: text not in transcript.")
    errors: dict[str, str] = Field(default_factory=dict, description="Labelers that crashed (they abstained).")

    def blocker_statuses(self) -> list[str]:
        """The status (open, resolved) of each blocker of the report, in order."""
        return [item.status for item in self.items if item.item.startswith("blockers")]

    def outcome(self) -> Literal["success", "resolved", "open"]:
        """The session's outcome: open when a blocker is left open, resolved when every blocker was fixed,
        success with none (the export's manifest and the browser's index both say it)."""
        statuses = self.blocker_statuses()
        return "open" if "open" in statuses else "resolved" if statuses else "success"
