"""git merges: conflicts (and commits attempted while unmerged), their resolution or abort, clean merges."""
from __future__ import annotations

import re

from labelers import commands
from labelers.advice import owner_hint
from labelers.episodes import EDIT
from labelers.findings import RESOLVED, blocker, success
from labelers.outcomes import failed, succeeded
from labelers.registry import labeler
from labelers.text import lines_matching
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.truth import BlockerCategory, OwnerRole

NAME = "git-conflicts"
MERGE = re.compile(r"^git (merge|pull|rebase)\b(?!.*--(abort|continue|quit|skip))")
ABORT = re.compile(r"^git (merge|rebase) --abort\b")
COMMIT = re.compile(r"^git (commit|merge --continue|rebase --continue)\b")
CONFLICT = re.compile(r"^CONFLICT \([^)]+\): Merge conflict in (?P<path>\S+)")
MERGE_FAILED = re.compile(r"^Automatic merge failed")
DURING_MERGE = re.compile(  # what git says when the conflict is still in the way
    r"(Committing|Merging) is not possible because you have unmerged files|unresolved conflict|"
    r"cannot switch branch while merging|you need to resolve your current index first|leftover conflict marker|"
    r"You have not concluded your merge"
)
LEFTOVER_MARKERS = re.compile(r"leftover conflict marker")
CLEAN_MERGE = re.compile(r"^Merge made by the '\w+' strategy\.|^Fast-forward$|^Already up to date\.")
COMMIT_LINE = re.compile(r"^\[[^\]]+ [0-9a-f]{7,}\] ")
BRANCH_IN_PROMPT = re.compile(r"\((?P<branch>[^ |)*+%]+)")
RESOLVING = re.compile(rf"^(git checkout --(ours|theirs)|git restore|git mergetool)\b|{EDIT.pattern}"
                       r"|^(?:cat\s*>|tee\s+)\s*\S+\s*<<")  # the conflicted file written anew from a heredoc
RESOURCE = "Read the conflict markers with `git diff`; `git checkout --ours/--theirs FILE` picks one side"


@labeler(NAME)
def git_conflicts(transcript: Transcript) -> list[Finding]:
    """A blocker per conflicted merge (with the failed commits it caused); successes for committed merges."""
    findings: list[Finding] = []
    steps = transcript.steps
    for view in steps:
        if not _is(MERGE, view):
            continue
        conflicts = lines_matching(view, CONFLICT)
        if conflicts:
            findings += _conflict(view, conflicts, steps[view.index + 1:])
        elif succeeded(view) and (clean := lines_matching(view, CLEAN_MERGE)):
            findings.append(_clean_merge(view, clean[0]))
    return findings


def _conflict(merge: StepView, conflicts: list[str], later: list[StepView]) -> list[Finding]:
    files = [CONFLICT.match(line).group("path") for line in conflicts]
    episode = _episode(later)
    stuck = [view for view in episode if (failed(view) and lines_matching(view, DURING_MERGE))
             or _committed_markers(view, later)]
    ending = episode[-1] if episode and _ends_merge(episode[-1]) else None
    evidence = [merge.command, *conflicts, *lines_matching(merge, MERGE_FAILED)]
    evidence += [line for view in stuck for line in (view.command, *lines_matching(view, DURING_MERGE)[:1])]
    target = _branch(merge)
    fixed_by = _fixed_by(merge, episode, ending, later)
    found = [blocker(
        NAME, [merge.index, *(view.index for view in stuck)], evidence, BlockerCategory.MERGE_CONFLICT,
        desc=f"`{merge.command}` stopped on conflicts in {', '.join(files)}",
        impact=f"The merge into {target} cannot be committed until the conflicts are resolved" if target
        else "The merge cannot be committed until the conflicts are resolved",
        owner=(OwnerRole.CHANGE_AUTHORS, owner_hint(OwnerRole.CHANGE_AUTHORS, files[0])),
        resolution=_resolution(merge, files, episode, ending, later), summary=f"`{merge.command}` hit conflicts in {', '.join(files)}",
        priority=80, resolved_by=fixed_by.index if fixed_by else None, resources=[RESOURCE],
    )]
    if ending is not None and _is(COMMIT, ending):
        committed = lines_matching(ending, COMMIT_LINE)
        found.append(success(NAME, [ending.index], [ending.command, *committed[:1]],
                             desc=f"Resolved the conflict in {', '.join(files)} and committed the merge",
                             specifics=ending.command, context=committed[0] if committed else ending.command,
                             summary=f"resolved and committed with `{ending.command}`", priority=85))
    return found


def _fixed_by(merge: StepView, episode: list[StepView], ending: StepView | None,
              later: list[StepView]) -> StepView | None:
    """The commit that concludes the merge, or after an abort the later merge that went through."""
    if ending is None:
        return None
    if _is(ABORT, ending):
        return _clean_redo(merge, later[len(episode):])
    return ending


def _episode(later: list[StepView]) -> list[StepView]:
    """Steps after the merge, up to the commit or abort that ends it — not a commit that a check right
    after it shows to have committed leftover conflict markers."""
    episode = []
    for view in later:
        episode.append(view)
        if _ends_merge(view) and not _committed_markers(view, later):
            break
    return episode


def _committed_markers(view: StepView, later: list[StepView]) -> bool:
    """A commit that a check right after it shows to have committed leftover conflict markers."""
    if not (_is(COMMIT, view) and succeeded(view)):
        return False
    position = later.index(view)
    return any(lines_matching(next_view, LEFTOVER_MARKERS) for next_view in later[position + 1:position + 3])


def _ends_merge(view: StepView) -> bool:
    return succeeded(view) and bool(_is(ABORT, view) or _is(COMMIT, view))


def _resolution(merge: StepView, files: list[str], episode: list[StepView], ending: StepView | None,
                later: list[StepView]) -> str:
    if ending is None:
        return f"Edit {', '.join(files)} to remove the conflict markers, `git add` them, then `git commit`"
    if _is(ABORT, ending):
        redo = _clean_redo(merge, later[len(episode):])
        if redo is not None:
            return f"{RESOLVED}: aborted with `{ending.command}`, then `{redo.command}` merged without conflicts"
        return f"The merge was aborted with `{ending.command}`; redo it and resolve {', '.join(files)}"
    edits = [view.command for view in episode if succeeded(view) and _settles(view, files)]
    via = f" with `{edits[0]}`" if edits else ""
    return f"{RESOLVED}{via}, then committed with `{ending.command}`"


def _settles(view: StepView, files: list[str]) -> bool:
    """It settles a conflict: a side picked, an editor or `sed -i`, or a conflicted file written anew
    (`printf 'build/\\n' > .gitignore`)."""
    written = commands.writes_file(view.command) and any(path in commands.tokens(view.command) for path in files)
    return bool(RESOLVING.match(view.command)) or written


def _clean_redo(merge: StepView, after: list[StepView]) -> StepView | None:
    """A later merge of the same branch that went through."""
    branch = merge.command.split()[-1]
    return next((view for view in after if _is(MERGE, view) and view.command.split()[-1] == branch
                 and succeeded(view)), None)


def _clean_merge(view: StepView, line: str) -> Finding:
    return success(NAME, [view.index], [view.command, line], desc="Merged without conflicts",
                   specifics=view.command, context=line, summary=f"`{view.command}` merged cleanly", priority=75)


def _is(pattern: re.Pattern[str], view: StepView) -> bool:
    """The git command matches, whatever environment it was given (`GIT_EDITOR=true git rebase --continue`)."""
    return bool(pattern.match(" ".join(commands.program_words(view.command))))


def _branch(view: StepView) -> str | None:
    match = BRANCH_IN_PROMPT.search(view.prompt_line.split("$")[0])
    return match.group("branch") if match else None
