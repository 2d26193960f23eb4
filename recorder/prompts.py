"""Which rendered lines are shell prompts, for recordings without shell-integration marks.

The stock prompts of bash and zsh are known; any other prompt is read from the file itself. A prompt is
the prefix that repeats before typed commands — `$ `, `dev@box ~$ `, `[me@host.corp@node1 app]$ `,
`me@box My Project % ` — so lines are grouped by how their prefix up to the first prompt sign begins and
ends, and a group seen at least twice becomes a pattern: its common beginning (cut back to a separator,
so a working folder may change), anything, then its common end. A file may hold several prompts (a venv,
a nested shell, an ssh session); each becomes one alternative. A bare sign (`$ `, `% `) counts only when
nothing richer repeats, or when a constant line comes before each one (Git Bash's two-line prompt:
`me@HOST MINGW64 ~/proj (main)`, then `$ `): that line is then the prompt's header, not output.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass

VENV = r"(?:\([^)]*\) )?"  # `(.venv) ` before any prompt
# Stock prompts, as a person's terminal shows them.
DEFAULT_PROMPTS: dict[str, str] = {
    "bash, Debian/Ubuntu (user@host:~/dir$ )": r"^(?:\([^)]*\) )?[\w.-]+@[\w.-]+:[~/][^\n]*?[$#] ",
    "bash, Fedora/Arch ([user@host dir]$ )": r"^(?:\([^)]*\) )?\[[\w.-]+@[\w.-]+ [^\]]*\][$#] ",
    "bash, macOS (host:dir user$ )": r"^(?:\([^)]*\) )?[\w.-]+:\S+ [\w.-]+[$#] ",
    "bash without an rc file (bash-5.2$ )": r"^bash-\d+\.\d+[$#] ",
    "zsh, macOS (user@host dir % )": r"^(?:\([^)]*\) )?[\w.-]+@[\w.-]+ \S+ [%#] ",
    "zsh's default (host% )": r"^[A-Za-z][\w.-]*[%#] ",
}
DEFAULT_PROMPT = "|".join(f"(?:{pattern})" for pattern in DEFAULT_PROMPTS.values())
# Where a prompt ends: never `>` (REPLs such as sqlite> and >>> use it), never `%` after a digit (`100% `);
# `$` may follow one (a folder named `homework1`).
SIGN = re.compile(r"(?:(?<!\d)%|[$#❯λ»])(?= |$)")
LEADING_VENV = re.compile(r"^\([^)\s]*\) ")
ROOT_NAMED = re.compile(r"^[A-Za-z][\w.-]* ?#$")
LEADING_SYMBOL = re.compile(r"^[^\w\s~/\[(]+ +")
FOLDER_ONLY = re.compile(r"^(?:[^\w\s~/]\s|\[)?[A-Za-z_~./-][\w~./ -]{0,40}$")  # `~`, `[~`, `√ net quality`
EMPTY_PART = re.compile(r"^[~/][\w~./-]*  [$#%❯λ»]$")  # a prompt's folder, an empty part, its sign
PATH = re.compile(r"(?<![\w@])[~/][^\s\]:)]*")  # a working folder in a prompt: ~, ~/api, /etc
MAX_PREFIX = 100
MAX_WORDS = 5  # `me@box My Project %` has 4; a line of output with a sign in it usually has more
BARE_SIGNS = {"$", "%"}  # a prompt of one sign; `# ` alone is a comment or a Markdown heading far more often
SEPARATORS = ":@[ ("  # where a prompt's constant beginning may end and the working folder start
HEADER_SHARE = 0.8  # the share of bare prompts that must follow one constant line for it to be their header


@dataclass(frozen=True)
class PromptShape:
    """The prompt patterns of one recording: a line's prompt (`pattern`, matched at the line's start), the
    line before each prompt of a two-line prompt (`header`), and the prompts that may follow output left
    without a final newline on the same line (`glued`, searched anywhere in a line)."""

    pattern: str
    header: str | None = None
    glued: str | None = None


def infer(lines: list[str]) -> PromptShape:
    """The prompts of a rendered recording: the stock ones and those the file repeats."""
    groups = _groups(lines)
    repeated = [prefixes for key, prefixes in groups.items() if key[0] != "bare" and len(prefixes) >= 2
                and _pattern(prefixes)]
    rich = [_pattern(prefixes) for prefixes in repeated] + _lone(groups, repeated)
    bare = [prefixes for key, prefixes in groups.items() if key[0] == "bare" and len(prefixes) >= 2]
    header = _header(lines, bare[0][0]) if bare else None
    own = rich + ([_bare(bare[0])] if bare and (header or not rich) else [])
    pattern = "|".join(f"(?:{alternative})" for alternative in [*own, *DEFAULT_PROMPTS.values()])
    after_data = [f"(?<=[}}\\]]){_bare(bare[0])[1:]}"] if bare and not rich else []  # `{"ok":true}$ kill %1`
    glued = "|".join(f"(?:{alternative})" for alternative in [*(rich_one[1:] for rich_one in rich), *after_data])
    return PromptShape(pattern, header, glued or None)


def _prefix(line: str) -> str | None:
    """The line up to its first prompt sign (and the space after it), if that looks like a prompt."""
    match = SIGN.search(line, 0, MAX_PREFIX)
    if not match:
        return None
    prefix = line[:match.end()]
    if any(char in prefix for char in "\"'=`,;|&<>") or prefix.endswith(("=#", "-#")):  # psql's `db=#`
        return None
    core = LEADING_SYMBOL.sub("", prefix)  # oh-my-zsh's `➜  dir git:(main)` keeps its two spaces
    columns = "  " in core and not EMPTY_PART.match(core)  # `~  $`: a folder, then an empty git branch
    if ": " in prefix or columns or len(prefix.split()) > MAX_WORDS:  # `Counting objects: 100%`, columns
        return None
    return prefix


def _groups(lines: list[str]) -> dict[tuple[str, str], list[str]]:
    """Candidate prompts (without a venv prefix) grouped by their first three characters and their sign."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in lines:
        prefix = _prefix(LEADING_VENV.sub("", line))
        if prefix is None:
            continue
        sign = prefix[-1]
        if prefix == sign:
            if sign in BARE_SIGNS:
                groups[("bare", sign)].append(prefix)
        elif sign != "#" or re.search(r"[@:/]", prefix) or ROOT_NAMED.match(prefix):  # a root prompt names its
            # host, folder or tool (`spool-agent # `); `# Heading` and `x = 1  # note` are no prompts
            groups[(_head(prefix), sign)].append(prefix)
    return groups


def _head(prefix: str) -> str:
    """How a prompt begins, whatever folder it shows: `~ $` and `~/api (main) $` both begin with a folder."""
    shape = PATH.sub("~", re.sub(r"\([^)]*\)", "()", prefix))
    return "~" if shape.startswith("~") else shape[:3]


def _pattern(prefixes: list[str]) -> str | None:
    """Their common beginning (cut back to a separator), anything, their common end, then a space."""
    start = os.path.commonprefix(prefixes)
    if len(set(prefixes)) > 1:
        start = start[:max(start.rfind(separator) for separator in SEPARATORS) + 1]
    end = _end(prefixes)
    if not start and all(PATH.match(prefix) for prefix in prefixes):
        return f"^{VENV}[~/][^\\n]*?{re.escape(end)}(?: |$)"  # `~/api (main) $`: the prompt begins with the folder
    if len(start) < 2 or not re.search(r"\w|[^\x00-\x7f]", start):  # a word, or a symbol such as ➜
        return None
    if start.endswith(end) or len(set(prefixes)) == 1:
        return f"^{VENV}{re.escape(prefixes[0] if len(set(prefixes)) == 1 else start)}(?: |$)"
    return f"^{VENV}{re.escape(start)}[^\\n]*?{re.escape(end)}(?: |$)"


def _lone(groups: dict[tuple[str, str], list[str]], repeated: list[list[str]]) -> list[str]:
    """Prompts seen too seldom to be read on their own that end as a repeated one does and show no more than a
    folder before it (zsh's `%1~ %`: `~ %` once, before `cd invoice-java`; a theme's `✗` after a failure; `~$`
    once before `cd textkit`, then `textkit$`)."""
    ends = {_end(prefixes) for prefixes in repeated}
    seen = {prefix for prefixes in repeated for prefix in prefixes}
    lone = {prefix for key, prefixes in groups.items() if key[0] != "bare" for prefix in prefixes
            if prefix not in seen and any(prefix.endswith(end) and FOLDER_ONLY.match(prefix[:-len(end)])
                                          and (len(end) >= 2 or prefix[:-len(end)].startswith(("~", "/")))
                                          for end in ends)}  # a bare sign ends it only after `~` or a path
    return [f"^{VENV}{re.escape(prefix)}(?: |$)" for prefix in sorted(lone)]


def _end(prefixes: list[str]) -> str:
    """Their common end: the punctuation before the sign and the sign (` %`, `]$`)."""
    end = os.path.commonprefix([prefix[::-1] for prefix in prefixes])[::-1]
    return re.sub(r"^.*?(?=[^\w.~/-]*$)", "", end) or end[-1]


def _bare(prefixes: list[str]) -> str:
    return f"^{VENV}{re.escape(prefixes[0])}(?: |$)"


def _header(lines: list[str], sign: str) -> str | None:
    """The constant line before each bare prompt (its common beginning), if nearly all of them have one."""
    before = [_previous(lines, index) for index, line in enumerate(lines)
              if line == sign or line.startswith(sign + " ")]
    by_start: dict[str, list[str]] = defaultdict(list)  # the header's lines begin alike; output before an echoed
    for line in before:  # `$ node --test` (yarn) begins otherwise
        if line:
            by_start[line.split()[0]].append(line)
    shown = max(by_start.values(), key=len, default=[])
    if len(shown) < max(2, HEADER_SHARE * len(before)):
        return None
    start = os.path.commonprefix(shown)
    start = start[:max(start.rfind(separator) for separator in " @:[(") + 1] if len(set(shown)) > 1 else start
    return f"^{re.escape(start)}" if len(start) >= 4 and re.search(r"\w", start) else None


def _previous(lines: list[str], index: int) -> str | None:
    return lines[index - 1] if index and lines[index - 1].strip() and not SIGN.search(lines[index - 1]) else None
