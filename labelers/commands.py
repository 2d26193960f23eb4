"""What a typed command line is about: its program, its target, and whether it only looks at things.

Two runs have the same goal when they run the same program (the same subcommand for git, go, npm, ...)
on the same target, allowing a corrected typo: `make` after `make` failed, `git merge feature/login`
after `git merge feature/lgoin`, `redis-cli -p 6390 ping` after it was refused.
"""
from __future__ import annotations

import difflib
import os
import re
import shlex
from dataclasses import dataclass, replace

from labelers.signatures import rulebook

SEPARATORS = {";", "&&", "||", "&", "\n"}
REDIRECTIONS = {">", ">>", "<", "<<", "<<<", ">&", "&>", "&>>", ">|", "2>", "2>>"}
TRIVIAL = {"cd", "pushd", "popd", "sleep", "export", "source", ".", "set", "unset", "true", "clear", "alias"}
WRAPPERS = {"sudo", "nohup", "time", "exec", "command", "builtin", "stdbuf", "setsid", "unbuffer"}
VALUED_WRAPPERS = {"nice": 1, "timeout": 1, "env": 0}
TRACERS = {"strace", "ltrace", "valgrind", "perf"}  # they run the command that follows their options
TRACER_VALUED = {"-o", "-e", "-s", "-p", "-E", "-P", "-u", "-a", "-X"}  # tracer options that take the next word
HOUSEKEEPING = {"clean", "distclean", "help", "version", "--version", "list"}
CONTROL = {"--abort", "--continue", "--quit", "--skip", "--help", "-h", "--version", "-V"}  # not another try
SHORT_CONTROL = {"-h", "-V"}  # help and version only when nothing else is named (`psql -h /tmp`: a host)
SIMILAR = 0.8  # difflib ratio above which two targets are the same, give or take a typo
OUTPUTS = {"--output", "--out"}
COMPILERS = {"gcc", "g++", "cc", "c++", "clang", "clang++", "go", "ld", "rustc", "gfortran"}  # whose -o is the output
HERE = {".", "./", "./..."}
DIGITS = re.compile(r"\d")
VERSION = re.compile(r"(?<=\w)(?:@|==|>=|<=|~=)[\w.^~*-]+$")  # a pinned version: `left-pad@1.3.0`, `requests==2.31`  # the current folder (and, for go, the packages under it)
PAGERS = {"less", "more", "most", "man", "top", "htop", "watch"}
REPLS = {"python", "python3", "node", "irb", "sqlite3", "psql", "mysql", "mariadb", "redis-cli", "gdb", "bc", "mongosh"}
REPLS_WITH_FILE = {"sqlite3", "gdb"}  # `sqlite3 app.db` alone opens a REPL on the file
CHANGING = {"add", "remove", "rm", "set-url", "rename", "delete", "set", "create", "prune", "edit", "apply",
            "use-context", "set-context", "set-cluster", "set-credentials", "delete-context", "unset"}
FOLLOWERS = {"tail", "journalctl", "docker", "kubectl", "less"}  # with -f they follow a log until stopped
UNTIL_STOPPED = {"watch", "top", "htop", "ping", "yes", "sleep"}
TO_A_REMOTE = {"git push", "git pull", "git fetch"}  # their target is a remote, origin when none is named
PATTERN_FIRST = {"jq", "yq", "grep", "egrep", "fgrep", "rg", "ag", "awk", "sed"}  # their first word is a pattern
REPORTERS = {"echo", "printf"}  # after the real work on one line, they report on it
NO_CHANGE = {"clear", "reset", "sleep", "true", "cd", "pushd", "popd", "history", "alias", "fg", "bg", "jobs"}


@dataclass(frozen=True)
class Goal:
    """A program, its action (a subcommand such as `merge`, and control flags such as `--abort`), its target,
    and what a quoted script or query does (`sqlite3 app.db 'PRAGMA integrity_check'` → pragma)."""

    program: str
    subcommand: str | None
    targets: tuple[str, ...]
    verb: str | None = None
    flags: tuple[str, ...] = ()  # long options without a value, which may be the action (`--bigkeys`, `--list`)


def tokens(command: str) -> list[str]:
    """Shell words and operators; an unbalanced quote falls back to splitting on spaces."""
    try:
        lexer = shlex.shlex(command, posix=True, punctuation_chars=";&|<>")
        lexer.whitespace_split = True
        return list(lexer)
    except ValueError:
        return command.split()


def main_stage(command: str) -> list[str]:
    """The words of the first stage of the last non-trivial pipeline (`cd x && make | tee log` → make; a trailing
    `echo "exit=$?"` or `echo done` only reports on it)."""
    return _without_redirections(_main_stage(command))


def _main_stage(command: str) -> list[str]:
    """main_stage with its redirections."""
    pipelines = _split(tokens(command), SEPARATORS)
    meaningful = [words for words in (_split(p, {"|"})[0] for p in pipelines if p) if _program(words) not in TRIVIAL]
    if len(meaningful) > 1 and _program(meaningful[-1]) in REPORTERS:
        meaningful.pop()
    return meaningful[-1] if meaningful else (_split(pipelines[-1], {"|"})[0] if pipelines else [])


def _split(words: list[str], separators: set[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word in separators:
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if part] or [[]]


def _without_redirections(words: list[str]) -> list[str]:
    kept, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word in REDIRECTIONS or word.rstrip("0123456789") in REDIRECTIONS:
            skip = True
            if kept and kept[-1] in {"0", "1", "2"}:  # the file descriptor of `2>&1`
                kept.pop()
        elif not (word.isdigit() and kept and kept[-1] in REDIRECTIONS):
            kept.append(word)
    return kept


def _unwrapped(words: list[str]) -> list[str]:
    """Without VAR=value prefixes and wrappers such as sudo, nohup, env, timeout 5."""
    index = 0
    while index < len(words):
        word = words[index]
        if "=" in word and not word.startswith("-") and word.split("=")[0].isidentifier():
            index += 1
        elif word in WRAPPERS or word in VALUED_WRAPPERS:
            index += 1 + _wrapper_arguments(words[index + 1:], VALUED_WRAPPERS.get(word, 0))
        elif word in TRACERS:
            index += 1 + _tracer_options(words[index + 1:])
        else:
            break
    return words[index:]


def _wrapper_arguments(rest: list[str], values: int) -> int:
    """How many words after a wrapper belong to it (its options, then `values` plain arguments)."""
    count = 0
    while count < len(rest) and rest[count].startswith("-"):
        count += 1
    return count + min(values, len(rest) - count)


def _tracer_options(rest: list[str]) -> int:
    """How many words after `strace` are its own options (`-e trace=openat`, `-f`, `--leak-check=full`)."""
    count = 0
    while count < len(rest) and rest[count].startswith("-"):
        following = rest[count + 1] if count + 1 < len(rest) else "-"
        takes_value = rest[count] in TRACER_VALUED or ("=" in following and not following.startswith("-"))
        count += 2 if takes_value and count + 1 < len(rest) else 1
    return count


def _program(words: list[str]) -> str:
    words = _unwrapped(words)
    return os.path.basename(words[0]) if words else ""


def typed_words(command: str) -> list[str]:
    """The main stage with wrappers removed, as typed (`python3 -m venv .venv` stays so)."""
    return _unwrapped(main_stage(command))


def program_words(command: str) -> list[str]:
    """The main stage with wrappers removed; `python3 -m pytest` counts as pytest."""
    return _program_words(main_stage(command))


def _program_words(stage: list[str]) -> list[str]:
    words = _unwrapped(stage)
    if len(words) >= 3 and os.path.basename(words[0]).startswith("python") and words[1] == "-m":
        words = words[2:]
    return words


def program(command: str) -> str:
    words = program_words(command)
    return os.path.basename(words[0]) if words else ""


def positionals(words: list[str]) -> list[str]:
    """Arguments that are not options; a number or a phrase right after an option is its value (`-p 6390`)."""
    found = []
    for index, word in enumerate(words):
        if word.startswith("-"):
            continue
        previous = words[index - 1] if index else ""
        if (word.isdigit() or " " in word) and previous.startswith("-") and "=" not in previous:
            continue  # an option's value: a number or a quoted phrase (`-m "Merge x"`)
        found.append(word)
    return found


def goal(command: str) -> Goal | None:
    """The goal of the command's main stage (see main_stage)."""
    return _stage_goal(_main_stage(command))


def _stage_goal(stage: list[str]) -> Goal | None:
    """A stage's goal; a script fed on stdin is what it does (`sqlite3 app.db < import.sql` imports, and a later
    `select count(*)` shows nothing of it)."""
    words = _unwrapped(_without_redirections(stage))
    found = _alias(words) or _goal(_program_words(_without_redirections(stage)))
    fed = next((stage[index + 1] for index, word in enumerate(stage[:-1]) if word == "<"), None)
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
    stages = [_split(pipeline, {"|"})[0] for pipeline in _split(tokens(command), SEPARATORS)]
    found = [_stage_goal(stage) for stage in stages if stage and _program(_without_redirections(stage)) not in TRIVIAL]
    return [aim for aim in found if aim is not None]


def _goal(words: list[str]) -> Goal | None:
    if not words:
        return None
    name = os.path.basename(words[0])
    arguments = positionals(_without_outputs(words[1:], OUTPUTS | ({"-o"} if name in COMPILERS else set())))
    if name in PATTERN_FIRST and arguments:
        arguments = arguments[1:]  # `jq .services f.json`, `grep -n x f`: the filter or pattern is no target
    control = " ".join(word for word in words[1:] if word in CONTROL  # `git merge --abort` is not a merge
                       and (word not in SHORT_CONTROL or not arguments))  # but `psql -h /tmp` names a host
    if name in rulebook().subcommand_programs and arguments:
        action = " ".join(filter(None, [arguments[0], control]))
        if f"{name} {arguments[0]}" in TO_A_REMOTE:  # `git push` goes to origin; `git push usb main` elsewhere
            return Goal(name, action, tuple(arguments[1:2]) or ("origin",))
        return Goal(name, action, _first_target(arguments[1:]))
    flags = tuple(word for word in words[1:] if word.startswith("--") and "=" not in word and word not in CONTROL)
    return Goal(name, control or None, _first_target(arguments), _verb(arguments), flags)


def _verb(arguments: list[str]) -> str | None:
    """What a quoted script or query argument does (`sqlite3 app.db 'PRAGMA integrity_check'` → pragma): a
    count(*) that works shows no integrity check passing."""
    phrase = next((argument for argument in arguments if " " in argument.strip()), None)
    return phrase.split()[0].lower() if phrase else None


def _without_outputs(words: list[str], options: set[str]) -> list[str]:
    """Without what an output option names (`gcc -o app`): where a result goes is not what was worked on."""
    return [word for index, word in enumerate(words)
            if word not in options and (index == 0 or words[index - 1] not in options)]


def _first_target(arguments: list[str]) -> tuple[str, ...]:
    """The first argument that is a URL (`curl --cacert ca.crt https://…`), else a file (`tar xzf a.tgz -C out/` →
    a.tgz), else a path, else the first one; the folder one is in names nothing more than no target does
    (`go build ./...`, `go build -o app .`)."""
    arguments = [argument for argument in arguments if argument not in HERE]
    urls = [argument for argument in arguments if "://" in argument and " " not in argument]
    pathlike = [argument for argument in arguments if "." in argument or "/" in argument]
    files = [argument for argument in pathlike if "." in os.path.basename(argument) and not argument.endswith("/")]
    return tuple((urls or files or pathlike or arguments)[:1])


def target(command: str) -> str | None:
    """The first thing the command acts on (a file, a URL, a branch), if it names one."""
    found = goal(command)
    return found.targets[0] if found and found.targets else None


def same_goal(first: Goal | None, later: Goal | None, verb: bool = True) -> bool:
    """`later` tries what `first` tried: the same program and action (and, unless `verb` is False, the same
    kind of query: a `select count(*)` that works shows no integrity check passing), on the same target (give
    or take a typo) — or on one named now where `first` named none (`make` then `make app`), never on less
    (`npm run` after `npm run lint` only lists the scripts)."""
    if first is None or later is None or (first.program, first.subcommand) != (later.program, later.subcommand):
        return False
    if verb and first.verb is not None and first.verb != later.verb:  # a REPL's query is unknown: any will do
        return False
    if not first.targets:  # `make`, then `make app`; but `redis-cli --bigkeys` is not `redis-cli dbsize`
        return not set(later.targets) & HOUSEKEEPING and (not later.targets or not first.flags)
    return bool(later.targets) and _similar(first.targets[0], later.targets[0])


def _similar(first: str, second: str) -> bool:
    """The same (a package whatever its version: `prettier`, `prettier@3.1.1`), a typo apart (one letter
    swapped, dropped, added or changed), or mostly the same."""
    first, second = VERSION.sub("", first), VERSION.sub("", second)
    if first != second and DIGITS.sub("", first) == DIGITS.sub("", second):
        return False  # another port, id or version (`localhost:9201` is not `localhost:9200`)
    return (first == second or _one_typo_apart(first, second)
            or difflib.SequenceMatcher(None, first, second).ratio() >= SIMILAR)


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


def writes_file(command: str) -> bool:
    """It sends output into a file (`> file`, `>> file`, `| tee file`): a change, whatever the program."""
    words = tokens(command)
    return any(word in (">", ">>", ">|", "&>", "&>>") for word in words) or "tee" in words


def typo_apart(first: str, second: str) -> bool:
    """Two words a slip of the keyboard apart (`gti`/`git`, `stauts`/`status`), not the same word."""
    return first != second and (_one_typo_apart(first, second)
                                or difflib.SequenceMatcher(None, first, second).ratio() >= SIMILAR)


def changes_nothing(command: str) -> bool:
    """Clearing the screen, moving around, waiting: never the change that fixed something."""
    words = _unwrapped(tokens(command))
    return not words or (words[0] in NO_CHANGE and not set(words) & SEPARATORS)


def is_trivial(command: str) -> bool:
    """Moving around or setting the shell up (cd, export, sleep): never an achievement in itself."""
    words = _unwrapped(tokens(command))
    return bool(words) and words[0] in TRIVIAL and not set(words) & SEPARATORS


def is_viewer(command: str) -> bool:
    """The command shows files or state (cat, grep, ss, git log, ...): errors in its output are findings. So
    does a look run on another host (`ssh box 'ls -l /tmp/x'`)."""
    words = program_words(command)
    if not words or writes_file(command):
        return False
    name, arguments = os.path.basename(words[0]), positionals(words[1:])
    if name == "ssh" and len(arguments) == 2 and " " in arguments[1].strip():
        return is_viewer(arguments[1])
    with_subcommand = f"{name} {arguments[0]}" if arguments else name
    if with_subcommand in rulebook().viewers:
        return not (len(arguments) > 1 and arguments[1] in CHANGING)  # `git remote add` changes what it shows
    return name in rulebook().viewers


def shows_content(command: str) -> bool:
    """A viewer whose output is a file's or a log's text (cat, grep, tail, git log, docker logs)."""
    words = program_words(command)
    name, arguments = (os.path.basename(words[0]), positionals(words[1:])) if words else ("", [])
    book = rulebook().shows_content
    return is_viewer(command) and (name in book or (bool(arguments) and f"{name} {arguments[0]}" in book))


def is_interactive(command: str) -> bool:
    """A pager, or a REPL started with nothing to run (`python3`, `sqlite3 app.db`): what was done in it is
    on the screen, not in the command (an editor is an edit: see the generic labeler)."""
    words = program_words(command)
    name = os.path.basename(words[0]) if words else ""
    return name in PAGERS or (name in REPLS and len(positionals(words[1:])) <= (name in REPLS_WITH_FILE))


def runs_until_stopped(command: str) -> bool:
    """It runs until someone stops it, by design: `tail -f`, `journalctl -f`, `watch`, `top`, `ping`."""
    words = program_words(command)
    name = os.path.basename(words[0]) if words else ""
    following = name in FOLLOWERS and any(word in ("-f", "-F", "--follow") or word.startswith("--follow=")
                                          for word in words[1:])
    return following or name in UNTIL_STOPPED


def is_look(command: str) -> bool:
    """The command changes nothing: a viewer, or a probe such as `curl URL` or `openssl x509 -noout`."""
    line = command.strip()
    return is_viewer(line) or any(re.search(pattern, line) for pattern in rulebook().probes)


def expected_exit(command: str, exit_code: int) -> bool:
    """A non-zero exit that is an answer (grep found nothing, diff found differences)."""
    found = goal(command)
    return found is not None and any(
        rule.program == found.program and exit_code in rule.codes and rule.subcommand in (None, found.subcommand)
        for rule in rulebook().expected_exits)
