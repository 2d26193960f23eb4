"""Secrets never reach a written file: a real recording with planted (fake) secrets, and the redactor's rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from recorder.importing import import_file
from recorder.redact import Redactor
from schema.cast import CastEvent

FIXTURES = Path(__file__).parent / "fixtures" / "import"
PLANTED = {  # what tests/fixtures/import/record.py typed or printed in secrets.cast
    "github-token": "ghp_x9Qw3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3B",
    "aws-access-key": "AKIAZ7EXAMPLE4QUJW3X",
    "aws-secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
    "password": "hunter2-but-longer",
    "slack-token": "xoxb-123456789012-abcdefghijkl",
    "email": "jane.doe@example.com",
    "private-key": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
    "url-password": "Sup3rS3cretPw",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJlLXRlc3Q",
}


def test_no_planted_secret_reaches_any_written_file(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "secrets.cast", tmp_path)
    written = {path.name: path.read_text() for path in result.directory.iterdir()}
    assert set(written) == {"session.cast", "meta.json", "report.json", "evidence.json"}
    raw = (FIXTURES / "secrets.cast").read_text()
    for kind, secret in PLANTED.items():
        assert secret in raw, kind  # it really is in the recording
        assert not any(secret in text for text in written.values()), kind
    assert "dev@devbox:~" in written["session.cast"] and "git@github.com:acme/app.git" in written["session.cast"]
    assert "<REDACTED:github-token:1>" in written["meta.json"] and '"redactions": 0' not in written["meta.json"]


def test_without_redaction_the_recording_is_kept_as_it_is(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "secrets.cast", tmp_path, redact=False)
    assert PLANTED["github-token"] in (result.directory / "session.cast").read_text()


def test_the_same_secret_gets_the_same_placeholder_and_a_different_one_another() -> None:
    redactor = Redactor()
    first = redactor.text("export API_TOKEN=abc123def456 && curl -H 'Authorization: Bearer abc123def456'")
    second = redactor.text("API_TOKEN=zzz999yyy888")
    placeholder = first.split("API_TOKEN=")[1].split()[0]
    assert first.count(placeholder) == 2 and "abc123def456" not in first  # one secret, one placeholder
    assert second == "API_TOKEN=<REDACTED:secret:1>" and redactor.count == 3


def test_a_secret_split_across_two_output_events_is_caught_and_the_events_stay_in_order() -> None:
    token = PLANTED["github-token"]
    events = [CastEvent(time=0.1, code="o", data=f"token: {token[:17]}"), CastEvent(time=0.2, code="i", data="x"),
              CastEvent(time=0.3, code="o", data=f"{token[17:]}\r\ndev@devbox:~$ ")]
    redacted = Redactor().events(events)
    assert token[:10] not in "".join(e.data for e in redacted) and token[-10:] not in "".join(e.data for e in redacted)
    assert [event.code for event in redacted] == ["o", "i", "o"] and redacted[-1].data.endswith("dev@devbox:~$ ")
    assert "".join(e.data for e in redacted if e.code == "o") == "token: <REDACTED:github-token:1>\r\ndev@devbox:~$ "


@pytest.mark.parametrize("kept", ["dev@devbox:~/project$ ls", "git@github.com:acme/app.git", "port = 8080",
                                  "PASSWORD_MIN_LENGTH is documented in README"])
def test_prompts_remotes_and_ordinary_text_are_left_alone(kept: str) -> None:
    assert Redactor().text(kept) == kept
