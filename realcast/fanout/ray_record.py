"""`realcast record` fanned out over Ray: one task per shard, then `realcast merge` of the shard folders.

    python -m realcast.fanout.ray_record --shards 4 --out data/sessions -- -s pytest-run --count 20
    python -m realcast.fanout.ray_record --shards 32 --out /shared/sessions --address auto -- --profile full

Everything after `--` goes to `realcast record` unchanged on every shard. Shard I records into
OUT/.shards/shard-I (a dot-folder, so that readers of OUT such as `realcast export` see each session once), then
the driver merges every shard folder into OUT. Each task runs the CLI as a subprocess: its own signal handling,
its own Docker client, its own sandboxes on the Docker engine of the node it landed on.

On a cluster, each node needs realcast installed and a Docker engine; OUT is best on storage every node mounts
at the same path. Where the driver cannot see a shard's sessions (node-local disks), they are packed on that
shard's node and sent back through Ray's object store before the merge.
"""
from __future__ import annotations

import argparse
import io
import signal
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

SHARDS_DIR = ".shards"
RESERVED_OPTIONS = ("--out", "--shard")  # set per shard here, never passed through
CLEANUP_SECONDS = 120  # how long a cancelled shard may take to remove its sandboxes before it is killed
TAIL_LINES = 12
TASK_FAILED = -1  # the exit code reported for a shard whose Ray task itself failed


@dataclass(frozen=True)
class FanoutOptions:
    shards: int
    out: Path
    address: str | None
    num_cpus: int | None
    cpus_per_shard: float
    record_args: list[str]


@dataclass(frozen=True)
class ShardRun:
    """What one shard's task reports back to the driver."""

    index: int
    exit_code: int  # realcast record's exit status; TASK_FAILED when the task itself failed
    sessions: list[str]  # "<scenario>/<session-id>" of each session folder in the shard's folder
    node_id: str
    output_tail: str


class UsageError(ValueError):
    """The command line cannot be run as given."""


# --- command line -----------------------------------------------------------------------------------
def parse_options(argv: Sequence[str]) -> FanoutOptions:
    """Split `OWN OPTIONS -- RECORD OPTIONS` and check both halves."""
    own, record_args = _split_at_double_dash(list(argv))
    parser = argparse.ArgumentParser(
        prog="python -m realcast.fanout.ray_record",
        usage="%(prog)s --shards N --out DIR [--address ADDR] [--num-cpus C] [--cpus-per-shard C] -- "
              "[realcast record options]",
        description="Run `realcast record --shard I/N` as one Ray task per shard, then merge the shards into DIR.")
    parser.add_argument("--shards", type=int, required=True, help="N: how many shards (Ray tasks).")
    parser.add_argument("--out", type=Path, required=True, help="Sessions folder the shards are merged into.")
    parser.add_argument("--address", help="An existing Ray cluster ('auto', or ray://HOST:10001); "
                                           "default: start a local Ray instance.")
    parser.add_argument("--num-cpus", type=int, help="CPUs of the local Ray instance (default: all).")
    parser.add_argument("--cpus-per-shard", type=float, default=1.0,
                        help="CPUs Ray reserves for each shard task (default 1): raise it to run fewer shards "
                             "per node at once.")
    parsed = parser.parse_args(own)
    options = FanoutOptions(parsed.shards, parsed.out, parsed.address, parsed.num_cpus, parsed.cpus_per_shard,
                            record_args)
    _check(options)
    return options


def _split_at_double_dash(argv: list[str]) -> tuple[list[str], list[str]]:
    if "--" not in argv:
        return argv, []
    at = argv.index("--")
    return argv[:at], argv[at + 1:]


def _check(options: FanoutOptions) -> None:
    if options.shards < 1:
        raise UsageError(f"--shards must be at least 1, not {options.shards}")
    if options.address and options.num_cpus is not None:
        raise UsageError("--num-cpus sizes a local Ray instance: leave it out with --address")
    if options.cpus_per_shard <= 0:
        raise UsageError("--cpus-per-shard must be positive")
    for arg in options.record_args:
        if arg.split("=", 1)[0] in RESERVED_OPTIONS:
            raise UsageError(f"{arg.split('=', 1)[0]} is set for each shard: give --out before `--` and leave "
                             "--shard out")


# --- one shard (runs inside a Ray task) -------------------------------------------------------------
def shard_folder(out: Path, index: int) -> Path:
    return out / SHARDS_DIR / f"shard-{index}"


def record_command(index: int, shards: int, folder: Path, record_args: Sequence[str]) -> list[str]:
    """The CLI as the user would type it, with this interpreter (the node's realcast install)."""
    return [sys.executable, "-m", "realcast.cli", "record", "--shard", f"{index}/{shards}", "--out", str(folder),
            *record_args]


def record_shard(index: int, shards: int, out: str, record_args: list[str]) -> ShardRun:
    """Record one shard into OUT/.shards/shard-INDEX; its output goes to shard-INDEX.log beside the folder."""
    import ray

    folder = shard_folder(Path(out), index)
    folder.mkdir(parents=True, exist_ok=True)
    log = folder.with_name(f"{folder.name}.log")
    with open(log, "wb") as output:
        exit_code = _run_until_done(record_command(index, shards, folder, record_args), output)
    return ShardRun(index, exit_code, sessions_in(folder), ray.get_runtime_context().get_node_id(), _tail(log))


def _run_until_done(command: list[str], output: io.BufferedWriter) -> int:
    """Run the child in a session of its own, so that only this task decides when it is stopped; a cancelled
    task (KeyboardInterrupt from ray.cancel) sends it SIGTERM and waits for realcast's cleanup. Not SIGINT:
    Ray workers ignore SIGINT, and a child inherits that, so realcast would never see it."""
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                             start_new_session=True)
    try:
        while True:  # short waits: ray.cancel's KeyboardInterrupt only lands between Python bytecodes
            try:
                return child.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                continue
    except KeyboardInterrupt:
        child.send_signal(signal.SIGTERM)
        try:
            return child.wait(timeout=CLEANUP_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            return child.wait()


def sessions_in(folder: Path) -> list[str]:
    """Session folders (<scenario>/<id>, with a meta.json) directly in a sessions folder, dot-folders skipped."""
    return sorted(f"{meta.parent.parent.name}/{meta.parent.name}" for meta in folder.glob("*/*/meta.json")
                  if not any(part.startswith(".") for part in meta.relative_to(folder).parts))


def pack_sessions(folder: str, sessions: list[str]) -> bytes:
    """A tar of the named session folders, for a driver that cannot see this node's disk."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for session in sessions:
            archive.add(Path(folder) / session, arcname=session)
    return buffer.getvalue()


def _tail(log: Path) -> str:
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(lines[-TAIL_LINES:])


# --- the driver -------------------------------------------------------------------------------------
def run_shards(options: FanoutOptions) -> tuple[list[ShardRun], bool]:
    """Submit one task per shard, report each as it finishes; returns the runs and whether it was interrupted."""
    import ray

    task = ray.remote(record_shard).options(num_cpus=options.cpus_per_shard, scheduling_strategy="SPREAD",
                                            max_retries=1)  # a lost node: once more (it resumes what it had)
    out = str(options.out.resolve())
    index_of = {task.remote(index, options.shards, out, options.record_args): index
                for index in range(options.shards)}
    pending, runs = list(index_of), []
    try:
        while pending:
            # A timeout, so that Ctrl-C and SIGTERM are handled while shards run for hours.
            done, pending = ray.wait(pending, num_returns=1, timeout=1.0)
            for ref in done:
                run = _result(ref, index_of[ref])
                runs.append(run)
                say(f"shard {run.index}/{options.shards}: exit {run.exit_code}, {len(run.sessions)} session(s)")
    except KeyboardInterrupt:
        say("interrupted: stopping the shards (each removes its sandboxes and half-written sessions)")
        runs += _cancel(pending, index_of)
        return sorted(runs, key=lambda run: run.index), True
    return sorted(runs, key=lambda run: run.index), False


def _result(ref, index: int, timeout: float | None = None) -> ShardRun:  # noqa: ANN001 - a ray.ObjectRef
    """The shard's report, or one saying why its task failed (realcast missing on the node, the node lost)."""
    import ray
    from ray.exceptions import RayError

    try:
        return ray.get(ref, timeout=timeout)
    except RayError as error:
        return ShardRun(index, TASK_FAILED, [], "", str(error).strip()[-2000:])


def _cancel(pending: list, index_of: dict) -> list[ShardRun]:
    """Cancel the running shards and collect what each had recorded, once its cleanup is over."""
    import ray

    for ref in pending:
        ray.cancel(ref)
    return [_result(ref, index_of[ref], timeout=CLEANUP_SECONDS + 10) for ref in pending]


def bring_back(runs: list[ShardRun], options: FanoutOptions) -> None:
    """Copy to the driver's disk the sessions of shards whose folders it cannot see (no shared storage)."""
    import ray
    from ray.exceptions import RayError
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    pack = ray.remote(pack_sessions)
    for run in runs:
        folder = shard_folder(options.out.resolve(), run.index)
        missing = [session for session in run.sessions if not (folder / session).is_dir()]
        if not missing:
            continue
        say(f"shard {run.index}: fetching {len(missing)} session(s) from node {run.node_id[:12]}")
        on_its_node = NodeAffinitySchedulingStrategy(node_id=run.node_id, soft=False)
        try:
            packed = ray.get(pack.options(num_cpus=0, scheduling_strategy=on_its_node).remote(str(folder), missing))
        except RayError as error:  # the node is gone: its sessions stay there, the others are still merged
            say(f"shard {run.index}: could not fetch its sessions ({str(error).strip().splitlines()[-1]})")
            continue
        with tarfile.open(fileobj=io.BytesIO(packed), mode="r:gz") as archive:
            archive.extractall(folder, filter="data")  # "data": no absolute paths, links out or devices


def merge(shards: int, out: Path) -> int:
    """`realcast merge` of every shard folder that exists into OUT (an earlier run's too, for a shard that did
    not get to run this time); returns its exit status."""
    sources = [str(folder) for index in range(shards) if (folder := shard_folder(out, index)).is_dir()]
    if not sources:
        say("no shard folder to merge")
        return 1
    return subprocess.run([sys.executable, "-m", "realcast.cli", "merge", *sources, "--out", str(out)],
                          stdin=subprocess.DEVNULL, check=False).returncode


def print_summary(runs: list[ShardRun], shards: int) -> None:
    """One line per shard, and the output tail of every shard that failed."""
    print(f"{'shard':>7}  {'exit':>4}  {'sessions':>8}  node")
    for run in runs:
        print(f"{run.index:>7}  {run.exit_code:>4}  {len(run.sessions):>8}  {run.node_id[:12]}")
    for missing in sorted(set(range(shards)) - {run.index for run in runs}):
        print(f"{missing:>7}  {'-':>4}  {'-':>8}  (did not report)")
    for run in runs:
        if run.exit_code != 0:
            print(f"--- shard {run.index} (exit {run.exit_code}), last lines:\n{run.output_tail}")
    sys.stdout.flush()


def exit_status(runs: list[ShardRun], shards: int, merged: int, interrupted: bool) -> int:
    """As `realcast record`: 130 after Ctrl-C, 143 after SIGTERM; 1 when a shard failed or did not report, or
    the merge failed; else 0."""
    if interrupted:
        return 128 + _stop_signal
    all_ok = len(runs) == shards and all(run.exit_code == 0 for run in runs)
    return 0 if all_ok and merged == 0 else 1


def say(message: str) -> None:
    print(f"realcast fanout: {message}", file=sys.stderr, flush=True)


def _start_ray(options: FanoutOptions) -> None:
    import ray

    if options.address:
        ray.init(address=options.address)
    else:
        ray.init(num_cpus=options.num_cpus, include_dashboard=False)


_stop_signal: int = signal.SIGINT  # what stopped the driver, for its exit status


def _sigterm_as_interrupt(signum: int, frame: FrameType | None) -> None:
    global _stop_signal  # noqa: PLW0603 - set once, by the signal
    _stop_signal = signum
    raise KeyboardInterrupt  # the same orderly stop as Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    """Record N shards on Ray and merge them into --out; the exit status says whether every shard succeeded."""
    try:
        options = parse_options(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        say(str(error))
        return 2
    try:
        import ray
    except ImportError:
        say("Ray is not installed: pip install 'realcast[fanout]'")
        return 2
    try:
        _start_ray(options)
    except ConnectionError as error:  # --address names no running cluster
        say(f"cannot reach Ray at {options.address}: {str(error).strip().splitlines()[0]}")
        return 2
    signal.signal(signal.SIGTERM, _sigterm_as_interrupt)  # after ray.init: Ray's core installs its own (abort)
    try:
        runs, interrupted = run_shards(options)
        if not interrupted:
            bring_back(runs, options)
    finally:
        ray.shutdown()
    print_summary(runs, options.shards)
    merged = merge(options.shards, options.out.resolve())
    return exit_status(runs, options.shards, merged, interrupted)


if __name__ == "__main__":
    # The importable module's main, not __main__'s: Ray then ships the task functions by reference (the
    # workers import realcast.fanout.ray_record) instead of pickling this file's functions by value.
    from realcast.fanout import ray_record  # noqa: PLW0406 - on purpose, see above

    sys.exit(ray_record.main())
