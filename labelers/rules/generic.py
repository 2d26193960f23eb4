"""The layer that reads any tool: every distinct failure, its decisive line, whether it was fixed, a
concrete next step and an owner from the rulebook; successes that never rest on a failing step.

Family rules outrank these (the composer keeps the highest-priority blocker per step), so a tool with a
rule of its own is described by it, and every other tool still gets a truthful report.
"""
from __future__ import annotations

import os
import re

from labelers import advice, commands
from labelers.episodes import Episode, answers, episodes, fix_between
from labelers.findings import LOOK, RESOLVED, SETUP, blocker, quoted, resolved, success
from labelers.outcomes import lines_of, succeeded, verdict
from labelers.registry import labeler
from labelers.text import clip
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.truth import BlockerCategory, OwnerRole

NAME = "generic"
EDIT = re.compile(r"^(sed -i|perl -pi)\b.*\s(\S+)$")
EDITOR = re.compile(r"^(vim?|nvim|nano|emacs)\b(?:\s+[-+]\S*)*\s+(\S+)$")  # `vim +12 app.py`: an edit in an editor
SALIENT = {"symbol", "path", "file", "package", "port", "host", "tool", "test", "module", "library"}  # the error's own names


@labeler(NAME)
def failures(transcript: Transcript) -> list[Finding]:
    """A blocker per distinct failure, open or resolved in the session."""
    return [_blocker(episode, transcript) for episode in episodes(transcript)]


@labeler("generic-success")
def successes(transcript: Transcript) -> list[Finding]:
    """Runs that show a failure fixed, what an investigation found, and plain successful commands."""
    found = episodes(transcript)
    fixed = [_fixed(episode, transcript) for episode in found if _passed(episode)]
    traced = [finding for episode in found if episode.resolved_by is None
              for finding in _investigation(episode, transcript)[:1]]
    plain = [_plain(view) for view in transcript.steps if succeeded(view)
             and not commands.is_trivial(view.command) and not commands.is_interactive(view.command)]
    return fixed + traced + plain + [_plain(view, answer=True) for view in answers(transcript)]


def _passed(episode: Episode) -> bool:
    return episode.resolved_verdict is not None and episode.resolved_verdict.outcome != "fail"


def _blocker(episode: Episode, transcript: Transcript) -> Finding:
    first, judged = episode.first, episode.verdict
    category = judged.category or BlockerCategory.COMMAND_FAILED
    fields = advice.context(first, judged)
    evidence = [first.command, *([judged.line] if judged.line else []), *(view.command for view in episode.steps[1:])]
    fix = fix_between(transcript, episode)
    return blocker(
        NAME, episode.indices, evidence, category, desc=_desc(first, judged, fields.get("where")),
        impact=advice.impact(category, fields), owner=_owner(episode, category, judged, fields),
        resolution=_resolution(episode, fix, fields), summary=_clause(episode, fix, category),
        priority=20 if judged.timed_out else 10, resolved_by=episode.resolved_by.index if episode.resolved_by else None,
        resources=advice.resource(category),
    )


def _owner(episode: Episode, category: BlockerCategory, judged, fields: dict[str, str]) -> tuple:  # noqa: ANN001
    """A slip is the typist's own; anything else is the rulebook's owner for what failed."""
    if episode.slip:
        return OwnerRole.APPLICATION_DEVELOPER, OwnerRole.APPLICATION_DEVELOPER.label
    return advice.owner(category, judged.hit, fields)


def _desc(view: StepView, judged, where: str | None) -> str:  # noqa: ANN001 - Verdict
    if judged.timed_out:
        return f"`{view.command}` did not finish and was interrupted with Ctrl-C"
    if not judged.line:
        meaning = f" ({judged.meaning.meaning})" if judged.meaning else ""
        return f"`{view.command}` failed without printing why{meaning}"
    behind = " behind a zero exit status" if judged.hidden and view.exit_code == 0 else ""
    at = f" at {where}" if where and where not in judged.line else ""
    return f"`{view.command}` failed{behind}{at}: {clip(judged.line)}"


def _resolution(episode: Episode, fix: list[StepView], fields: dict[str, str]) -> str:
    if episode.resolved_by is None:
        return advice.next_step(episode.verdict, fields)
    if episode.slip:  # name the slip too: `ls` alone says little of what went wrong
        said = f" (`{clip(episode.verdict.line)}`)" if episode.verdict.line else ""
        return f"{RESOLVED}: `{episode.first.command}` was mistyped{said}; `{episode.resolved_by.command}` succeeded"
    return resolved([view.command for view in fix], episode.resolved_by.command, passed=_passed(episode))


def _clause(episode: Episode, fix: list[StepView], category: BlockerCategory) -> str:
    """The episode's clause of the summary; `fix` is the changes that fixed it (none: open, or nothing changed)."""
    words = "" if category is BlockerCategory.COMMAND_FAILED else f" ({category.value.replace('_', ' ')})"
    clause = f"`{episode.first.command}` failed{words}"
    if episode.resolved_by is None:
        return clause
    if fix:
        return clause + f" until {quoted([view.command for view in fix])} fixed it"
    rerun = episode.resolved_by.command
    if rerun.split() != episode.first.command.split():  # a corrected slip, or the goal reached another way
        return clause + (f", then `{rerun}` succeeded" if _passed(episode) else f", then `{rerun}` got past it")
    return clause + (", then passed when run again" if _passed(episode) else ", then got past it when run again")


def _fixed(episode: Episode, transcript: Transcript) -> Finding:
    rerun, fix = episode.resolved_by, fix_between(transcript, episode)
    context = f"after {quoted([view.command for view in fix])}" if fix else f"re-run after `{episode.first.command}` failed"
    clause = f"`{rerun.command}` then succeeded" if fix else ""  # without a fix, the blocker's clause names the rerun
    return success(NAME + "-success", [rerun.index], [rerun.command], desc=f"`{rerun.command}` works after the fix",
                   specifics=rerun.command, context=context, summary=clause, priority=60)


def _investigation(episode: Episode, transcript: Transcript) -> list[Finding]:
    """What looking around established about an open failure: a look whose output names what failed."""
    fields = advice.context(episode.first, episode.verdict)
    named = [value for name, value in fields.items() if name in SALIENT]
    tokens = {token for value in named for token in (value, os.path.basename(value.rstrip("/"))) if len(token) >= 3}
    found = []
    for view in transcript.steps[episode.first.index + 1:]:
        line = next((line for line in lines_of(view) if any(token in line for token in tokens)), None)
        if line and commands.is_look(view.command) and verdict(view).outcome != "fail":
            found.append(success(
                NAME + "-success", [view.index], [view.command, line],
                desc=f"Narrowed down why `{episode.first.command}` fails", specifics=view.command,
                context=clip(line), summary=f"looked into it with `{view.command}`", priority=40,
                about=episode.first.index))
    return found


def _plain(view: StepView, answer: bool = False) -> Finding:
    """A step that worked, or (`answer`) one whose failing output was the answer the person looked for."""
    first = next((line for line in lines_of(view) if len(re.findall(r"\w", line)) >= 3), "")
    if view.record.stopped:
        desc, clause = f"`{view.command}` ran until stopped with Ctrl-C", f"ran `{view.command}` until stopping it"
    elif match := EDIT.match(view.command):
        desc, clause = f"Edited {match.group(2)} in place", f"edited {match.group(2)}"
    elif match := EDITOR.match(view.command):
        desc, clause = f"Edited {match.group(2)} in {match.group(1)}", f"edited {match.group(2)} in {match.group(1)}"
    elif answer or commands.is_look(view.command):  # reported only where nothing else is: say what it showed
        shown = f": {clip(first, 80)}" if first else ""
        desc, clause = f"`{view.command}` showed{shown or ' nothing'}", f"looked with `{view.command}`"
    else:
        desc, clause = f"`{view.command}` completed successfully", f"ran `{view.command}`"
    return success(NAME + "-success", [view.index], [view.command, *([first] if first else [])], desc=desc,
                   specifics=view.command, context=clip(first) if first else "no output", summary=clause,
                   priority=LOOK if answer or commands.is_look(view.command) else SETUP if commands.sets_up(view.command) else 10)
