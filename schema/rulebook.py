"""The labelers' rulebook (labelers/rulebook.yaml): error signatures, and per category an owner, an impact
and concrete next steps. Hints are templates filled from the error line's named groups and the command,
so every hint names the file, symbol, port or command of the session it describes."""
from __future__ import annotations

import re
import string
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schema.truth import BlockerCategory, OwnerRole, compiled

CONTEXT_FIELDS = {"command", "program", "line", "target", "where"}


def placeholders(template: str) -> set[str]:
    """The {names} a template needs."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Signature(BaseModel):
    """A kind of error line: how to recognise it, how telling it is, and what to do about it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    pattern: str = Field(description="Regex searched in one output line; named groups feed the templates.")
    category: BlockerCategory
    rank: int = Field(ge=1, le=100, description="The most telling line of a step has the highest rank.")
    strong: bool = Field(default=False, description="Shows a failure even when the command exited 0.")
    ignore_case: bool = False
    owner: OwnerRole | None = Field(default=None, description="Overrides the category's owner role.")
    hints: list[str] = Field(default_factory=list, description="Next steps; the first whose fields are known wins.")
    programs: list[str] = Field(default_factory=list, description="Only in the output of these programs (an HTTP "
                                "error body means a failure from curl, not from cat); empty: any program.")
    fixed_by: str | None = Field(default=None, description="Regex of the change that fixes it (`git pull --rebase` "
                                 "for a rejected push): among the changes before the rerun, it is named the fix.")

    @field_validator("pattern", "fixed_by")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        return compiled(pattern) if pattern is not None else None

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.I if self.ignore_case else 0)


class CategoryRule(BaseModel):
    """What a blocker of one category means and who owns it, when no signature says more."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    owner: OwnerRole
    project_owner: OwnerRole | None = Field(default=None, description="The owner when the path is the project's own.")
    impact: str = Field(description="Template: what the failure blocks.")
    hints: list[str] = Field(min_length=1, description="Next steps; the first whose fields are known wins.")
    resource: str | None = Field(default=None, description="A short resource line for the report.")
    remedies: list[str] = Field(default_factory=list, description="Words of an edit that fixes this kind "
                                "(`mkdir` for a missing folder): among several edits, the one that names one.")


class ExpectedExit(BaseModel):
    """A non-zero exit that is an answer, not a failure (grep finding nothing, diff finding differences)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    program: str
    codes: list[int]
    subcommand: str | None = None


class Lookup(BaseModel):
    """A command that asks whether something is there (`pkg-config --modversion zlib`, `pip show requests`): the
    line that says it is not is an answer, not a failure."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    command: str = Field(description="Regex on the command's main stage.")
    absent: str = Field(description="Regex of the line that says it is not there.")

    @field_validator("command", "absent")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        return compiled(pattern)


class GoalAlias(BaseModel):
    """A command that reaches a goal other commands reach too (`systemctl start redis-server`, `service
    redis-server start` and `redis-server --daemonize yes` all start redis-server)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str = Field(description="Regex on the command's main stage; a `target` group names what it acts on.")
    goal: str = Field(description="The goal's name: `start`.")
    target: str | None = Field(default=None, description="The target when the pattern has no `target` group.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        return compiled(pattern)


class Workaround(BaseModel):
    """A known way round a failure that reaches what the failed command was for by other means: the jar built by
    hand when Maven cannot fetch its plugins, the server started by hand where there is no systemd."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    signatures: list[str] = Field(min_length=1, description="The ids of the signatures whose failure it goes round.")
    programs: list[str] = Field(default_factory=list, description="Only for these failed programs; empty: any.")
    failed: str | None = Field(default=None, description="Regex the failed command must match (`-m build`).")
    reached_by: str = Field(description="Regex on a later command that, when it works, reaches the goal.")

    @field_validator("reached_by", "failed")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        return compiled(pattern) if pattern is not None else None


class Confirmation(BaseModel):
    """What a command always prints when it works (`git commit`: `[main 1a2b3c4] message`): without an exit code,
    its output without that line is a failure (a hook that stopped the commit)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    command: str = Field(description="Regex on the command line (`^git commit\\b`).")
    shown: str = Field(description="Regex of the line it prints on success.")
    unless: str | None = Field(default=None, description="Regex on the command line for a quiet run that prints none.")

    @field_validator("command", "shown", "unless")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        return compiled(pattern) if pattern is not None else None


class ExitMeaning(BaseModel):
    """What a program's exit code says when it printed nothing telling (curl's 7: could not connect)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    program: str
    code: int
    category: BlockerCategory
    meaning: str = Field(description="A few words for the blocker's description, without digits.")
    hints: list[str] = Field(min_length=1)


class Rulebook(BaseModel):
    """Everything the generic labeler knows about tools it has no family rule for."""

    model_config = ConfigDict(extra="forbid")
    wrappers: list[str] = Field(description="Lines that only say that something else failed; never the reason.")
    warnings: list[str] = Field(description="Lines that flag a problem without failing the command (outcome warn).")
    notes: list[str] = Field(default_factory=list, description="A tool's remarks on its own results that read like "
                             "errors but are none (ab's `ERROR: ... NOT reliable`): never a failure, outcome warn.")
    viewers: list[str] = Field(description="Programs that show files or state: errors in their output are findings.")
    shows_content: list[str] = Field(default_factory=list, description="Viewers whose output is a file's or log's "
                                     "text: only their own complaints (`cat: x: …`) are failures.")
    probes: list[str] = Field(default_factory=list, description="Commands that only look (curl GET, openssl x509): never a fix.")
    subcommand_programs: list[str] = Field(description="Programs whose first argument names the action (git, go).")
    path_not_owner: list[str] = Field(description="Path patterns that never make an owner (stdlib, site-packages).")
    goals: list[GoalAlias] = Field(default_factory=list, description="Commands that reach one goal in different ways.")
    workarounds: list[Workaround] = Field(default_factory=list, description="Ways round a failure that reach its goal.")
    expected_exits: list[ExpectedExit]
    lookups: list[Lookup] = Field(default_factory=list, description="Commands whose 'not there' is an answer.")
    content_views: list[str] = Field(default_factory=list, description="Regexes of commands that print a file's "
                                     "text though their program can also change it (`sed -n '300,302p' app.log`).")
    dry_runs: list[str] = Field(default_factory=list, description="Regexes of commands that only show what they "
                                "would do (`make -n deploy`): such a run reaches no goal.")
    probe_names: list[str] = Field(default_factory=list, description="Names people ask a server for to see its "
                                   "error answer (`/api/nope`): a 404 or an error body for one is that answer.")
    linters: list[str] = Field(default_factory=list, description="Programs that print one line per finding: "
                               "counted (`| wc -l`), a number above 0 is findings left.")
    exit_meanings: list[ExitMeaning]
    confirmations: list[Confirmation] = Field(default_factory=list, description="Lines a command prints when it works.")
    signatures: list[Signature]
    categories: dict[BlockerCategory, CategoryRule]

    @field_validator("wrappers", "warnings", "notes", "path_not_owner", "probes")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        return [compiled(pattern) for pattern in patterns]

    @model_validator(mode="after")
    def _complete(self) -> "Rulebook":
        missing = set(BlockerCategory) - set(self.categories)
        if missing:
            raise ValueError(f"categories without a rule: {sorted(c.value for c in missing)}")
        ids = [signature.id for signature in self.signatures]
        if len(ids) != len(set(ids)):
            raise ValueError("signature ids must be unique")
        unknown_ids = {name for way in self.workarounds for name in way.signatures} - set(ids)
        if unknown_ids:
            raise ValueError(f"workarounds name unknown signatures: {sorted(unknown_ids)}")
        for signature in self.signatures:
            unknown = {p for hint in signature.hints for p in placeholders(hint)} - CONTEXT_FIELDS - set(
                signature.regex.groupindex)
            if unknown:
                raise ValueError(f"signature {signature.id}: hint fields {sorted(unknown)} are not groups of its pattern")
        return self


class SuccessSignature(BaseModel):
    """A line that shows a family's tool did its job (`syntax is ok`, `BUILD SUCCESS`, `PONG`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    pattern: str = Field(description="Regex searched in one output line of a step that did not fail.")
    desc: str = Field(description="Template: what the step achieved; {command} and the pattern's named groups.")
    command: str | None = Field(default=None, description="Regex the command must match, when the line alone is not enough.")

    @field_validator("pattern", "command")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        return compiled(pattern) if pattern else pattern

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    @model_validator(mode="after")
    def _fields_known(self) -> "SuccessSignature":
        unknown = placeholders(self.desc) - {"command"} - set(re.compile(self.pattern).groupindex)
        if unknown:
            raise ValueError(f"success {self.id}: desc fields {sorted(unknown)} are not groups of its pattern")
        return self


class FamilyRules(BaseModel):
    """A family labeler (labelers/families/<family>.yaml) or an ecosystem's rules (labelers/ecosystems/<name>.yaml:
    the tools people meet most, by ecosystem): failure signatures, which join the rulebook's, and the lines
    that show the tools succeeding."""

    model_config = ConfigDict(extra="forbid")
    family: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    tools: list[str] = Field(min_length=1, description="The programs this family's sessions use.")
    signatures: list[Signature] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Its tools' remarks that read like errors but are none.")
    successes: list[SuccessSignature] = Field(default_factory=list)
