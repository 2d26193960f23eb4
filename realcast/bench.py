"""Recording benchmark: what a light session costs beside the container floor and its own commands.

    python -m realcast.bench                                    # corrupt-archive, 16 sessions, 1 and N workers
    python -m realcast.bench --sessions 16 --jobs 4 --json data/bench.json
    python -m realcast.bench --scenario git-push-rejected --sessions-dir data/sessions
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

CAST, META = "session.cast", "meta.json"  # as recorder/store.py names them (kept here: the pure part imports nothing)
DEFAULT_SCENARIO = "corrupt-archive"  # base image, no background process, 3-8 short commands, no prompts to answer
DEFAULT_SESSIONS = 16  # per measurement: the whole bench takes about a minute on 2 busy cores
FLOOR_REPEATS = 5
BACKGROUND_SAMPLE_S = 2.0  # how long the other processes' load is sampled before the runs
DECODE_REPEATS, LABEL_REPEATS = 5, 3  # medians: decoding takes milliseconds, one timing of it is mostly noise
FIRST_SEED = 7000  # fixed: the same variants every run, so figures compare across runs
MAX_OVERHEAD = 1.3  # seconds per session (1 worker) / (floor + commands' own time)
SCALING_PER_WORKER = 0.9  # N workers should give at least 0.9 x N the throughput of one (1.8 for 2)
MAX_LABEL_EXPORT = 3.0  # (label + export) / json-decoding the casts

CAST_ROUNDING_S = 1e-6  # cast times are rounded to microseconds, meta.json's are not

Event = tuple[float, str, str]  # a cast event: [time, code, data]


class BenchError(RuntimeError):
    """The benchmark cannot produce honest figures (a session failed, no sessions to label)."""


@dataclass(frozen=True)
class Figures:
    """The raw measurements; the ratios the targets apply to are derived from them."""

    scenario: str
    image: str
    sessions: int  # recorded per measurement
    jobs: int
    floor_s: float  # median `docker run --rm IMAGE true`
    commands_s: float  # the commands' own real time, mean per session (Enter to end mark)
    one_worker_s: float  # wall seconds per session with 1 worker (record + label + removal)
    many_workers_s: float  # wall seconds per session with `jobs` workers
    decoded_sessions: int  # sessions in the label/export measurement
    decode_s: float  # reading and json-decoding every cast line
    label_s: float  # label_session(write=False) on each
    export_s: float  # train.export.export into a temp folder, the process already warm (its second export)
    export_first_s: float  # the first export in the process: imports and one-time loads included
    cores: int = 0  # CPUs this process may use
    background_cores: float | None = None  # CPUs other processes kept busy just before the runs (Linux only)
    cpu_per_session_s: float | None = None  # whole-machine CPU per session with 1 worker, less that background

    @property
    def overhead_ratio(self) -> float:
        return self.one_worker_s / (self.floor_s + self.commands_s)

    @property
    def scaling(self) -> float:
        """Throughput with `jobs` workers over throughput with one."""
        return self.one_worker_s / self.many_workers_s

    @property
    def scaling_target(self) -> float:
        return SCALING_PER_WORKER * self.jobs

    @property
    def label_export_ratio(self) -> float:
        return (self.label_s + self.export_s) / self.decode_s

    @property
    def scaling_bound(self) -> float | None:
        """The most `jobs` workers can give when CPU is the limit: the free cores, kept busy all the time."""
        if not self.cpu_per_session_s or self.background_cores is None:
            return None
        free = max(self.cores - self.background_cores, 0.0)
        return min(self.jobs, free * self.one_worker_s / self.cpu_per_session_s)


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, its value, the target and whether it is met (None: no target)."""

    figure: str
    value: str
    target: str = "—"
    met: bool | None = None


# --- pure computation and formatting ------------------------------------------------------------------------------

def commands_own_time(events: Sequence[Event], step_ends: Sequence[float]) -> float:
    """Real seconds the commands ran: for each step, from its Enter key to its end mark (133;D).

    Cast time is real time plus simulated human pauses, and the recorder only ever adds simulated time just
    before an input event. So within a step's window every gap that ends at an output event is real; gaps
    that end at an input event (an answer typed at a prompt, a Ctrl-C) hold simulated pauses and the
    recorder's own waiting, and are left out.
    """
    total, step = 0.0, -1
    enter_seen, previous = False, 0.0
    for time_s, code, data in events:
        if code == "m" and data.startswith("step "):
            step, enter_seen = step + 1, False
            continue
        if step < 0 or step >= len(step_ends):
            continue
        if not enter_seen:
            if code == "i" and data.endswith("\r"):
                enter_seen, previous = True, time_s
            continue
        if time_s > step_ends[step] + CAST_ROUNDING_S:
            continue  # after the end mark: the prompt is being drawn, the user reads
        if code != "i":
            total += time_s - previous
        previous = time_s
    return total


def parse_cast(lines: Iterable[str]) -> list[Event]:
    """The events of an asciicast v2 text (the header line is skipped)."""
    events = []
    for line in lines:
        value = json.loads(line)
        if isinstance(value, list):
            events.append((float(value[0]), str(value[1]), str(value[2])))
    return events


def session_commands_time(directory: Path) -> float:
    """The commands' own real time of one recorded session folder."""
    meta = json.loads((directory / META).read_text(encoding="utf-8"))
    with (directory / CAST).open(encoding="utf-8") as stream:
        events = parse_cast(line for line in stream if line.strip())
    return commands_own_time(events, [step["end"] for step in meta["steps"]])


def rows(figures: Figures) -> list[Row]:
    """The table's lines: the measurements, then the three targets."""
    jobs, count = figures.jobs, figures.sessions
    return [
        Row("container floor: docker run --rm true", f"{figures.floor_s:.3f} s"),
        Row("commands' own time per session", f"{figures.commands_s:.3f} s"),
        Row(f"per session, 1 worker ({count} sessions)", f"{figures.one_worker_s:.3f} s"),
        Row(f"per session, {jobs} workers ({count} sessions)", f"{figures.many_workers_s:.3f} s"),
        Row("1 worker / (floor + commands)", f"{figures.overhead_ratio:.2f}", f"≤ {MAX_OVERHEAD}",
            figures.overhead_ratio <= MAX_OVERHEAD),
        Row(f"throughput {jobs} workers / 1 worker", f"{figures.scaling:.2f}", f"≥ {figures.scaling_target:.1f}",
            figures.scaling >= figures.scaling_target),
        *cpu_rows(figures),
        Row(f"decode casts ({figures.decoded_sessions} sessions)", f"{figures.decode_s:.3f} s"),
        Row("label (write=False)", f"{figures.label_s:.3f} s"),
        Row("export (first in the process)", f"{figures.export_first_s:.3f} s"),
        Row("export (warm)", f"{figures.export_s:.3f} s"),
        Row("(label + export) / decode", f"{figures.label_export_ratio:.1f}", f"≤ {MAX_LABEL_EXPORT}",
            figures.label_export_ratio <= MAX_LABEL_EXPORT),
    ]


def cpu_rows(figures: Figures) -> list[Row]:
    """What explains the scaling factor: the CPU a session needs and what the other processes left free."""
    if figures.scaling_bound is None:
        return []
    return [
        Row("CPU per session, 1 worker (whole machine)", f"{figures.cpu_per_session_s:.2f} s"),
        Row(f"busy cores before the runs (other work, of {figures.cores})", f"{figures.background_cores:.2f}"),
        Row(f"CPU bound on the scaling with {figures.jobs} workers", f"{figures.scaling_bound:.2f}"),
    ]


def table(figures: Figures) -> Table:
    result = Table("figure", "value", "target", "met",
                   title=f"realcast bench — {figures.scenario} on {figures.image}")
    for row in rows(figures):
        met = "—" if row.met is None else ("[green]yes[/]" if row.met else "[red]no[/]")
        result.add_row(row.figure, row.value, row.target, met)
    return result


def as_json(figures: Figures) -> dict:
    """The raw figures, the derived ratios and whether each target is met."""
    raw = {name: round(value, 4) if isinstance(value, float) else value for name, value in asdict(figures).items()}
    return {
        **raw,
        "overhead_ratio": round(figures.overhead_ratio, 3),
        "scaling": round(figures.scaling, 3),
        "label_export_ratio": round(figures.label_export_ratio, 3),
        "scaling_bound": None if figures.scaling_bound is None else round(figures.scaling_bound, 3),
        "targets": {
            "overhead_ratio": {"max": MAX_OVERHEAD, "met": figures.overhead_ratio <= MAX_OVERHEAD},
            "scaling": {"min": figures.scaling_target, "met": figures.scaling >= figures.scaling_target},
            "label_export_ratio": {"max": MAX_LABEL_EXPORT, "met": figures.label_export_ratio <= MAX_LABEL_EXPORT},
        },
    }


# --- measurements (Docker, the recorder, the labelers, the export) -------------------------------------------------

def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_time(action: Callable[[], object], repeats: int) -> float:
    """Median of several timings: the other workers on a shared machine make single ones jumpy."""
    return statistics.median(timed(action) for _ in range(repeats))


def busy_cpu_seconds() -> float | None:
    """CPU seconds all processes on the machine have used (from /proc/stat), None where there is none."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def busy_cores(seconds: float = BACKGROUND_SAMPLE_S) -> float | None:
    """How many CPUs other processes keep busy right now (sampled while this one sleeps)."""
    before = busy_cpu_seconds()
    time.sleep(seconds)
    after = busy_cpu_seconds()
    return None if before is None or after is None else (after - before) / seconds


def container_floor(image: str, repeats: int = FLOOR_REPEATS) -> float:
    """Median seconds of `docker run --rm IMAGE true`: create, start, wait, remove (after one warm-up)."""
    def run_once() -> None:
        subprocess.run(["docker", "run", "--rm", image, "true"], check=True, capture_output=True)

    run_once()
    return median_time(run_once, repeats)


def record_seconds(client, specs: list, image_ids: dict[str, str], root: Path, jobs: int) -> float:  # noqa: ANN001
    """Wall seconds to record and label `specs` into root with `jobs` workers; BenchError if any failed."""
    from realcast.batch import record_batch

    started = time.perf_counter()
    result = record_batch(client, specs, image_ids, root, jobs, on_done=lambda outcome: None)
    seconds = time.perf_counter() - started
    if result.interrupted:
        raise KeyboardInterrupt
    bad = [outcome for outcome in result.outcomes if outcome.status != "recorded" or outcome.error]
    if bad:
        raise BenchError(f"{len(bad)} of {len(specs)} sessions did not record cleanly, e.g. seed "
                         f"{bad[0].spec.seed}: {bad[0].status} {bad[0].error}")
    return seconds


def decode_seconds(directories: list[Path]) -> float:
    """Reading and json-decoding every line of every cast: the floor label and export are compared with."""
    def decode_all() -> None:
        for directory in directories:
            with (directory / CAST).open(encoding="utf-8") as stream:
                for line in stream:
                    json.loads(line)

    return median_time(decode_all, DECODE_REPEATS)


def label_seconds(directories: list[Path]) -> float:
    return median_time(lambda: label_all(directories), LABEL_REPEATS)


def label_all(directories: list[Path]) -> None:
    """label_session(write=False) on each; a session the labelers cannot read stops the bench with its name."""
    from labelers import LabelError, label_session
    from recorder.cast import CastError

    for directory in directories:
        try:
            label_session(directory, write=False)
        except (LabelError, CastError) as error:
            raise BenchError(f"cannot label {directory}: {error}") from None


def export_seconds(root: Path, scratch: Path) -> tuple[float, float]:
    """Seconds of the first export in this process (imports, the tokenizer's tables) and of a second one."""
    from train.export import export

    def export_once() -> None:
        out = scratch / "export"
        try:
            export(root, out)
        finally:
            shutil.rmtree(out, ignore_errors=True)

    return timed(export_once), timed(export_once)


def labelled_sessions(root: Path) -> list[Path]:
    from recorder.store import REPORT, iter_sessions

    directories = [directory for directory in iter_sessions(root) if (directory / REPORT).is_file()]
    if not directories:
        raise BenchError(f"no labelled sessions under {root}: record some first (`make record`)")
    return directories


@dataclass(frozen=True)
class Options:
    scenario: str
    sessions: int
    jobs: int
    sessions_dir: Path | None
    json_path: Path | None


def measure(options: Options, say: Callable[[str], None]) -> Figures:
    """Every figure, in one run; the recordings go to a temp folder removed afterwards."""
    from sandboxes import scenarios
    from sandboxes.engine import connect
    from sandboxes.images import ensure_image, image_tag

    item = scenarios.get(options.scenario)
    specs = [item.variant(seed) for seed in range(FIRST_SEED, FIRST_SEED + options.sessions)]
    client = connect()
    image_ids = {item.image: ensure_image(client, item.image, say)}
    image = image_tag(item.image)
    say(f"container floor: docker run --rm {image} true, {FLOOR_REPEATS} times…")
    floor = container_floor(image)
    with tempfile.TemporaryDirectory(prefix="realcast-bench-") as scratch_name:
        scratch = Path(scratch_name)
        # One session first, not counted: imports, page cache and the image's layers are warm for both runs.
        record_seconds(client, [item.variant(FIRST_SEED - 1)], image_ids, scratch / "warm-up", 1)
        # The same variants with 1 and N workers, each time into a fresh folder (so none is skipped as done):
        # the scaling factor compares equal work.
        background = busy_cores()
        say(f"{options.sessions} sessions of {options.scenario} with 1 worker…")
        busy_before = busy_cpu_seconds()
        one = record_seconds(client, specs, image_ids, scratch / "one", 1) / options.sessions
        cpu = session_cpu(busy_before, busy_cpu_seconds(), background, one, options.sessions)
        say(f"the same {options.sessions} sessions with {options.jobs} workers…")
        many = record_seconds(client, specs, image_ids, scratch / "many", options.jobs) / options.sessions
        commands = statistics.mean(session_commands_time(d) for d in labelled_sessions(scratch / "one"))
        root = options.sessions_dir or scratch / "one"
        directories = labelled_sessions(root)
        say(f"decode, label and export {len(directories)} sessions under {root}…")
        decode, labels = decode_seconds(directories), label_seconds(directories)
        export_first, export_warm = export_seconds(root, scratch)
    return Figures(options.scenario, image, options.sessions, options.jobs, floor, commands, one, many,
                   len(directories), decode, labels, export_warm, export_first, available_cores(), background, cpu)


def session_cpu(busy_before: float | None, busy_after: float | None, background: float | None,
                seconds_per_session: float, sessions: int) -> float | None:
    """Whole-machine CPU seconds per session (engine, shims, runc, containers, this process) less the
    background load: what bounds how many sessions the cores can record at once."""
    if busy_before is None or busy_after is None or background is None:
        return None
    return max((busy_after - busy_before) / sessions - background * seconds_per_session, 0.0)


def available_cores() -> int:
    return len(os.sched_getaffinity(0))


def parse_options(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default=DEFAULT_SCENARIO, help="a light scenario (`realcast scenarios`)")
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS, help="sessions per measurement")
    parser.add_argument("--jobs", type=int, default=max(2, available_cores()),
                        help="workers (default: the cores, at least 2)")
    parser.add_argument("--sessions-dir", type=Path, help="label/export these sessions instead of the recorded ones")
    parser.add_argument("--json", dest="json_path", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.jobs < 1:
        parser.error("--sessions and --jobs must be at least 1")
    return Options(args.scenario, args.sessions, args.jobs, args.sessions_dir, args.json_path)


def main(argv: list[str] | None = None) -> int:
    """`make bench`: measure, print the table (and write --json); exit 0 even when a target is missed."""
    from sandboxes.base_image import BaseImageError
    from sandboxes.engine import EngineUnavailable
    from sandboxes.images import ImageBuildError
    from sandboxes.scenarios import ScenarioError
    from train.export import ExportError

    options = parse_options(argv)
    console = Console(stderr=True)
    try:
        figures = measure(options, lambda message: console.print(f"[dim]bench:[/] {message}", highlight=False))
    except (BenchError, EngineUnavailable, ScenarioError, ImageBuildError, BaseImageError, ExportError) as error:
        console.print(f"[bold red]bench:[/] {error}", highlight=False)
        return 2
    except KeyboardInterrupt:  # record_batch already removed the live sandboxes; the temp folder is gone too
        console.print("[yellow]bench:[/] interrupted", highlight=False)
        return 130
    Console(width=None if sys.stdout.isatty() else 120).print(table(figures))
    if options.json_path is not None:
        options.json_path.parent.mkdir(parents=True, exist_ok=True)
        options.json_path.write_text(json.dumps(as_json(figures), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
