"""Replace secrets in an imported recording with stable placeholders, before anything is written.

The same secret always becomes the same placeholder within a session (`<REDACTED:github-token:1>`), so a
report can still say that two commands used one token. Each stream (output, typed keys) is redacted as
one joined text, then cut back into its events, so a secret split across two reads is still caught.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from schema.cast import CastEvent

# (kind, pattern, group to replace: 0 = the whole match). Earlier kinds win where matches overlap.
SECRETS: tuple[tuple[str, str, int], ...] = (
    ("private-key", r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----", 0),
    ("github-token", r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})\b", 0),
    ("slack-token", r"\bxox[abposr]-[A-Za-z0-9-]{10,}", 0),
    ("api-key", r"\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}", 0),
    ("google-api-key", r"\bAIza[0-9A-Za-z_-]{35}", 0),
    ("aws-access-key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", 0),
    ("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", 0),
    ("url-password", r"[a-z][a-z0-9+.-]*://[^/\s:@]+:([^@\s/]+)@", 1),
    ("auth-header", r"(?i)\b(?:authorization:\s*(?:bearer|basic|token)|bearer)\s+([A-Za-z0-9._~+/=-]{8,})", 1),
    ("secret", r"(?i)\b[A-Z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|"
               r"CREDENTIALS?)[A-Z0-9_]*\s*[=:]\s*[\"']?([^\s\"'<>]{3,})", 1),
    ("email", r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b(?!:)", 0),  # not git@host: remotes
)
COMPILED = tuple((kind, re.compile(pattern), group) for kind, pattern, group in SECRETS)


@dataclass
class Redactor:
    """Placeholders for one session: one per distinct secret, numbered per kind."""

    placeholders: dict[str, str] = field(default_factory=dict)
    count: int = 0  # replacements made

    def text(self, text: str) -> str:
        """`text` with every secret replaced."""
        return self._rebuild(text, self._spans(text))

    def events(self, events: list[CastEvent]) -> list[CastEvent]:
        """Events of every stream redacted as joined text and cut back at the same places, in their order."""
        streams = {event.code for event in events}
        numbered = [pair for code in sorted(streams)
                    for pair in self._stream([(i, e) for i, e in enumerate(events) if e.code == code])]
        return [event for _, event in sorted(numbered, key=lambda pair: pair[0])]

    def _stream(self, events: list[tuple[int, CastEvent]]) -> list[tuple[int, CastEvent]]:
        joined = "".join(event.data for _, event in events)
        spans = self._spans(joined)
        cuts = [_moved(offset, spans) for offset in _boundaries([event for _, event in events])]
        new = self._rebuild(joined, spans)
        pieces = [new[start:end] for start, end in zip(cuts, cuts[1:] + [len(new)])]
        return [(index, event.model_copy(update={"data": piece}))
                for (index, event), piece in zip(events, pieces) if piece or not event.data]

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, placeholder) in text order."""
        taken: list[tuple[int, int, str]] = []
        for kind, pattern, group in COMPILED:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                if not any(start < other_end and other_start < end for other_start, other_end, _ in taken):
                    taken.append((start, end, self._placeholder(kind, match.group(group))))
        return sorted(taken)

    def _placeholder(self, kind: str, secret: str) -> str:
        self.count += 1
        if secret not in self.placeholders:
            number = sum(p.startswith(f"<REDACTED:{kind}:") for p in self.placeholders.values()) + 1
            self.placeholders[secret] = f"<REDACTED:{kind}:{number}>"
        return self.placeholders[secret]

    @staticmethod
    def _rebuild(text: str, spans: list[tuple[int, int, str]]) -> str:
        parts, position = [], 0
        for start, end, placeholder in spans:
            parts += [text[position:start], placeholder]
            position = end
        return "".join(parts) + text[position:]


def _boundaries(events: list[CastEvent]) -> list[int]:
    offsets, total = [], 0
    for event in events:
        offsets.append(total)
        total += len(event.data)
    return offsets


def _moved(offset: int, spans: list[tuple[int, int, str]]) -> int:
    """Where an event boundary lands once the spans are replaced (inside a secret: at its start)."""
    shift = 0
    for start, end, placeholder in spans:
        if offset <= start:
            break
        if offset < end:
            return start + shift
        shift += len(placeholder) - (end - start)
    return offset + shift
