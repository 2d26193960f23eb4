"""Port clashes: a server that cannot bind, the hunt for the holder, the remedy, the restart."""
from __future__ import annotations

import re

from labelers import commands, goals
from labelers.episodes import BACKGROUND, CONFIRM_REACH, EDIT
from labelers.findings import RESOLVED, blocker, success
from labelers.outcomes import failed, lines_of, succeeded
from labelers.registry import labeler
from labelers.text import lines_matching
from recorder.transcript import StepView, Transcript
from schema.evidence import Finding
from schema.truth import BlockerCategory, OwnerRole

NAME = "address-in-use"
IN_USE = re.compile(r"address already in use|EADDRINUSE", re.I)
PORT_IN_TEXT = re.compile(r"(?:port |:)(?P<port>\d{2,5})\b")
CLOCK = re.compile(r"\b\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\b")  # a log line's time (`22:29:04`) holds no port
PORT_IN_COMMAND = re.compile(r"(?<![\w.-])(?P<port>\d{4,5})\b")
FINDERS = re.compile(r"^(ss|netstat|lsof|fuser(?! -k)|ps)\b")
HOLDER_LINE = re.compile(r"pid=\d+|users:\(\(|\(LISTEN\)|^\S+/tcp:\s+\d+|^\s*\d+/tcp:")  # ss lines may wrap mid-column
DECLINED = re.compile(r"^fuser -k\b")  # a kill the user declined at its (y/N) prompt: the port stays taken
STOPPERS = re.compile(r"^(kill|pkill|killall|fuser -k)\b")
READY = re.compile(r"serving|listening|running on|started|ready", re.I)
SS_PROCESS = re.compile(r'users:\(\("(?P<name>[^"]+)"')
WRAPPERS = {"nohup", "exec", "setsid", "env"}
CURL = re.compile(r"\bcurl\b")
RESOURCE = "`ss -ltnp` or `lsof -i :PORT` shows which process holds a port"


@labeler(NAME)
def address_in_use(transcript: Transcript) -> list[Finding]:
    """A blocker per failed bind; successes for finding the holder, freeing the port, and restarting."""
    findings: list[Finding] = []
    covered: set[int] = set()
    for view in transcript.steps:
        errors = lines_matching(view, IN_USE)
        if failed(view) and errors and view.index not in covered:
            later = transcript.steps[view.index + 1:]
            episode = _until_started(view, later)
            retries = [step for step in episode if failed(step) and (lines_matching(step, IN_USE) or DECLINED.match(step.command))]
            covered |= {step.index for step in retries}
            findings += _clash(view, errors[-1], episode, retries, later)
            findings += _requests(later, _started_step(view, episode))
    return findings


def _started_step(failed: StepView, episode: list[StepView]) -> StepView | None:
    return episode[-1] if episode and _started(failed, episode[-1]) else None


def _clash(failed: StepView, error: str, episode: list[StepView], retries: list[StepView],
           later: list[StepView]) -> list[Finding]:
    port = _port(failed, error, later)
    holder = _holder(episode, port)
    stopper = next((view for view in episode if STOPPERS.match(view.command) and succeeded(view)), None)
    started = _started_step(failed, episode)
    where = f"port {port}" if port else "its port"
    found = [blocker(
        NAME, [failed.index, *(step.index for step in retries)], [failed.command, error, *(s.command for s in retries)],
        BlockerCategory.ADDRESS_IN_USE,
        desc=f"`{failed.command}` could not bind {where}: {error}",
        impact=f"The server cannot start on {where} while another process holds it",
        owner=_owner(where, holder), resolution=_resolution(failed, where, stopper, started, episode),
        summary=f"`{failed.command}` failed: {where} already in use",
        priority=80, resolved_by=_shown_running(started, later).index if started else None, resources=[RESOURCE],
    )]
    if holder:
        found.append(success(NAME, [holder[0].index], [holder[0].command, holder[2]],
                             desc=f"Found the process holding {where}", specifics=holder[2],
                             context=holder[0].command, summary=f"found the holder with `{holder[0].command}`", priority=70))
    if stopper:
        found.append(success(NAME, [stopper.index], [stopper.command], desc=f"Freed {where}",
                             specifics=stopper.command, context=_first_line(stopper) or stopper.command,
                             summary=f"freed it with `{stopper.command}`", priority=72))
    if started:
        ready = lines_matching(started, READY) or [started.command]
        found.append(success(NAME, [started.index], [started.command, ready[0]], desc="Started the server",
                             specifics=started.command, context=ready[0], summary=f"started with `{started.command}`",
                             priority=85))
    return found


def _requests(later: list[StepView], started: StepView | None) -> list[Finding]:
    """A request that got an answer: before the restart it shows who holds the port, after it that the fix works."""
    found = []
    for view in later:
        answer = next((line.strip() for line in view.output if line.strip()), "")
        if not (CURL.search(view.command) and view.exit_code == 0 and answer):
            continue
        after = started is not None and view.index > started.index
        desc = "Checked that the restarted server answers" if after else "Confirmed that a server already answers there"
        clause = "the new server answered" if after else "a server already answered there"
        found.append(success(NAME, [view.index], [view.command, answer], desc=desc, specifics=view.command,
                             context=answer, summary=clause, priority=60))
    return found


def _until_started(failed: StepView, later: list[StepView]) -> list[StepView]:
    episode = []
    for view in later:
        episode.append(view)
        if _started(failed, view):
            break
    return episode


def _started(failed: StepView, view: StepView) -> bool:
    """The same program again, or what the failed one ran (`npm run serve` printing `> node server.js`) — maybe
    on another port, maybe in the background — and this time it ran."""
    echoed = goals.echoed_goals(failed.command, lines_of(failed))
    same_program = _program(view.command) == _program(failed.command) or any(
        goals.same_goal(aim, goals.goal(view.command), verb=False) for aim in echoed)
    return same_program and succeeded(view) and not lines_matching(view, IN_USE)


def _shown_running(started: StepView, later: list[StepView]) -> StepView:
    """A server started in the background is shown running by the next look that prints its ready line (`cat
    server.log`: `listening on :3001`) or a request that gets an answer; in the foreground, by its own run."""
    if not BACKGROUND.search(started.command):
        return started
    after = [view for view in later if view.index > started.index][:CONFIRM_REACH]
    return next((view for view in after if succeeded(view) and (lines_matching(view, READY) or (
        CURL.search(view.command) and any(line.strip() for line in view.output)))), started)


def _program(command: str) -> list[str]:
    """The program and its first argument, without wrappers (nohup) or VAR=value prefixes."""
    words = command.split()
    while words and (words[0] in WRAPPERS or re.match(r"^\w+=", words[0])):
        words = words[1:]
    return words[:2]


def _holder(episode: list[StepView], port: str | None) -> tuple[StepView, str | None, str] | None:
    for view in episode:
        if FINDERS.match(view.command) and succeeded(view):
            for line in lines_matching(view, HOLDER_LINE):
                if port is None or port in line:
                    return view, _process_name(line), line
    return None


def _process_name(line: str) -> str | None:
    """The holder's name as ss (users:(("nc",…)), lsof (first column) or fuser -v (last column) print it."""
    if match := SS_PROCESS.search(line):
        return match.group("name")
    if line.endswith("(LISTEN)"):
        return line.split()[0]
    if re.match(r"^\d+/tcp:\s+\S+\s+\d+\s", line):
        return line.split()[-1]
    return None


def _owner(where: str, holder: tuple[StepView, str | None, str] | None) -> tuple[OwnerRole, str]:
    process = f"{holder[1]} on {where}" if holder and holder[1] else f"the process on {where}"
    return OwnerRole.SERVICE_OPERATOR, f"{OwnerRole.SERVICE_OPERATOR.label} (whoever runs {process})"


def _resolution(failed: StepView, where: str, stopper: StepView | None, started: StepView | None,
                episode: list[StepView]) -> str:
    if started and stopper:
        return f"{RESOLVED}: `{stopper.command}` freed {where}, then `{started.command}` started"
    moved = [view for view in episode if view is not started and succeeded(view) and (
        EDIT.match(view.command) or commands.writes_file(view.command))]
    if started and moved:  # the port changed in its config (`sed -i 's/^Listen 80$/Listen 8081/' httpd.conf`)
        return f"{RESOLVED} by moving: after `{moved[-1].command}`, `{started.command}` started on another port"
    if started:
        return f"{RESOLVED} by moving: `{started.command}` started instead"
    if stopper:
        return f"`{stopper.command}` freed {where}: start the server again with `{failed.command}`"
    return f"Find the process holding {where} (`ss -ltnp`, `lsof -i`) and stop it, or start `{failed.command}` on a free port"


def _port(failed: StepView, error: str, later: list[StepView]) -> str | None:
    """The port from the error, else the command, else a look for the holder (`ss … :3000`), else the
    URL the developer requests once the server runs again."""
    finders = [view.command for view in later if FINDERS.match(view.command)]
    requests = [view.command for view in later if CURL.search(view.command)]
    candidates = [(error, PORT_IN_TEXT), (failed.command, PORT_IN_COMMAND), *((f, PORT_IN_COMMAND) for f in finders),
                  *((url, PORT_IN_TEXT) for url in requests)]
    for text, pattern in candidates:
        if match := pattern.search(CLOCK.sub("", text)):
            return match.group("port")
    return None


def _first_line(view: StepView) -> str | None:
    return next((line.strip() for line in view.output if line.strip()), None)
