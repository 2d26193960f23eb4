"""End to end on the real Docker engine: record each family, check the cast, marks, truth, report, export."""
from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import datasets
import pytest
from asciinema.asciicast import open_from_url

from labelers.grounding import report_problems
from conftest import realcast
from labelers import load_transcript
from labelers.analysis import LabelsReport, truth_problems
from labelers.registry import apply_all
from recorder.cast import read_cast
from recorder.store import iter_sessions
from sandboxes.engine import LABEL, OWNER_LABEL, owner_alive, remove_live
from sandboxes.scenarios import available, registry
from schema import Evidence, Report, SessionMeta

pytestmark = pytest.mark.docker
REAL_OUTPUT = {"pytest": r"\d+ (passed|failed)|error", "git": r"CONFLICT|Merge|Fast-forward|Already up to date",
               "ports": r"Address already in use|Serving HTTP|LISTEN"}


def fix_and_retry_seed(name: str) -> int:
    """The first seed whose variant fails and then recovers: the richest session of the family."""
    return next(seed for seed in range(500) if _fails_then_recovers(registry()[name].variant(seed)))


def _fails_then_recovers(spec) -> bool:  # noqa: ANN001
    expects = [step.expect for step in spec.steps]
    return "fail" in expects and expects[-1] == "ok"


@pytest.fixture(scope="module")
def recorded(client, tmp_path_factory) -> Path:  # noqa: ANN001
    out = tmp_path_factory.mktemp("sessions")
    for name in sorted(available()):  # one session of every family this machine can run
        realcast("record", "--scenario", name, "--count", "1", "--seed", str(fix_and_retry_seed(name)), "--out", str(out))
    return out


def sessions(root: Path) -> list[Path]:
    found = list(iter_sessions(root))
    assert len(found) == len(available())
    return found


def test_casts_parse_with_asciinema_and_show_real_output(recorded: Path) -> None:
    for directory in sessions(recorded):
        with open_from_url(str(directory / "session.cast")) as cast:
            assert sum(1 for _ in cast.events()) > 10
        shown = subprocess.run([sys.executable, "-m", "asciinema", "cat", str(directory / "session.cast")],
                               capture_output=True, text=True, check=True).stdout
        family = SessionMeta.model_validate_json((directory / "meta.json").read_text()).family
        assert re.search(REAL_OUTPUT.get(family, r"\S"), shown), family


def test_exit_codes_match_the_marks_and_the_truth(recorded: Path) -> None:
    for directory in sessions(recorded):
        meta = SessionMeta.model_validate_json((directory / "meta.json").read_text())
        ends = rf"\x1b\]133;D;(\d+);aid={meta.mark_nonce}\x07"  # the session's own end marks carry its nonce
        marks = [int(code) for code in re.findall(ends, read_cast(directory / "session.cast").output_text())]
        assert marks[1:] == [step.exit_code for step in meta.steps]  # the first mark is the first prompt's
        assert truth_problems(meta.truth, load_transcript(directory)[1]) == [], meta.session_id
        assert meta.complete and meta.image_id.startswith("sha256:")


def test_reports_validate_are_grounded_and_match_the_truth(recorded: Path) -> None:
    for directory in sessions(recorded):
        meta, transcript = load_transcript(directory)
        report = Report.model_validate_json((directory / "report.json").read_text())
        assert report_problems(report.root[0], transcript.text()) == []
        evidence = Evidence.model_validate_json((directory / "evidence.json").read_text())
        measured = LabelsReport()
        measured.add(meta, transcript, apply_all(transcript), report.root[0], evidence)
        assert measured.total().exact == 1 and measured.total().failures >= 1, measured.mismatches


def test_export_loads_with_datasets_and_a_rerun_records_nothing(recorded: Path, tmp_path: Path) -> None:
    realcast("export", str(recorded), "--out", str(tmp_path))
    rows = datasets.load_dataset("json", data_files=str(tmp_path / "harmony_messages.jsonl"), split="train")
    assert len(rows) == len(available())
    assert [m["role"] for m in rows[0]["messages"]] == ["developer", "user", "assistant"]
    again = realcast("record", "--scenario", "pytest-run", "--count", "1", "--seed",
                     str(fix_and_retry_seed("pytest-run")), "--out", str(recorded))
    assert json.loads((recorded / "last-run.json").read_text())[0]["status"] == "skipped", again


def test_no_sandbox_outlives_the_runs(recorded: Path, client) -> None:  # noqa: ANN001
    ours = client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True)
    assert [c.name for c in ours if not owner_alive(c.labels.get(OWNER_LABEL, ""))] == []
    assert not list(recorded.rglob("*.partial"))


def test_sigint_leaves_no_container_and_no_half_session(client, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "interrupted"
    process = subprocess.Popen([sys.executable, "-m", "realcast.cli", "record", "--scenario", "pytest-run",
                                "--count", "30", "--seed", "700", "--jobs", "2", "--out", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    owner = {"label": f"{OWNER_LABEL}={socket.gethostname()}:{process.pid}"}
    deadline = time.monotonic() + 120
    while not client.containers.list(all=True, filters=owner, ignore_removed=True):
        assert time.monotonic() < deadline and process.poll() is None, "no sandbox ever started"
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert client.containers.list(all=True, filters=owner, ignore_removed=True) == []
    assert not list(out.rglob("*.partial"))
    for directory in iter_sessions(out):
        SessionMeta.model_validate_json((directory / "meta.json").read_text())
        read_cast(directory / "session.cast")
        assert (directory / "report.json").is_file()


def test_sandboxes_are_hardened(client) -> None:  # noqa: ANN001
    from sandboxes.engine import sandbox
    from sandboxes.images import ensure_image, image_tag

    spec = registry()["pytest-run"].variant(0)
    ensure_image(client, spec.image, lambda _: None)
    with sandbox(client, image_tag(spec.image), spec, "hardening-check") as container:
        host = client.api.inspect_container(container.id)["HostConfig"]
        assert host["NetworkMode"] == "none" and host["CapDrop"] == ["ALL"] and host["Init"] is True
        assert "no-new-privileges" in host["SecurityOpt"] and host["PidsLimit"] > 0 and host["Memory"] > 0
        probe = "id -u; grep CapEff /proc/self/status; ls /sys/class/net"
        output = container.exec_run(["bash", "-c", probe]).output.decode().split()
        assert output[0] == "1000" and output[2] == "0000000000000000" and output[3:] == ["lo"]
        name = container.name
    remove_live(client)  # removal runs in the background; the end of a run waits for it
    assert client.containers.list(all=True, filters={"name": name}, ignore_removed=True) == []
