"""`make bench-browse`: how long a sessions folder takes to become a site, and how the index and a session
page respond in headless Chromium (each figure from the event to the next painted frame, median of 5).

    python -m realcast.browse.bench data/sessions [--export data/export] [--out SITE] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from realcast.browse import build_site, chromium

REPEATS = 5
MAX_BUILD_S_PER_1000 = 60.0  # issue 10: 1,000 sessions build in under a minute
MAX_RESPONSE_MS = 100.0  # a response within 100 ms feels immediate (RAIL)
UNTIL_PAINT = """
const [action, done] = [arguments[0], arguments[arguments.length - 1]];
const started = performance.now();
new Function(action)();
requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
"""
ACTIONS = {  # JS statements a person's click or keystroke amounts to
    "filter keystroke": "const s = document.getElementById('search'); s.value = '{word}'; s.dispatchEvent(new Event('input'));",
    "clear the filter": "const s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'));",
    "sort by lines": "document.querySelectorAll('#sessions th button')[6].click();",
    "click a family bar": "document.querySelector('#card g.bar').dispatchEvent(new MouseEvent('click'));",
}


@dataclass(frozen=True)
class BrowseFigures:
    """What the benchmark measured."""

    sessions: int
    build_s: float
    peak_rss_mib: float
    site_mib: float
    index_mib: float
    index_load_ms: float
    interactions_ms: dict[str, float]
    largest_page: str
    largest_page_mib: float
    page_load_ms: float
    item_click_ms: float


def main(argv: list[str] | None = None) -> int:
    """Build the site, measure it in Chromium, print the figures against the targets."""
    options = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="realcast-bench-site-") as scratch:
        out = options.out or Path(scratch) / "site"
        started = time.monotonic()
        built = build_site(options.sessions, out, options.export)
        build_s = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures = _measure_in_browser(out, built.pages, build_s, peak)
    _print(figures)
    if options.json:
        options.json.write_text(json.dumps(asdict(figures), indent=1) + "\n", encoding="utf-8")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m realcast.browse.bench", description=__doc__.splitlines()[0])
    parser.add_argument("sessions", type=Path)
    parser.add_argument("--export", type=Path, help="export folder (default: one beside the sessions folder)")
    parser.add_argument("--out", type=Path, help="keep the site here (default: a temp folder, removed)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    return parser.parse_args(argv)


def _measure_in_browser(site: Path, pages: int, build_s: float, peak_mib: float) -> BrowseFigures:
    largest = max((site / "sessions").iterdir(), key=lambda page: page.stat().st_size)
    with chromium.headless_chromium() as driver:
        index_load = _load_ms(driver, site / "index.html")
        word = driver.execute_script("return document.querySelector('#sessions tbody tr').dataset.family")
        interactions = {name: _median_ms(driver, action.replace("{word}", word)) for name, action in ACTIONS.items()}
        page_load = _load_ms(driver, largest)
        click = _median_ms(driver, "document.querySelectorAll('.item')[0]?.click();")
    return BrowseFigures(pages, round(build_s, 2), round(peak_mib, 1), _mib(_size(site)),
                         _mib((site / "index.html").stat().st_size), index_load, interactions, largest.name,
                         _mib(largest.stat().st_size), page_load, click)


def _load_ms(driver, page: Path) -> float:  # noqa: ANN001 - selenium WebDriver
    """Navigation start to the end of the load event."""
    driver.get(page.as_uri())
    return round(driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd"), 1)


def _median_ms(driver, action: str) -> float:  # noqa: ANN001
    """The median of REPEATS timings of `action`, each up to the frame after it was painted."""
    return round(statistics.median(driver.execute_async_script(UNTIL_PAINT, action) for _ in range(REPEATS)), 1)


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _mib(size: int) -> float:
    return round(size / 2**20, 2)


def _print(figures: BrowseFigures) -> None:
    table = Table("figure", "value", "target", "met", title=f"realcast browse: {figures.sessions} sessions")
    build_target = MAX_BUILD_S_PER_1000 * max(figures.sessions, 1) / 1000
    table.add_row("site build", f"{figures.build_s} s", f"< {build_target:.0f} s", _met(figures.build_s < build_target))
    table.add_row("peak memory of the build", f"{figures.peak_rss_mib} MiB", "", "")
    table.add_row("site / index.html", f"{figures.site_mib} / {figures.index_mib} MiB", "", "")
    table.add_row("index load", f"{figures.index_load_ms} ms", "", "")
    for name, value in figures.interactions_ms.items():
        table.add_row(f"index: {name}", f"{value} ms", f"≤ {MAX_RESPONSE_MS:.0f} ms", _met(value <= MAX_RESPONSE_MS))
    table.add_row(f"largest page load ({figures.largest_page_mib} MiB)", f"{figures.page_load_ms} ms", "", "")
    table.add_row("page: click a report item", f"{figures.item_click_ms} ms", f"≤ {MAX_RESPONSE_MS:.0f} ms",
                  _met(figures.item_click_ms <= MAX_RESPONSE_MS))
    Console().print(table)


def _met(ok: bool) -> str:
    return "yes" if ok else "no"


if __name__ == "__main__":
    sys.exit(main())
