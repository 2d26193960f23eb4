"""Every label must rest on the transcript: quoted text verbatim, every number present."""
from __future__ import annotations

import re

from schema.evidence import Finding
from schema.report import SessionReport

CONTINUATION = re.compile(r"^(?:[a-z]+ )*(?:[a-z]+)?>(?: |$)", re.M)  # PS2: `> `, zsh's `heredoc> `
NUMBER = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?(?![\w])")  # a number on its own, not part of sha256sum or python3
SUGGESTED = re.compile(r"`[^`]*`")  # a command in backticks is quoted from the session or suggested as advice


def quoted_from(transcript_text: str, quote: str) -> bool:
    """`quote` is verbatim in the transcript — a command typed over several lines as bash shows it, without its
    `> ` continuation prompts, included."""
    return quote in transcript_text or ("\n" in quote and quote in CONTINUATION.sub("", transcript_text))


def finding_problems(finding: Finding, transcript_text: str) -> list[str]:
    """Why a finding is not grounded (empty when it is)."""
    problems = [f"evidence not in transcript: {line!r}" for line in finding.evidence
                if not quoted_from(transcript_text, line)]
    item = finding.success or finding.blocker
    if finding.success and not quoted_from(transcript_text, finding.success.specifics):
        problems.append(f"specifics not in transcript: {finding.success.specifics!r}")
    texts = [*item.model_dump().values(), finding.summary, *finding.resources]
    problems += number_problems(texts, transcript_text)
    return problems


def report_problems(report: SessionReport, transcript_text: str) -> list[str]:
    """Why a finished report is not grounded (empty when it is)."""
    problems = [f"specifics not in transcript: {item.specifics!r}"
                for item in report.key_successes if not quoted_from(transcript_text, item.specifics)]
    texts = [report.summary, *report.resources]
    texts += [value for item in [*report.key_successes, *report.blockers] for value in item.model_dump().values()]
    return problems + number_problems(texts, transcript_text)


def number_problems(texts: list[str], transcript_text: str) -> list[str]:
    """Numbers stated as facts (counts, ports, lines) must be in the transcript; a command in backticks is
    either quoted from it (checked as evidence) or a suggested next step (`chmod 600 KEY`)."""
    return [f"number {number} not in transcript" for text in texts for number in NUMBER.findall(SUGGESTED.sub("", text))
            if number not in transcript_text]
