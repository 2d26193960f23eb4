"""Replace secrets in an imported recording with stable placeholders, before anything is written.

- The same secret always becomes the same placeholder within a session (`<REDACTED:github-token:1>`),
  wherever it shows: typed, printed, in the header, in a hand-written truth file's commands; so a report
  can still say that two commands used one token.
- A secret found once in context (`DB_PASSWORD=hunter2-but-longer`) is also replaced wherever it shows up
  bare later (`echo "$DB_PASSWORD"` prints it alone): the whole recording is read first (`learn`).
- Each stream (output, typed keys, markers) is redacted as one joined text, then cut back into its events
  at the same places, so a secret split across two reads is still caught; a cut that fell inside a secret
  moves to the secret's start (the placeholder goes with the event that completed the secret).
- Output is redacted of what the screen shows: given the rendered text, only secrets found there are
  replaced in the output bytes (and private keys, whose lines the rendering joins). Raw bytes hold text a
  terminal overwrote — readline's redraws of a recalled line, a search prompt — that can look like a
  secret no one saw; replacing it there would break the redraw (`git commit` came out as `gitmmit`).

The patterns are a table of small regexes, not a scanner library: detect-secrets, the well-kept one,
reports secrets per line of a file and guesses by entropy, while a recording needs exact spans in a
stream whose lines wrap, carry escape codes and arrive in pieces.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from recorder.cast import Cast
from schema.cast import CastEvent, CastHeader

# Names of variables and keys that hold secrets (matched without regard to case) ...
SECRET_NAMES = ("password", "passwd", "passphrase", "secret", "token", "api[_-]?key", "access[_-]?key",
                "private[_-]?key", "credentials?", "auth[_-]?key")
# ... unless the name says the value is something else: a count, a path, a file.
NOT_SECRET_NAMES = ("tokens", "_count", "_length", "_len", "_min", "_max", "_file", "_path", "_dir", "_type",
                    "_name", "_url")
# A whole word holding one of the names, not ending in one of the others. Patterns start only where a
# word (or a run of scheme characters) starts and take it whole, so a long word is read once, not once
# per character.
NAME = (r"(?<![\w-])(?i:(?=[a-z0-9_-]*?(?:" + "|".join(SECRET_NAMES) + "))[a-z0-9_-]++)"
        + "".join(f"(?i:(?<!{name}))" for name in NOT_SECRET_NAMES))
FLAG_NAMES = ("password", "passwd", "token", "secret", "api-key", "access-key")
# A value runs to whitespace, a quote, `<`/`>` (a placeholder) or a control character (colours, marks).
VALUE = r"[^\s\"'<>`\x00-\x1f\x7f]{2,}[^\s\"'<>`;&|)\x00-\x1f\x7f]"  # not ending in `;`, `&`, `|`, `)`
# Words that answer whether there is a secret rather than being one (`using password: YES`, `token: none`).
NOT_A_VALUE = r"(?!(?i:yes|no|true|false|none|null|nil|on|off|unset|empty|required|optional|set|n/a)(?![\w/-]))"
# A quoted value runs to its closing quote, spaces included (`PASSWORD="two words"`); a bare one is a VALUE.
QUOTED_OR_BARE = (rf"(?P<quote>[\"'])?(?!\$){NOT_A_VALUE}"
                  rf"(?P<value>(?(quote)(?:(?!(?P=quote))[^\r\n]){{3,}}|{VALUE}))")
# A login on another host (`ssh deploy@build.example.com`): an address, but no one's mailbox.
REMOTE_LOGIN = re.compile(r"\b(?:ssh|scp|sftp|rsync|mosh|autossh|ssh-copy-id)\b[^\r\n]*$")
# A key block's lines: base64, blank, or a header (`Proc-Type: 4,ENCRYPTED`, `Version: …`), each a whole line.
KEY_LINE = r"(?:[A-Za-z0-9+/=]*|[A-Za-z-]+: [^\r\n]*)(?=\r?\n|\Z)"
KEY_BEGIN = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
KEY_END = r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"


@dataclass(frozen=True)
class Secret:
    """One kind of secret: what it is called in its placeholder, its pattern, and the part replaced."""

    kind: str
    pattern: str
    group: str | int = 0  # a named group ("value") when only part of the match is the secret


# Earlier rows win where matches overlap (a GitHub token in `GITHUB_TOKEN=…` is a github-token).
SECRETS: tuple[Secret, ...] = (
    # A whole key block, across CRLF lines; one cut short (`head -3 key.pem`) runs to its last key line.
    Secret("private-key", rf"{KEY_BEGIN}(?:\r?\n{KEY_LINE})*(?:\r?\n{KEY_END})?"),
    Secret("github-token", r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"),
    Secret("slack-token", r"\bxox[abposre]-[A-Za-z0-9-]{10,}"),
    Secret("anthropic-key", r"\bsk-ant-[A-Za-z0-9_-]{20,}"),
    Secret("openai-key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    Secret("google-api-key", r"\bAIza[0-9A-Za-z_-]{35}"),
    Secret("aws-access-key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    Secret("aws-secret-key", r"(?i:aws_?secret_?(?:access_?)?key)[\"']?[ \t]*[=:][ \t]*[\"']?"
                             r"(?P<value>[A-Za-z0-9/+=]{30,})(?![A-Za-z0-9/+=])", "value"),
    Secret("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    # scheme://user:password@host keeps the user and the host.
    Secret("url-password", r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+://[^/\s:@]++:(?P<value>[^@\s/]++)@",
           "value"),
    Secret("auth-header", r"(?i:\bauthorization)[\"']?[ \t]*:[ \t]*(?:(?i:bearer|basic|token|digest)[ \t]+)?"
                          r"(?P<value>[A-Za-z0-9._~+/=-]{8,})", "value"),
    Secret("auth-header", r"(?i:\bbearer)[ \t]+(?P<value>[A-Za-z0-9._~+/=-]{8,})", "value"),
    # NAME=value, export NAME=value, NAME: value, "name": "value"; never a $VARIABLE reference.
    # `name: value` takes a space or a quote after the colon: `X509_check_private_key:key values mismatch` is an
    # error code's path, not a key.
    Secret("secret", rf"{NAME}[\"']?[ \t]*(?:=|:(?=[ \t\"']))[ \t]*{QUOTED_OR_BARE}", "value"),
    Secret("secret", rf"(?<![\w-])--(?i:(?=[a-z-]*?(?:{'|'.join(FLAG_NAMES)}))[a-z-]++)[ =]"
                     rf"[\"']?(?![-$])(?P<value>{VALUE})", "value"),
    # An e-mail address, but not a prompt's user@host: (no dot, or a colon after it) nor git@host remotes.
    Secret("email", r"(?<![\w.%+-])(?!git@)[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++"
                    r"(?<=[A-Za-z]{2})(?![\w:@-])"),
)
COMPILED = tuple((secret.kind, re.compile(secret.pattern), secret.group) for secret in SECRETS)
READLINE_WRAP = re.compile(r" \r(?!\n)")  # readline's own wrap at the margin of a typed line
MIN_BARE = 6  # a learned secret this long or longer is also replaced where it shows up on its own

Span = tuple[int, int, str]  # start, end, placeholder


@dataclass
class Redactor:
    """Placeholders for one session: one per distinct secret, numbered per kind in the order found."""

    placeholders: dict[str, str] = field(default_factory=dict)
    count: int = 0  # replacements made in what was redacted (learning counts none)
    shown: set[str] | None = None  # the secrets the rendered screen shows (None: output is read as it is)

    def learn(self, *texts: str) -> None:
        """Find the secrets in `texts` (and give them placeholders) without replacing anything yet."""
        for text in texts:
            self._pattern_spans(text)

    def text(self, text: str, counted: bool = True) -> str:
        """`text` with every secret replaced (`counted=False`: for text that is compared, not written)."""
        spans = self._spans(text)
        self.count += len(spans) if counted else 0
        return _rebuild(text, spans)

    def cast(self, cast: Cast, shown: str | None = None) -> Cast:
        """The whole cast redacted: every string in the header, and every event of every stream.

        Everything is read first, so a secret seen in context anywhere (`DB_PASSWORD=…` printed late) is
        also replaced where it shows up bare (in the header's title, typed earlier). With `shown`, the text
        a terminal rendered from this cast, output bytes are redacted of the secrets that text shows."""
        if shown is not None:
            self.learn(shown)  # placeholders numbered as the screen shows the secrets
            self.shown = {secret for _, secret, _ in self._found(shown)}
        streams = _streams(cast.events)
        self.learn(*_header_strings(cast.header), *(text for code, text in streams.items() if not self._screened(code)))
        header = CastHeader.model_validate(self.value(cast.header.model_dump(exclude_none=True)))
        return Cast(header, self.events(cast.events))

    def value(self, value: object, key: str = "") -> object:
        """Every string in a JSON-like value redacted; an `env` mapping's values read as `NAME=value`."""
        if key == "env" and isinstance(value, dict):
            return self.mapping({name: str(text) for name, text in value.items()})
        if isinstance(value, dict):
            return {name: self.value(item, name) for name, item in value.items()}
        if isinstance(value, list):
            return [self.value(item, key) for item in value]
        return self.text(value) if isinstance(value, str) else value

    def mapping(self, values: dict[str, str]) -> dict[str, str]:
        """Environment-like pairs, each read as `NAME=value` so a secret-named variable's value goes."""
        return {name: self.text(f"{name}={value}").split("=", 1)[1] for name, value in values.items()}

    def events(self, events: list[CastEvent]) -> list[CastEvent]:
        """Events of every stream redacted as joined text and cut back at the same places, in their order.

        All streams are read first, so a secret printed in context is also caught where it was typed bare."""
        self.learn(*(text for code, text in _streams(events).items() if not self._screened(code)))
        numbered = [pair for code in sorted({event.code for event in events})
                    for pair in self._stream([(i, e) for i, e in enumerate(events) if e.code == code])]
        return [event for _, event in sorted(numbered, key=lambda pair: pair[0])]

    def _screened(self, code: str) -> bool:
        """Output, when the rendered screen says which secrets it holds."""
        return code == "o" and self.shown is not None

    def _stream(self, events: list[tuple[int, CastEvent]]) -> list[tuple[int, CastEvent]]:
        joined = "".join(event.data for _, event in events)
        screened = self._screened(events[0][1].code)
        spans = self._spans(joined, self.shown if screened else None)
        self.count += len(spans)
        spans = _unwrapped(joined, spans) if screened else spans
        cuts = [_moved(offset, spans) for offset in _boundaries([event for _, event in events])]
        new = _rebuild(joined, spans)
        pieces = [new[start:end] for start, end in zip(cuts, cuts[1:] + [len(new)])]
        return [(index, event.model_copy(update={"data": piece}))
                for (index, event), piece in zip(events, pieces) if piece or not event.data]

    def _spans(self, text: str, only: set[str] | None = None) -> list[Span]:
        """Non-overlapping (start, end, placeholder) in text order: the patterns, then learned secrets
        (`only`: just these secrets, and private keys)."""
        taken = self._pattern_spans(text, only)
        for secret, placeholder in self.placeholders.items():
            if len(secret) >= MIN_BARE and (only is None or secret in only):
                for match in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", text):
                    _take(taken, match.start(), match.end(), placeholder)
        return taken

    def _pattern_spans(self, text: str, only: set[str] | None = None) -> list[Span]:
        taken: list[Span] = []
        for kind, secret, (start, end) in self._found(text):
            if (only is None or secret in only or kind == "private-key") and not _overlaps(taken, start, end):
                bisect.insort(taken, (start, end, self._placeholder(kind, secret)))
        return taken

    def _found(self, text: str) -> list[tuple[str, str, tuple[int, int]]]:
        """(kind, secret, span) of every pattern match in `text`, earlier kinds first."""
        return [(kind, match.group(group), match.span(group)) for kind, pattern, group in COMPILED
                for match in pattern.finditer(text) if kind != "email" or not _remote_login(text, match.start())]

    def _placeholder(self, kind: str, secret: str) -> str:
        if secret not in self.placeholders:
            number = sum(p.startswith(f"<REDACTED:{kind}:") for p in self.placeholders.values()) + 1
            self.placeholders[secret] = f"<REDACTED:{kind}:{number}>"
        return self.placeholders[secret]


def _remote_login(text: str, start: int) -> bool:
    """The address is an ssh-like command's `user@host` target, not a mailbox."""
    return bool(REMOTE_LOGIN.search(text, max(0, start - 200), start))


def _overlaps(taken: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of `taken` (sorted, disjoint): only its neighbours can."""
    index = bisect.bisect_left(taken, (start,))
    return (index > 0 and taken[index - 1][1] > start) or (index < len(taken) and taken[index][0] < end)


def _take(taken: list[Span], start: int, end: int, placeholder: str) -> None:
    if not _overlaps(taken, start, end):
        bisect.insort(taken, (start, end, placeholder))


def _rebuild(text: str, spans: list[Span]) -> str:
    parts, position = [], 0
    for start, end, placeholder in spans:
        parts += [text[position:start], placeholder]
        position = end
    return "".join(parts) + text[position:]


def _unwrapped(text: str, spans: list[Span]) -> list[Span]:
    """Readline wraps a long command line at the margin itself (a space, then a carriage return); a placeholder
    longer or shorter than its secret moves the margin, so those wraps after it on its line go, and the
    terminal wraps the line where it now reaches the margin."""
    wraps: list[Span] = []
    for start, end, placeholder in spans:
        if len(placeholder) != end - start:
            line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
            wraps += [(match.start(), match.end(), "") for match in READLINE_WRAP.finditer(text, end, line_end)]
    return sorted(set(spans) | set(wraps))


def _header_strings(header: CastHeader) -> list[str]:
    """Every string in the header, env values as `NAME=value` (their names say which are secrets)."""
    found: list[str] = [f"{name}={value}" for name, value in header.env.items()]
    stack: list[object] = [value for key, value in header.model_dump().items() if key != "env"]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _streams(events: list[CastEvent]) -> dict[str, str]:
    """Each stream's events joined: output, typed keys, markers."""
    joined: dict[str, list[str]] = {}
    for event in events:
        joined.setdefault(event.code, []).append(event.data)
    return {code: "".join(parts) for code, parts in joined.items()}


def _boundaries(events: list[CastEvent]) -> list[int]:
    offsets, total = [], 0
    for event in events:
        offsets.append(total)
        total += len(event.data)
    return offsets


def _moved(offset: int, spans: list[Span]) -> int:
    """Where an event boundary lands once the spans are replaced (inside a secret: at its start)."""
    shift = 0
    for start, end, placeholder in spans:
        if offset <= start:
            break
        if offset < end:
            return start + shift
        shift += len(placeholder) - (end - start)
    return offset + shift
