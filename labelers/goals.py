"""What a command tries to reach — its goal: the program, its action (a subcommand, a control flag), its target and
what a quoted query or a script on stdin does. Two runs have the same goal when they run the same program and
action on the same target, allowing a corrected typo (`make` after `make` failed, `git merge feature/login`
after `git merge feature/lgoin`, `redis-cli -p 6390 ping` after it was refused); one goal may be reached in
different ways (the rulebook's `goals`: `systemctl start redis-server` and `redis-server --daemonize yes`).
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, replace

from labelers.commands import (
    SEPARATORS, TRIVIAL, last_pipeline, positionals, raw_main_stage, split, stage_program, stage_program_words, tokens,
    unwrapped, without_redirections, working_stage,
)
from labelers.signatures import rulebook

HOUSEKEEPING = {"clean", "distclean", "help", "version", "--version", "list"}
CONTROL = {"--abort", "--continue", "--quit", "--skip", "--help", "-h", "--version", "-V"}  # not another try
SHORT_CONTROL = {"-h", "-V"}  # help and version only when nothing else is named (`psql -h /tmp`: a host)
SIMILAR = 0.8  # difflib ratio above which two targets are the same, give or take a typo
OUTPUTS = {"--output", "--out", "--prefix", "--root", "--target"}  # where results go (`--prefix ~/.local`)
COMPILERS = {"gcc", "g++", "cc", "c++", "clang", "clang++", "go", "ld", "rustc", "gfortran"}  # whose -o is the output
VERSIONED = re.compile(r"^(python|pip|ruby|perl|php|node)[\d.]+$")  # `pip3`, `python3.11`: the program itself
HERE = {".", "./", "./..."}  # the current folder (and, for go, the packages under it)
DATABASE_CLIENTS = {"psql", "mysql", "mariadb"}
QUERY_OPTIONS = {"-c", "--command", "-e", "--execute"}  # a database client's query on the command line
DATABASE_OPTIONS = {"-d", "--dbname", "-D", "--database"}  # the option that names the database to connect to
DIGITS = re.compile(r"\d")
VERSION = re.compile(r"(?<=\w)(?:@|==|>=|<=|~=)[\w.^~*-]+$")  # a pinned version: `left-pad@1.3.0`, `requests==2.31`
TO_A_REMOTE = {"git push", "git pull", "git fetch"}  # their target is a remote, origin when none is named
INSECURE = {"--insecure", "--no-check-certificate", "--no-verify-ssl", "--trusted-host"}
ECHOED_COMMAND = re.compile(r"^(?:\./[\w./-]+(?: +\S+)*|[a-z][\w.+-]*(?: +\S+)+)$")  # `rsync -avz dist/ host:www/`, not `ssh: connect …`
NPM_BANNER = re.compile(r"^> \S+@\S+ \S+")  # `> pricing-js@1.2.0 test`: the script's name, not its command
INTERPRETERS = {"bash", "sh", "zsh", "dash", "python", "python3", "node", "ruby", "perl", "php"}
SCRIPT = re.compile(r"\.(?:sh|bash|py|js|mjs|cjs|rb|pl|php)$")
REPLS_OF = {".py": ("python", "python3", "ipython"), ".js": ("node",), ".mjs": ("node",), ".cjs": ("node",),
            ".rb": ("ruby", "irb"), ".php": ("php",), ".pl": ("perl",), ".sh": ("bash", "sh")}
VALUED_OPTIONS = {"-m", "-c", "-e", "-r", "-W", "-X", "-I", "--require", "--eval"}  # what follows is no script
VALUED_GLOBALS = {"-c", "-C", "--git-dir", "--work-tree", "-H", "--host", "--context", "-n", "--namespace",
                  "--kubeconfig", "--prefix"}  # before a subcommand, each takes the next word as its value
DRY_RUN = "dry-run"  # the verb of a run that only shows what it would do
URL = re.compile(r"^(?:[a-z][\w+.-]*://|(?=[\w.-]+:\d+(?:/|$)))"  # a scheme, or a host with its port
                 r"(?P<host>[^/?#\s]+)(?P<path>/[^?#\s]*)?(?:[?#]\S*)?$")
HOST_PATH = re.compile(r"^[\w.-]+:\d+/")  # `localhost:9000/health`: a URL without its scheme
EXTENSION = re.compile(r"(?<=\w)\.[A-Za-z][A-Za-z0-9]{0,5}$")  # `.sql`, `.dump`; not a host's `.1:8081`
REVISION = re.compile(r"(?:[~^]\d*)+$")  # git's ancestor notation
CLASS_PATH = {"-cp", "-classpath", "--class-path"}
FILTERS = {"jq", "yq"}
FIELD = re.compile(r"\.([A-Za-z_]\w*)")  # a field a jq filter reads (`.status`, `.[].name`)
PATTERN_FIRST = {"jq", "yq", "grep", "egrep", "fgrep", "rg", "ag", "awk", "sed"}  # their first word is a pattern


@dataclass(frozen=True)
class Goal:
    """A program, its action (a subcommand such as `merge`, and control flags such as `--abort`), its target,
    and what a quoted script or query does (`sqlite3 app.db 'PRAGMA integrity_check'` → pragma)."""

    program: str
    subcommand: str | None
    targets: tuple[str, ...]
    verb: str | None = None
    flags: tuple[str, ...] = ()  # long options without a value, which may be the action (`--bigkeys`, `--list`)
    others: tuple[str, ...] = ()  # the other files named (`-CAfile ca.crt gateway.crt`: an option's value or not)
    fields: tuple[str, ...] = ()  # what a jq filter asks for (`.[] | .name` → name): `.[0]` asks for none
    database: str | None = None  # what a database client connects to (`psql -d reports`)


def goal(command: str) -> Goal | None:
    """The goal of the command's main stage (see main_stage)."""
    return _stage_goal(raw_main_stage(command))


def _stage_goal(stage: list[str]) -> Goal | None:
    """A stage's goal; a script fed on stdin is what it does (`sqlite3 app.db < import.sql` imports, and a later
    `select count(*)` shows nothing of it)."""
    words = unwrapped(without_redirections(stage))
    found = _alias(words) or _goal(stage_program_words(without_redirections(stage)))
    fed = next((stage[index + 1] for index, word in enumerate(stage[:-1])
                if word == "<" and stage[index + 1] != "/dev/null"), None)  # `< /dev/null` keeps it off the terminal
    if found and any(re.search(pattern, " ".join(words)) for pattern in rulebook().dry_runs):
        return replace(found, verb=DRY_RUN)  # it only shows what it would do
    return replace(found, verb=f"<{fed}") if found and fed and not found.verb else found


def _alias(words: list[str]) -> Goal | None:
    """The goal a rulebook alias names for these words (`service redis-server start` → start redis-server)."""
    line = " ".join(words)
    for alias in rulebook().goals:
        if match := re.match(alias.pattern, line):
            return Goal(alias.goal, None, (alias.target or match.group("target"),))
    return None


def goals(command: str) -> list[Goal]:
    """The goal of every command a line chains with `&&`, `;` or `||`, in order (`make && ./app`: make, then
    ./app): a line that succeeds has reached each of them."""
    stages = [working_stage(pipeline) for pipeline in split(tokens(command), SEPARATORS)]
    found = [_stage_goal(stage) for stage in stages if stage and stage_program(without_redirections(stage)) not in TRIVIAL]
    return [aim for aim in found if aim is not None]


def _goal(words: list[str]) -> Goal | None:
    if not words:
        return None
    name = VERSIONED.sub(r"\1", os.path.basename(words[0]))  # `pip3` and `pip`, `python3.11` and `python`: one program
    script = next((word for word in words[1:] if not word.startswith("-")), "")
    if name in INTERPRETERS and SCRIPT.search(script) and words.index(script) == _first_plain(words):
        return _goal(words[words.index(script):])  # `bash -x scripts/bump.sh` runs what `./scripts/bump.sh` runs
    rest = _past_globals(words[1:]) if name in rulebook().subcommand_programs else words[1:]
    settings = OUTPUTS | ({"-o"} if name in COMPILERS else set())
    arguments = _without_archive(words, positionals(_without_values(rest, settings)))
    pattern = next((word for word in words[1:] if not word.startswith("-")), None) if name in PATTERN_FIRST else None
    fields = tuple(sorted(set(FIELD.findall(pattern or "")))) if name in FILTERS else ()
    if pattern is not None:  # `jq -r '.[] | .name' f.json`, `grep -n x f`: the filter or pattern is no target
        arguments = [argument for argument in arguments if argument != pattern]
    control = " ".join(word for word in words[1:] if word in CONTROL  # `git merge --abort` is not a merge
                       and (word not in SHORT_CONTROL or not arguments))  # but `psql -h /tmp` names a host
    if name in rulebook().subcommand_programs and arguments:
        action = " ".join(filter(None, [arguments[0], control]))
        if f"{name} {arguments[0]}" in TO_A_REMOTE:  # `git push` goes to origin; `git push usb main` elsewhere
            return Goal(name, action, tuple(arguments[1:2]) or ("origin",))
        return Goal(name, action, _first_target(arguments[1:], name), others=_after_option_value(words, arguments[1:]))
    flags = tuple(word for word in words[1:] if word.startswith("--") and "=" not in word and word not in CONTROL)
    return Goal(name, control or None, _first_target(arguments, name), _verb(arguments, words), flags,
                _after_option_value(words, arguments) + _class_path(words), fields, _database(words))


def _without_archive(words: list[str], arguments: list[str]) -> list[str]:
    """`tar czf /backups/data.tgz data` archives `data`: the archive it writes is where the result goes."""
    creates = words[0] == "tar" and len(words) > 1 and (
        "--create" in words or re.fullmatch(r"-?[a-zA-Z]*c[a-zA-Z]*f", words[1]) is not None)
    if not creates:
        return arguments
    skip = 1 + (not words[1].startswith("-"))  # the archive, after an option cluster written without its dash
    return arguments[skip:] if len(arguments) > skip else arguments


def _database(words: list[str]) -> str | None:
    """The database a client names with its option (`psql -h /tmp -d reports -f schema.sql` → reports): what a
    connection reaches, whatever host, user or script goes with it."""
    if words[0] not in DATABASE_CLIENTS:
        return None
    for index, word in enumerate(words[1:-1], 1):
        if word in DATABASE_OPTIONS:
            return words[index + 1]
    return next((word.split("=", 1)[1] for word in words if word.startswith(("--dbname=", "--database="))), None)


def _past_globals(words: list[str]) -> list[str]:
    """Without the global options that take a value before a subcommand (`git -c protocol.file.allow=always
    submodule update`, `git -C ~/app status`, `kubectl -n prod get pods`): they do not name the action."""
    index = 0
    while index < len(words) and words[index].startswith("-"):
        index += 2 if words[index] in VALUED_GLOBALS else 1
    return words[index:]


def _first_plain(words: list[str]) -> int:
    """Where the interpreter's own options end (`python3 -u app.py`; not `python3 -m pytest`, `bash -c '…'`)."""
    index = 1
    while index < len(words) and words[index].startswith("-") and words[index] not in VALUED_OPTIONS:
        index += 1
    return index


def _after_option_value(words: list[str], arguments: list[str]) -> tuple[str, ...]:
    """The files after the first target where that may be an option's value (`-CAfile ca.crt gateway.crt`)."""
    first = _first_target(arguments)
    if not first or first[0] not in words or not words[words.index(first[0]) - 1].startswith("-"):
        return ()
    rest = arguments[arguments.index(first[0]) + 1:] if first[0] in arguments else []
    return tuple(argument for argument in rest if "." in os.path.basename(argument) and " " not in argument)


def _class_path(words: list[str]) -> tuple[str, ...]:
    """The jars and folders of a class path (`java -cp app.jar com.acme.Main` runs what `java -jar app.jar` runs)."""
    return tuple(entry for option, value in zip(words, words[1:]) if option in CLASS_PATH
                 for entry in value.split(":") if entry)


def _verb(arguments: list[str], words: list[str]) -> str | None:
    """What a quoted script or query does, as an argument or an option's value (`sqlite3 app.db 'PRAGMA
    integrity_check'` → pragma, `psql users -c "insert into …"` → insert): a count(*) that works shows no
    integrity check passing, and a select no insert."""
    given = [value for option, value in zip(words, words[1:]) if option in QUERY_OPTIONS]
    phrase = next((argument for argument in [*arguments, *given] if " " in argument.strip()), None)
    return phrase.split()[0].lower() if phrase else None


def _without_values(words: list[str], options: set[str]) -> list[str]:
    """Without what these options name (`gcc -o app`): where a result goes is not what was worked on."""
    return [word for index, word in enumerate(words)
            if word not in options and (index == 0 or words[index - 1] not in options)]


def _first_target(arguments: list[str], program: str = "") -> tuple[str, ...]:
    """The first argument that is a URL (`curl --cacert ca.crt https://…`), else a file (`tar xzf a.tgz -C out/` →
    a.tgz), else a path, else the first one; to a compiler the folder one is in names nothing more than no target
    does (`go build ./...`, `go build -o app .`), but `pip install -e .` installs that folder."""
    arguments = [argument for argument in arguments if argument not in HERE or program not in COMPILERS]
    urls = [argument for argument in arguments
            if ("://" in argument or HOST_PATH.match(argument)) and " " not in argument]
    pathlike = [argument for argument in arguments if "." in argument or "/" in argument]
    files = [argument for argument in pathlike if "." in os.path.basename(argument) and not argument.endswith("/")]
    return tuple((urls or files or pathlike or arguments)[:1])


def target(command: str) -> str | None:
    """The first thing the command acts on (a file, a URL, a branch), if it names one."""
    found = goal(command)
    return found.targets[0] if found and found.targets else None


def same_goal(first: Goal | None, later: Goal | None, verb: bool = True, renumbered: bool = False) -> bool:
    """`later` tries what `first` tried: the same program and action (and, unless `verb` is False, the same
    kind of query: a `select count(*)` that works shows no integrity check passing), on the same target (give
    or take a typo) — or on one named now where `first` named none (`make` then `make app`), never on less
    (`npm run` after `npm run lint` only lists the scripts). A target with other numbers (another port, id or
    version) is another target, unless `renumbered` (a refused connection retried on the right port)."""
    if first is None or later is None:
        return False
    if _repl_then_script(first, later):
        return True  # what failed in `python3`'s REPL is tried for real by `python3 check.py`
    if (first.program, first.subcommand) != (later.program, later.subcommand):
        return False
    if renumbered and (first.database or first.program in DATABASE_CLIENTS):
        return True  # a refused connection: reaching the server, by any socket, user or database
    if verb and DRY_RUN in (first.verb, later.verb) and first.verb != later.verb:
        return False  # `make -n deploy` works whether or not `make deploy` can
    if verb and first.verb is not None and first.verb != later.verb:  # a REPL's query is unknown: any will do
        return False
    if not set(first.fields) <= set(later.fields):
        return False  # `jq '.[0]' f` looks at the shape; only a filter that asks for `name` again tries `.name`
    if first.verb is None and (later.verb or "").startswith("<"):
        return False  # a script fed to the REPL's program (`sqlite3 app.db < schema.sql`) changes, it asks nothing
    if not first.targets:  # `make`, then `make app`; but `redis-cli --bigkeys` is not `redis-cli dbsize`
        return not set(later.targets) & HOUSEKEEPING and (not later.targets or not first.flags)
    if first.targets[0] in later.others or (later.targets and later.targets[0] in first.others):
        return True  # `openssl verify gateway.crt`, then `openssl verify -CAfile ca.crt gateway.crt`
    return bool(later.targets) and _similar(first.targets[0], later.targets[0], renumbered)


def _repl_then_script(first: Goal, later: Goal) -> bool:
    language = SCRIPT.search(later.program)
    return (not first.targets and first.subcommand is None and language is not None
            and first.program in REPLS_OF.get(language.group(0), ()))


def _similar(first: str, second: str, renumbered: bool = False) -> bool:
    """The same (a package whatever its version: `prettier`, `prettier@3.1.1`; a name with its package or folder:
    `App`, `com.acme.App`), a typo apart (one letter swapped, dropped, added or changed), or mostly the same."""
    if URL.match(first) and URL.match(second):
        return _same_url(first, second, renumbered)
    return _similar_name(first, second, renumbered)


def _similar_name(first: str, second: str, renumbered: bool = False) -> bool:
    first, second = VERSION.sub("", first), VERSION.sub("", second)
    if first != second and REVISION.sub("", first) == REVISION.sub("", second):
        return False  # `main~1` is not `main`, `HEAD^` not `HEAD`
    kinds = {found.group(0) if (found := EXTENSION.search(name)) else "" for name in (first, second)}
    if len(kinds) == 2 and "" not in kinds and not _one_typo_apart(first, second):
        return False  # `shop.sql` and `shop.dump` are two files, whatever their names share
    if "" in kinds and len(kinds) == 2 and EXTENSION.sub("", first) == EXTENSION.sub("", second):
        return True  # a name with its file's ending, then without (`java Calculator.class`, `java Calculator`)
    if first != second and first.replace(",", ".") == second.replace(",", "."):
        return True  # a decimal written with a comma, then with a point (`12,5`, `12.5`)
    if first != second and DIGITS.sub("", first) == DIGITS.sub("", second):
        return renumbered  # another port, id or version (`localhost:9201` is not `localhost:9200`)
    return (first == second or _qualified(first, second) or _one_typo_apart(first, second)
            or difflib.SequenceMatcher(None, first, second).ratio() >= SIMILAR)


def _same_url(first: str, second: str, renumbered: bool) -> bool:
    """One host and one resource — the path's last part, give or take a typo (`/helth`) — wherever the path
    puts it (`/v1/items.json` is `/api/v1/items.json` once the route is found) and whatever the query: the
    listing `/releases/` is not the file `/releases/theme-2.4.zip`."""
    one, other = URL.match(first), URL.match(second)
    return _similar_name(one["host"], other["host"], renumbered) and same_resource(one["path"], other["path"],
                                                                                   renumbered)


def same_resource(first: str | None, second: str | None, renumbered: bool = False) -> bool:
    """Two URL paths name one resource: their last parts alike (`/health`, `/health.json`; a typo apart)."""
    ends = [last_part(path) for path in (first, second)]
    return ends[0] == ends[1] or (all(ends) and _similar_name(*ends, renumbered))


def last_part(path: str | None) -> str:
    """A URL path's last part, the resource it names (`/api/v1/items.json` → items.json; `/` → nothing)."""
    return ([part for part in (path or "").split("/") if part] or [""])[-1]


def _qualified(first: str, second: str) -> bool:
    short, long = sorted((first, second), key=len)
    return any(long.endswith(separator + short) for separator in "./") and short.strip("./") != ""


def _one_typo_apart(first: str, second: str) -> bool:
    """`mian`/`main`, `ain`/`main`, `feature/logn`/`feature/login`; never numbers (8080 and 8081 differ), and a
    changed letter only in longer words (`lint` is not `list`)."""
    if first.isdigit() or second.isdigit() or not (any(c.isalpha() for c in first) and any(c.isalpha() for c in second)):
        return False  # numbers differ, and so do `.` and `..`
    if len(first) > len(second):
        first, second = second, first
    if len(second) - len(first) == 1:  # one letter dropped
        return any(second[:i] + second[i + 1:] == first for i in range(len(second)))
    differ = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and first[differ[0]] == second[differ[1]] \
        and first[differ[1]] == second[differ[0]]
    return len(first) == len(second) and ((len(differ) == 1 and len(first) >= 5) or swapped)


def typo_apart(first: str, second: str) -> bool:
    """Two words a slip of the keyboard apart (`gti`/`git`, `stauts`/`status`), not the same word."""
    return first != second and (_one_typo_apart(first, second)
                                or difflib.SequenceMatcher(None, first, second).ratio() >= SIMILAR)


def skips_checks(command: str) -> bool:
    """It turns the failed check off (`curl -k`, `wget --no-check-certificate`, `git -c http.sslVerify=false`)."""
    words = tokens(command)
    short_k = stage_program(words) == "curl" and any(re.fullmatch(r"-[a-zA-Z]*k[a-zA-Z]*", word) for word in words)
    return short_k or any(word in INSECURE or word.lower() == "http.sslverify=false" for word in words)


def expected_exit(command: str, exit_code: int) -> bool:
    """A non-zero exit that is an answer (grep found nothing, diff found differences) — of the command's main
    stage, or of the pipeline's last stage, whose status the shell reports (`pg_restore -l x | grep -c y`)."""
    aims = [aim for aim in (goal(command), _stage_goal(last_pipeline(command)[-1])) if aim is not None]
    return any(rule.program == aim.program and exit_code in rule.codes and rule.subcommand in (None, aim.subcommand)
               for aim in aims for rule in rulebook().expected_exits)



def echoed_goals(command: str, lines: list[str]) -> list[Goal]:
    """The goals of the commands a build tool echoed before running them: `make deploy` printing `rsync -avz
    dist/ host:www/`, `npm test` printing `> node --test test/` — running one of them by hand tries the same."""
    name = stage_program(raw_main_stage(command))
    if name == "make":
        shown = [line for line in _before_make_error(lines) if ECHOED_COMMAND.match(line)]
    elif name == "npm":
        shown = [line[2:] for line in lines if line.startswith("> ") and not NPM_BANNER.match(line)]
    else:
        return []
    return [found for found in map(goal, shown) if found is not None]


def _before_make_error(lines: list[str]) -> list[str]:
    end = next((index for index, line in enumerate(lines) if line.startswith(("make: ", "make["))), len(lines))
    return lines[:end]
