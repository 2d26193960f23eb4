"""Failures followed through a session: one per distinct error of one goal, resolved by a later run of it.

A goal is a program, its action and its target (labelers/goals.py), so a rerun in another form counts:
a line that succeeds reaches every goal it chains (`make && ./app` resolves a failed `make`). A run of the
same goal that succeeds resolves the failure; one that fails with an error the failing run had not printed
shows the first error gone — and starts a failure of its own — unless it differs from the last try only by
a typo and nothing changed in between (a mistyped host failing on DNS fixes no refused connection). A run
that fails again with the first error, or with one the first run already printed, is the same failure. A
known way round it that works (the rulebook's `workarounds`: the jar packed by hand when Maven cannot
fetch) reaches its goal too. A slip — a command not found, or a subcommand or target the tool does not
know — is fixed by the corrected command right after it, whatever that command then does (unless it was
declined at a question). Another command's error is its own failure, even when an earlier failure caused it —
unless it is the same kind of error about the same file (`gzip -t` and `tar xzf` on one damaged archive): then
it is the same failure, and a later success of either command resolves it. Some failing steps are answers in
their session (see `_answer`): a check that a constraint or a stop holds, a look that confirms a failure.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from labelers import commands, goals
from labelers.outcomes import ANSWER_BODIES, WEB_CLIENTS, Verdict, counted_findings, lines_of, succeeded, verdict
from labelers.signatures import WORD_RANK, Hit, decisive, rulebook, scan, shows_success
from recorder.transcript import StepView, Transcript
from schema.truth import BlockerCategory


EDIT = re.compile(r"^(?:sed -i|perl -pi|patch|vim?|nvim|nano|emacs|ed)\b")  # an edit, in place or in an editor
GENERAL_KINDS = {"command_failed", "timeout", "not_found"}  # too broad to say two commands hit one thing
MISSING_STATUSES = {"404", "410"}  # the server has nothing under that name
SLIP_KINDS = {BlockerCategory.NOT_FOUND, BlockerCategory.COMMAND_FAILED}
DISTINCT_KINDS = {BlockerCategory.CERTIFICATE_ERROR}  # one file, several distinct problems
SHELL_NOTE = re.compile(r"\s#\s*([^'\"`]*)$")  # a comment at the end of a command line (no quote after it)
FORETOLD = re.compile(r"(?i)\b(?:must|should|expect(?:ed|s)?(?: to)?|will|to)\s+(?:be\s+)?(?:an?\s+)?"
                      r"(?:fail|reject|refuse|den(?:y|ied)|error|crash|break)")
STATE_QUERIES = {"version", "info", "status", "cluster-info"}  # `docker info`, `kubectl version`: they only ask
BRANCH_HERE = {"-c", "-C", "-b", "-B", "--create", "--force-create"}  # a new branch from where one stands
SERVICE_KINDS = {BlockerCategory.TIMEOUT, BlockerCategory.CONNECTION_REFUSED}
NUMBERS = re.compile(r"\d+")
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
POSITION = re.compile(r"\bline (\d+),? col(?:umn)? (\d+)")
OFFSET = re.compile(r"\bat position (\d+)\b|\(char (\d+)\)")
SOCKET = re.compile(r"/[\w./-]+\.sock\b")
PORT = re.compile(r"(?<=:)\d{2,5}\b|(?<=port )\d{2,5}\b")
BACKGROUND = re.compile(r"(?<![&|])&\s*$")
PORT_NUMBER = re.compile(r"(?<![\d.])\d{4,5}(?![\d.])")
ENV_MISSING = re.compile(r"^KeyError: '[A-Z][A-Z0-9_]*'$|: unbound variable$"  # `os.environ["API_URL"]`, `set -u`
                         r"|(?i:\benvironment variable\b.*\b(?:not set|missing|required|undefined)\b)")
ENV_LOADING = re.compile(r"(?:^|[;&]\s*)(?:export\s+\w+=|set -a\b|source\s|\.\s+\S)")
FILE_END = re.compile(r"\w\.[A-Za-z0-9]{1,5}$")  # `rules.yaml`, `app.tar.gz`; not `pip._vendor.urllib3.HTTPSConnection`
SERVER_BODY = re.compile(r"(?i)internal server error|\b[A-Z]\w*(?:Error|Exception)\b|traceback")  # its own crash
SERVER_ERROR = re.compile(r"\b5\d\d\b.*(?:Internal Server Error|Server Error)|Internal Server Error")
SUDO_REFUSAL = re.compile(r"is not in the sudoers file|is not allowed to run sudo|incorrect password attempt"
                          r"|a terminal is required|a password is required")
WALLS = {BlockerCategory.CONNECTION_REFUSED, BlockerCategory.RESOURCE_EXHAUSTED}  # met again, not got past
OWN_KINDS = {BlockerCategory.NETWORK_UNREACHABLE, BlockerCategory.PERMISSION_DENIED}  # each program meets its own
ABSENCE_KINDS = {BlockerCategory.NOT_FOUND, BlockerCategory.DEPENDENCY_RESOLUTION}  # a look's "it is not there"
STOPS = re.compile(r"^(?:kill|pkill|killall)\b|^(?:systemctl|service|docker|pg_ctl\S*)\b.*\bstop\b")
STOP_REACH = 2  # the check that a server stopped comes right after the stop
SQL_CLIENTS = {"mysql", "mariadb", "psql", "sqlite3"}  # they stop a script at its first error (by default)
WRITE = re.compile(r"(?i)[\s'\"](?:insert\s+into\s+(?P<table>\w+)|update\s+(?P<updated>\w+)\s+set)\b")  # a statement
CONSTRAINT = re.compile(r"(?i)constraint (?:failed|fails)|violates \S+ constraint|duplicate entry|duplicate key")
SCHEMA_CHANGE = re.compile(r"<\s*\S+\.sql\b|<\s*\"?\$|\s-f\s*\S+\.sql\b|(?i:\b(?:create|alter)\s+table\b)")
NAME_UNRESOLVED = re.compile(r"(?i)could not resolve|name resolution|name or service not known|nodename nor servname"
                             r"|unknown host|ENOTFOUND|EAI_AGAIN")
CREATE_REFUSED = re.compile(r"(?i)cannot (?:create|touch|make)|failed to create|could not create")
OWN_FOLDER = re.compile(r"^(?:~|\$HOME|\$\{HOME\}|/home/[^/]+|/tmp)/\S")  # where the person may write
MISSING_PROGRAM = re.compile(r"(?:^|: )([\w.+-]+): (?:command )?not found$")  # `bash: sudo: command not found`
IP_ADDRESS = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")
STATUS_LOOK = re.compile(r"^(?:service (?P<service>[\w@.-]+) status|systemctl status (?P<unit>[\w@.-]+)"
                         r"|/etc/init\.d/(?P<script>[\w.-]+) status)\s*$|^(?P<postgresql>pg_isready)\b")
STARTS = {"start", "restart", "reload", "force-reload"}
NOT_RUNNING = re.compile(r"\bis not running\b|\binactive \(dead\)|:\d+ - no response$")
PSQL_SCRIPT = re.compile(r"^psql:([^:\s]+):\d+: ")  # psql names the script and the line it stopped at
SCRIPT_LINE = re.compile(r"\bat line (\d+)\b|^psql:[^:\s]+:(\d+): |\bnear line (\d+)\b")
MOVES = {"cd", "pushd", "popd"}
GREPS = {"grep", "egrep"}
FILTERS = {"tail", "head", "less", "more", *GREPS}  # the last stage of a pipe: its exit code is theirs
CONTEXT_OPTION = re.compile(r"^-[ABC]\d*$|^--(?:after|before)?-?context\b")
LANGUAGE_REPLS = {"python", "python3", "node", "irb", "bc"}
CONFIRM_REACH = 3  # the request that shows a restarted server working comes right after it (a `sleep 1` between)
EXPLAIN_REACH = 3  # the look at the log comes right after the failure that pointed to it
SLIP_REACH = 2  # the corrected command comes right after the slip (or one look later)


_LAST_WALK: tuple[Transcript, tuple[list[Episode], list[StepView]]] | None = None


@dataclass
class Episode:
    """One distinct failure: the steps that show it, and the step that shows it gone (None: open)."""

    goal: goals.Goal | None
    first: StepView
    verdict: Verdict
    steps: list[StepView] = field(default_factory=list)
    resolved_by: StepView | None = None
    resolved_verdict: Verdict | None = None
    goals: list[goals.Goal | None] = field(default_factory=list)  # every command that showed it
    slip: bool = False  # a mistyped command, fixed by typing it right
    around: bool = False  # reached another way (a rulebook workaround): that way is the fix

    def aims_at(self, aim: goals.Goal | None, verb: bool = True) -> bool:
        """`aim` tries a goal of this failure (`verb=False`: whatever its query does, for the same error again);
        a refused connection is tried again on another port (the wrong port is its commonest cause)."""
        renumbered = self.verdict.category is BlockerCategory.CONNECTION_REFUSED
        return any(goals.same_goal(goal, aim, verb, renumbered) for goal in [self.goal, *self.goals])

    def ran(self, command: str) -> bool:
        """The very same command line showed this failure."""
        return any(step.command.split() == command.split() for step in self.steps)

    def corrected_by(self, view: StepView) -> bool:
        """A slip (`gti status`: command not found; `git stauts`; `make chekc`: no rule) that `view`, right
        after it, types again with the one mistyped word corrected (its options may change)."""
        last = self.steps[-1]
        if self.verdict.category not in SLIP_KINDS or any(step.command != last.command for step in self.steps):
            return False  # the very same slip, typed once or again (`gti status` here and in the project)
        typed, again = _named(last.command), _named(view.command)
        differ = [index for index, (a, b) in enumerate(zip(typed, again)) if a != b]
        soon = 0 < view.index - last.index <= SLIP_REACH
        return soon and len(typed) == len(again) and len(differ) == 1 and goals.typo_apart(typed[differ[0]],
                                                                                              again[differ[0]])

    def here(self, view: StepView) -> bool:
        """The view runs where this failure happened: `pytest` in another project is no rerun."""
        return same_place(self.first.folder, view.folder)

    @property
    def indices(self) -> list[int]:
        return [view.index for view in self.steps]


def _named(command: str) -> list[str]:
    """The program and the words it acts on, options left out (`git merge --no-edit main` → git merge main),
    as typed (`pyhton3 -m venv` is a slip of `python3 -m venv`)."""
    words = commands.typed_words(command)
    return words[:1] + commands.positionals(words[1:])


def same_place(first: str | None, then: str | None) -> bool:
    """Two steps ran in one project: the same folder, one inside the other, or a prompt that shows none."""
    return first is None or then is None or first == then or then.startswith(f"{first}/") or first.startswith(f"{then}/")


def episodes(transcript: Transcript) -> list[Episode]:
    """Every distinct failure in the session, in order, with its resolution."""
    return _walk(transcript)[0]


def answers(transcript: Transcript) -> list[StepView]:
    """The failing steps that were, in their session, the answer the person was after (see `_answer`)."""
    return _walk(transcript)[1]


def _walk(transcript: Transcript) -> tuple[list[Episode], list[StepView]]:
    """The session's failures and answers, walked once: every rule, and the composer, ask about the same session
    in turn, so the last walk is kept (by identity: a transcript is not changed once rendered)."""
    global _LAST_WALK
    last = _LAST_WALK
    if last is not None and last[0] is transcript:
        return last[1]
    walked = _walked(transcript)
    _LAST_WALK = (transcript, walked)  # one assignment: a thread never sees half of it
    return walked


def _walked(transcript: Transcript) -> tuple[list[Episode], list[StepView]]:
    found: list[Episode] = []
    answered: list[StepView] = []
    for view in transcript.steps:
        aim = goals.goal(view.command)
        repeated = _repeated(found, view, aim)
        answer = None if repeated else _answer(transcript, found, view, aim)
        answered += [view] if answer else []
        judged = repeated or answer or _explained(transcript, view, verdict(view))
        _resolve(transcript, found, view, judged, aim)
        if judged.outcome == "fail":
            _record(found, view, judged, aim)
        _follow_rename(found, view, judged)
    for episode in found:
        _confirm_background(transcript, episode)
        _own_goal_after(transcript, episode)
    return found, answered


def _own_goal_after(transcript: Transcript, episode: Episode) -> None:
    """A way round that only prepares (a venv that sees the system's packages) is confirmed by the failed goal
    itself working later, when it does (`pip install -e .` again): that run shows it fixed."""
    start = episode.resolved_by
    if start is None or not episode.around:
        return
    for view in transcript.steps[start.index + 1:]:
        judged = verdict(view)
        if judged.outcome in ("ok", "warn") and episode.here(view) and any(
                episode.aims_at(aim) for aim in goals.goals(view.command)):
            episode.resolved_by, episode.resolved_verdict, episode.around = view, judged, False
            return


def _confirm_background(transcript: Transcript, episode: Episode) -> None:
    """A server started again with `&` shows only that it started: the request to its port that works soon
    after (`openssl s_server -accept 9443 … &`, then `curl https://localhost:9443/`) shows it fixed."""
    start = episode.resolved_by
    if start is None or not BACKGROUND.search(start.command):
        return
    ports = set(PORT_NUMBER.findall(start.command))
    for view in transcript.steps[start.index + 1:start.index + 1 + CONFIRM_REACH]:
        judged = verdict(view)
        if judged.outcome == "fail":
            return
        if ports & set(PORT_NUMBER.findall(view.command)):
            episode.resolved_by, episode.resolved_verdict = view, judged
            return


def _resolve(transcript: Transcript, found: list[Episode], view: StepView, judged: Verdict,
             aim: goals.Goal | None) -> None:
    reached = goals.goals(view.command) if judged.outcome in ("ok", "warn") else [aim]
    for episode in found:
        if episode.resolved_by is not None or not episode.here(view):
            continue
        moved_on = judged.outcome in ("ok", "warn") or (judged.outcome == "fail"
                                                         and _moved_on(transcript, episode, view, judged))
        slip = episode.corrected_by(view) and judged.outcome != "unknown"  # `[y/N] N`: not run to the end
        if episode.verdict.category is BlockerCategory.CERTIFICATE_ERROR and goals.skips_checks(view.command):
            continue  # `curl -k` gets the page by not checking the certificate: the certificate is as it was
        around = _worked_around(episode, view, judged) or _made_elsewhere(episode, view, judged)
        marked = _conflict_marked_resolved(episode, view, judged)
        again = judged.outcome in ("ok", "warn") and episode.ran(view.command)  # `set -a; source .env` names no goal
        renamed = moved_on and (_name_corrected(transcript, episode, view) or _port_corrected(episode, view, judged))
        resolves = slip or marked or around or again or renamed or (
            any(episode.aims_at(goal) for goal in reached) and moved_on)
        if resolves and not _on_another_branch(transcript, episode.first, view):  # `git switch main`: other code
            episode.resolved_by, episode.resolved_verdict, episode.slip = view, judged, slip
            episode.around = (around or _started_another_way(episode, view)) and not again


def _name_corrected(transcript: Transcript, episode: Episode, view: StepView) -> bool:
    """A 404 for a wrong name, then the name the session had just shown (`src="app.min.js"` in the index page,
    `@app.get("/api/orders")` in the routes) fetched from the same host: it reaches what the first was for."""
    status = episode.verdict.hit.groups.get("status") if episode.verdict.hit else None
    old, new = _url(episode.first.command), _url(view.command)
    if status not in MISSING_STATUSES or old is None or new is None or old["host"] != new["host"]:
        return False
    name, wrong = goals.last_part(new["path"]), goals.last_part(old["path"])
    if not name or name in (old["path"] or "") or NUMBERS.sub("", name) == NUMBERS.sub("", wrong):
        return False  # `tool-1.5.0.tar.gz` for `tool-1.4.2.tar.gz` is another release, not the name corrected
    between = transcript.steps[episode.steps[-1].index + 1:view.index]
    return any(name in line for step in between for line in lines_of(step))


def _port_corrected(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """A request that hung, asked again of another port of the same host, answered (`curl :9100/price/42` hangs,
    `curl :9101/price/42` works; `/health`, then `/health.json`): the wrong port was the trouble."""
    old, new = _url(episode.first.command), _url(view.command)
    if episode.verdict.category is not BlockerCategory.TIMEOUT or judged.outcome != "ok" or not (old and new):
        return False
    (host, port), (new_host, new_port) = (old["host"].partition(":")[::2], new["host"].partition(":")[::2])
    return host == new_host and port != new_port and goals.same_resource(old["path"], new["path"])


def _url(command: str) -> re.Match[str] | None:
    """The first URL a web client on the line asks for (`wget -q http://localhost:8000/app.min.js && ls` → its
    host and path)."""
    stages = commands.split(commands.tokens(command), {*commands.SEPARATORS, "|"})
    asked = [word for stage in stages if commands.stage_program(stage) in WEB_CLIENTS for word in stage[1:]]
    return next((found for word in asked if (found := goals.URL.match(word))), None)


def _on_another_branch(transcript: Transcript, failed: StepView, view: StepView) -> bool:
    """The last branch switched to before the failure and before `view` differ (both known)."""
    before, now = _branch_at(transcript, failed.index), _branch_at(transcript, view.index)
    return before is not None and now is not None and before != now


def _branch_at(transcript: Transcript, index: int) -> str | None:
    """The branch the last `git switch NAME` / `git checkout NAME` before this step went to, if any; a branch
    made where one stands (`git switch -c fix`) holds the same code, so the one before it counts."""
    for view in reversed(transcript.steps[:index]):
        words = commands.program_words(view.command)
        if words[:2] in (["git", "switch"], ["git", "checkout"]) and set(words) & BRANCH_HERE:
            continue
        if words[:2] in (["git", "switch"], ["git", "checkout"]) and verdict(view).outcome != "fail":
            names = [word for word in words[2:] if not word.startswith("-")]
            if "--" not in words and len(names) == 1:
                return names[0]
    return None


def _worked_around(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """`view` works and is the rulebook's way round this failure (`jar cfe app.jar …` after Maven could not
    fetch its plugins): it reaches what the failed command was for."""
    signature = episode.verdict.hit.signature.id if episode.verdict.hit else None
    failed = commands.program(episode.first.command)
    return judged.outcome == "ok" and any(
        signature in way.signatures and failed in (way.programs or [failed])
        and re.search(way.failed or "", episode.first.command) and re.search(way.reached_by, view.command)
        for way in rulebook().workarounds)


def _made_elsewhere(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """What the person may not create where they tried (`mkdir -p /srv/git/etc-configs.git`: Permission denied),
    made under a folder of their own (`git init --bare ~/git/etc-configs.git`): the way round, and the fix."""
    refused = episode.verdict.category is BlockerCategory.PERMISSION_DENIED and CREATE_REFUSED.search(
        episode.verdict.line or "")
    if not refused or judged.outcome != "ok":
        return False  # a copy of a file that could not be changed in place is not that file changed
    tried = {word.rstrip("/") for word in commands.tokens(episode.first.command) if "/" in word}
    made = {word.rstrip("/") for word in commands.tokens(view.command) if OWN_FOLDER.match(word)} - tried
    return bool({os.path.basename(path) for path in tried} & {os.path.basename(path) for path in made} - {""})


def _started_another_way(episode: Episode, view: StepView) -> bool:
    """The service the failed command could not start, started by another program (the rulebook's `goals`:
    `pg_ctl … start` after `service postgresql start`): that start is the way round, and the fix."""
    aim, failed = goals.goal(view.command), goals.goal(episode.first.command)
    return (aim is not None and failed is not None and aim.program == failed.program == "start"
            and commands.program(view.command) != commands.program(episode.first.command))


def _conflict_marked_resolved(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """`git add FILE` after a conflicted `git stash pop`/`apply`: nothing to commit or continue, the add ends it."""
    words = commands.program_words(view.command)
    first = commands.program_words(episode.first.command)
    path = episode.verdict.hit.groups.get("path") if episode.verdict.hit else None
    return (episode.verdict.category is BlockerCategory.MERGE_CONFLICT and judged.outcome == "ok"
            and first[:2] == ["git", "stash"] and words[:2] == ["git", "add"]
            and bool({path, ".", "-A", "--all", "-u"} & set(words[2:])))


def _repeated(found: list[Episode], view: StepView, aim: goals.Goal | None) -> Verdict | None:
    """A run of an open failure's goal that prints its error line again is that failure, whatever its exit
    code (`cargo run … | tail` shows the same panic and exits 0)."""
    if counted_findings(view.command, lines_of(view)):  # `flake8 src | wc -l` printing 4: its findings again
        return _again(found, view, aim)
    if verdict(view).outcome == "fail":
        return None
    if _filtered(view):  # `go test -race ./... 2>&1 | grep -A4 'Previous write'`: the exit is grep's, no pass shown
        return _again(found, view, aim)
    if _exit_hidden(view):  # a failure only its exit code showed, run again with the exit code hidden
        return _again(found, view, aim, silent=True)
    shown = set(lines_of(view))
    again = next((episode for episode in found if episode.resolved_by is None and episode.here(view)
                  and episode.aims_at(aim, verb=False) and episode.verdict.hit and episode.verdict.line in shown),
                 None)  # an error line; a failure's last words (`make` echoing `./scripts/bump.sh`) prove nothing
    return replace(again.verdict, hidden=True) if again else None


def _again(found: list[Episode], view: StepView, aim: goals.Goal | None, silent: bool = False) -> Verdict | None:
    """The open failure of this goal, shown again (hidden: its exit code said nothing); `silent`: only one that
    only its exit code showed (no strong line, no hang)."""
    again = next((episode for episode in found if episode.resolved_by is None and episode.here(view)
                  and episode.aims_at(aim, verb=False) and not (silent and _shown_by_output(episode.verdict))), None)
    return replace(again.verdict, hidden=True) if again else None


def _answer(transcript: Transcript, found: list[Episode], view: StepView, aim: goals.Goal | None) -> Verdict | None:
    """A failing step that, in its session, is the answer the person was after: no failure of its own."""
    judged = verdict(view)
    if judged.outcome != "fail":
        return None
    answered = (_answered(transcript, found, view, aim, judged) or _constraint_shown(transcript, view, judged)
                or _confirmed(found, view, judged) or _stop_shown(transcript, view, judged)
                or _checked_before_start(transcript, view, judged) or _error_asked_for(transcript, view, judged)
                or _failure_foretold(view) or _reproduced(found, view, judged))
    return Verdict("ok") if answered else None


def _reproduced(found: list[Episode], view: StepView, judged: Verdict) -> bool:
    """One request for the URL an open failure's run was about, failing the same way (`ab …/guide.html` counted
    `Non-2xx responses`, then `curl -s …/guide.html` shows the 404): a look at what that run met."""
    url = _url(view.command)
    if url is None or judged.category in OWN_KINDS | SERVICE_KINDS:
        return False  # a probe that cannot reach the host fails on its own (`curl -I` after `git clone` could not)
    return any(episode.resolved_by is None and episode.here(view) and episode.verdict.category is judged.category
               and _url(episode.first.command) is None and url.group(0) in commands.tokens(episode.first.command)
               for episode in found)


def _failure_foretold(view: StepView) -> bool:
    """The person's own note on the line says it should fail (`INSERT … # must be rejected`, `./run --bad  # expect
    an error`): the refusal is what they wanted to see."""
    note = SHELL_NOTE.search(view.command)
    return note is not None and FORETOLD.search(note.group(1)) is not None


def _answered(transcript: Transcript, found: list[Episode], view: StepView, aim: goals.Goal | None,
              judged: Verdict) -> bool:
    """A request that made the server fail (a 500) answered with an error body after a change (`{"error": "title is
    required"}`): the server now handles it, and that answer is what the fix was for."""
    if not judged.hit or judged.hit.signature.id not in ANSWER_BODIES:
        return False
    return any(episode.resolved_by is None and episode.here(view) and episode.aims_at(aim)
               and _server_error(episode.verdict) and change_between(transcript, episode.steps[-1], view) is not None
               for episode in found)


def _constraint_shown(transcript: Transcript, view: StepView, judged: Verdict) -> bool:
    """A row typed by hand that a constraint refuses, after this session changed the schema (a migration fed to
    the client): the refusal shows the new constraint at work (`INSERT … VALUES (99999, 'TEST', 1)` → `a foreign
    key constraint fails`), and is what the person wanted to see — unless the same row goes in later (then the
    refusal was a failure that got fixed)."""
    if (commands.program(view.command) not in SQL_CLIENTS or not WRITE.search(view.command)
            or not CONSTRAINT.search(judged.line or "")):
        return False
    changed = any(commands.program(step.command) in SQL_CLIENTS and SCHEMA_CHANGE.search(step.command)
                  and verdict(step).outcome == "ok" for step in transcript.steps[:view.index])
    return changed and not _written_later(transcript, view)


def _written_later(transcript: Transcript, view: StepView) -> bool:
    """A later write to the same table works (the same row again, or an upsert): the refusal was a failure
    that got fixed or worked around."""
    table = _table(view.command)
    return any(commands.program(step.command) == commands.program(view.command) and verdict(step).outcome == "ok"
               and _table(step.command) == table for step in transcript.steps[view.index + 1:])


def _table(command: str) -> str | None:
    """The table a statement on the command line writes (`insert into stock …` → stock)."""
    found = WRITE.search(command)
    return (found["table"] or found["updated"]).lower() if found else None


def _works_later(transcript: Transcript, view: StepView) -> bool:
    """The very same command works later in the session: its refusal was a failure that got fixed."""
    return any(step.command == view.command and verdict(step).outcome == "ok"
               for step in transcript.steps[view.index + 1:])


def _stop_shown(transcript: Transcript, view: StepView, judged: Verdict) -> bool:
    """A request refused right after the person stopped the server that listened there (`kill %1`, then `curl
    localhost:3001/health`): the refusal shows it stopped."""
    if judged.category is not BlockerCategory.CONNECTION_REFUSED:
        return False
    before = transcript.steps[max(view.index - STOP_REACH, 0):view.index]
    stop = next((step for step in reversed(before) if STOPS.match(step.command) and verdict(step).outcome == "ok"),
                None)
    ports = set(PORT_NUMBER.findall(view.command)) | set(PORT_NUMBER.findall(judged.line or ""))
    served = stop is not None and any(port in step.command or any(port in line for line in step.output)
                                      for step in transcript.steps[:stop.index] for port in ports)
    return served and not _works_later(transcript, view)  # `./smoke.sh` again once the server is back


def _error_asked_for(transcript: Transcript, view: StepView, judged: Verdict) -> bool:
    """A request for a name nobody expects to exist (`/api/nope`), or for another id on a route that just worked
    with one (`/items/abc` or `/items/99` after `/items/2`): the person asked for the server's error answer, and got
    it (a 404 or an error body; a crash is still a failure)."""
    asked = _url(view.command)
    error_answer = judged.category is BlockerCategory.NOT_FOUND or bool(
        judged.hit and judged.hit.signature.id in ANSWER_BODIES)
    if asked is None or _server_side(judged) or not error_answer:
        return False
    name = goals.last_part(asked["path"])
    return name.lower() in rulebook().probe_names or any(
        _numbered_sibling(asked, _url(step.command)) for step in transcript.steps[:view.index] if succeeded(step))


def _numbered_sibling(asked: re.Match[str], worked: re.Match[str] | None) -> bool:
    """`worked` asked the same host and route for another id (`/items/2`, then `/items/abc` or `/items/99`)."""
    if worked is None or worked["host"] != asked["host"]:
        return False
    route, number = (worked["path"] or "").rpartition("/")[::2]
    wanted_route, wanted = (asked["path"] or "").rpartition("/")[::2]
    return number.isdigit() and route == wanted_route and wanted != number


def _checked_before_start(transcript: Transcript, view: StepView, judged: Verdict) -> bool:
    """A service's status looked at before anything in the session started it (`service cron status`: not
    running; `pg_isready`: no response): the answer to a question, not a failure of something the person did.
    After a start it is one."""
    found = STATUS_LOOK.match(" ".join(commands.program_words(view.command)))
    if not found or not NOT_RUNNING.search(judged.line or view.output_text()):
        return False
    name = next(key if key == "postgresql" else value for key, value in found.groupdict().items() if value)
    return not any(_started(step, name) for step in transcript.steps[:view.index])


def _started(step: StepView, service: str) -> bool:
    """The step started `service` — its daemon run by hand, or an init system (or `pg_ctl`) told to start it —
    as far as it shows (a start that failed started nothing)."""
    words, aim = commands.program_words(step.command), goals.goal(step.command)
    started = aim is not None and aim.program == "start" and service in aim.targets
    told = started or words[:1] == [service] or (service in words and bool(STARTS & set(words)))
    return told and verdict(step).outcome != "fail"


def _explained(transcript: Transcript, view: StepView, judged: Verdict) -> Verdict:
    """A failure that only says it failed and where to look (`pg_ctl: could not start server`, `Examine the log
    output.`), followed by a look there (`tail -n 3 ~/pg.log`: `FATAL: could not create lock file …: Permission
    denied`): the error that look shows is the failure's reason."""
    if judged.outcome != "fail" or judged.timed_out or (judged.hit and judged.hit.rank > WORD_RANK):
        return judged  # a hang points nowhere; a telling error needs no log
    named = _files(view.command, " ".join(lines_of(view)))
    for look in transcript.steps[view.index + 1:view.index + 1 + EXPLAIN_REACH]:
        if not commands.is_viewer(look.command):
            break
        hit = decisive([hit for hit in scan(lines_of(look)) if hit.signature.strong])
        if hit and named & _files(look.command, None):
            return Verdict("fail", hit, hit.line, hit.signature.category, hidden=judged.hidden, elsewhere=True)
    return judged


def _confirmed(found: list[Episode], view: StepView, judged: Verdict) -> bool:
    """A look that finds missing what an open failure already named (`npm ls`: `missing: react-easy-edit` after
    the install of react-easy-edit failed): the investigation confirming it, not a failure of its own."""
    if not judged.hit or not commands.is_look(view.command) or judged.category not in ABSENCE_KINDS:
        return False  # a probe that cannot connect (`curl -I` after the clone could not resolve) fails on its own
    named = {value for value in judged.hit.groups.values() if len(value) >= 3}
    open_lines = [episode.verdict.line or "" for episode in found if episode.resolved_by is None and episode.here(view)]
    return any(name in line for name in named for line in open_lines)


def _follow_rename(found: list[Episode], view: StepView, judged: Verdict) -> None:
    """`mv requests.py check_api.py`: an open failure of `python3 requests.py` is tried next as `python3
    check_api.py` (the file is the same, under its new name)."""
    words = commands.program_words(view.command)
    names = commands.positionals(words[1:])
    if words[:1] not in (["mv"], ["git"]) or judged.outcome != "ok" or len(names) != 2 + (words[0] == "git"):
        return
    if words[0] == "git" and names[0] != "mv":
        return
    old, new = names[-2:]
    for episode in found:
        for aim in [episode.goal, *episode.goals]:
            if aim is not None and (old in aim.targets or aim.program == old):
                renamed = replace(aim, program=new if aim.program == old else aim.program,
                                  targets=tuple(new if target == old else target for target in aim.targets))
                episode.goals.append(renamed)
                break


def _server_side(judged: Verdict) -> bool:
    """An HTTP answer that says the server failed: a 5xx status, or an error body with no status beside it."""
    if not judged.hit or not judged.hit.signature.id.startswith("http-"):
        return False
    crashed = judged.hit.signature.id in ANSWER_BODIES and SERVER_BODY.search(judged.line or "") is not None
    return crashed or _server_error(judged)  # a 5xx; an error body, but not `{"error":"title is required"}`


def _server_error(judged: Verdict) -> bool:
    status = judged.hit.groups.get("status", "") if judged.hit else ""
    return status.startswith("5") or bool(judged.line and SERVER_ERROR.search(judged.line))


def _shown_by_output(judged: Verdict) -> bool:
    """A hang, or an error line a signature knows (not merely a line with an error word in it)."""
    return judged.timed_out or bool(judged.hit and judged.hit.signature.rank > WORD_RANK)


def _filter_stage(view: StepView) -> list[str] | None:
    """The filter that ends the line's pipeline (`… 2>&1 | tail -5`: the exit code is its), where no line shows
    the filtered tool working."""
    stages = commands.last_pipeline(view.command)
    filtered = len(stages) > 1 and commands.stage_program(stages[-1]) in FILTERS
    return stages[-1] if filtered and not shows_success(lines_of(view)) else None


def _exit_hidden(view: StepView) -> bool:
    """The run's exit code is a filter's (`./report.sh logs 2>&1 | tail -5`), and no line shows its tool working."""
    return _filter_stage(view) is not None


def _filtered(view: StepView) -> bool:
    """A run whose report went through `grep -A/-B/-C` (the lines around what the person looks for) and shows no
    line of its tool succeeding: what it kept proves nothing fixed."""
    stage = _filter_stage(view)
    return bool(stage) and commands.stage_program(stage) in GREPS and any(CONTEXT_OPTION.match(word) for word in stage)


def _moved_on(transcript: Transcript, episode: Episode, view: StepView, judged: Verdict) -> bool:
    """A failure with another error shows the first one gone: after a change, or as the very same command."""
    if _still_there(episode, view, judged) or _stopped_sooner(episode, view, judged) or never_started(view, judged):
        return False
    if episode.verdict.timed_out:
        return False  # a run cut short shows nothing gone until one finishes (`npm install x`, ^C, then it works)
    if _done_without(episode, view):
        return False  # `sudo` was missing; `systemctl restart nginx` without it fails otherwise: still no sudo
    last = episode.steps[-1]
    if view.command.split() == last.command.split() or change_between(transcript, last, view) is not None:
        return True
    if episode.verdict.category is BlockerCategory.NETWORK_UNREACHABLE:
        return False  # `cargo build --offline` failing otherwise went around the network, not through it
    if commands.program(view.command) != commands.program(last.command):
        return False  # `dockerd` failing after `systemctl start docker` did: the way round is blocked too
    if judged.category is episode.verdict.category and judged.category in WALLS:
        return False  # the same wall met another way, nothing changed (by the socket then by TCP; through gzip)
    return not _mistyped(last.command, view.command)  # a changed option may be the fix; a typo is none


def _done_without(episode: Episode, view: StepView) -> bool:
    """The first run's program was missing (`bash: sudo: command not found`) and the later run does without it:
    it went around the missing program, not through it."""
    missing = MISSING_PROGRAM.search(episode.verdict.line or "")
    return missing is not None and missing.group(1) not in commands.tokens(view.command)


def _address_for_name(episode: Episode, view: StepView) -> bool:
    """A host name that did not resolve, tried again by its address (`scp f nas.local:`, then `scp f 10.0.0.5:`):
    what the address meets is another failure (and the name is still unresolved)."""
    return bool(NAME_UNRESOLVED.search(episode.verdict.line or "") and IP_ADDRESS.search(view.command)
                and not IP_ADDRESS.search(episode.first.command))


def _stopped_sooner(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """The same command stopped sooner than before — an SQL script at an earlier line (`ERROR 1061 … at line 3`
    after `ERROR 1452 … at line 6`), or a run with fewer of its progress lines: it never reached what failed, so
    that failure is not shown gone."""
    before, now = _script_line(episode.verdict.line), _script_line(judged.line)
    if view.command.split() != episode.first.command.split():
        return False
    fed = commands.program(view.command) in SQL_CLIENTS or _same_script(episode.verdict.line, judged.line)
    sooner = fed and before is not None and now is not None and now < before
    return sooner or _progress_cut_short(episode, view, judged)


def _same_script(first: str | None, then: str | None) -> bool:
    """Both errors name one SQL script (`psql:db/seed.sql:5: ERROR …`, then `psql:db/seed.sql:1: …`), whatever ran
    it (`make seed`)."""
    scripts = [PSQL_SCRIPT.match(line or "") for line in (first, then)]
    return all(scripts) and scripts[0].group(1) == scripts[1].group(1)


def _progress_cut_short(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """The same command printed fewer of the progress lines it printed before its first error (`== 001_init.sql`
    alone, where it had gone on to `== 002_seed.sql` and further): it stopped before the place that failed."""
    before, now = _progress(episode.first, episode.verdict), _progress(view, judged)
    if not 0 < len(now) < len(before) or before[:len(now)] != now:
        return False
    return before[len(now)].split()[:1] == now[-1].split()[:1]  # the next line of the same kind (`== 002_seed.sql`)


def _progress(view: StepView, judged: Verdict) -> list[str]:
    lines = lines_of(view)
    return lines[:lines.index(judged.line)] if judged.line in lines else []


def never_started(view: StepView, judged: Verdict | None = None) -> bool:
    """The program itself is missing (`.venv/bin/python: No module named pytest`, `pytest: command not found`):
    the run got nowhere, so it shows nothing about the failure before it."""
    aim, judged = goals.goal(view.command), judged or verdict(view)
    if aim is None or not judged.line:
        return False
    if commands.tokens(view.command)[:1] == ["sudo"] and SUDO_REFUSAL.search(judged.line):
        return True  # sudo itself said no: what it wraps never ran
    names = "|".join(re.escape(name) for name in {aim.program, *commands.tokens(view.command)[:1]})  # or `sudo`
    missing = rf"No module named '?(?:{names})'?$|\b(?:{names}): (?:command )?not found$"
    return re.search(missing, judged.line) is not None


def _script_line(line: str | None) -> int | None:
    found = SCRIPT_LINE.search(line or "")
    return int(next(group for group in found.groups() if group)) if found else None


def _mistyped(first: str, then: str) -> bool:
    """`then` is `first` with one word a slip of the keyboard apart (`localhost` → `localhsot`)."""
    typed, again = first.split(), then.split()
    differ = [(a, b) for a, b in zip(typed, again) if a != b]
    return len(typed) == len(again) and len(differ) == 1 and goals.typo_apart(*differ[0])


def _record(found: list[Episode], view: StepView, judged: Verdict, aim: goals.Goal | None) -> None:
    again = next((episode for episode in found if episode.resolved_by is None and episode.here(view) and (
        (_still_there(episode, view, judged) or _both_unexplained(episode.verdict, judged))
        and episode.aims_at(aim, verb=False)
        or _same_words(episode, view, judged) or _blamed(episode, view, judged) or _same_test(episode.verdict, judged)
        or (_same_thing(episode, view, judged) and not episode.aims_at(aim, verb=False)))),
        None)
    if again is not None:
        again.steps.append(view)
        again.goals.append(aim)
    else:
        found.append(Episode(aim, view, judged, [view], goals=goals.echoed_goals(view.command, lines_of(view))))


def _both_unexplained(first: Verdict, then: Verdict) -> bool:
    """Two runs of one goal that failed with no error line to tell them apart (a script's exit status)."""
    return first.hit is None and then.hit is None and not first.timed_out and not then.timed_out


def _blamed(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """The tool the first error blamed, run alone, fails the same way (`gpg failed to sign the data`, then
    `gpg --clearsign` cannot sign either); a wall each program meets on its own (`ssh -T git@github.com` cannot
    resolve the host `git push` could not) is a failure of its own."""
    blamed = re.findall(r"[\w.+-]+", (episode.verdict.line or "").lower())
    return (judged.category is episode.verdict.category not in OWN_KINDS and judged.hit is not None
            and commands.program(view.command) in blamed and commands.program(view.command) != commands.program(
                episode.first.command))


def _same_words(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """The same program printing the very same error, whatever its options (`java App`, `java -cp src App`); for
    a service that is down, another action of it is a failure of its own (`docker ps`, then `docker build`)."""
    first = episode.verdict
    return bool(first.line) and judged.line == first.line and (
        commands.program(view.command) == commands.program(episode.first.command)) and (
        judged.category not in SERVICE_KINDS or _same_action(episode, view))


def _same_action(episode: Episode, view: StepView) -> bool:
    """One action, or two looks (`kubectl version`, then `kubectl get pods`: the cluster could not be seen)."""
    aim, then = episode.goal, goals.goal(view.command)
    return not (aim and then) or aim.subcommand == then.subcommand or (
        _looks_only(episode.first.command) and _looks_only(view.command))


def _looks_only(command: str) -> bool:
    aim = goals.goal(command)
    return commands.is_look(command) or bool(aim and aim.subcommand in STATE_QUERIES)


def _same_thing(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """Another command failing with the same specific kind of error about a file the first one named, or at the
    same line and column (`jq` and a script's JSON parser on one broken file) — or, for a service that hangs or
    refuses, about the same port (`./check.sh` hangs on :8080, `curl :8080/health` times out; a refusal only
    for the same program)."""
    kind = judged.category
    if kind is None or kind is not episode.verdict.category:
        return False
    if kind in SERVICE_KINDS:  # a hang, whoever met it; a refusal is each program's own (`ssh`, then `scp`)
        return bool(_endpoints(view) & _endpoints(episode.first)) and (kind is BlockerCategory.TIMEOUT or (
            commands.program(view.command) == commands.program(episode.first.command)
            and _same_action(episode, view)))
    if kind in OWN_KINDS and commands.program(view.command) != commands.program(episode.first.command):
        return False  # `curl -I https://github.com` after `git clone` could not resolve it; `chmod` after `sed -i`
    status = episode.verdict.hit.groups.get("status") if episode.verdict.hit else None
    if status and judged.hit and judged.hit.groups.get("status") == status:  # one URL's 404 by curl and by wget
        return bool(_files(view.command, None) & _files(episode.first.command, None))
    if kind.value in GENERAL_KINDS:
        return False
    if _same_exception(episode.verdict, judged):
        return True  # `Date.parse` in irb raises what the script raised: the REPL reproduces it
    if kind in DISTINCT_KINDS and episode.verdict.hit and judged.hit and (
            episode.verdict.hit.signature.id != judged.hit.signature.id):
        return False  # an untrusted issuer and a key that does not match are two problems of one certificate
    same_file = _files(view.command, judged.line) & _files(episode.first.command, episode.verdict.line)
    return (bool(same_file) or _position(judged.line) == _position(episode.verdict.line) is not None
            or _offset(judged.line) == _offset(episode.verdict.line) is not None)


def _same_test(first: Verdict, then: Verdict) -> bool:
    """One failing test named by two reporters (`✖ formatUtc pads month` and `not ok 1 - formatUtc pads month`)."""
    name = first.hit.groups.get("test") if first.hit else None
    return bool(name) and then.hit is not None and then.hit.groups.get("test") == name


def _same_exception(first: Verdict, then: Verdict) -> bool:
    """The same exception with the same message (quoted names aside: `reading 'map'`, `reading 'length'`),
    wherever it was raised (a script, a REPL, a test)."""
    raised = _raised(first)
    return raised is not None and raised == _raised(then)


def _raised(judged: Verdict) -> tuple[str, str] | None:
    groups = judged.hit.groups if judged.hit else {}
    if not (groups.get("exception") and groups.get("msg")):
        return None
    return groups["exception"], QUOTED.sub("'…'", groups["msg"])


def _endpoints(view: StepView) -> set[str]:
    """The ports and sockets a step names, in its command or anywhere in what it printed (`checking
    http://localhost:9200`, `unix:///var/run/docker.sock`)."""
    said = f"{view.command}\n{view.output_text()}"
    return set(PORT.findall(said)) | set(SOCKET.findall(said))


def _position(line: str | None) -> tuple[str, str] | None:
    """Where in a file an error is: `line 6, column 5` and `line 6 column 5` are one place."""
    found = POSITION.search(line or "")
    return found.groups() if found else None


def _offset(line: str | None) -> str | None:
    """The character an error is at: node's `at position 256` and Python's `(char 256)` are one place."""
    found = OFFSET.search(line or "")
    return next(group for group in found.groups() if group) if found else None


def _files(command: str, line: str | None) -> set[str]:
    """File-like names (with a dot or a slash) in a command and its error line."""
    words = re.findall(r"[\w./-]+", f"{command} {line or ''}")
    return {word.strip("./") for word in words if (FILE_END.search(word.rstrip(".")) or "/" in word) and len(word) >= 5}


def _still_there(episode: Episode, view: StepView, judged: Verdict) -> bool:
    """The same failure: the same reason; or the first error printed again among others (strace, a longer
    log); or an error the first failing run had already printed (mypy's second finding, fixed later)."""
    if judged.reason == episode.verdict.reason or _same_signature(episode.verdict, judged):
        return True
    if _same_exception(episode.verdict, judged) or _same_test(episode.verdict, judged):
        return True  # the NPE again, its variable named now (`-g`); the test that fails, shown as TAP
    if judged.category is episode.verdict.category is BlockerCategory.NETWORK_UNREACHABLE:
        return not _address_for_name(episode, view)  # no network, through the proxy or direct: one wall
    if _server_side(episode.verdict) and _server_side(judged):
        return True  # the error body, then the 500 status (`curl -s`, then `curl -w '%{http_code}'`): one failure
    first = episode.verdict
    if not first.line or first.timed_out:  # a hang has no line to compare: another timeout is the same hang
        return judged.category is first.category and first.category is BlockerCategory.TIMEOUT
    if judged.elsewhere:
        return False  # explained by the log looked at after it (`_explained`): that reason differs
    if first.line in lines_of(view):
        return True  # printed again word for word (strace shows the program's own complaint)
    if _outranked(first, judged):
        return False  # a LeakSanitizer report whose frames look like the overflow's: a new error leads now
    return first.reason in _reasons(view) or judged.reason in _reasons(episode.first)


def _outranked(first: Verdict, then: Verdict) -> bool:
    """`then` is led by a more telling error of another kind than the one that decided `first`."""
    return bool(first.hit and then.hit and then.hit.signature.strong and then.category is not first.category
                and then.hit.rank > first.hit.rank)


def _same_signature(first: Verdict, then: Verdict) -> bool:
    """One specific error (not a catch-all such as `error: …`) at the same place, printed in another format
    (`yamllint x` and `yamllint -f parsable x` both say `16:10 … syntax error`); without a place, about the
    same things (PyYAML's `mapping values are not allowed here` is not its `while scanning for the next token`)."""
    if not (first.hit and then.hit) or first.hit.signature.category is BlockerCategory.COMMAND_FAILED:
        return False
    status = first.hit.groups.get("status")
    if status and status == then.hit.groups.get("status") and first.category is then.category:
        return True  # one HTTP status, shown as a page by `curl -s` and as `curl: (22)` by `curl -f`
    if first.hit.signature.id != then.hit.signature.id:
        return False
    package = first.hit.groups.get("package")
    if package and package == then.hit.groups.get("package"):
        return True  # the same missing package, wherever it is imported (`id.go:3:8`, then `main.go:6:2`)
    numbers = set(NUMBERS.findall(first.line or ""))
    return numbers == set(NUMBERS.findall(then.line or "")) and bool(numbers or first.hit.groups == then.hit.groups)


def _reasons(view: StepView) -> set[str]:
    return {Verdict("fail", line=line).reason for line in lines_of(view)}


def fix_between(transcript: Transcript, episode: Episode) -> list[StepView]:
    """The changes that fixed a resolved failure (none when open, when nothing changed in between, or for a slip:
    typing it right was the fix): see fixes_between. They come after its last failing run: what came before
    that run did not fix it."""
    if episode.resolved_by is None or episode.slip:
        return []
    between = _changes(transcript, episode.steps[-1], episode.resolved_by)
    if episode.around:  # the way round reached the goal itself (the report names it as the run that worked),
        return [view for view in between if EDIT.match(view.command)][-1:]  # unless an edit made it possible
    changes = fixes_between(transcript, episode.steps[-1], _next_try(transcript, episode), episode.verdict.category,
                            episode.verdict.hit)
    if not changes and (episode.resolved_by.folder != episode.steps[-1].folder or episode.resolved_by.folder is None):
        steps = transcript.steps[episode.steps[-1].index + 1:episode.resolved_by.index]
        return [view for view in steps if commands.program(view.command) in MOVES][-1:]  # run from elsewhere
    if ENV_MISSING.search(episode.verdict.line or ""):  # a variable the environment lacked: what loaded it fixed it
        return [view for view in between if ENV_LOADING.search(view.command)][-1:] or changes
    return changes


def _next_try(transcript: Transcript, episode: Episode) -> StepView:
    """The resolving run, or an earlier run of the goal that, after a change, stopped on something else: what came
    after that run fixed the something else (the fix of this failure came before it)."""
    last = episode.steps[-1]
    later = transcript.steps[last.index + 1:episode.resolved_by.index]
    stopped = next((view for view in later if verdict(view).outcome == "fail" and episode.here(view)
                    and episode.aims_at(goals.goal(view.command))), None)
    return stopped if stopped and _changes(transcript, last, stopped) else episode.resolved_by


def fixes_between(transcript: Transcript, failed: StepView, rerun: StepView,
                  kind: BlockerCategory | None = None, hit: Hit | None = None) -> list[StepView]:
    """The last edit between a failure and its re-run — among several, the last that names a remedy of the
    failure's kind (`mkdir` for a missing folder, not the `set -euo pipefail` added after it); without one, the
    first and the last change (a venv made, then activated; a config copied, then a service restarted)."""
    changes = _changes(transcript, failed, rerun)
    named = [view for view in changes if hit and hit.signature.fixed_by and re.search(hit.signature.fixed_by,
                                                                                        view.command)]
    if named:
        return named[-1:]  # the change the failure's signature names (`git rebase --continue` for a rejected push)
    edits = [view for view in changes if EDIT.match(view.command)]
    remedies = set(rulebook().categories[kind].remedies) if kind else set()
    edits = [view for view in edits if remedies & set(re.findall(r"\w+", view.command))] or edits
    if edits or len(changes) < 2:
        return (edits or changes)[-1:]
    started = [view for view in changes if (aim := goals.goal(view.command)) and aim.program == "start"]
    if kind in SERVICE_KINDS and started:
        return started[-1:]  # a service that did not answer: starting it was the fix (not the initdb before it)
    changes = [view for index, view in enumerate(changes) if not _making_way(view, changes[index + 1:])] or changes
    return [changes[0], changes[-1]] if len(changes) > 1 else changes


def _making_way(view: StepView, later: list[StepView]) -> bool:
    """Leaving a venv, or removing what a later change makes anew (`rm -rf .venv`, then `python3 -m venv
    --system-site-packages .venv`): it clears the way for the fix and is none itself."""
    words = commands.program_words(view.command)
    if words[:1] == ["deactivate"]:
        return True
    if not words or words[0] != "rm":
        return False
    removed = {path.rstrip("/").rsplit("/", 1)[-1] for path in commands.positionals(words[1:])}
    return any(removed & {word.rstrip("/").rsplit("/", 1)[-1] for word in commands.tokens(step.command)}
               for step in later)


def change_between(transcript: Transcript, failed: StepView, rerun: StepView) -> StepView | None:
    """The last successful step between a failure and its re-run that is neither a look around (a viewer or a
    probe such as `curl URL`) nor another try of the same goal (the edit, restart or chmod that made the difference)."""
    changes = _changes(transcript, failed, rerun)
    edits = [view for view in changes if EDIT.match(view.command)]  # the edit, not the rebuild after it
    return (edits or changes)[-1] if changes else None


def _changes(transcript: Transcript, failed: StepView, rerun: StepView) -> list[StepView]:
    aim = goals.goal(failed.command)
    between = transcript.steps[failed.index + 1:rerun.index]
    return [view for view in between if verdict(view).outcome != "fail" and not commands.is_look(view.command)
            and not commands.changes_nothing(view.command) and not _trying_out(view.command)
            and not goals.same_goal(aim, goals.goal(view.command))]


def _trying_out(command: str) -> bool:
    """A language's REPL (`node`, `python3`): code tried out there changes no file (a database shell may)."""
    return commands.is_interactive(command) and commands.program(command) in LANGUAGE_REPLS
