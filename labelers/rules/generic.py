"""The honest fallback: any failed or hung command, and plain successful commands.

Specific rules outrank these (the composer keeps the highest-priority blocker per step), so unseen
tools still get a truthful report built from the decisive error line.
"""
from __future__ import annotations

import re

from labelers.findings import blocker, success
from labelers.registry import labeler
from labelers.text import clip, decisive_error_line
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.scenario import BlockerCategory

NAME = "generic"
INSPECTION = re.compile(r"^(ls|ll|tree|cat|head|tail|less|grep|find|wc|git (status|log|diff|show|branch)|ss|lsof|"
                        r"fuser -v|ps|pgrep|curl -sI|which|env|pwd)\b")
EDIT = re.compile(r"^sed -i\b.*\s(\S+)$")


@labeler(NAME)
def failed_commands(transcript: Transcript) -> list[Finding]:
    """A low-priority blocker for every command that failed or had to be interrupted."""
    return [_failure(view) for view in transcript.steps if view.failed or view.record.timed_out]


@labeler("generic-success")
def successful_commands(transcript: Transcript) -> list[Finding]:
    """A low-priority success for each command that exited 0 (used when nothing better exists)."""
    return [_success(view) for view in transcript.steps
            if view.record.stopped or (view.exit_code == 0 and not view.record.interrupted)]


def _failure(view: StepView) -> Finding:
    if view.record.timed_out:
        return blocker(
            NAME, [view.index], [view.command, *(["^C"] if "^C" in view.output_text() else [])],
            BlockerCategory.TIMEOUT, desc=f"`{view.command}` did not finish and was interrupted with Ctrl-C",
            impact="The command's result is unknown; whatever depends on it is blocked",
            owner="Owner of the command's target service or script",
            resolution="Find out what it waits on (network, lock, input) before re-running it",
            summary=f"`{view.command}` hung and was interrupted", priority=20,
        )
    error = decisive_error_line(view)
    desc = f"`{view.command}` failed: {clip(error)}" if error else f"`{view.command}` failed without output"
    return blocker(
        NAME, [view.index], [view.command, *([error] if error else [])], BlockerCategory.COMMAND_FAILED,
        desc=desc, impact=f"Work that needs `{view.command}` to succeed is blocked",
        owner="Developer running the session", resolution="Start from the quoted error line and the command's usage",
        summary=f"`{view.command}` failed", priority=10,
    )


def _success(view: StepView) -> Finding:
    first = next((line.strip() for line in view.output if len(re.findall(r"\w", line)) >= 3), "")
    if view.record.stopped:
        desc, clause = f"`{view.command}` ran until stopped with Ctrl-C", f"ran `{view.command}` until stopping it"
    elif match := EDIT.match(view.command):
        desc, clause = f"Edited {match.group(1)} in place", f"edited {match.group(1)}"
    elif INSPECTION.match(view.command):
        desc, clause = f"Inspected the state with `{view.command}`", f"inspected with `{view.command}`"
    else:
        desc, clause = f"`{view.command}` completed successfully", f"ran `{view.command}`"
    return success(NAME + "-success", [view.index], [view.command, *([first] if first else [])], desc=desc,
                   specifics=view.command, context=clip(first) if first else "no output", summary=clause,
                   priority=5 if INSPECTION.match(view.command) else 10)
