"""Owner, impact and next step for a failure, from the rulebook, filled with the session's own facts.

Templates are filled from the error line's named groups and from the context of the step: the command,
its program and target, the decisive line, and `where` — the project's own file:line that the output
points at (a traceback's last project frame, never the standard library or an installed package).
"""
from __future__ import annotations

import re
from functools import cache

from labelers import commands, goals
from labelers.outcomes import Verdict, lines_of
from labelers.signatures import Hit, rulebook
from recorder.transcript import StepView
from schema.rulebook import placeholders
from schema.truth import BlockerCategory, OwnerRole

FRAMES = (  # where a stack trace points, by language: (pattern, take the last match rather than the first)
    (re.compile(r'File "(?P<file>[^"]+)", line (?P<lineno>\d+)'), True),
    (re.compile(r"^(?P<file>[\w./-]+\.py):(?P<lineno>\d+): \w"), True),
    (re.compile(r"\bat [\w.$<>]+\((?P<file>[\w$]+\.(?:java|kt)):(?P<lineno>\d+)\)"), False),
    (re.compile(r"^\s*(?P<file>/\S+\.go):(?P<lineno>\d+)"), False),
    (re.compile(r"\bat .*?\(?(?P<file>[^\s()]+\.[cm]?[jt]s):(?P<lineno>\d+):\d+\)?$"), False),
    (re.compile(r"\bat (?P<file>[\w./-]+\.(?:c|cc|cpp|h|rs)):(?P<lineno>\d+)"), False),
)
JVM_LIBRARY = re.compile(r"^(java|javax|jdk|sun|org\.junit|junit)\.")


@cache
def _not_owner() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in rulebook().path_not_owner))


def is_project_path(path: str) -> bool:
    """A path the project or its service owns: not the standard library, an installed package or /usr."""
    return not _not_owner().search(path)


def context(view: StepView, verdict: Verdict) -> dict[str, str]:
    """The fields hint and impact templates may use for this failure."""
    fields = {"command": view.command, "program": commands.program(view.command) or view.command}
    if verdict.line:
        fields["line"] = verdict.line
    if target := goals.target(view.command):
        fields["target"] = target
    if where := _where(view, verdict.hit):
        fields["where"] = where
    return {**fields, **(verdict.hit.groups if verdict.hit else {})}


def _where(view: StepView, hit: Hit | None) -> str | None:
    groups = hit.groups if hit else {}
    if "file" in groups and "lineno" in groups and is_project_path(groups["file"]):
        return f"{groups['file']}:{groups['lineno']}"
    for pattern, last in FRAMES:
        frames = [m for line in lines_of(view) if (m := pattern.search(line)) and _project_frame(m, line)]
        if frames:
            chosen = frames[-1] if last else frames[0]
            return f"{chosen.group('file')}:{chosen.group('lineno')}"
    return None


def _project_frame(match: re.Match[str], line: str) -> bool:
    frame = line.strip().removeprefix("at ").split("(")[0]
    return is_project_path(match.group("file")) and not JVM_LIBRARY.match(frame)


def fill(templates: list[str], fields: dict[str, str]) -> str | None:
    """The first template whose fields are all known, filled."""
    for template in templates:
        names = placeholders(template)
        if names <= set(fields):
            return template.format(**{name: fields[name] for name in names})
    return None


def next_step(verdict: Verdict, fields: dict[str, str]) -> str:
    """A concrete next step for an open failure: the signature's hints, then the category's."""
    category = rulebook().categories[verdict.category or BlockerCategory.COMMAND_FAILED]
    signature_hints = verdict.hit.signature.hints if verdict.hit else []
    exit_hints = verdict.meaning.hints if verdict.meaning else []
    found = fill(exit_hints, fields) or fill(signature_hints, fields) or fill(category.hints, fields)
    return found or f"Re-run `{fields['command']}` with its verbose option and read why it stops"


def impact(category: BlockerCategory, fields: dict[str, str]) -> str:
    return fill([rulebook().categories[category].impact], fields) or "The work that needed it is blocked"


def resource(category: BlockerCategory) -> list[str]:
    line = rulebook().categories[category].resource
    return [line] if line else []


CODE_OWNERS = {OwnerRole.APPLICATION_DEVELOPER, OwnerRole.BUILD_MAINTAINER}  # who owns the code a traceback points at


def owner(category: BlockerCategory, hit: Hit | None, fields: dict[str, str]) -> tuple[OwnerRole, str]:
    """The owner role (the signature's, else the category's; the project's own role for its own files),
    and the owner_hint text that names the path involved."""
    rule = rulebook().categories[category]
    path = _owned_path(fields)
    role = (hit.signature.owner if hit and hit.signature.owner else None) or rule.owner
    if path and rule.project_owner and not path.startswith("/") and not (hit and hit.signature.owner):
        role = rule.project_owner
    named = path in (fields.get("file"), fields.get("path"))
    return role, owner_hint(role, path if named or role in CODE_OWNERS else None)


def owner_hint(role: OwnerRole, path: str | None) -> str:
    return f"{role.label} (owner of {path})" if path else role.label


def _owned_path(fields: dict[str, str]) -> str | None:
    where = fields.get("where", "").rsplit(":", 1)[0] or None
    for candidate in (fields.get("file"), fields.get("path"), where):
        if candidate and is_project_path(candidate):
            return candidate
    return None
