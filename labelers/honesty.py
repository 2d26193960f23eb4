"""Whether a report is honest, as the person whose console it is would read it.

A report is honest when every open failure is reported open and every fixed one fixed — by the step that
really fixed it, crediting the change that really made the difference (where the truth names it) — no
failure is called a success and nothing that did not fail is called a failure, no key success is filler
(a look, an editor opened, "reproduced the failure"), every open failure's hint names what its output
names, and every claim of the summary holds (what failed, what fixed it, what passed when run again).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from labelers import commands
from labelers.compose import DIAGNOSIS
from labelers.episodes import BACKGROUND
from recorder.transcript import Transcript
from schema.evidence import Evidence, EvidenceItem
from schema.report import MAX_BLOCKERS, Blocker, SessionReport
from schema.truth import FailureTruth, Truth

CONCRETE = re.compile(r"`([^`]+)`|([\w./:@+-]*[./:_\d][\w./:@+-]*)")
LINE_SUFFIX = re.compile(r"(?::\d+)+$")
QUOTED = re.compile(r"`([^`]+)`")  # in a fixed blocker's hint, the first quoted command besides the rerun is its fix
EDITORS = {"vi", "vim", "nvim", "nano", "emacs", "view"}  # merely "completed": an edit is "Edited FILE"
FILLER = re.compile(r"^(?:Reproduced the failure|Inspected the state with `)")
DONE = re.compile(r"^`(?P<command>[^`]+)` completed successfully$")
FAILED_CLAIM = re.compile(r"`([^`]+)` failed")
FIXED_CLAIM = re.compile(r"`([^`]+)` failed[^.;]*? until ((?:`[^`]+`(?: and )?)+) fixed it")
RERUN_CLAIM = re.compile(r"`([^`]+)` failed[^.;]*?, then (?:passed|got past it) when run again")
START_REACH = 3  # the look that shows a started service working comes within a few steps
PASSED_CLAIM = re.compile(r"`([^`]+)` (?:then succeeded|works after the fix)|\bran `([^`]+)`")


@dataclass
class Matched:
    """A true failure and the report's blocker matched to it (None: missed)."""

    truth: FailureTruth
    item: EvidenceItem | None
    blocker: Blocker | None


def defects(truth: Truth, transcript: Transcript, report: SessionReport, evidence: Evidence,
            matched: list[Matched], extra: int) -> list[str]:
    """Every way the report misleads its reader; an honest report has none."""
    full = len(report.blockers) >= MAX_BLOCKERS  # no room for every failure: one fixed in the session may go
    found = [problem for pair in matched if not (full and pair.item is None and pair.truth.resolved_by is not None)
             for problem in _failure(truth, transcript, pair)]
    found += [f"an invented blocker ({extra})"] * bool(extra)
    found += _successes(truth, transcript, report, evidence)
    found += _claims(truth, transcript, report.summary)
    return found


def _failure(truth: Truth, transcript: Transcript, pair: Matched) -> list[str]:
    failure, item = pair.truth, pair.item
    if item is None:
        return [f"{failure.id}: missed"]
    if item.status != failure.status:
        return [f"{failure.id}: {failure.status} failure reported {item.status}"]
    if failure.resolved_by is None:
        return [] if _names_the_failure(pair.blocker.resolution_hint, transcript, failure) else [
            f"{failure.id}: the hint names nothing its output names: {pair.blocker.resolution_hint!r}"]
    problems = []
    if item.resolved_by not in _resolvers(truth, transcript, failure):
        problems.append(f"{failure.id}: fixed by step {failure.resolved_by + 1}, reported fixed by "
                        f"step {item.resolved_by + 1}")
    if problem := _fix_problem(truth, transcript, failure, pair.blocker.resolution_hint, item.resolved_by):
        problems.append(f"{failure.id}: {problem}")
    return problems


def _resolvers(truth: Truth, transcript: Transcript, failure: FailureTruth) -> set[int]:
    """The steps that show the failure fixed: the truth's, and any later run of a command that showed it that
    did not fail (`sha256sum -c` passing before the `tar` the truth names)."""
    shown = {_command(transcript, step) for step in failure.steps}
    reruns = {step.step for step in truth.steps if step.step > failure.steps[0] and step.expect != "fail"
              and _command(transcript, step.step) in shown}
    started = {step.step for step in truth.steps if failure.id in step.fixes}  # the fix that itself shows it works
    return (reruns | started | _got_past(truth, transcript, failure, shown, started) | {failure.resolved_by}
            | _with_its_start(transcript, failure.resolved_by))


def _with_its_start(transcript: Transcript, resolver: int | None) -> set[int]:
    """A service started in the background and the first look that shows it working are one event: the truth
    may name either (`./worker.py &`, then `tail -f worker.log`)."""
    if resolver is None:
        return set()
    started = {resolver - 1} if resolver and BACKGROUND.search(_command(transcript, resolver - 1)) else set()
    shown = set(range(resolver + 1, resolver + 1 + START_REACH)) if BACKGROUND.search(
        _command(transcript, resolver)) else set()
    return started | shown


def _got_past(truth: Truth, transcript: Transcript, failure: FailureTruth, shown: set[str],
              fixes: set[int]) -> set[int]:
    """The rerun after the fix that fails with another error: by the truth conventions it shows the first one
    gone, though a truth may name the later run that works."""
    if not fixes or failure.resolved_by is None:
        return set()
    return {step.step for step in truth.steps if min(fixes) < step.step < failure.resolved_by
            and step.expect == "fail" and step.failure != failure.id
            and any(_same_run(_command(transcript, step.step), command) for command in shown)}


def _same_run(first: str, second: str) -> bool:
    """One program on the same files, whatever its options (`psql -d shop -f m.sql`, `psql -d shop -v
    ON_ERROR_STOP=1 -f m.sql`)."""
    words = [commands.program_words(command) for command in (first, second)]
    files = [{word for word in found[1:] if ("/" in word or "." in word) and not word.startswith("-")
              and "=" not in word} for found in words]
    return bool(words[0] and words[1]) and words[0][0] == words[1][0] and files[0] == files[1] and bool(files[0])


def _names_the_failure(hint: str, transcript: Transcript, failure: FailureTruth) -> bool:
    """The hint names something the failing steps name — a fact, a word or path their output printed, a path,
    port or file of their arguments — not merely the command line (a hint that would fit any error)."""
    views = [view for view in transcript.steps if view.index in failure.steps]
    printed = "\n".join(view.output_text() for view in views)
    ran = {view.command for view in views}
    return any(fact in hint for fact in failure.facts) or _names(hint, printed, ran)


def _names(hint: str, printed: str, ran: set[str]) -> bool:
    """A quoted part of the hint other than a whole command line, a word of it, or a concrete token (a path,
    a port, `file.py:12`) is in the output or is an argument of the commands run (a host, a file)."""
    arguments = {word for command in ran for word in commands.program_words(command)[1:] if len(word) >= 3}
    for quoted, token in CONCRETE.findall(hint):
        whole = (quoted or token).strip(".,:;()'\"")
        if whole in ran:
            continue  # "re-run `make`": the command line itself names nothing of the error
        candidates = {whole, LINE_SUFFIX.sub("", whole), *(word.strip(".,:;()'\"") for word in quoted.split())}
        for name in candidates:
            if len(name) >= 4 and name in printed or name in arguments:
                return True
    return False


def _concrete(text: str) -> bool:
    return any(len(token) >= 3 for _, token in CONCRETE.findall(text))


def _fix_problem(truth: Truth, transcript: Transcript, failure: FailureTruth, hint: str, rerun: int) -> str | None:
    """Where the truth says which steps fixed this failure, the hint credits one of them."""
    fixes = {_command(transcript, step.step) for step in truth.steps if failure.id in step.fixes}
    if not fixes:
        return None  # the truth does not say (a truth written before fixes were declared, or nothing changed)
    resolver = _command(transcript, rerun)
    if resolver in fixes:
        return None  # the change itself shows it works (a server started on another port)
    named = [quoted for quoted in QUOTED.findall(hint) if quoted.split() != resolver.split()]
    if named and not any(_names_command(quoted, fix) for quoted in named for fix in fixes):
        return f"credits `{named[0]}` with the fix, not `{sorted(fixes)[0]}`"
    if not named:
        return f"does not say that `{sorted(fixes)[0]}` fixed it"
    return None


def _names_command(quoted: str, command: str) -> bool:
    """The quote is the command, its first line (how a report names a heredoc or a loop typed over lines), or
    its beginning where a backtick inside it (a JavaScript template in a heredoc) ended the quote early."""
    return (quoted == command or ("\n" in command and quoted == command.splitlines()[0] and not quoted.endswith("\\"))
            or ("`" in command and command.startswith(quoted) and len(quoted) >= 20))


def _successes(truth: Truth, transcript: Transcript, report: SessionReport, evidence: Evidence) -> list[str]:
    failing = {step.step for step in truth.steps if step.expect == "fail"}
    items = [item for item in evidence.items if item.item.startswith("key_successes")]
    problems = [f"a failure called a success: {report.key_successes[_index(item)].desc!r}" for item in items
                if set(item.steps) & failing and item.labeler != DIAGNOSIS]
    return problems + [f"a filler success: {report.key_successes[_index(item)].desc!r}" for item in items
                       if _filler(report.key_successes[_index(item)].desc, item, transcript)]


def _index(item: EvidenceItem) -> int:
    return int(item.item.split("[")[1].rstrip("]"))


def _filler(desc: str, item: EvidenceItem, transcript: Transcript) -> bool:
    """Nothing learned: a look, a reproduced failure, or an editor, pager or REPL that merely ran."""
    if FILLER.match(desc):
        return True
    done = DONE.match(desc)
    return bool(done) and (commands.is_look(done["command"]) or commands.is_trivial(done["command"])
                           or _interactive(done["command"]))


def _interactive(command: str) -> bool:
    """An editor, a pager, or a REPL started with nothing to run: what it did is not in the transcript."""
    return commands.program(command) in EDITORS or commands.is_interactive(command)


def _claims(truth: Truth, transcript: Transcript, summary: str) -> list[str]:
    """Each claim of the summary against what happened: what failed, what fixed it, what passed."""
    problems = [f"the summary says `{command}` failed" for command in FAILED_CLAIM.findall(summary)
                if not _failures_of(truth, transcript, command)]
    for failed, fixes in FIXED_CLAIM.findall(summary):
        if not _fixed_by(truth, transcript, failed, QUOTED.findall(fixes)):
            problems.append(f"the summary says {fixes} fixed `{failed}`")
    for failed in RERUN_CLAIM.findall(summary):
        if not _passed_again(truth, transcript, failed):
            problems.append(f"the summary says `{failed}` passed when run again")
    for first, second in PASSED_CLAIM.findall(summary):
        if not _ran(truth, transcript, first or second, "ok", "warn"):
            problems.append(f"the summary says `{first or second}` succeeded")
    return problems


def _ran(truth: Truth, transcript: Transcript, command: str, *outcomes: str) -> bool:
    return any(_names_command(command, _command(transcript, step.step)) and step.expect in outcomes
               for step in truth.steps)


def _failures_of(truth: Truth, transcript: Transcript, command: str) -> list[FailureTruth]:
    return [failure for failure in truth.failures
            if any(_names_command(command, _command(transcript, step)) for step in failure.steps)]


def _fixed_by(truth: Truth, transcript: Transcript, failed: str, named: list[str]) -> bool:
    for failure in _failures_of(truth, transcript, failed):
        fixes = {_command(transcript, step.step) for step in truth.steps if failure.id in step.fixes}
        if failure.resolved_by is not None and (not fixes or any(_names_command(n, f) for n in named for f in fixes)):
            return True
    return False


def _passed_again(truth: Truth, transcript: Transcript, failed: str) -> bool:
    """Run again: the step that shows it fixed is the same command, not another one (`make check` after
    `make chekc` is a corrected slip, not a rerun)."""
    return any(failure.resolved_by is not None and _command(transcript, failure.resolved_by).split() == failed.split()
               for failure in _failures_of(truth, transcript, failed))


def _command(transcript: Transcript, index: int) -> str:
    return transcript.steps[index].command if index < len(transcript.steps) else ""
