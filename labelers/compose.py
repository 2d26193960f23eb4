"""Turn findings into the report: one blocker per step and per description, successes that never rest on a
failing step, the SRE limits, and a summary with one sentence per activity cluster."""
from __future__ import annotations

import json

from labelers.episodes import answers
from labelers.findings import LOOK
from labelers.grounding import finding_problems
from labelers.outcomes import failed
from recorder.transcript import PROMPT, Transcript
from schema.evidence import Evidence, EvidenceItem, Finding
from schema.report import MAX_BLOCKERS, MAX_RESOURCES, MAX_SUCCESSES, KeySuccess, Report, SessionReport


class LabelError(ValueError):
    """A session that cannot be labelled (unreadable files, nothing to report, an ungrounded report)."""


SPECIFIC = 50  # findings at or above this priority come from rules that know the tool
GENERIC_SUCCESS_FILL = 3
MAX_CLAUSES_PER_SENTENCE = 4
DIAGNOSIS = "diagnosis"  # the labeler name of the one success a session with nothing but failures gets


def compose(findings: list[Finding], transcript: Transcript, session_id: str,
            errors: dict[str, str] | None = None) -> tuple[Report, Evidence]:
    """Choose findings within the limits and build report.json and evidence.json."""
    text = transcript.text()
    grounded = [finding for finding in findings if not finding_problems(finding, text)]
    failing = {view.index for view in transcript.steps if failed(view)} - {view.index for view in answers(transcript)}
    folders = _folders(transcript)
    blockers = _pick_blockers(grounded, folders)
    covered = {step for finding in blockers for step in finding.steps} | failing
    fixed = {step for finding in blockers if finding.resolved_by is not None for step in finding.steps}
    candidates = [finding for finding in grounded if finding.about is None or finding.about not in fixed]
    looked = [finding for finding in candidates if finding.priority <= LOOK]  # only where nothing else is
    successes = (_pick_successes([f for f in candidates if f not in looked], covered) or _diagnosis(blockers)
                 or _pick_successes(looked, covered))
    if not successes:
        raise LabelError(f"session {session_id}: no finding at all (no step ran?); nothing to report")
    chosen = successes + blockers
    report = _first_lines(SessionReport(
        summary=_summary(transcript, folders, successes, blockers, candidates),
        key_successes=[finding.success for finding in successes],
        blockers=[finding.blocker for finding in blockers],
        resources=_unique(resource for finding in chosen for resource in finding.resources)[:MAX_RESOURCES],
    ), transcript)
    evidence = Evidence(
        session_id=session_id,
        items=[_item(f"key_successes[{i}]", f) for i, f in enumerate(successes)]
        + [_item(f"blockers[{i}]", f) for i, f in enumerate(blockers)],
        dropped=[finding for finding in grounded if finding not in chosen and finding.priority >= SPECIFIC],
        ungrounded=[finding for finding in findings if finding not in grounded],
        errors=errors or {},
    )
    return Report([report]), evidence


def _first_lines(report: SessionReport, transcript: Transcript) -> SessionReport:
    """A command typed over several lines (a heredoc, a loop) is named by its first line: its body is the
    transcript's to show, not the prose's (and a backtick inside it would end the quote). A line continued with
    `\\` is one command wrapped, and stays whole."""
    long = {f"`{view.command}`": f"`{first}`" for view in transcript.steps
            if "\n" in view.command and not (first := view.command.splitlines()[0]).endswith("\\")}
    if not long:
        return report
    text = report.model_dump_json()
    for whole, first in long.items():
        text = text.replace(_json_inner(whole), _json_inner(first))
    return SessionReport.model_validate_json(text)


def _json_inner(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _pick_blockers(findings: list[Finding], folders: dict[int, str]) -> list[Finding]:
    """Highest priority first; a step already explained by a chosen blocker is not blamed twice, and two
    blockers never share a description (the later one's steps and status are folded into the first)."""
    chosen: list[Finding] = []
    for finding in sorted((f for f in findings if f.kind == "blocker"), key=lambda f: -f.priority):
        twin = next((kept for kept in chosen if kept.blocker.desc == finding.blocker.desc), None)
        if twin is not None and folders.get(twin.steps[0]) != folders.get(finding.steps[0]):
            finding, twin = _placed(finding, folders), None  # the same error in another project of the day
        if twin is not None:
            chosen[chosen.index(twin)] = _folded(twin, finding)
        elif not set(finding.steps) & {step for kept in chosen for step in kept.steps}:
            chosen.append(finding)
    return _within_limit(chosen)


def _within_limit(chosen: list[Finding]) -> list[Finding]:
    """At most MAX_BLOCKERS, in step order; where there are more, failures fixed in the session give way first
    (the earliest of them): what is still open is what the reader must not miss."""
    dropped = len(chosen) - MAX_BLOCKERS
    fixed = sorted((f for f in chosen if f.resolved_by is not None), key=lambda f: f.steps[0])[:max(dropped, 0)]
    kept = [finding for finding in chosen if finding not in fixed]
    return sorted(kept, key=lambda f: f.steps[0])[:MAX_BLOCKERS]


def _placed(finding: Finding, folders: dict[int, str]) -> Finding:
    """The blocker's description with the folder it happened in (as its prompt shows it)."""
    desc = f"{finding.blocker.desc} (in {folders[finding.steps[0]]})"
    return finding.model_copy(update={"blocker": finding.blocker.model_copy(update={"desc": desc})})


def _folded(first: Finding, later: Finding) -> Finding:
    earlier, latest = sorted([first, later], key=lambda f: f.steps[0])
    steps = sorted(set(first.steps) | set(later.steps))
    return earlier.model_copy(update={"steps": steps, "resolved_by": latest.resolved_by, "summary": latest.summary,
                                      "blocker": earlier.blocker.model_copy(
                                          update={"resolution_hint": latest.blocker.resolution_hint})})


def _pick_successes(findings: list[Finding], covered: set[int]) -> list[Finding]:
    """One success per step (the most specific), none on a blocker's or a failing step: every specific
    one, then plain successful commands up to a few — the weightier first (a run, a build, an install before
    a mkdir or a chmod), and among equals the later ones, where a session ends up."""
    kept: list[Finding] = []
    for finding in sorted((f for f in findings if f.kind == "success"), key=lambda f: -f.priority):
        if not set(finding.steps) & (covered | {step for other in kept for step in other.steps}):
            kept.append(finding)
    specific = [f for f in kept if f.priority >= SPECIFIC]
    generic = [f for f in kept if f.priority < SPECIFIC and f.success.desc not in {s.success.desc for s in specific}]
    generic.sort(key=lambda f: (-f.priority, -f.steps[0]))
    room = max(0, GENERIC_SUCCESS_FILL - len(specific))
    chosen = _unique_by_desc(sorted(specific + generic[:room], key=lambda f: f.steps[0]))
    return chosen[:MAX_SUCCESSES]


def _unique_by_desc(findings: list[Finding]) -> list[Finding]:
    """Two edits of the same file are one success, not two."""
    seen: set[str] = set()
    return [f for f in findings if not (f.success.desc in seen or seen.add(f.success.desc))]


def _diagnosis(blockers: list[Finding]) -> list[Finding]:
    """When nothing succeeded and nothing was looked into, the one success is what the failing run itself
    established: the error that stops it, quoted."""
    if not blockers:
        return []
    first = blockers[0]
    command = first.evidence[0]
    line = first.evidence[1] if len(first.evidence) > 1 else command
    found = KeySuccess(desc=f"Identified why `{command}` fails", specifics=line, adjacent_context=f"from `{command}`")
    return [first.model_copy(update={"labeler": DIAGNOSIS, "kind": "success", "success": found,
                                     "blocker": None, "resources": [], "category": None, "owner": None,
                                     "resolved_by": None})]


def _summary(transcript: Transcript, folders: dict[int, str], successes: list[Finding], blockers: list[Finding],
             candidates: list[Finding]) -> str:
    """One sentence per activity: a blocker with what happened around it until it was resolved, then the rest.
    A session that works in several folders (a working day) says, folder by folder, what happened in each."""
    if len(set(folders.values())) > 1:
        sentences = (_folder_summary(transcript, folder, found)
                     for folder, found in _by_folder(successes + blockers, candidates, folders).items())
        return " ".join(sentence for sentence in sentences if sentence) or "No commands were run."
    text = _sentences(successes, blockers) or "No commands were run."
    where = _where(transcript)
    return _after(where, text) if where else text


def _sentences(successes: list[Finding], blockers: list[Finding]) -> str:
    return " ".join(sentence for sentence in map(_sentence, _clusters(successes, blockers)) if sentence)


def _folders(transcript: Transcript) -> dict[int, str]:
    """Each step's working folder, read from its prompt; a prompt that shows none (a theme, a nested shell) is
    taken to be where the last one that did was."""
    folders, last = {}, None
    for view in transcript.steps:
        last = view.folder or last
        if last:
            folders[view.index] = last
    return folders


def _by_folder(chosen: list[Finding], candidates: list[Finding], folders: dict[int, str]) -> dict[str, list[Finding]]:
    """The chosen findings by folder, in session order; a folder none of them is about gets its best other
    success, so every activity of the day has its sentence."""
    grouped: dict[str, list[Finding]] = {folders[step]: [] for step in sorted(folders)}
    for finding in chosen:
        if finding.steps[0] in folders:
            grouped[folders[finding.steps[0]]].append(finding)
    for folder, found in grouped.items():
        if not found:
            found += sorted((f for f in candidates if f.kind == "success" and folders.get(f.steps[0]) == folder),
                            key=lambda f: -f.priority)[:1]
    return {folder: found for folder, found in grouped.items() if found}


def _folder_summary(transcript: Transcript, folder: str, found: list[Finding]) -> str:
    text = _sentences([f for f in found if f.kind == "success"], [f for f in found if f.kind == "blocker"])
    if not text:
        return ""
    view = next(view for view in transcript.steps if view.index == min(f.steps[0] for f in found))
    return _after(_where_line(view.prompt_line) or f"In {folder}", text)


def _after(where: str, text: str) -> str:
    """`In ~/shop: text`, the text's first word in lower case unless it is a name (SQLite, PostgreSQL, CI)."""
    name = len(text) > 1 and text[1].isupper()
    return f"{where}: {text if name else text[0].lower() + text[1:]}"


def _clusters(successes: list[Finding], blockers: list[Finding]) -> list[list[Finding]]:
    """Findings grouped by activity, in session order: a blocker with the successes inside its span (its
    first step to the step that resolved it); the successes between two such spans together."""
    clusters: list[list[Finding]] = []
    span_end = -1
    for finding in sorted(successes + blockers, key=lambda f: (f.steps[0], f.kind != "blocker")):
        if finding.kind == "blocker":
            clusters.append([finding])
            span_end = max([*finding.steps, finding.resolved_by or 0])
        elif clusters and (finding.steps[0] <= span_end or clusters[-1][0].kind == "success"):
            clusters[-1].append(finding)
        else:
            clusters.append([finding])
            span_end = -1
    return clusters


def _sentence(cluster: list[Finding]) -> str:
    clauses = _unique(finding.summary for finding in cluster if finding.summary)[:MAX_CLAUSES_PER_SENTENCE]
    if not clauses:
        return ""
    body = "; ".join(clauses)
    return f"{body[0].upper()}{body[1:]}."


def _where(transcript: Transcript) -> str:
    return _where_line(transcript.steps[0].prompt_line) if transcript.steps else ""


def _where_line(prompt_line: str) -> str:
    match = PROMPT.match(prompt_line)
    if not match:
        return ""
    branch = f" on branch {match.group('branch').split('|')[0].strip(' *+%')}" if match.group("branch") else ""
    return f"In {match.group('cwd')}{branch}"


def _item(path: str, finding: Finding) -> EvidenceItem:
    status = None if finding.kind != "blocker" else ("open" if finding.resolved_by is None else "resolved")
    return EvidenceItem(item=path, labeler=finding.labeler, steps=finding.steps, category=finding.category,
                        owner=finding.owner, resolved_by=finding.resolved_by, status=status,
                        evidence=finding.evidence)


def _unique(values) -> list[str]:  # noqa: ANN001 - any iterable of str
    return list(dict.fromkeys(values))
