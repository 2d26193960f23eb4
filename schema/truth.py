"""Ground truth v2: what really happened in a session, against which the labels are measured.

A scenario (or a person, for an imported recording) declares per step an outcome that may disagree with
the exit code (a failure behind exit 0, an expected non-zero exit) together with the output pattern that
shows it; per failure its category, the role that owns it, the facts an honest report mentions, and the
step that resolves it (or none: open at the end).
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Outcome = Literal["ok", "fail", "warn"]
FAILURE_ID = r"^[a-z][a-z0-9_-]{0,40}$"


def compiled(pattern: str) -> str:
    """Validate a regex, turning re.error into the ValueError pydantic reports."""
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"bad regex {pattern!r}: {error}") from None
    return pattern


class BlockerCategory(str, Enum):
    """What kind of problem a blocker is; shared by ground truth, labelers, the rulebook and evaluation."""

    TEST_FAILURE = "test_failure"
    TEST_COLLECTION_ERROR = "test_collection_error"
    COMPILE_ERROR = "compile_error"
    LINK_ERROR = "link_error"
    LINT_ERROR = "lint_error"
    DEPENDENCY_RESOLUTION = "dependency_resolution"
    VERSION_MISMATCH = "version_mismatch"
    CONFIG_SYNTAX = "config_syntax"
    RUNTIME_ERROR = "runtime_error"
    CRASH = "crash"
    CONNECTION_REFUSED = "connection_refused"
    NETWORK_UNREACHABLE = "network_unreachable"
    PERMISSION_DENIED = "permission_denied"
    AUTH_OR_CREDENTIALS = "auth_or_credentials"
    CERTIFICATE_ERROR = "certificate_error"
    ADDRESS_IN_USE = "address_in_use"
    MERGE_CONFLICT = "merge_conflict"
    TIMEOUT = "timeout"
    RESOURCE_EXHAUSTED = "resource_exhausted"
    DATA_CORRUPTION = "data_corruption"
    VULNERABILITY = "vulnerability"
    NOT_FOUND = "not_found"
    COMMAND_FAILED = "command_failed"


class OwnerRole(str, Enum):
    """Who is likely to own a blocker: a small taxonomy of roles, never a person or a library file.

    application developer   the project's own source code and its tests
    build maintainer        build files, toolchains, dependency manifests and lock files
    service operator        running servers and daemons, their ports and configuration files
                            (on a developer's machine: whoever started them)
    database administrator  databases: schemas, migrations, data files, backups
    security                certificates, keys, credentials, vulnerable dependencies
    platform                the machine and its access: file permissions, disk, memory, network, cloud
    change authors          the authors of conflicting changes in version control
    """

    APPLICATION_DEVELOPER = "application developer"
    BUILD_MAINTAINER = "build maintainer"
    SERVICE_OPERATOR = "service operator"
    DATABASE_ADMINISTRATOR = "database administrator"
    SECURITY = "security"
    PLATFORM = "platform"
    CHANGE_AUTHORS = "change authors"

    @property
    def label(self) -> str:
        """The role as a report's owner_hint begins: 'Application developer'."""
        return self.value[0].upper() + self.value[1:]


class StepTruthSpec(BaseModel):
    """What truly happened in one step, as a scenario or a person declares it."""

    model_config = ConfigDict(extra="forbid")
    expect: Outcome = Field(description="ok, fail, or warn (it ran to the end but something is wrong).")
    shown_by: str | None = Field(
        default=None,
        description="Regex in the step's output that shows the outcome; required when the outcome goes against "
                    "the exit code (a failure behind exit 0, an expected non-zero exit).")
    failure: str | None = Field(default=None, pattern=FAILURE_ID,
                                description="Id of the failure this step shows (required for fail).")
    resolves: list[str] = Field(default_factory=list,
                                description="Failures this step shows to be fixed (it succeeds where they failed).")
    fixes: list[str] = Field(default_factory=list,
                             description="Failures this step made go away: the edit, restart, chmod or install that a "
                                         "later step (the one that `resolves` them) shows to have worked.")

    @field_validator("shown_by")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        return compiled(pattern) if pattern is not None else None

    @model_validator(mode="after")
    def _failing_steps_name_their_failure(self) -> "StepTruthSpec":
        if self.expect == "fail" and self.failure is None:
            raise ValueError("a step expected to fail names its failure (failure: <id>)")
        if self.expect == "ok" and self.failure is not None:
            raise ValueError("a step expected to be ok shows no failure")
        return self


class FailureSpec(BaseModel):
    """One distinct problem: its category, owner role, and what an honest report must mention."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=FAILURE_ID, description="Referenced by the steps that show or resolve it.")
    category: BlockerCategory
    owner: OwnerRole
    facts: list[str] = Field(default_factory=list,
                             description="Verbatim strings (symbol, port, file, test, branch) a report must mention.")


class StepTruth(StepTruthSpec):
    """Ground truth for one recorded step."""

    step: int = Field(ge=0)


class FailureTruth(FailureSpec):
    """Ground truth for one failure: where it shows, and which step resolves it (None: open at the end)."""

    steps: list[int] = Field(min_length=1, description="Steps whose output shows this failure.")
    resolved_by: int | None = Field(description="First step that shows it fixed; None when it is still open.")

    @property
    def status(self) -> Literal["open", "resolved"]:
        return "open" if self.resolved_by is None else "resolved"


class Truth(BaseModel):
    """Ground truth v2 of a session."""

    model_config = ConfigDict(extra="forbid")
    version: Literal[2] = 2
    steps: list[StepTruth]
    failures: list[FailureTruth]

    def failure(self, failure_id: str) -> FailureTruth:
        return next(failure for failure in self.failures if failure.id == failure_id)


class TruthError(ValueError):
    """Declared truth that does not hang together (an unknown failure id, a failure no step shows)."""


def compile_truth(steps: list[StepTruthSpec], failures: list[FailureSpec]) -> Truth:
    """Per-step declarations plus failure definitions → the session's Truth (step indices filled in)."""
    known = {failure.id for failure in failures}
    used = {step.failure for step in steps if step.failure}
    used |= {name for step in steps for name in step.resolves + step.fixes}
    if used - known:
        raise TruthError(f"steps name undefined failures: {sorted(used - known)}")
    compiled_failures = [_failure_truth(failure, steps) for failure in failures]
    step_truth = [StepTruth(step=index, **spec.model_dump(include=set(StepTruthSpec.model_fields)))
                  for index, spec in enumerate(steps)]
    return Truth(steps=step_truth, failures=compiled_failures)


def _failure_truth(failure: FailureSpec, steps: list[StepTruthSpec]) -> FailureTruth:
    shown = [index for index, step in enumerate(steps) if step.failure == failure.id]
    if not shown:
        raise TruthError(f"failure {failure.id!r} is shown by no step")
    resolved = [index for index, step in enumerate(steps) if failure.id in step.resolves and index > shown[0]]
    return FailureTruth(**failure.model_dump(), steps=shown, resolved_by=resolved[0] if resolved else None)


class TruthFile(BaseModel):
    """A hand-written `<recording>.truth.yaml` next to a recording that realcast did not make.

    Its steps are the commands as typed, in order; `realcast import` checks them against the steps it
    finds, so the truth always describes the recording it sits beside.
    """

    model_config = ConfigDict(extra="forbid")
    family: str = Field(pattern=r"^[a-z][a-z0-9-]{0,40}$", description="Family name, e.g. 'c-build'.")
    description: str = Field(min_length=1, description="What the person did, in a sentence or two.")
    source: str | None = Field(default=None, description="Where the console this recording re-enacts was posted (an "
                                                         "issue or Q&A address); none for a session typed from scratch.")
    steps: list[TruthFileStep] = Field(min_length=1)
    failures: list[FailureSpec] = Field(default_factory=list)

    def compile(self) -> Truth:
        return compile_truth(list(self.steps), self.failures)


class TruthFileStep(StepTruthSpec):
    """One step of a hand-written truth file: the command as typed, and what really happened."""

    command: str = Field(min_length=1)


TruthFile.model_rebuild()
