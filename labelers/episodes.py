"""Failures followed through a session: one per distinct reason, resolved by a later run of the same goal.

A run of the same goal (same program and target) that succeeds resolves the failure; one that fails for a
different reason also shows the first reason gone — and starts a failure of its own. A run that fails
for the same reason again is the same failure, not a new one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from labelers import commands
from labelers.outcomes import Verdict, verdict
from recorder.transcript import StepView, Transcript


@dataclass
class Episode:
    """One distinct failure: the steps that show it, and the step that shows it gone (None: open)."""

    goal: commands.Goal | None
    first: StepView
    verdict: Verdict
    steps: list[StepView] = field(default_factory=list)
    resolved_by: StepView | None = None
    resolved_verdict: Verdict | None = None

    @property
    def indices(self) -> list[int]:
        return [view.index for view in self.steps]


def episodes(transcript: Transcript) -> list[Episode]:
    """Every distinct failure in the session, in order, with its resolution."""
    found: list[Episode] = []
    for view in transcript.steps:
        judged = verdict(view)
        aim = commands.goal(view.command)
        _resolve(found, view, judged, aim)
        if judged.outcome == "fail":
            _record(found, view, judged, aim)
    return found


def _resolve(found: list[Episode], view: StepView, judged: Verdict, aim: commands.Goal | None) -> None:
    for episode in found:
        open_here = episode.resolved_by is None and commands.same_goal(episode.goal, aim)
        if open_here and (judged.outcome != "fail" or judged.reason != episode.verdict.reason):
            episode.resolved_by, episode.resolved_verdict = view, judged


def _record(found: list[Episode], view: StepView, judged: Verdict, aim: commands.Goal | None) -> None:
    again = next((episode for episode in found if episode.resolved_by is None and episode.verdict.reason == judged.reason
                  and commands.same_goal(episode.goal, aim)), None)
    if again is not None:
        again.steps.append(view)
    else:
        found.append(Episode(aim, view, judged, [view]))


def fix_between(transcript: Transcript, episode: Episode) -> StepView | None:
    """The change that fixed a resolved failure (None when open, or when nothing changed in between)."""
    if episode.resolved_by is None:
        return None
    return change_between(transcript, episode.first, episode.resolved_by)


def change_between(transcript: Transcript, failed: StepView, rerun: StepView) -> StepView | None:
    """The last successful step between a failure and its re-run that is neither a look around nor
    another try of the same goal (the edit, restart or chmod that made the difference)."""
    aim = commands.goal(failed.command)
    between = transcript.steps[failed.index + 1:rerun.index]
    changes = [view for view in between if verdict(view).outcome != "fail" and not commands.is_viewer(view.command)
               and not commands.same_goal(aim, commands.goal(view.command))]
    return changes[-1] if changes else None
