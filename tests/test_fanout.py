"""Fan-out of `realcast record` over many machines: the Kubernetes manifests against the API schema (offline),
and the Ray entry point end to end on a local Ray instance and the real Docker engine."""
from __future__ import annotations

import copy
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from realcast.fanout import K8S_DIR
from realcast.fanout.ray_record import SHARDS_DIR, UsageError, parse_options, sessions_in
from recorder.store import session_id
from sandboxes import scenarios

kubernetes_validate = pytest.importorskip("kubernetes_validate")  # the dev extra: pip install -e '.[dev]'

OLDEST_KUBERNETES = "1.29"  # native sidecars and backoffLimitPerIndex are on by default from 1.29
SESSION_FILES = ("meta.json", "session.cast", "report.json", "evidence.json")


def manifests(name: str) -> list[dict]:
    return [doc for doc in yaml.safe_load_all((K8S_DIR / name).read_text()) if doc]


def validate(resource: dict, version: str) -> None:
    """Strict validation (unknown fields rejected); a kind without a bundled schema fails instead of passing."""
    kubernetes_validate.validate(resource, version, strict=True)


def record_job() -> dict:
    return next(doc for doc in manifests("record-job.yaml") if doc["kind"] == "Job")


def record_container(job: dict) -> dict:
    return next(c for c in job["spec"]["template"]["spec"]["containers"] if c["name"] == "record")


# --- Kubernetes manifests (no cluster, no Docker) ---------------------------------------------------
@pytest.mark.parametrize("version", [OLDEST_KUBERNETES, kubernetes_validate.latest_version()])
@pytest.mark.parametrize("name", ["record-job.yaml", "merge-job.yaml"])
def test_shipped_manifests_validate_strictly(name: str, version: str) -> None:
    resources = manifests(name)
    assert resources
    for resource in resources:
        validate(resource, version)


def _misspelt_field(job: dict) -> None:
    job["spec"]["backoffLimitPerIndx"] = job["spec"].pop("backoffLimitPerIndex")


def _wrong_type(job: dict) -> None:
    job["spec"]["completions"] = "four"


def _unknown_container_field(job: dict) -> None:
    record_container(job)["commands"] = record_container(job).pop("command")


def _missing_required(job: dict) -> None:
    del record_container(job)["name"]


@pytest.mark.parametrize("breakage", [_misspelt_field, _wrong_type, _unknown_container_field, _missing_required])
def test_a_broken_manifest_is_rejected(breakage: Callable[[dict], None]) -> None:
    job = copy.deepcopy(record_job())
    breakage(job)
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(job, kubernetes_validate.latest_version())


def test_each_pod_records_its_shard_of_n_into_its_own_folder() -> None:
    job = record_job()
    spec, container = job["spec"], record_container(job)
    env = {item["name"]: item.get("value") for item in container["env"]}
    assert spec["completionMode"] == "Indexed"
    assert int(env["SHARDS"]) == spec["completions"] >= spec["parallelism"] >= 1  # N in two places: they agree
    assert container["command"] == ["realcast", "record"]
    args = container["args"]
    assert args[args.index("--shard") + 1] == "$(JOB_COMPLETION_INDEX)/$(SHARDS)"
    assert args[args.index("--out") + 1] == "/data/shards/shard-$(JOB_COMPLETION_INDEX)"
    assert spec["template"]["spec"]["restartPolicy"] == "Never"  # podFailurePolicy requires it


def test_record_options_in_the_manifest_are_options_of_realcast_record() -> None:
    import typer.main

    from realcast.cli import app

    record = typer.main.get_command(app).commands["record"]
    known = {option for param in record.params for option in param.opts}
    given = {arg for arg in record_container(record_job())["args"] if arg.startswith("--")}
    assert given <= known, given - known


def test_recorder_and_merge_share_the_volume_and_reach_the_engine() -> None:
    claim = next(doc for doc in manifests("record-job.yaml") if doc["kind"] == "PersistentVolumeClaim")
    merge_job = manifests("merge-job.yaml")[0]
    for job in (record_job(), merge_job):
        volumes = job["spec"]["template"]["spec"]["volumes"]
        claims = [volume["persistentVolumeClaim"]["claimName"] for volume in volumes if "persistentVolumeClaim" in volume]
        assert claims == [claim["metadata"]["name"]]
    merge_command = merge_job["spec"]["template"]["spec"]["containers"][0]["command"][-1]
    assert "realcast merge /data/shards/shard-* --out /data/sessions" in merge_command
    pod = record_job()["spec"]["template"]["spec"]
    (engine,) = pod["initContainers"]
    assert engine["restartPolicy"] == "Always"  # a native sidecar: the pod completes when the recorder exits
    socket = next(arg for arg in engine["args"] if arg.startswith("--host=")).removeprefix("--host=")
    assert {"name": "DOCKER_HOST", "value": socket} in record_container(record_job())["env"]


# --- the Ray entry point ----------------------------------------------------------------------------
def test_ray_entry_options() -> None:
    options = parse_options(["--shards", "3", "--out", "x", "--", "-s", "pytest-run", "--count", "2"])
    assert (options.shards, options.out, options.record_args) == (3, Path("x"), ["-s", "pytest-run", "--count", "2"])
    for wrong in (["--shards", "0", "--out", "x"], ["--shards", "2", "--out", "x", "--", "--shard", "0/2"],
                  ["--shards", "2", "--out", "x", "--", "--out=y"], ["--shards", "2", "--out", "x", "--address",
                                                                     "auto", "--num-cpus", "2"]):
        with pytest.raises(UsageError):
            parse_options(wrong)


@pytest.mark.docker
def test_ray_fanout_records_exactly_what_one_run_records(client, tmp_path: Path) -> None:  # noqa: ANN001 - the engine must answer
    pytest.importorskip("ray")  # the fanout extra: pip install -e '.[fanout]'
    name, count, seed = "git-push-rejected", 3, 0
    expected = sorted(f"{name}/{session_id(scenarios.get(name).variant(number))}"
                      for number in range(seed, seed + count))
    out = tmp_path / "sessions"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "realcast.fanout.ray_record", "--shards", "2", "--num-cpus", "2", "--out", str(out),
         "--", "-s", name, "--count", str(count), "--seed", str(seed), "--jobs", "1"],
        check=False, capture_output=True, text=True, timeout=600)
    print(f"ray fan-out of {count} sessions in 2 shards: {time.monotonic() - started:.1f} s")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert sessions_in(out) == expected
    for session in expected:
        assert all((out / session / file).is_file() for file in SESSION_FILES), session
    shards = [sessions_in(out / SHARDS_DIR / f"shard-{index}") for index in range(2)]
    assert sorted(shards[0] + shards[1]) == expected and all(shards)  # disjoint shares, none empty, all covered
