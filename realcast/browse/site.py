"""Write the static site: index.html, one page per session, and assets/ (player, style, scripts)."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from realcast.browse import sessions as view
from realcast.browse.player import bundle_folder, copy_player
from realcast.browse.charts import card_figures
from realcast.browse.exported import ExportFacts, find_manifest, read_export
from recorder.cast import CastError
from recorder.store import CAST, iter_sessions

HERE = Path(__file__).parent
STATIC = HERE / "static"
ASSETS = "assets"
PAGE = 200  # index rows in the table at once (a button adds more): sorting 1,032 rows took 250 ms, mostly layout


@dataclass(frozen=True)
class SiteBuilt:
    """What `build_site` wrote."""

    index: Path
    pages: int
    manifest: Path | None
    skipped: dict[str, str]  # session folder → why it has no page (an unreadable cast or meta)


def build_site(sessions: Path, out: Path, export: Path | None = None, player: Path | None = None) -> SiteBuilt:
    """Write a static site for every session under `sessions` into `out`; it opens from the file system.

    Splits come from the manifest of `export` (or one beside `sessions`); the player comes from `player`
    or the folder `make player` fills. Raises PlayerMissing when the player has not been vendored."""
    bundle = bundle_folder(player)
    exported = read_export(find_manifest(sessions, export))
    _copy_assets(bundle, out / ASSETS)
    templates = _environment()
    rows, skipped = [], {}
    for folder in iter_sessions(sessions):
        try:
            rows.append(_write_page(folder, exported, out, templates))
        except (CastError, ValueError) as error:  # one damaged session must not cost the others their pages
            skipped[str(folder)] = str(error).splitlines()[0]
    _write(out / "index.html", templates.get_template("index.html.j2").render(index_context(rows, sessions, exported)))
    return SiteBuilt(out / "index.html", len(rows), exported.manifest, skipped)


def _write_page(folder: Path, exported: ExportFacts, out: Path, templates: Environment) -> dict[str, object]:
    """Write one session's page and return its index row (one session in memory at a time)."""
    item = view.load_session(folder, exported)
    row = index_row(item)
    _write(out / item.page_name, templates.get_template("session.html.j2").render(session_context(item, row)))
    return row


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["j2", "html"]),
                              trim_blocks=True, lstrip_blocks=True)
    environment.filters["embed_json"] = embed_json
    return environment


def embed_json(value: object) -> Markup:
    """JSON safe inside a <script type="application/json"> element: no '<', '>' or '&' can end it early."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _copy_assets(bundle: Path, assets: Path) -> None:
    copy_player(bundle, assets)
    for source in STATIC.iterdir():
        shutil.copyfile(source, assets / source.name)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def index_row(item: view.SessionView) -> dict[str, object]:
    """One row of the index table."""
    open_count, resolved_count = view.blocker_counts(item)
    return {"id": item.session_id, "page": item.page_name, "family": item.meta.family, "scenario": item.meta.scenario,
            "outcome": view.outcome(item), "split": item.split or "", "tokens": item.tokens,
            "lines": view.line_count(item), "seconds": round(view.duration(item), 1), "open": open_count,
            "resolved": resolved_count, "labelers": view.labelers_fired(item), "summary": item.report.summary if item.report else ""}


def index_context(rows: list[dict[str, object]], sessions: Path, exported: ExportFacts) -> dict[str, object]:
    """What index.html.j2 renders: the rows, the card's figures and the choices of each filter."""
    return {"rows": rows, "source": str(sessions), "assets": ASSETS, "figures": card_figures(rows, exported), "page": PAGE,
            "manifest": str(exported.manifest) if exported.manifest else None,
            "families": sorted({row["family"] for row in rows}), "outcomes": ["success", "resolved", "open"],
            "splits": sorted({row["split"] for row in rows if row["split"]})}


def session_context(item: view.SessionView, row: dict[str, object]) -> dict[str, object]:
    """What session.html.j2 renders: the row's facts, the report items, the steps, the cast and player options."""
    terminal = item.meta.terminal
    options = {"markers": view.step_markers(item.meta.steps), "cols": terminal.cols, "rows": terminal.rows,
               "preload": True, "fit": "width"}  # no idleTimeLimit: seeks use cast time
    return {"row": row, "report": item.report, "items": view.report_items(item),
            "steps": item.meta.steps, "resources": item.report.resources if item.report else [],
            "cast": (item.folder / CAST).read_text(encoding="utf-8"), "options": options,  # the bytes as recorded
            "lines": view.transcript_lines(item), "untimed": view.untimed(item),
            "starts": {step.index: step.start for step in item.meta.steps},
            "assets": f"../{ASSETS}"}
