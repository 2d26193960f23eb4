"""The session store on its own (no Docker): seals, states, locks across processes, stale work folders, merging."""
from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

from labelers import LabelError, label_session
from recorder.store import (CAST, EVIDENCE, META, REPORT, SEAL, SessionBusy, copy_session, iter_sessions, read_seal,
                            remove_stale_partials, session_lock, staging, state, write_atomic, write_seal)
from train.export import ExportOptions, export


@pytest.fixture
def labelled(fixture_sessions: Path) -> Path:
    """The fixture sessions, labelled and sealed."""
    for directory in iter_sessions(fixture_sessions):
        label_session(directory)
    return fixture_sessions


def first(root: Path) -> Path:
    return next(iter_sessions(root))


def test_labelling_seals_every_file_and_the_seal_vouches_for_them(labelled: Path) -> None:
    directory = first(labelled)
    seal = read_seal(directory)
    assert seal is not None and set(seal.files) == {CAST, META, REPORT, EVIDENCE}
    assert state(directory) == "complete"


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: (d / EVIDENCE).unlink(), "unlabelled"),            # a label missing: relabel, never re-record
    (lambda d: (d / REPORT).write_text("{}"), "unlabelled"),      # a stale report
    (lambda d: (d / CAST).write_bytes((d / CAST).read_bytes()[:-40]), "damaged"),  # a truncated cast
    (lambda d: (d / META).write_text((d / META).read_text()[:100]), "damaged"),     # a truncated meta
    (lambda d: (d / CAST).unlink(), "damaged"),
    (lambda d: (d / SEAL).write_text("{"), "damaged"),            # a torn seal
    (lambda d: (d / SEAL).unlink(), "damaged"),                   # never sealed: a half-written legacy folder
])
def test_a_folder_counts_only_while_its_seal_holds(labelled: Path, change, expected: str) -> None:  # noqa: ANN001
    directory = first(labelled)
    change(directory)
    assert state(directory) == expected
    assert state(directory.parent / "never-recorded") == "absent"


def test_labelling_refuses_a_recording_changed_after_its_seal(labelled: Path) -> None:
    directory = first(labelled)
    cast = directory / CAST
    cast.write_text(cast.read_text() + '[999.0, "o", "forged\\r\\n"]\n')
    with pytest.raises(LabelError, match="changed since it was recorded"):
        label_session(directory)


def test_export_leaves_out_and_counts_what_is_not_complete_or_does_not_hold(labelled: Path, tmp_path: Path) -> None:
    sessions = list(iter_sessions(labelled))
    (sessions[0] / EVIDENCE).unlink()                          # unlabelled
    (sessions[1] / CAST).write_text("not a cast\n")            # damaged
    report = json.loads((sessions[2] / REPORT).read_text())   # a report that names what its transcript never shows
    report[0]["summary"] = "Ran 4242 tests; all passed."
    write_atomic(sessions[2] / REPORT, json.dumps(report))
    write_seal(sessions[2])
    result = export(labelled, tmp_path / "export", ExportOptions())
    skipped = result.info.skipped
    assert skipped[sessions[0].name] == "unlabelled" and skipped[sessions[1].name] == "damaged"
    assert "does not hold" in skipped[sessions[2].name] and "4242" in skipped[sessions[2].name]
    assert result.info.sessions == len(sessions) - 3


def _hold_lock(final: Path, ready, release) -> None:  # noqa: ANN001 - multiprocessing events
    with session_lock(final):
        ready.set()
        release.wait(30)


def test_a_session_lock_keeps_out_other_processes_and_dies_with_its_holder(tmp_path: Path) -> None:
    final = tmp_path / "scenario" / "s-1"
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_lock, args=(final, ready, release))
    holder.start()
    assert ready.wait(30)
    with pytest.raises(SessionBusy):
        with session_lock(final, wait=False):
            pass
    holder.kill()  # SIGKILL: the kernel lets go of the lock
    holder.join(30)
    with session_lock(final, wait=False):
        pass


def test_start_up_cleans_only_work_folders_whose_writer_is_gone(tmp_path: Path) -> None:
    dead = tmp_path / "scenario" / ".s-1.partial.otherhost.123"
    live = tmp_path / "scenario" / ".s-2.partial.thishost.456"
    for work in (dead, live):
        work.mkdir(parents=True)
        (work / CAST).write_text("half")
    with session_lock(tmp_path / "scenario" / "s-2"):   # s-2's writer is still at work
        assert remove_stale_partials(tmp_path) == 1
    assert not dead.exists() and live.exists()


def test_staging_replaces_a_damaged_folder_and_leaves_nothing_behind_on_failure(labelled: Path, tmp_path: Path) -> None:
    source = first(labelled)
    final = tmp_path / "scenario" / source.name
    final.mkdir(parents=True)
    (final / META).write_text("{}")                      # a damaged leftover that once blocked re-recording
    with session_lock(final), staging(final) as work:
        for name in (CAST, META, REPORT, EVIDENCE):
            shutil.copyfile(source / name, work / name)
    assert state(final) == "complete"
    with pytest.raises(RuntimeError), session_lock(final), staging(final):
        raise RuntimeError("the sandbox died")
    assert state(final) == "complete" and [p.name for p in final.parent.iterdir()] == [final.name]


def test_merge_copies_what_holds_once_and_leaves_out_what_is_damaged(labelled: Path, tmp_path: Path) -> None:
    sessions = list(iter_sessions(labelled))
    (sessions[0] / CAST).write_text("torn")
    merged = tmp_path / "merged"
    counts = [copy_session(directory, merged) for directory in sessions]
    assert counts.count("damaged") == 1 and counts.count("copied") == len(sessions) - 1
    assert [copy_session(directory, merged) for directory in sessions[1:]] == ["present"] * (len(sessions) - 1)
    assert all(state(directory) == "complete" for directory in iter_sessions(merged))
    assert {d.name for d in iter_sessions(merged)} == {d.name for d in sessions[1:]}
