"""What a typed command line is made of: its stages, its program and arguments, and whether it only looks at
things (a viewer, a probe), changes nothing, runs until stopped, or opens a REPL. What it tries to reach is
labelers/goals.py's."""
from __future__ import annotations

import os
import re
import shlex

from labelers.signatures import rulebook

SEPARATORS = {";", "&&", "||", "&", "\n"}
REDIRECTIONS = {">", ">>", "<", "<<", "<<<", ">&", "&>", "&>>", ">|", "2>", "2>>"}
TRIVIAL = {"cd", "pushd", "popd", "sleep", "export", "source", ".", "set", "unset", "true", "clear", "alias",
           "exit", "logout", "deactivate", "done", "fi", "esac", "}"}  # leaving a nested shell or a venv; a block's end
WRAPPERS = {"sudo", "nohup", "time", "exec", "command", "builtin", "stdbuf", "setsid", "unbuffer"}
KEYWORDS = {"if", "elif", "then", "else", "while", "until", "do", "!", "{"}  # the command after one is what runs
VALUED_WRAPPERS = {"nice": 1, "timeout": 1, "env": 0}
TRACERS = {"strace", "ltrace", "valgrind", "perf"}  # they run the command that follows their options
TRACER_VALUED = {"-o", "-e", "-s", "-p", "-E", "-P", "-u", "-a", "-X"}  # tracer options that take the next word
PAGERS = {"less", "more", "most", "man", "top", "htop", "watch"}
REPLS = {"python", "python3", "node", "irb", "sqlite3", "psql", "mysql", "mariadb", "redis-cli", "gdb", "bc", "mongosh"}
REPLS_WITH_FILE = {"sqlite3", "gdb"}  # `sqlite3 app.db` alone opens a REPL on the file
CHANGING = {"add", "remove", "rm", "set-url", "rename", "delete", "set", "create", "prune", "edit", "apply",
            "use-context", "set-context", "set-cluster", "set-credentials", "delete-context", "unset"}
FOLLOWERS = {"tail", "journalctl", "docker", "kubectl", "less"}  # with -f they follow a log until stopped
UNTIL_STOPPED = {"watch", "top", "htop", "ping", "yes", "sleep"}
FEEDERS = {"echo", "printf", "yes", "cat"}  # `echo test | gpg --clearsign`, `cat f.json | jq .x`: the work is done by what they feed
REPORTERS = {"echo", "printf"}  # after the real work on one line, they report on it
SETUP_PROGRAMS = {"mkdir", "chmod", "chown", "cp", "mv", "rm", "ln", "touch", "rmdir", "install"}
CHANGING_FLAGS = {"git branch": {"-m", "-M", "-d", "-D", "-c", "-C", "-u", "--move", "--delete", "--copy",
                                 "--set-upstream-to", "--unset-upstream"}}
VALUE_OPTIONS = {"-cp", "-classpath", "--class-path", "--module-path", "-w", "--write-out", "-H", "--header", "-X",
                 "--request", "-A", "--user-agent", "--find-links", "--index-url", "--extra-index-url",
                 "--trusted-host"}  # options whose value is a setting, never what is acted on
NO_CHANGE = {"clear", "reset", "sleep", "true", "cd", "pushd", "popd", "history", "alias", "fg", "bg", "jobs"}


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
    return without_redirections(raw_main_stage(command))


def raw_main_stage(command: str) -> list[str]:
    """main_stage with its redirections."""
    pipelines = split(tokens(command), SEPARATORS)
    meaningful = [words for words in (working_stage(p) for p in pipelines if p) if stage_program(words) not in TRIVIAL]
    if len(meaningful) > 1 and stage_program(meaningful[-1]) in REPORTERS:
        meaningful.pop()
    return meaningful[-1] if meaningful else (split(pipelines[-1], {"|"})[0] if pipelines else [])


def last_pipeline(command: str) -> list[list[str]]:
    """The stages of the line's last pipeline (`make && pytest | tail -5` → pytest, tail): the last one's exit
    status is the line's, and its output is what the screen shows."""
    return split(split(tokens(command), SEPARATORS)[-1], {"|"})


def working_stage(pipeline: list[str]) -> list[str]:
    """The pipeline's first stage, past what only feeds it (`echo test | gpg --clearsign` → gpg)."""
    stages = split(pipeline, {"|"})
    return next((stage for stage in stages[:-1] if stage_program(stage) not in FEEDERS), stages[-1])


def split(words: list[str], separators: set[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word in separators:
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if part] or [[]]


def without_redirections(words: list[str]) -> list[str]:
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


def unwrapped(words: list[str]) -> list[str]:
    """Without VAR=value prefixes, wrappers such as sudo, nohup, env, timeout 5, and the shell's keywords
    (`until curl …` runs curl)."""
    index = 0
    while index < len(words):
        word = words[index]
        if "=" in word and not word.startswith("-") and word.split("=")[0].isidentifier():
            index += 1
        elif word in KEYWORDS:
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


def stage_program(words: list[str]) -> str:
    words = unwrapped(words)
    return os.path.basename(words[0]) if words else ""


def typed_words(command: str) -> list[str]:
    """The main stage with wrappers removed, as typed (`python3 -m venv .venv` stays so)."""
    return unwrapped(main_stage(command))


def program_words(command: str) -> list[str]:
    """The main stage with wrappers removed; `python3 -m pytest` counts as pytest."""
    return stage_program_words(main_stage(command))


def stage_program_words(stage: list[str]) -> list[str]:
    words = unwrapped(stage)
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
        if previous in VALUE_OPTIONS:
            continue  # `java -cp out:lib/junit.jar App`, `curl -w '%{http_code}' URL`: a setting, not a target
        found.append(word)
    return found


def writes_file(command: str) -> bool:
    """It sends output into a file (`> file`, `>> file`, `| tee file`): a change, whatever the program."""
    words = tokens(command)
    return any(word in (">", ">>", ">|", "&>", "&>>") for word in words) or "tee" in words


def changes_nothing(command: str) -> bool:
    """Clearing the screen, moving around, waiting: never the change that fixed something."""
    words = unwrapped(tokens(command))
    return not words or (words[0] in NO_CHANGE and not set(words) & SEPARATORS)


def sets_up(command: str) -> bool:
    """It only prepares the ground (mkdir, chmod, cp, ln, touch): an achievement below a run, a build, an install."""
    words = program_words(command)
    return bool(words) and os.path.basename(words[0]) in SETUP_PROGRAMS


def is_trivial(command: str) -> bool:
    """Moving around or setting the shell up (cd, export, sleep): never an achievement in itself."""
    words = unwrapped(tokens(command))
    return bool(words) and words[0] in TRIVIAL and not set(words) & SEPARATORS


def is_viewer(command: str) -> bool:
    """The command shows files or state (cat, grep, ss, git log, ...): errors in its output are findings. So
    does a look run on another host (`ssh box 'ls -l /tmp/x'`)."""
    words = program_words(command)
    if not words or writes_file(command):
        return False
    name, arguments = os.path.basename(words[0]), positionals(words[1:])
    if remote_command(command):
        return is_viewer(remote_command(command))
    if _views_content(words):
        return True
    with_subcommand = f"{name} {arguments[0]}" if arguments else name
    if with_subcommand in rulebook().viewers:  # `git remote add`, `git branch -M main` change what they show
        changing = set(words[1:]) & CHANGING_FLAGS.get(with_subcommand, set())
        return not (len(arguments) > 1 and arguments[1] in CHANGING or changing)
    return name in rulebook().viewers


def remote_command(command: str) -> str | None:
    """What `ssh host 'ls -l /tmp/x'` runs on the other host."""
    words = program_words(command)
    arguments = positionals(words[1:]) if words else []
    remote = words and os.path.basename(words[0]) == "ssh" and len(arguments) == 2 and " " in arguments[1].strip()
    return arguments[1] if remote else None


def shows_content(command: str) -> bool:
    """A viewer whose output is a file's or a log's text (cat, grep, tail, git log, docker logs)."""
    words = program_words(command)
    name, arguments = (os.path.basename(words[0]), positionals(words[1:])) if words else ("", [])
    book = rulebook().shows_content
    listed = name in book or (bool(arguments) and f"{name} {arguments[0]}" in book) or _views_content(words)
    return is_viewer(command) and listed


def _views_content(words: list[str]) -> bool:
    """A form of a changing program that only prints a file's text (the rulebook's `content_views`)."""
    return any(re.search(pattern, " ".join(words)) for pattern in rulebook().content_views)


def is_interactive(command: str) -> bool:
    """A pager, or a REPL started with nothing to run (`python3`, `sqlite3 app.db`): what was done in it is
    on the screen, not in the command (an editor is an edit: see the generic labeler)."""
    words = program_words(command)
    name = os.path.basename(words[0]) if words else ""
    fed = any(word in ("<", "<<", "<<<") or word.startswith("<<") for word in tokens(command))  # a script on stdin
    return name in PAGERS or (name in REPLS and not fed and len(positionals(words[1:])) <= (name in REPLS_WITH_FILE))


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


