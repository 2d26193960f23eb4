"""How each step really ended: ok, fail or warn — from its exit code and what it printed.

A failure can hide behind exit 0 (`sqlite3 … | head`, `make || true`, tools that print an error and
exit 0): a strong error signature in the output of a command that is not merely showing files says so.
A non-zero exit can be an answer (grep found nothing). With no exit code (imported recordings without
marks) the output alone decides, and a step whose output reads like an error without any signature saying
what it is stays `unknown`: it is neither a failure reported nor a success claimed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from labelers import commands, goals
from labelers.signatures import Hit, decisive, is_warning, is_wrapper, rulebook, scan
from schema.rulebook import ExitMeaning
from recorder.transcript import StepView
from schema.truth import BlockerCategory

EXIT_CATEGORIES = {124: BlockerCategory.TIMEOUT, 126: BlockerCategory.PERMISSION_DENIED,
                   127: BlockerCategory.NOT_FOUND, 137: BlockerCategory.RESOURCE_EXHAUSTED,
                   139: BlockerCategory.CRASH}
SIGINT_EXIT = 130
LOOKUPS = {"ls", "stat", "readlink", "realpath"}  # they ask whether something is there
WEB_CLIENTS = {"curl", "wget", "http"}
TRAVERSALS = {"du", "find", "tree"}  # they walk a tree and report on every part they could read
ANSWER_BODIES = {"http-json-error"}  # what an API says with its 404
URL = re.compile(r"^(?:\w+://|[\w.-]+:\d+/|localhost/)\S*[/?]")
NOT_FOUND = BlockerCategory.NOT_FOUND
INTERRUPT = "^C"
READY = re.compile(r"serving|listening|running (?:on|at)|started|ready|press ctrl[+-]c|accepting connections"
                   r"|\b(?:on|at) https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\])(?::\d+)?\b",
                   re.I)  # a server's ready line, or its own address (`landing page on http://localhost:8080`)
DIGITS = re.compile(r"\d+")
DECLINED = re.compile(r"(?i)(?:\(y(?:es)?\s*(?:or|/)\s*n(?:o)?\)\??|\[y/n\])\??\s*n(?:o)?$")  # a question answered no
OWN_COMPLAINT = re.compile(r"^-?[\w./+-]+: ")  # `pg_ctl: could not start server`, `./run.sh: line 3: …`
JOB_DIED = re.compile(r"^\[\d+\][+-]?\s+(?:Exit [1-9]\d*|Segmentation fault|Aborted)(?: \(core dumped\))?\s+\S")
SHELLS = {"bash", "sh", "zsh", "dash", "ksh"}
USAGE = re.compile(r"^usage:\s", re.I)
DATA_STAGES = {"sort", "uniq", "cut", "tr", "column", "nl"}  # they reshape data: their lines are data
HEX = re.compile(r"0x[0-9a-f]+|\b[0-9a-f]{7,40}\b")


@dataclass(frozen=True)
class Verdict:
    """One step's outcome, the error line that decides it (if any) and a key for 'the same reason'."""

    outcome: Literal["ok", "fail", "warn", "unknown"]
    hit: Hit | None = None
    line: str | None = None
    category: BlockerCategory | None = None
    hidden: bool = False  # failed although the exit code said 0 (or said nothing)
    timed_out: bool = False
    meaning: ExitMeaning | None = None  # what the exit code says when the output says nothing telling
    elsewhere: bool = False  # its line was printed by the look that followed (the log it pointed to)

    @property
    def reason(self) -> str:
        """What makes two failures the same failure: the decisive line with numbers and hashes masked."""
        if self.timed_out or not self.line:  # nothing quotable: the kind of failure is all there is to compare
            return self.category.value if self.category else "unknown"
        return DIGITS.sub("#", HEX.sub("#", self.line.lower())).strip()


def lines_of(view: StepView) -> list[str]:
    """The step's output lines, stripped, without blanks and the `^C` echo."""
    return _meaningful(tuple(view.output))


def _meaningful(output: tuple[str, ...]) -> list[str]:
    return [line.strip() for line in output if line.strip() and line.strip() != INTERRUPT]


def verdict(view: StepView) -> Verdict:
    """The step's outcome, judged from exit code and output together."""
    record = view.record
    return _judge(view.command, view.exit_code, record.stopped, record.timed_out, tuple(view.output))


def failed(view: StepView) -> bool:
    return verdict(view).outcome == "fail"


def succeeded(view: StepView) -> bool:
    """It ran to the end without failing (a warning included), as far as the transcript shows."""
    return verdict(view).outcome in ("ok", "warn")


@lru_cache(maxsize=8192)  # every rule asks about every step; the answer depends only on these
def _judge(command: str, exit_code: int | None, stopped: bool, timed_out: bool, output: tuple[str, ...]) -> Verdict:
    if stopped:
        return Verdict("ok")
    if timed_out:
        return _failed(command, exit_code, [], timed_out=True)
    lines = _meaningful(output)
    if any(JOB_DIED.match(line) for line in lines):
        return _background_died(lines)
    hits = _own_hits(command, scan(lines, commands.program(command)))
    strong = [hit for hit in hits if hit.signature.strong]
    if exit_code is None and any(line.strip().startswith(INTERRUPT) or line.strip() == "KeyboardInterrupt"
                                 for line in output):
        exit_code = SIGINT_EXIT  # no marks recorded it, but the screen shows the Ctrl-C (`^CTraceback …`)
    if _asked_for_usage(command, lines) and not strong:
        return Verdict("ok")  # `./parser` with no file prints how to call it: what it says is the answer
    if exit_code not in (None, 0) and any(DECLINED.search(line) for line in lines) and not strong:
        return Verdict("unknown")  # `overwrite (y or n)? n`, exit 2: the person said no; no failure, no goal reached
    if _said_absent(command, lines) or _looked_up(command) and _absent(strong):
        return Verdict("ok")  # `ls -l /run/mysqld`: whether it is there was the question, and no is an answer
    if _partly_unreadable(command, lines, strong):
        return Verdict("warn", line=strong[0].line)  # `du -sh ~/*` sized all but one folder it may not read
    if exit_code is None or exit_code == 0:
        return _judged_by_output(command, exit_code, lines, hits, strong)
    if goals.expected_exit(command, exit_code) and not strong:
        return Verdict("ok")
    if exit_code == SIGINT_EXIT and not strong:  # stopped with Ctrl-C: a server or a follower by design, else a hang
        if commands.runs_until_stopped(command) or any(READY.search(line) for line in lines):
            return Verdict("ok")
        return _failed(command, exit_code, hits, timed_out=True)
    return _failed(command, exit_code, hits, lines=lines)


def _background_died(lines: list[str]) -> Verdict:
    """The shell says a background job ended in failure (`[1]+  Exit 1  mariadbd …`): the step that shows it
    fails, for the reason the rest of its output gives (the server's log read with `tail`), else for the notice."""
    hit = decisive([hit for hit in scan(lines) if hit.signature.strong])
    notice = next(line for line in lines if JOB_DIED.match(line))
    if hit is None:
        return Verdict("fail", line=notice, category=BlockerCategory.COMMAND_FAILED, hidden=True)
    return Verdict("fail", hit, hit.line, hit.signature.category, hidden=True)


def _asked_for_usage(command: str, lines: list[str]) -> bool:
    """A program run with no arguments at all that answers only with how to call it (`usage: parser FILE`)."""
    words = commands.program_words(command)
    return len(words) == 1 and 0 < len(lines) <= 3 and USAGE.match(lines[0]) is not None


def _looked_up(command: str) -> bool:
    """It asks whether something is there: `ls`/`stat` of a path, or a URL for one record, by number or query
    (`curl …/orders/999`, `…/?month=june`: a 404 says there is no such record; on a page or route it is a failure)."""
    urls = [word for word in commands.program_words(command) if URL.match(word)]
    record = any(url.rstrip("/").rsplit("/", 1)[-1].isdigit() or "?" in url for url in urls)
    remote = commands.remote_command(command)
    name = commands.program(remote or command)
    return name in LOOKUPS or (name in WEB_CLIENTS and record)


def _said_absent(command: str, lines: list[str]) -> bool:
    """A lookup (`pkg-config --modversion zlib`) answered that what it asks about is not there."""
    main = " ".join(commands.main_stage(command))
    return any(re.search(rule.absent, line) for rule in rulebook().lookups if re.search(rule.command, main)
               for line in lines)


def _partly_unreadable(command: str, lines: list[str], strong: list[Hit]) -> bool:
    """A walk over many files (du, find, tree) that could not read some of them but reported on the rest."""
    if commands.program(command) not in TRAVERSALS or not strong:
        return False
    denied = {hit.line for hit in strong if hit.signature.category is BlockerCategory.PERMISSION_DENIED}
    return len(denied) == len({hit.line for hit in strong}) and len(lines) > len(denied)


def _absent(strong: list[Hit]) -> bool:
    """The errors say only that something is not there (a 404 with its JSON body `{"error":"no such item"}`)."""
    missing = [hit for hit in strong if hit.signature.category is NOT_FOUND]
    return bool(missing) and all(hit in missing or hit.signature.id in ANSWER_BODIES for hit in strong)


def counted_findings(command: str, lines: list[str]) -> bool:
    """A linter's findings counted (`flake8 src | wc -l` printing 4): findings are left, whatever wc exits with."""
    stages = commands.split(commands.tokens(command), {"|"})
    counts = len(stages) > 1 and commands.stage_program(stages[-1]) == "wc" and "-l" in stages[-1]
    return (counts and commands.stage_program(stages[0]) in rulebook().linters and len(lines) == 1
            and lines[0].isdigit() and int(lines[0]) > 0)


def _judged_by_output(command: str, exit_code: int | None, lines: list[str], hits: list[Hit],
                      strong: list[Hit]) -> Verdict:
    if counted_findings(command, lines):
        return Verdict("fail", line=lines[0], category=BlockerCategory.LINT_ERROR, hidden=True)
    wrapped = not commands.is_viewer(command) and any(is_wrapper(line) for line in lines)
    if strong or wrapped:
        return _failed(command, exit_code, hits, lines=lines, hidden=True)
    if any(is_warning(line) for line in lines):
        return Verdict("warn", line=next(line for line in lines if is_warning(line)))
    if exit_code is None and _unconfirmed(command, lines):  # `git commit` without its `[main 1a2b3c4]`: stopped
        return _failed(command, exit_code, hits, lines=lines, hidden=True)
    if exit_code is None and hits:  # an error word, with no exit code to say whether it mattered
        own = [hit for hit in hits if _own_complaint(command, hit.line)]
        if own:  # `pg_ctl: could not start server`: the tool (or the shell running it) says it failed
            return _failed(command, exit_code, own, lines=lines, hidden=True)
        hit = decisive(hits)
        return Verdict("unknown", hit, hit.line)
    return Verdict("ok")


def _unconfirmed(command: str, lines: list[str]) -> bool:
    """It printed something, but not the line it prints when it works (a hook stopped `git commit`)."""
    main = " ".join(commands.main_stage(command))
    return bool(lines) and any(
        re.search(rule.command, main) and not (rule.unless and re.search(rule.unless, main))
        and not any(re.search(rule.shown, line) for line in lines) for rule in rulebook().confirmations)


def _own_complaint(command: str, line: str) -> bool:
    """`pg_ctl: could not start server`, `./deploy.sh: line 4: …`, `bash: kill: %1: no such job`: the program
    run, or the shell that ran it, says that it failed."""
    speaker = OWN_COMPLAINT.match(line)
    if not speaker:
        return False
    name = speaker.group(0)[:-2].lstrip("-")
    words = commands.program_words(command)
    return name in SHELLS or (bool(words) and name in (commands.program(command), words[0]))


def _own_hits(command: str, hits: list[Hit]) -> list[Hit]:
    """A viewer of files and logs shows what they hold: only its own complaints (`cat: x: No such file…`)
    count; a viewer of state (ls, docker ps, kubectl get) prints its own errors, but no mere error word."""
    name = commands.program(command)
    if commands.shows_content(command):
        return [hit for hit in hits if _about(name, hit.line)]
    if _tallied(command):  # `jq -r '.[].status' f | sort | uniq -c` prints `6 failed`: data, not a test summary
        return [hit for hit in hits if OWN_COMPLAINT.match(hit.line)]
    if commands.is_viewer(command):
        return [hit for hit in hits if hit.signature.strong or _about(name, hit.line)]
    return hits


def _tallied(command: str) -> bool:
    """The line's output went through a data tool last (sort, uniq -c, cut) onto the screen: what it shows is data."""
    last = commands.last_pipeline(command)
    on_screen = not {">", ">>"} & set(last[-1])  # `… | sort -u > emails.txt` leaves only errors on the screen
    return len(last) > 1 and commands.stage_program(last[-1]) in DATA_STAGES and on_screen


def _about(name: str, line: str) -> bool:
    """The program's own complaint, or the shell's about it (`bash: journalctl: command not found`)."""
    shell = rf"^-?(?:{'|'.join(SHELLS)}): (?:line \d+: )?{re.escape(name)}: "
    return line.startswith(f"{name}: ") or bool(re.match(shell, line))


def _failed(command: str, exit_code: int | None, hits: list[Hit], lines: list[str] = (), hidden: bool = False,
            timed_out: bool = False) -> Verdict:
    hit = decisive(hits)
    line = hit.line if hit else _last_words(lines)
    telling = hit is not None and hit.signature.category is not BlockerCategory.COMMAND_FAILED
    meaning = None if telling or timed_out else _exit_meaning(command, exit_code)
    if timed_out:
        category = BlockerCategory.TIMEOUT
    elif telling:
        category = hit.signature.category
    elif meaning:
        category = meaning.category
    else:
        category = EXIT_CATEGORIES.get(exit_code or 0, BlockerCategory.COMMAND_FAILED)
    return Verdict("fail", hit, line, category, hidden=hidden and not timed_out, timed_out=timed_out, meaning=meaning)


def _exit_meaning(command: str, exit_code: int | None) -> ExitMeaning | None:
    name = commands.program(command)
    return next((rule for rule in rulebook().exit_meanings if rule.program == name and rule.code == exit_code), None)


def _last_words(lines: list[str]) -> str | None:
    """With no error signature, the last line that is not a wrapper is the best quote there is."""
    candidates = [line for line in lines if not is_wrapper(line) and len(re.findall(r"\w", line)) >= 3]  # not `^^^^`
    return candidates[-1] if candidates else (lines[-1] if lines else None)
