"""Group conventional-commit subjects into changelog sections."""
import re

SECTIONS = {"feat": "Features", "fix": "Fixes", "docs": "Docs"}
PATTERN = re.compile(r"^(?P<kind>\w+)(\([^)]*\))?: (?P<text>.+)$")


def sections(subjects):
    out = {}
    for subject in subjects:
        match = PATTERN.match(subject)
        if match and match["kind"] in SECTIONS:
            out.setdefault(SECTIONS[match["kind"]], []).append(match["text"])
    return out
