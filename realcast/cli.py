"""The `realcast` command line: record, label, export, train, evaluate, list, play, clean up.

    realcast record                      # the default set: every scenario x 12 seeds into data/sessions
    realcast record --scenario pytest-run --count 3 --seed 100
    realcast label data/sessions         # re-label after changing a labeler (prints agreement with the truth)
    realcast labels report data/sessions # the labelers measured: coverage, conflicts, truth v2 per family
    realcast import session.cast work.log --out data/sessions   # recordings realcast did not make
    realcast export data/sessions --out data/export
    realcast train --config tiny         # or gpt-oss-20b on a GPU; KEY=VALUE overrides follow
    realcast eval --model data/runs/tiny --split test
    realcast play data/sessions/pytest-run/<id>/session.cast
    realcast browse data/sessions --out data/site   # a static site: index + a player page per session
    realcast gc                          # remove sandboxes left by a killed run
"""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from docker.errors import ImageNotFound
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from labelers import LabelError, label_session
from labelers.analysis import LabelsReport
from realcast import tables
from realcast.batch import BatchResult, Outcome, record_batch
from recorder.cast import CastError, read_cast
from recorder.store import copy_session, iter_sessions, remove_stale_partials, session_lock, write_atomic
from sandboxes import scenarios
from sandboxes.base_image import BaseImageError
from sandboxes.engine import EngineUnavailable, collect_garbage, connect
from sandboxes.images import ImageBuildError, available_images, ensure_image, image_tag
from schema import write_json_schemas
from train.export import FORMS, MAX_TOKENS, ExportError, ExportOptions, export
from train.prompt import Prompt, PromptError
from train.splits import Percents

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Record real terminal sessions and build training data.")
labels_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Measure the labelers.")
app.add_typer(labels_app, name="labels")
console = Console(stderr=True, soft_wrap=True, emoji=False)  # `<REDACTED:email:1>` is no :email: shortcode
stdout = Console(width=None if sys.stdout.isatty() else 200, emoji=False)  # piped tables keep their columns
PROFILES = {"quick": 2, "full": 50}  # variants per family
SESSIONS = Path("data/sessions")


def fail(message: str) -> NoReturn:
    """One clear line, then exit non-zero."""
    console.print(f"[bold red]realcast:[/] {message}", highlight=False)
    raise typer.Exit(2)


def say(message: str) -> None:
    console.print(f"[dim]realcast:[/] {message}", highlight=False)


@app.command()
def record(
    scenario: Annotated[list[str], typer.Option("--scenario", "-s", help="Scenario name (repeatable); default: all.")] = [],  # noqa: B006
    profile: Annotated[str, typer.Option(help="quick: a few sessions of every available family; full: 50 each.")] = "quick",
    count: Annotated[int | None, typer.Option(min=1, help="Variants per scenario (overrides the profile).")] = None,
    seed: Annotated[int, typer.Option(min=0, help="First seed; variants use seed..seed+count-1.")] = 0,
    out: Annotated[Path, typer.Option(help="Sessions folder.")] = SESSIONS,
    jobs: Annotated[int, typer.Option(min=1, max=16, help="Sandboxes recording at once.")] = 2,
    shard: Annotated[str | None, typer.Option(help="I/N: record only share I (0-based) of N of the variants, e.g. "
                                              "a Kubernetes job index; merge the shards with `realcast merge`.")] = None,
) -> None:
    """Record scenario variants in fresh sandboxes, label them, and print a summary.

    Several runs may share one --out (on one machine or several): each session is written by one run at a time."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        chosen = [scenarios.get(name) for name in scenario] or list(scenarios.available().values())
        count = count or _profile_count(profile)
        specs = [item.variant(number) for item in chosen for number in range(seed, seed + count)]
    except scenarios.ScenarioError as error:
        fail(str(error))
    specs = _share(specs, shard)
    _writable(out, "--out")
    client = _client()
    try:
        _tidy(client, out)
        image_ids = _images(client, sorted({spec.image for spec in specs}))
        started = time.monotonic()
        result = _run_with_progress(client, specs, image_ids, out, jobs)
    except KeyboardInterrupt:
        collect_garbage(client)
        raise typer.Exit(128 + _stopped_by[0]) from None
    _print_summary(result, out, time.monotonic() - started)
    _finish(result)


def _share(specs: list, shard: str | None) -> list:  # noqa: ANN001 - ScenarioSpec
    """Share I of N of the variants, dealt round-robin in their usual order: the same for every run."""
    if shard is None:
        return specs
    match = re.fullmatch(r"(\d+)/(\d+)", shard)
    if not match or not 0 <= int(match[1]) < int(match[2]):
        fail(f"--shard {shard!r}: use I/N with 0 ≤ I < N, e.g. --shard 0/4 (I is the 0-based job index)")
    return specs[int(match[1])::int(match[2])]


def _finish(result: BatchResult) -> None:
    """Exit 128+signal when stopped by SIGINT/SIGTERM, 2 when the disk or engine stopped the run, 1 if any failed."""
    if result.interrupted:
        raise typer.Exit(128 + _stopped_by[0])
    if result.stopped:
        fail(f"stopped: {result.stopped}")
    if any(outcome.status == "failed" for outcome in result.outcomes):
        raise typer.Exit(1)


def _writable(folder: Path, option: str) -> None:
    """Fail in one line when `folder` cannot be made or written (a file in the way, read-only, full disk)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".realcast-probe-") as probe:
            probe.write(b"x")
            probe.flush()
    except OSError as error:
        fail(f"cannot write to {option} {folder}: {error.strerror or error}; choose another folder or free it")


@app.command()
def label(directory: Annotated[Path, typer.Argument(help="A sessions folder or one session.")] = SESSIONS) -> None:
    """(Re-)label every recorded session under DIRECTORY: report.json and evidence.json."""
    measured, problems = _measure(directory, write=True)
    say(f"labelled {measured.sessions} of {measured.sessions + problems} sessions under {directory}")
    stdout.print(tables.truth_table(measured))
    _print_mismatches(measured)
    if problems:
        raise typer.Exit(1)


@labels_app.command("report")
def labels_report(
    directory: Annotated[Path, typer.Argument(help="A sessions folder (recorded or imported).")] = SESSIONS,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON here.")] = None,
) -> None:
    """The labelers measured on DIRECTORY as it is now (nothing is written there): per labeler coverage,
    overlaps, conflicts and crashes; against ground truth v2 per family; a category confusion table."""
    measured, problems = _measure(directory, write=False)
    for table in (tables.labeler_table(measured), tables.truth_table(measured), tables.confusion_table(measured)):
        stdout.print(table)
    _print_mismatches(measured)
    if json_out is not None:
        _write_json(json_out, tables.as_json(measured))
    if problems:
        raise typer.Exit(1)


def _measure(directory: Path, write: bool) -> tuple[LabelsReport, int]:
    """Label every session (writing the results when asked); a session that cannot be labelled is counted."""
    sessions = list(iter_sessions(directory))
    if not sessions:
        fail(f"no recorded sessions under {directory}: run `realcast record` (or `realcast import`) first")
    measured, problems = LabelsReport(), 0
    for session in sessions:
        try:
            labelled = _label_locked(session) if write else label_session(session, write=False)
        except OSError as error:
            fail(f"cannot write the labels of {session}: {error.strerror or error}; free space and relabel")
        except (LabelError, CastError) as error:
            problems += 1
            console.print(f"[red]skipped[/] {session}: {error}", highlight=False)
            continue
        measured.add(labelled.meta, labelled.transcript, labelled.applied, labelled.report.root[0], labelled.evidence)
    return measured, problems


def _label_locked(session: Path):  # noqa: ANN202 - labelers.Labelled
    """Label and seal a session while holding its lock, so a recording run never writes it at the same time."""
    with session_lock(session):
        return label_session(session)


def _print_mismatches(measured: LabelsReport, limit: int = 15) -> None:
    for line in measured.mismatches[:limit]:
        console.print(f"[yellow]mismatch[/] {line}", highlight=False)
    if len(measured.mismatches) > limit:
        say(f"… and {len(measured.mismatches) - limit} more mismatches (all of them with --json)")


def _write_json(path: Path, value: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, indent=2) + "\n")
    except OSError as error:
        fail(f"cannot write {path}: {error.strerror or error}; choose a writable path")


@app.command("import")
def import_command(
    files: Annotated[list[Path], typer.Argument(help="asciicast v2/v3 files or `script` logs (a FILE.timing beside "
                                                      "a log and a FILE-stem.truth.yaml beside any are picked up).")],
    out: Annotated[Path, typer.Option(help="Sessions folder (they land in OUT/imported/).")] = SESSIONS,
    prompt: Annotated[str | None, typer.Option(help="Regex of the prompt, for recordings without shell-integration "
                                                    "marks (default: bash's and zsh's stock prompts).")] = None,
    timing: Annotated[Path | None, typer.Option(help="Timing file of a single `script` log (script -T).")] = None,
    redact: Annotated[bool, typer.Option(help="Replace secrets (tokens, keys, passwords, e-mails) before writing.")] = True,
    family: Annotated[str, typer.Option(help="Family of sessions without a truth file.")] = "imported",
) -> None:
    """Turn recordings realcast did not make into labelled session folders, as `record` writes them.

    Each file that cannot be imported gets one line and nothing written; the others still import; the exit
    status is 1 if any failed."""
    from recorder.importing import FAMILY, ImportFailure, import_file

    if timing is not None and len(files) != 1:
        fail("--timing names the timing file of one `script` log: import one file with it")
    if not FAMILY.match(family):
        fail(f"--family {family!r} is not a family name: lower-case letters, digits and dashes, starting with a letter")
    _check_regex(prompt)
    if stale := remove_stale_partials(out):
        say(f"cleaned up after an earlier run: {stale} half-written session(s)")
    failed = 0
    for path in files:
        try:
            result = import_file(path, out, prompt=prompt, timing=timing, redact=redact, family=family)
        except ImportFailure as error:
            failed += 1
            _not_imported(path, str(error))
            continue
        except Exception as error:  # noqa: BLE001 - one odd file must not stop the others
            failed += 1
            _not_imported(path, f"unexpected {type(error).__name__}: "
                                f"{str(error).splitlines()[0] if str(error) else ''}; please report it with the file")
            continue
        note = f" ({result.note})" if result.note else ""
        say(escape(f"{result.status} {path} → {result.directory}{note}"))
    say(f"{len(files) - failed} of {len(files)} recordings in {out / 'imported'}")
    if failed:
        raise typer.Exit(1)


def _not_imported(path: Path, message: str) -> None:
    """One line naming the recording (its timing or truth file's problem included), printed as it is."""
    named = message if str(path) in message else f"{path}: {message}"
    console.print(f"[red]not imported[/] {escape(named)}", highlight=False)


def _check_regex(pattern: str | None) -> None:
    try:
        re.compile(pattern or "")
    except re.error as error:
        fail(f"--prompt {pattern!r} is not a valid regex ({error}); quote it for the shell")


@app.command("export")
def export_command(
    directory: Annotated[Path, typer.Argument(help="Sessions folder.")] = SESSIONS,
    out: Annotated[Path, typer.Option(help="Export folder.")] = Path("data/export"),
    form: Annotated[str, typer.Option(help="Transcript form: clean (rendered by a terminal emulator), raw (PTY "
                                      "bytes with ANSI) or script (as util-linux script writes it).")] = "clean",
    prompt_file: Annotated[Path | None, typer.Option(help="Developer message (UTF-8 file, verbatim); default: "
                                                     "realcast's instructions.")] = None,
    user_template: Annotated[str | None, typer.Option(help="The user turn, with {transcript} where the transcript "
                                                      "goes (\\n for a line break); default 'Terminal transcript:\\n"
                                                      "{transcript}'.")] = None,
    holdout_family: Annotated[list[str], typer.Option(help="A family kept out of training: all its rows go to test "
                                                      "(repeatable).")] = [],  # noqa: B006
    thinking: Annotated[bool, typer.Option(help="Add the assistant's analysis: how the report follows from its "
                                           "evidence.")] = False,
    validation_percent: Annotated[int, typer.Option(min=0, max=50)] = 10,
    test_percent: Annotated[int, typer.Option(min=0, max=50)] = 10,
    max_tokens: Annotated[int, typer.Option(min=256, help="Rows longer than this are left out (never cut).")] = MAX_TOKENS,
) -> None:
    """Write harmony_messages.jsonl, pairs.jsonl, per-split files, manifest.jsonl, export.json and README.md."""
    if form not in FORMS:
        fail(f"unknown transcript form {form!r}: use clean, raw or script")
    try:
        prompt = Prompt.load(prompt_file, user_template)
        options = ExportOptions(form, prompt, Percents(validation_percent, test_percent), frozenset(holdout_family),
                                thinking, max_tokens)  # type: ignore[arg-type]
        _writable(out, "--out")
        result = export(directory, out, options)
    except (ExportError, LabelError, CastError, PromptError) as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write the export to {out}: {error.strerror or error}; free space or choose another --out")
    counts = ", ".join(f"{count} {split}" for split, count in result.splits.items())
    say(f"exported {result.rows} sessions ({counts}) to {out}/; the card is {out}/README.md")
    if skipped := result.info.skipped:
        say(f"left out {len(skipped)} session(s) that are not complete or whose report does not hold "
            f"(listed in {out}/export.json): rerun `realcast record` on {directory}")


@app.command()
def merge(
    sources: Annotated[list[Path], typer.Argument(help="Sessions folders to combine (e.g. the shards of a run).")],
    out: Annotated[Path, typer.Option(help="The combined sessions folder.")] = SESSIONS,
) -> None:
    """Combine sessions folders into OUT: every complete (or recorded but unlabelled) session is copied unless OUT
    holds it already; damaged ones are left out and counted. Safe to run again and beside a recording run."""
    missing = [str(source) for source in sources if not source.is_dir()]
    if missing:
        fail(f"not a sessions folder: {missing[0]}")
    _writable(out, "--out")
    counts: dict[str, int] = {"copied": 0, "present": 0, "damaged": 0}
    try:
        for source in sources:
            for session in iter_sessions(source):
                counts[copy_session(session, out)] += 1
    except OSError as error:
        fail(f"merge into {out} stopped: {error.strerror or error}; free space and merge again (nothing is lost)")
    say(f"merged into {out}: {counts['copied']} copied, {counts['present']} already there, "
        f"{counts['damaged']} damaged left out (rerun `realcast record` for them)")


@app.command("train")
def train_command(
    config: Annotated[str, typer.Option(help="Preset name (tiny, gpt-oss-20b) or a YAML file.")] = "tiny",
    overrides: Annotated[list[str], typer.Argument(help="KEY=VALUE overrides, e.g. max_steps=10 lora.r=16.")] = [],  # noqa: B006
) -> None:
    """LoRA fine-tune GPT-OSS on the export; saves the adapter and the resolved config."""
    from train.config import ConfigError, load_config
    from train.data import DataError
    from train.run import train

    try:
        resolved = load_config(config, overrides)
        result = train(resolved, say)
    except (ConfigError, DataError) as error:
        fail(str(error))
    say(f"adapter and train_config.yaml in {result.output_dir}/: {result.steps} steps in {result.seconds} s, "
        f"{result.tokens_per_second} tokens/s, loss {result.train_loss}, peak memory {result.peak_memory_mb} MB")


@app.command("eval")
def eval_command(
    model: Annotated[Path, typer.Option(help="Adapter folder (from `realcast train`) or a model folder.")],
    split: Annotated[str, typer.Option(help="Export split: test, train or all.")] = "test",
    data: Annotated[Path, typer.Option(help="Export folder.")] = Path("data/export"),
    max_new_tokens: Annotated[int | None, typer.Option(min=1, help="Generation budget per report (default: the run's config, else 1024).")] = None,
    base: Annotated[bool, typer.Option(help="Also measure the base model without the adapter.")] = True,
    out: Annotated[Path | None, typer.Option(help="metrics.json path (default: MODEL/metrics-SPLIT.json).")] = None,
) -> None:
    """Generate reports for held-out sessions and print the metrics beside the baselines."""
    from train.data import DataError
    from train.evaluate import evaluate

    if not model.is_dir():
        fail(f"no model folder {model}: train one with `realcast train` (or `make train`) first")
    if not any((model / name).is_file() for name in ("adapter_config.json", "config.json")):
        fail(f"{model} holds neither an adapter (adapter_config.json) nor a model (config.json): point --model at "
             "the output folder of `realcast train`")
    budget = max_new_tokens or _configured_budget(model)
    try:
        result = evaluate(model, data, split, budget, with_base=base, say=say)
    except DataError as error:
        fail(str(error))
    path = out or model / f"metrics-{split}.json"
    try:
        write_atomic(path, result.model_dump_json(indent=2) + "\n")
    except OSError as error:
        fail(f"cannot write {path}: {error.strerror or error}; choose another --out")
    _print_scores(result)
    _print_groups(result)
    say(f"wrote {path}")


GROUP_MEASURES = ("schema_valid", "grounding", "blocker_recall", "category_f1_micro", "status_agreement", "key_facts")


def _print_groups(result) -> None:  # noqa: ANN001 - EvalResult
    """Per family, held-out families and foreign sessions: the model beside the labelers."""
    systems = [name for name in ("model", "labelers") if name in result.systems]
    columns = [f"{system} {measure}" for system in systems for measure in GROUP_MEASURES]
    table = Table("group", "sessions", *columns, title="by group (truth v2: status_agreement, key_facts)")
    for group, scores in result.groups.items():
        cells = [_cell(getattr(scores[system], measure)) for system in systems for measure in GROUP_MEASURES]
        table.add_row(group, str(scores[systems[0]].sessions), *cells)
    stdout.print(table)


def _configured_budget(model: Path) -> int:
    """eval_max_new_tokens from the train_config.yaml saved beside an adapter, else 1024."""
    import yaml

    saved = model / "train_config.yaml"
    return (yaml.safe_load(saved.read_text()) or {}).get("eval_max_new_tokens", 1024) if saved.is_file() else 1024


def _print_scores(result) -> None:  # noqa: ANN001 - EvalResult
    names = list(next(iter(result.systems.values())).model_dump())
    table = Table("metric", *result.systems, title=f"realcast eval — {result.split} split, {result.model}")
    for name in names:
        table.add_row(name, *(_cell(getattr(scores, name)) for scores in result.systems.values()))
    stdout.print(table)


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _profile_count(profile: str) -> int:
    if profile not in PROFILES:
        fail(f"unknown profile {profile!r}; use one of: {', '.join(PROFILES)}")
    return PROFILES[profile]


@app.command("scenarios")
def list_scenarios(as_json: Annotated[bool, typer.Option("--json", help="One JSON object per family.")] = False) -> None:
    """List the scenario library: every family, available here or not (and why not)."""
    if as_json:
        for item in scenarios.registry().values():
            typer.echo(json.dumps(item.card()))
        return
    table = Table("scenario", "family", "image", "status", "description")
    for item in scenarios.registry().values():
        status = item.status if item.available else f"[yellow]unavailable[/]: {item.reason}"
        table.add_row(item.name, item.family, item.image, status, item.description)
    stdout.print(table)


@app.command("images")
def images(build: Annotated[bool, typer.Option(help="Build what is missing or stale first.")] = True) -> None:
    """Build the sandbox images (each only when its inputs changed) and list them with sizes and build times."""
    client = _client()
    table = Table("image", "size", "built in", "used by")
    users = _image_users()
    for name in available_images():
        started = time.monotonic()
        if build:
            _images(client, [name])
        table.add_row(image_tag(name), _size(client, name), f"{time.monotonic() - started:.1f} s",
                      ", ".join(users.get(name, [])) or "—")
    stdout.print(table)


def _image_users() -> dict[str, list[str]]:
    users: dict[str, list[str]] = {}
    for item in scenarios.registry().values():
        users.setdefault(item.image, []).append(item.name)
    return users


def _size(client, name: str) -> str:  # noqa: ANN001
    try:
        return f"{client.images.get(image_tag(name)).attrs['Size'] / 1e6:,.0f} MB"
    except ImageNotFound:
        return "not built"


@app.command()
def play(cast: Annotated[Path, typer.Argument(help="A session.cast file.")],
         speed: Annotated[float, typer.Option(help="Playback speed.")] = 1.0) -> None:
    """Replay a cast in this terminal with asciinema."""
    try:
        read_cast(cast)
    except CastError as error:
        fail(str(error))
    raise typer.Exit(subprocess.call([sys.executable, "-m", "asciinema", "play", "-s", str(speed), str(cast)]))


@app.command()
def gc(everything: Annotated[bool, typer.Option("--all", help="Also remove sandboxes of running realcast processes.")] = False) -> None:
    """Remove leftover sandbox containers (those whose realcast process is gone)."""
    removed = collect_garbage(_client(), everything=everything)
    say(f"removed {len(removed)} leftover sandbox(es) and volume(s)" + (f": {', '.join(removed)}" if removed else ""))


@app.command("browse")
def browse_command(
    directory: Annotated[Path, typer.Argument(help="A sessions folder (or one session).")] = SESSIONS,
    out: Annotated[Path, typer.Option(help="Site folder; open OUT/index.html in a browser, no server needed.")] = Path("data/site"),
    export_dir: Annotated[Path | None, typer.Option("--export", help="Export folder whose manifest.jsonl gives each "
                                                    "session's split (default: one beside DIRECTORY).")] = None,
    player: Annotated[Path | None, typer.Option(help="Folder with asciinema-player.min.js and .css (default: the one "
                                                "`make player` vendors from npm).")] = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the site on 127.0.0.1 until Ctrl-C.")] = False,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port for --serve (0: any free one).")] = 8000,
) -> None:
    """Write a static site of DIRECTORY: the dataset card's figures, a sortable, filterable index of the sessions
    and one page per session with the cast in asciinema-player, a marker per step and the report beside it (a
    click on an item seeks to where its evidence shows)."""
    from realcast.browse import PlayerMissing, build_site

    if not any(iter_sessions(directory)):
        fail(f"no recorded sessions under {directory}: run `realcast record` (or `realcast import`) first")
    _writable(out, "--out")
    started = time.monotonic()
    try:
        built = build_site(directory, out, export_dir, player)
    except PlayerMissing as error:
        fail(str(error))
    except (CastError, OSError, ValueError) as error:
        fail(f"cannot build the site: {error}")
    for folder, reason in built.skipped.items():
        say(f"left out {folder}: {reason}")
    splits = f"splits from {built.manifest}" if built.manifest else "no manifest, so no splits"
    say(f"{built.pages} session pages in {time.monotonic() - started:.1f} s ({splits}); open {built.index}")
    if serve:
        _serve(out, port)


def _serve(site: Path, port: int) -> None:
    """Serve the site on 127.0.0.1 until Ctrl-C or SIGTERM, then exit 0."""
    from realcast.browse.serve import address, site_server

    try:
        server = site_server(site, port)
    except OSError as error:
        fail(f"cannot serve on 127.0.0.1:{port}: {error.strerror or error}; choose another --port (0: any free one)")
    signal.signal(signal.SIGTERM, _terminate)
    say(f"serving {site} at {address(server)} (this machine only); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("stopped serving")
    finally:
        server.server_close()


@app.command("schema")
def schema_command(out: Annotated[Path, typer.Option(help="Folder for the JSON Schemas.")] = Path("data/schema")) -> None:
    """Write the JSON Schema of every data model."""
    for path in write_json_schemas(out):
        say(f"wrote {path}")


def _client():  # noqa: ANN202 - docker.DockerClient
    try:
        return connect()
    except EngineUnavailable as error:
        fail(str(error))


def _tidy(client, out: Path) -> None:  # noqa: ANN001
    removed = collect_garbage(client)
    stale = remove_stale_partials(out)
    if removed or stale:
        say(f"cleaned up after an earlier run: {len(removed)} sandbox(es) or volume(s), {stale} half-written session(s)")


def _images(client, names: list[str]) -> dict[str, str]:  # noqa: ANN001
    try:
        with console.status("preparing sandbox images…"):
            return {name: ensure_image(client, name, say) for name in names}
    except (ImageBuildError, BaseImageError) as error:
        fail(str(error))


def _run_with_progress(client, specs, image_ids: dict[str, str], out: Path, jobs: int) -> BatchResult:  # noqa: ANN001
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("recording", total=len(specs))

        def on_done(outcome: Outcome) -> None:
            progress.advance(task)
            if outcome.error:
                colour = "red" if outcome.status == "failed" else "yellow"
                progress.console.print(f"[{colour}]{outcome.status}[/] {outcome.spec.scenario} seed "
                                       f"{outcome.spec.seed}: {outcome.error}", highlight=False)

        return record_batch(client, specs, image_ids, out, jobs, on_done)


def _print_summary(result: BatchResult, out: Path, seconds: float) -> None:
    columns = ("recorded", "relabelled", "skipped", "failed")
    table = Table("scenario", *columns, title=f"realcast record — {seconds:.0f} s")
    for name, counts in sorted(result.counts().items()):
        table.add_row(name, *(str(counts[key]) for key in columns))
    stdout.print(table)
    recorded = sum(outcome.status == "recorded" for outcome in result.outcomes)
    if recorded:
        say(f"{seconds / recorded:.1f} s per recorded session")
    say(f"sessions are in {out}/<scenario>/<session-id>/ (session.cast, meta.json, report.json, evidence.json)")
    if result.interrupted:
        say("interrupted: finished sessions are kept; half-written ones were removed; rerun to resume")
    rows = [{"scenario": o.spec.scenario, "seed": o.spec.seed, "status": o.status, "error": o.error}
            for o in result.outcomes]
    try:
        write_atomic(out / "last-run.json", json.dumps(rows, indent=1) + "\n")
    except OSError as error:
        say(f"could not write {out / 'last-run.json'}: {error.strerror or error}")


_stopped_by = [signal.SIGINT.value]  # the signal that ended the run: the exit status is 128 + it (130, 143)


def _terminate(signum: int, frame: object) -> None:
    _stopped_by[0] = signum
    raise KeyboardInterrupt


if __name__ == "__main__":
    app()
