"""Rich tables for `realcast label` and `realcast labels report`, and their JSON form."""
from __future__ import annotations

from dataclasses import asdict

from rich.table import Table

from labelers.analysis import MISSED, FamilyScore, LabelsReport

TRUTH_COLUMNS = ("sessions", "distinct", "exact", "honest", "failures", "found", "category", "status", "owner", "facts", "extra",
                 "duplicate", "placeholder hints", "fail as success")


def truth_table(report: LabelsReport) -> Table:
    """Per family: blocker presence, category, open/resolved, owner, key facts, and the defects."""
    checked = f"{report.truth_steps} steps checked against the recordings, {report.truth_problems} problems"
    table = Table("family", *TRUTH_COLUMNS, title=f"labels against ground truth v2 ({checked})")
    for name, score in sorted(report.families.items()):
        table.add_row(name, *_truth_row(score))
    table.add_row("[bold]all[/]", *_truth_row(report.total()), end_section=True)
    return table


def _truth_row(score: FamilyScore) -> list[str]:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "—"

    return [str(score.sessions), share(score.distinct, score.sessions), share(score.exact, score.sessions),
            share(score.honest, score.sessions), str(score.failures),
            share(score.found, score.failures), share(score.category_ok, score.failures),
            share(score.status_ok, score.failures), share(score.owner_ok, score.failures),
            share(score.facts_found, score.facts), str(score.extra), str(score.duplicates), str(score.placeholders),
            str(score.failures_as_successes)]


def labeler_table(report: LabelsReport) -> Table:
    """Per labeler: how often it fires, what reaches the report, overlaps, conflicts and crashes."""
    table = Table("labeler", "sessions", "findings", "in report", "overlaps", "conflicts", "crashes",
                  title=f"labelers over {report.sessions} sessions")
    for name, score in sorted(report.labelers.items()):
        table.add_row(name, *(str(value) for value in asdict(score).values()))
    return table


def confusion_table(report: LabelsReport) -> Table:
    """True category (rows) against the category of the blocker matched to it (columns)."""
    truths = sorted({truth for truth, _ in report.confusion})
    predicted = sorted({guess for _, guess in report.confusion} - {MISSED}) + [MISSED]
    table = Table("truth \\ labels", *predicted, title="blocker categories: confusion")
    for truth in truths:
        table.add_row(truth, *(str(report.confusion[(truth, guess)] or "") for guess in predicted))
    return table


def as_json(report: LabelsReport) -> dict:
    """The figures, for CI and notes."""
    return {
        "sessions": report.sessions, "without_truth": report.without_truth,
        "truth_steps": report.truth_steps, "truth_problems": report.truth_problems,
        "families": {name: asdict(score) for name, score in sorted(report.families.items())},
        "total": asdict(report.total()),
        "labelers": {name: asdict(score) for name, score in sorted(report.labelers.items())},
        "confusion": [[truth, guess, count] for (truth, guess), count in sorted(report.confusion.items())],
        "mismatches": report.mismatches,
        "defects": report.defects,
    }
