"""Export labelled sessions as the seed's harmony_messages.jsonl and pairs.jsonl, split three ways with no
near-duplicate across splits, with a manifest, export.json and a dataset card (README.md).

    realcast export data/sessions --out data/export --form script --prompt-file app-prompt.md \
        --user-template '{transcript}' --holdout-family nginx --thinking
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from datasketch import MinHash

from labelers import LabelError, load_recording
from labelers.grounding import report_problems
from recorder.cast import Cast, CastError
from recorder.marks import strip_marks
from recorder.scriptlog import typescript_of_cast
from recorder.transcript import render
from recorder.store import EVIDENCE, REPORT, iter_sessions, state, write_atomic
from schema.dataset import ExportInfo, HarmonyMessage, HarmonyRecord, ManifestRow, Pair
from schema.evidence import Evidence
from schema.report import Report
from schema.session import SessionMeta
from train import dedup
from train.card import write_card
from train.prompt import DEFAULT_PROMPT, Prompt
from train.segments import cut_points, segments
from train.splits import GROUP_THRESHOLD, REMOVE_THRESHOLD, SPLITS, Percents, assign, groups, template
from train.thinking import analysis
from train.tokens import token_count

HARMONY, PAIRS, MANIFEST, INFO = "harmony_messages.jsonl", "pairs.jsonl", "manifest.jsonl", "export.json"
TranscriptForm = Literal["clean", "raw", "script"]
FORMS: tuple[TranscriptForm, ...] = ("clean", "raw", "script")
MAX_TOKENS = 16384  # longer rows are left out, never truncated: a cut row would teach a cut report


class ExportError(ValueError):
    """Nothing to export, or a session that cannot be exported."""


@dataclass(frozen=True)
class ExportOptions:
    """Everything that shapes the rows: the transcript form, the prompt, the splits and the length limit."""

    form: TranscriptForm = "clean"
    prompt: Prompt = DEFAULT_PROMPT
    percents: Percents = Percents()
    holdout: frozenset[str] = frozenset()
    thinking: bool = False
    max_tokens: int = MAX_TOKENS


@dataclass
class Exported:
    """Where the files went and how many rows each split got."""

    out_dir: Path
    rows: int
    splits: dict[str, int]
    info: ExportInfo | None = None


@dataclass
class Candidate:
    """One labelled session on its way to a row."""

    meta: SessionMeta
    text: str
    record: HarmonyRecord
    outcome: str
    tokens: int
    segment: tuple[int, int] = (1, 1)  # which of how many pieces of its session
    signature: MinHash | None = field(default=None, repr=False)


def export(sessions_root: Path, out_dir: Path, options: ExportOptions = ExportOptions()) -> Exported:
    """Write the export files for every complete session under sessions_root.

    A session that is not complete (unlabelled, damaged, its seal broken) or whose report does not hold
    against its own transcript is left out and counted in export.json's `skipped`."""
    skipped: dict[str, str] = {}
    found = [candidate for directory in iter_sessions(sessions_root) for candidate in _checked(directory, options, skipped)]
    if not found:
        raise ExportError(f"no complete labelled sessions under {sessions_root} ({len(skipped)} skipped): "
                          "run `realcast record` (and `realcast label`) first")
    unknown = options.holdout - {candidate.meta.family for candidate in found}
    if unknown:
        raise ExportError(f"no sessions of held-out family {sorted(unknown)[0]!r}: see `realcast scenarios` for names")
    kept, exact, near = _deduplicated(found)
    rows = [row for row in kept if row.tokens <= options.max_tokens]
    over = [row.meta.session_id for row in kept if row.tokens > options.max_tokens]
    manifest = _manifest(rows, options)
    info = _info(options, len(found), rows, exact, near, over, manifest, skipped)
    _write(out_dir, rows, manifest, info)
    return Exported(out_dir, len(rows), info.splits, info)


def _checked(directory: Path, options: ExportOptions, skipped: dict[str, str]) -> list[Candidate]:
    """The session's rows, or none (with the reason in `skipped`) when it is not complete or its report does not hold."""
    if (found := state(directory)) != "complete":
        skipped[directory.name] = found
        return []
    try:
        return _candidates(directory, options)
    except (StaleReport, LabelError, CastError) as error:
        skipped[directory.name] = str(error)
        return []


class StaleReport(ValueError):
    """A report that does not hold against its own session's transcript."""


def _candidates(directory: Path, options: ExportOptions) -> list[Candidate]:
    """One row for a session, or one per segment when it is long or has idle gaps (train/segments.py)."""
    meta, cast = load_recording(directory)
    transcript = render(cast, meta)
    if not cut_points(meta, transcript):
        report = Report.model_validate_json((directory / REPORT).read_text(encoding="utf-8"))
        if problems := report_problems(report.root[0], transcript.text()):
            raise StaleReport(f"report does not hold against its transcript: {problems[0]}")
        evidence = Evidence.model_validate_json((directory / EVIDENCE).read_text(encoding="utf-8"))
        return [_candidate(meta, cast, transcript.text(), report, evidence, options)]
    return [_candidate(part.labelled.meta, part.cast, part.labelled.transcript.text(), part.labelled.report,
                       part.labelled.evidence, options, (part.number, part.of)) for part in segments(meta, cast, transcript)]


def _candidate(meta: SessionMeta, cast: Cast, clean: str, report: Report, evidence: Evidence, options: ExportOptions,
               segment: tuple[int, int] = (1, 1)) -> Candidate:
    thinking = analysis(report.root[0], evidence, meta) if options.thinking else None
    record = HarmonyRecord(messages=[
        HarmonyMessage(role="developer", content=options.prompt.developer),
        HarmonyMessage(role="user", content=options.prompt.user(_form_text(cast, clean, options.form))),
        HarmonyMessage(role="assistant", content=report.to_json(), thinking=thinking),
    ])
    return Candidate(meta, clean, record, evidence.outcome(), token_count(record), segment)


def _form_text(cast: Cast, clean: str, form: TranscriptForm) -> str:
    """The transcript as the model will see it; the recorder's invisible marks never stay in it."""
    if form == "clean":
        return clean
    if form == "raw":
        return strip_marks(cast.output_text())
    return strip_marks(typescript_of_cast(cast).decode("utf-8", errors="replace"))


def _deduplicated(found: list[Candidate]) -> tuple[list[Candidate], int, int]:
    """Exact duplicates (same normalised text) and near-duplicates (MinHash Jaccard ≥ REMOVE_THRESHOLD)
    become one row: the first in session order."""
    first: dict[str, Candidate] = {}
    for candidate in found:
        first.setdefault(dedup.fingerprint(candidate.text), candidate)
    unique = list(first.values())
    for candidate in unique:
        candidate.signature = dedup.minhash(candidate.text)
    copies = {later for _, later in dedup.near_pairs([c.signature for c in unique], REMOVE_THRESHOLD)}
    kept = [candidate for at, candidate in enumerate(unique) if at not in copies]
    return kept, len(found) - len(unique), len(unique) - len(kept)


def _manifest(rows: list[Candidate], options: ExportOptions) -> list[ManifestRow]:
    near = dedup.near_pairs([row.signature for row in rows], GROUP_THRESHOLD)
    group_of = groups([_template(row) for row in rows], near)
    ids = [row.meta.session_id for row in rows]
    splits = assign(group_of, ids, [row.meta.family for row in rows], set(options.holdout), options.percents)
    return [_manifest_row(at, row, splits[at], ids[group_of[at]], options.form) for at, row in enumerate(rows)]


def _template(row: Candidate) -> str:
    """A segment's group is its whole session's: the pieces of one day never straddle two splits."""
    return f"session:{row.meta.session_id.rsplit('-part', 1)[0]}" if row.segment[1] > 1 else template(row.meta)


def _manifest_row(line: int, row: Candidate, split: str, group: str, form: TranscriptForm) -> ManifestRow:
    meta, user = row.meta, row.record.messages[1].content
    failures = meta.truth.failures if meta.truth else []
    return ManifestRow(line=line, session_id=meta.session_id, scenario=meta.scenario, family=meta.family, seed=meta.seed,
                       split=split, group=group, form=form, outcome=row.outcome, segment=row.segment[0],
                       segments=row.segment[1], transcript_lines=user.count("\n") + 1,
                       transcript_chars=len(user), tokens=row.tokens,
                       truth_categories=sorted({failure.category.value for failure in failures}),
                       truth_statuses=[failure.status for failure in failures],
                       truth_facts=[fact for failure in failures for fact in failure.facts])


def _info(options: ExportOptions, sessions: int, rows: list[Candidate], exact: int, near: int, over: list[str],
          manifest: list[ManifestRow], skipped: dict[str, str]) -> ExportInfo:
    return ExportInfo(
        form=options.form, developer_prompt=options.prompt.developer, user_template=options.prompt.user_template,
        thinking=options.thinking, holdout_families=sorted(options.holdout),
        percents={"validation": options.percents.validation, "test": options.percents.test},
        dedup={"method": "MinHash LSH (datasketch) of word 5-shingles of the normalised clean transcript",
               "permutations": dedup.PERMUTATIONS, "remove_threshold": REMOVE_THRESHOLD,
               "group_threshold": GROUP_THRESHOLD, "exact": "SHA-256 of the normalised clean transcript"},
        max_tokens=options.max_tokens, sessions=sessions, rows=len(rows), exact_duplicates=exact, near_duplicates=near,
        over_length=over, skipped=skipped, splits={split: sum(row.split == split for row in manifest) for split in SPLITS})


def _write(out_dir: Path, rows: list[Candidate], manifest: list[ManifestRow], info: ExportInfo) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    records = [row.record for row in rows]
    write_atomic(out_dir / HARMONY, _jsonl(records))
    write_atomic(out_dir / PAIRS, _jsonl([Pair(input=_transcript(r, info), output=r.messages[2].content) for r in records]))
    write_atomic(out_dir / MANIFEST, _jsonl(manifest))
    write_atomic(out_dir / INFO, info.model_dump_json(indent=2) + "\n")
    for split in SPLITS:
        write_atomic(out_dir / f"harmony_{split}.jsonl", _jsonl([r for r, m in zip(records, manifest) if m.split == split]))
    write_card(out_dir, manifest, info)


def _transcript(record: HarmonyRecord, info: ExportInfo) -> str:
    return Prompt(info.developer_prompt, info.user_template).transcript_of(record.messages[1].content)


def _jsonl(rows: list) -> str:  # noqa: ANN001 - pydantic models
    return "".join(json.dumps(row.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n" for row in rows)
