"""Secrets never reach a written file: a real recording with planted (fake) secrets, and the redactor's rules."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from recorder.cast import Cast
from recorder.importing import import_file
from recorder.redact import SECRETS, Redactor
from schema.cast import CastEvent, CastHeader

FIXTURES = Path(__file__).parent / "fixtures" / "import"
TOKEN = "ghp_x9Qw3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3B"
PLANTED = {  # what tests/fixtures/import/record.py typed, printed or put in the header of secrets.cast
    "github-token": TOKEN,
    "aws-access-key": "AKIAZ7EXAMPLE4QUJW3X",
    "aws-secret-key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
    "secret": "hunter2-but-longer",
    "slack-token": "xoxb-123456789012-abcdefghijkl",
    "openai-key": "sk-proj-Q7tLm2Vx9Rk4Wp8Zs3Yn6Bc1Df5Gh0Jk",
    "anthropic-key": "sk-ant-api03-Zm9vYmFyYmF6cXV4cXV1eC1ub3QtcmVhbA",
    "google-api-key": "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "email": "jane.doe@example.com",
    "private-key": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
    "url-password": "Sup3rS3cretPw",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJlLXRlc3Q",
}
MORE_PLANTED = ["c0rrect-h0rse-battery",  # "password": "…" in JSON
                "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",  # a key block cut short by head -3
                "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK",
                TOKEN[:17], TOKEN[17:]]  # the halves of the token typed in two goes


def events_of(path: Path) -> list[list]:
    return [json.loads(line) for line in path.read_text().splitlines()[1:]]


def test_the_corpus_really_holds_every_kind_and_a_split_secret() -> None:
    raw = (FIXTURES / "secrets.cast").read_text()
    assert all(secret in raw for secret in [*PLANTED.values(), *MORE_PLANTED])
    assert {secret.kind for secret in SECRETS} == set(PLANTED) | {"auth-header"}  # the JWT rides a Bearer header
    header = json.loads(raw.splitlines()[0])
    assert TOKEN in header["title"] and header["env"]["DB_PASSWORD"] == PLANTED["secret"]
    for code in ("i", "o"):  # split for real: no single input or output event holds the whole token
        stream = [data for _, kind, data in events_of(FIXTURES / "secrets.cast") if kind == code]
        assert TOKEN in "".join(stream) and not any(TOKEN in data for data in stream), code
        assert any(data.endswith(TOKEN[:17]) for data in stream), code


def test_no_planted_secret_reaches_any_written_file(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "secrets.cast", tmp_path)
    written = {path.name: path.read_text() for path in result.directory.iterdir()}
    assert set(written) == {"session.cast", "meta.json", "report.json", "evidence.json", "done.json"}
    for secret in [*PLANTED.values(), *MORE_PLANTED]:
        assert not any(secret in text for text in written.values()), secret
    cast = written["session.cast"]
    assert "dev@devbox:~$ " in cast and "git@github.com:acme/app.git" in cast  # prompts and remotes stay
    assert "https://deploy:<REDACTED:url-password:1>@localhost:9/health" in cast  # the user and host stay
    meta = json.loads(written["meta.json"])
    assert meta["steps"][0]["command"] == "export GITHUB_TOKEN=<REDACTED:github-token:1>"
    assert meta["imported"]["redactions"] == cast.count("<REDACTED:")  # every replacement counted, once


def test_placeholders_are_stable_one_per_secret_wherever_it_shows(tmp_path: Path) -> None:
    first = import_file(FIXTURES / "secrets.cast", tmp_path / "one").directory / "session.cast"
    second = import_file(FIXTURES / "secrets.cast", tmp_path / "two").directory / "session.cast"
    assert first.read_text() == second.read_text()
    header, events = json.loads(first.read_text().splitlines()[0]), events_of(first)
    typed = "".join(data for _, code, data in events if code == "i")
    shown = "".join(data for _, code, data in events if code == "o")
    token = "<REDACTED:github-token:1>"  # in the title, as typed, as echoed: one placeholder
    assert token in header["title"] and token in typed and token in shown and "github-token:2" not in shown
    password = header["env"]["DB_PASSWORD"]  # the captured variable, the .env line, the bare value printed later
    assert password.startswith("<REDACTED:secret:") and shown.count(password) == 2
    assert f"\r{password}\r\n" in shown  # the line `grep … | cut` printed


def test_without_redaction_the_recording_is_kept_as_it_is(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "secrets.cast", tmp_path, redact=False)
    assert TOKEN in (result.directory / "session.cast").read_text()
    assert json.loads((result.directory / "meta.json").read_text())["imported"]["redactions"] == 0


def test_the_same_secret_gets_the_same_placeholder_and_a_different_one_another() -> None:
    redactor = Redactor()
    first = redactor.text("export API_TOKEN=abc123def456 && curl -H 'Authorization: Bearer abc123def456'")
    second = redactor.text("API_TOKEN=zzz999yyy888")
    assert first == ("export API_TOKEN=<REDACTED:auth-header:1> && curl -H 'Authorization: Bearer "
                     "<REDACTED:auth-header:1>'")  # the kind is the first table row that knew it
    assert second == "API_TOKEN=<REDACTED:secret:1>" and redactor.count == 3


def test_a_secret_split_across_two_output_events_is_caught_and_the_events_stay_in_order() -> None:
    events = [CastEvent(time=0.1, code="o", data=f"token: {TOKEN[:17]}"), CastEvent(time=0.2, code="i", data="x"),
              CastEvent(time=0.3, code="o", data=f"{TOKEN[17:]}\r\ndev@devbox:~$ ")]
    redacted = Redactor().events(events)
    assert [(event.time, event.code) for event in redacted] == [(0.1, "o"), (0.2, "i"), (0.3, "o")]
    assert [event.data for event in redacted] == ["token: ", "x", "<REDACTED:github-token:1>\r\ndev@devbox:~$ "]


def test_a_secret_learned_anywhere_is_caught_bare_everywhere() -> None:
    """Typed bare before the output shows it in context: all streams are read before any is redacted."""
    events = [CastEvent(time=0.1, code="i", data="mysql -p hunter2-but-longer\r"),
              CastEvent(time=0.2, code="o", data="DB_PASSWORD=hunter2-but-longer\r\n")]
    assert [event.data for event in Redactor().events(events)] == [
        "mysql -p <REDACTED:secret:1>\r", "DB_PASSWORD=<REDACTED:secret:1>\r\n"]


def test_a_secret_printed_in_context_is_caught_bare_in_the_header() -> None:
    cast = Cast(CastHeader(width=80, height=24, title="deploy with hunter2-but-longer", command="deploy --user ops"),
                [CastEvent(time=0.5, code="o", data="DB_PASSWORD=hunter2-but-longer\r\n")])
    redacted = Redactor().cast(cast)
    assert redacted.header.title == "deploy with <REDACTED:secret:1>"
    assert redacted.header.model_dump()["command"] == "deploy --user ops"  # extra header keys are kept, redacted


KEY = "-----BEGIN {0}PRIVATE KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\r\nAoIBAQC7VJTUt9Us8cKj\r\n-----END {0}PRIVATE KEY-----"
SECRET_CASES = [  # text → what it becomes
    (KEY.format("") + "\r\n$ ", "<REDACTED:private-key:1>\r\n$ "),
    (KEY.format("EC ").rsplit("\r\n", 1)[0] + "\r\ndev@devbox:~$ ", "<REDACTED:private-key:1>\r\ndev@devbox:~$ "),
    ("-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF\n-----END PGP PRIVATE KEY BLOCK-----", "<REDACTED:private-key:1>"),
    ("gho_16C7e42F292c6912E7710c838347Ae178B4a ok", "<REDACTED:github-token:1> ok"),
    ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "<REDACTED:github-token:1>"),
    ("xoxp-1234567890-abcdefghij", "<REDACTED:slack-token:1>"),
    ("key sk-abcdefghijklmnopqrstuvwxyz012345", "key <REDACTED:openai-key:1>"),
    ("AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI", "<REDACTED:google-api-key:1>"),
    ("aws_access_key_id = ASIAQWERTYUIOPASDFGH", "aws_access_key_id = <REDACTED:aws-access-key:1>"),
    ("-H 'Authorization: Basic dXNlcjpwYXNzd29yZA=='", "-H 'Authorization: Basic <REDACTED:auth-header:1>'"),
    ("x-api-key: 0123456789abcdef", "x-api-key: <REDACTED:secret:1>"),
    ("postgres://app:s3cr3t@db.internal:5432/app", "postgres://app:<REDACTED:url-password:1>@db.internal:5432/app"),
    ("PASSWORD='tr0ub4dor&3' make deploy", "PASSWORD='<REDACTED:secret:1>' make deploy"),
    ("client_secret: abcDEF123", "client_secret: <REDACTED:secret:1>"),
    ("mysql --password=letmein99 db", "mysql --password=<REDACTED:secret:1> db"),
    ('PASSWORD="my secret pass" ./run', 'PASSWORD="<REDACTED:secret:1>" ./run'),  # quoted: spaces and all
    ("export API_KEY='it is two; words'", "export API_KEY='<REDACTED:secret:1>'"),
    ("export TOKEN=abc123; ls", "export TOKEN=<REDACTED:secret:1>; ls"),  # the command's `;` stays
    ("DB_PASSWORD=tr0ub&dor", "DB_PASSWORD=<REDACTED:secret:1>"),  # a bare value may hold `&` (a .env line)
    ("Author: Jane Doe <jane.doe@example.co.uk>", "Author: Jane Doe <<REDACTED:email:1>>"),
    ("mail ops@example.com.", "mail <REDACTED:email:1>."),
]


@pytest.mark.parametrize(("text", "redacted"), SECRET_CASES)
def test_each_kind_of_secret(text: str, redacted: str) -> None:
    assert Redactor().text(text) == redacted


@pytest.mark.parametrize("kept", [
    "dev@devbox:~/project$ ls", "root@web-01:/etc# ", "dev@devbox.example.com:~$ ls",  # prompts, FQDN included
    "git@github.com:acme/app.git", "ssh -T git@github.com", "npm i left-pad@1.3.0",     # remotes, packages
    "port = 8080", "PASSWORD_MIN_LENGTH is documented in README", "max_tokens: 1024",  # ordinary text
    "PASSWORD_FILE=/run/secrets/db", "export TOKEN=$GITHUB_TOKEN", "Password:\r\nLogin incorrect",
    "https://example.com/path?a=b", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
])
def test_prompts_remotes_and_ordinary_text_are_left_alone(kept: str) -> None:
    assert Redactor().text(kept) == kept
