"""`realcast browse`: the static site built from the fixture sessions, checked in headless Chromium."""
from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from labelers import label_session
from realcast.browse import build_site, chromium
from realcast.browse.player import DEFAULT_BUNDLE, PLAYER_FILES
from recorder.store import iter_sessions
from schema.session import SessionMeta
from conftest import FIXTURES, realcast

needs_player = pytest.mark.skipif(not all((DEFAULT_BUNDLE / name).is_file() for name in PLAYER_FILES)
                                  and not os.environ.get("CI"), reason="asciinema-player not vendored: run `make player`")
needs_chromium = pytest.mark.skipif(not chromium.available() and not os.environ.get("CI"),
                                    reason="no Debian chromium + chromium-driver: run `make browser`")
ARTIFACTS = Path(__file__).resolve().parents[1] / "build/test-artifacts/browse"
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)  # http://, https://, //host, ftp://…


def _missing(reason: str) -> None:
    """In CI (`make test` sets both up) a missing player or browser fails; elsewhere the test is skipped."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def labelled_sessions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A labelled copy of the committed fixture sessions."""
    copy = tmp_path_factory.mktemp("browse") / "sessions"
    shutil.copytree(FIXTURES, copy)
    for folder in iter_sessions(copy):
        label_session(folder)
    return copy


@pytest.fixture(scope="module")
def exported(labelled_sessions: Path) -> Path:
    """A real export of the labelled fixtures: its manifest gives splits and tokens, export.json the limit."""
    from train.export import export

    out = labelled_sessions.parent / "export"
    export(labelled_sessions, out)
    return out


@pytest.fixture(scope="module")
def site(labelled_sessions: Path, exported: Path) -> Path:
    if not all((DEFAULT_BUNDLE / name).is_file() for name in PLAYER_FILES):
        _missing("asciinema-player not vendored: run `make player`")
    out = labelled_sessions.parent / "site"
    started = time.monotonic()
    build_site(labelled_sessions, out, export=exported)
    print(f"site of {len(list(iter_sessions(labelled_sessions)))} sessions built in {time.monotonic() - started:.2f} s")
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium (realcast/browse/chromium.py)."""
    if not chromium.available():
        _missing("no Debian chromium + chromium-driver: run `make browser`")
    with chromium.headless_chromium() as driver:
        yield driver


def session_ids() -> list[str]:
    return sorted(folder.name for folder in iter_sessions(FIXTURES))


def wait_for(condition: Callable[[], object], seconds: float = 10) -> object:
    """Poll until condition() is truthy; fail with the last value after `seconds`."""
    deadline, value = time.monotonic() + seconds, None
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out after {seconds} s (last value {value!r})")


def visible_rows(driver) -> list[str]:  # noqa: ANN001 - selenium WebDriver
    rows = driver.find_elements("css selector", "#sessions tbody tr")
    return [row.get_attribute("data-search").split()[0] for row in rows if row.is_displayed()]


def terminal_text(driver) -> str:  # noqa: ANN001
    return driver.execute_script("return document.querySelector('.ap-term').textContent || ''")


def current_time(driver) -> float:  # noqa: ANN001
    return driver.execute_script("return window.realcastPlayer.getCurrentTime()")


class ScriptsAndStyles(HTMLParser):
    """Collects every address a <script>, <link> or <style> element loads, inline style text and inline script types."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []
        self.styles: list[str] = []
        self.inline_script_types: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "link") and (values.get("src") or values.get("href")):
            self.addresses.append(values.get("src") or values.get("href") or "")
        elif tag == "script":
            self.inline_script_types.append(values.get("type") or "text/javascript")
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


@needs_player
def test_site_has_no_external_url_in_script_or_style(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == len(session_ids()) + 1
    for page in pages:
        parser = ScriptsAndStyles()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.addresses, page
        external = [a for a in parser.addresses if EXTERNAL.match(a)] + [s for s in parser.styles if "url(" in s or "@import" in s]
        assert not external, f"{page}: {external}"
        assert set(parser.inline_script_types) <= {"application/json"}, f"{page}: inline code may load anything"
        assert all((page.parent / address).is_file() for address in parser.addresses), page


@needs_player
def test_session_page_embeds_cast_markers_and_evidence(site: Path, labelled_sessions: Path) -> None:
    folder = next(iter_sessions(labelled_sessions))
    meta = SessionMeta.model_validate_json((folder / "meta.json").read_text())
    page = (site / "sessions" / f"{folder.name}.html").read_text(encoding="utf-8")
    assert '"markers": [[' + str(meta.steps[0].start) in page
    assert 'id="cast-data"' in page and "</script" not in page.split('id="cast-data">')[1].split("</script>")[0]
    assert 'class="evidence"' in page


@needs_player
def test_cli_builds_the_site(labelled_sessions: Path, tmp_path: Path) -> None:
    printed = realcast("browse", str(labelled_sessions), "--out", str(tmp_path / "site"))
    assert f"{len(session_ids())} session pages" in printed
    assert (tmp_path / "site/assets/asciinema-player.min.js").is_file()


@needs_chromium
def test_index_lists_every_session_and_filters(site: Path, browser) -> None:  # noqa: ANN001
    browser.get((site / "index.html").as_uri())
    assert visible_rows(browser) == session_ids()
    browser.find_element("id", "search").send_keys("port-clash")
    assert visible_rows(browser) == [name for name in session_ids() if name.startswith("port-clash")]
    browser.find_element("id", "search").clear()
    browser.execute_script("const s = document.getElementById('outcome'); s.value = 'success';"
                           "s.dispatchEvent(new Event('change'))")
    outcomes = {row.get_attribute("data-outcome") for row in browser.find_elements("css selector", "#sessions tbody tr")
                if row.is_displayed()}
    assert outcomes <= {"success"}


@needs_chromium
def test_player_seeks_and_evidence_click_seeks(site: Path, browser) -> None:  # noqa: ANN001
    name = next(name for name in session_ids() if name.startswith("pytest-run"))
    browser.get((site / "sessions" / f"{name}.html").as_uri())
    wait_for(lambda: browser.execute_script("return !!document.querySelector('.ap-term')"))
    steps = len(browser.find_elements("css selector", "li.step"))
    assert wait_for(lambda: len(browser.find_elements("css selector", ".ap-marker-container")) == steps)
    first_step = browser.find_element("css selector", "li.step")
    first_step.click()
    first_output = squeeze(browser.find_element("id", "step-0").text)
    wait_for(lambda: abs(current_time(browser) - float(first_step.get_attribute("data-seek"))) < 0.5)
    item = browser.find_elements("css selector", ".item[data-seek]")[-1]
    quoted = [squeeze(line) for line in item.find_element("css selector", "pre.evidence").text.splitlines()]
    assert not any(line in squeeze(terminal_text(browser)) for line in quoted[1:]), "seen before the step ran"
    target = float(item.get_attribute("data-seek"))
    item.click()
    wait_for(lambda: abs(current_time(browser) - target) < 0.5)
    wait_for(lambda: any(line in squeeze(terminal_text(browser)) for line in quoted[1:]))  # the evidence is on screen
    assert "selected" in item.get_attribute("class")
    marked = [squeeze(line.text) for line in browser.find_elements("css selector", "#transcript .evident")]
    assert marked and all(any(quote in line for quote in quoted) for line in marked), marked
    assert first_output not in marked
    link = item.find_elements("css selector", ".step-link")[-1]  # the last step the item rests on (its fix, if any)
    link.click()
    wait_for(lambda: abs(current_time(browser) - float(link.get_attribute("data-seek"))) < 0.5)
    prompt = browser.find_element("id", f"step-{link.get_attribute('data-step')}")
    marked_ids = [line.get_attribute("id") for line in browser.find_elements("css selector", "#transcript .evident")]
    assert marked_ids == [prompt.get_attribute("id")]
    save_screenshot(browser, f"{name}-item-clicked.png")


def save_screenshot(driver, name: str) -> Path:  # noqa: ANN001
    """A test artifact: build/test-artifacts/browse/NAME (git-ignored; CI may keep the folder)."""
    path = ARTIFACTS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 10_000
    print(f"screenshot: {path}")
    return path


def squeeze(text: str) -> str:
    """Text without spaces (the player renders non-breaking ones, the transcript wraps)."""
    return re.sub(r"\s+", "", text.replace("\xa0", " "))


@needs_player
def test_splits_come_from_the_export_manifest(labelled_sessions: Path, tmp_path: Path) -> None:
    from schema.dataset import ManifestRow

    export = tmp_path / "export"
    export.mkdir()
    rows = [ManifestRow(line=n, session_id=name, scenario="s", family="f", seed=0, split="validation", group=name,
                        form="clean", outcome="success", transcript_lines=1, transcript_chars=1, tokens=1,
                        truth_categories=[]) for n, name in enumerate(session_ids()[:2])]
    (export / "manifest.jsonl").write_text("".join(row.model_dump_json() + "\n" for row in rows))
    built = build_site(labelled_sessions, tmp_path / "site", export=export)
    index = built.index.read_text(encoding="utf-8")
    assert built.manifest == export / "manifest.jsonl"
    assert index.count('data-split="validation"') == 2 and '<option>validation</option>' in index


@needs_player
def test_index_draws_the_card_figures(site: Path, exported: Path) -> None:
    from schema.dataset import ManifestRow

    index = (site / "index.html").read_text(encoding="utf-8")
    figures = re.findall(r'<figure class="chart"', index)
    assert len(figures) == 3, "families, outcomes and token lengths"
    family_bars = re.findall(r'<g class="bar" data-filter="family" data-value="([^"]+)"', index)
    families = {SessionMeta.model_validate_json((f / "meta.json").read_text()).family for f in iter_sessions(FIXTURES)}
    assert family_bars == sorted(families)
    totals = re.findall(r'<text class="count"[^>]*>(\d+)</text>', index)
    assert sum(map(int, totals[:len(family_bars)])) == len(session_ids())
    rows = [ManifestRow.model_validate_json(line) for line in (exported / "manifest.jsonl").read_text().splitlines()]
    bins = re.findall(r"tokens: (\d+) rows</title>", index)
    assert sum(map(int, bins)) == len(rows)
    assert f"max {max(row.tokens for row in rows)}" in index


@needs_chromium
def test_columns_sort_and_bars_filter(site: Path, browser) -> None:  # noqa: ANN001
    browser.get((site / "index.html").as_uri())

    def column(name: str) -> list[float]:
        index = [h.text.strip(" ▲▼") for h in browser.find_elements("css selector", "#sessions th")].index(name)
        cells = browser.find_elements("css selector", f"#sessions tbody tr:not([hidden]) td:nth-child({index + 1})")
        return [float(cell.text) for cell in cells]

    lines = browser.find_element("xpath", "//th/button[text()='lines']")
    lines.click()
    assert column("lines") == sorted(column("lines"))
    lines.click()
    assert column("lines") == sorted(column("lines"), reverse=True)
    assert browser.find_element("xpath", "//th[button[text()='lines']]").get_attribute("aria-sort") == "descending"
    bar = browser.find_element("css selector", '#card g.bar[data-filter="family"]')
    family = bar.get_attribute("data-value")
    bar.click()
    shown = {row.get_attribute("data-family") for row in browser.find_elements("css selector", "#sessions tbody tr")
             if row.is_displayed()}
    assert shown == {family} and browser.find_element("id", "family").get_attribute("value") == family
    save_screenshot(browser, "index-filtered-by-bar.png")
    bar.click()
    assert len(visible_rows(browser)) == len(session_ids())


@needs_player
def test_serve_answers_on_localhost_only_and_stops_cleanly(labelled_sessions: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import urllib.request

    command = [sys.executable, "-m", "realcast.cli", "browse", str(labelled_sessions), "--out", str(tmp_path / "site"),
               "--serve", "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = ""
        while "serving" not in line:
            line = server.stdout.readline()
            assert line, "the server exited before serving"
        url = re.search(r"http://\S+/index.html", line)[0]
        assert url.startswith("http://127.0.0.1:")
        assert "realcast sessions" in urllib.request.urlopen(url, timeout=10).read().decode()
        page = url.replace("index.html", f"sessions/{session_ids()[0]}.html")
        assert 'id="cast-data"' in urllib.request.urlopen(page, timeout=10).read().decode()
        taken = realcast_fails("browse", str(labelled_sessions), "--out", str(tmp_path / "site2"), "--serve",
                               "--port", url.split(":")[2].split("/")[0])
        assert "cannot serve on 127.0.0.1" in taken and "choose another --port" in taken
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=10) == 0


def realcast_fails(*args: str) -> str:
    """Run the CLI expecting exit 2 with one line saying why."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "realcast.cli", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    return done.stdout + done.stderr


FOREIGN = Path(__file__).parent / "foreign"


@pytest.fixture(scope="module")
def imported_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Imported recordings (a cast, a script log with timing, one without) as a site."""
    if not all((DEFAULT_BUNDLE / name).is_file() for name in PLAYER_FILES):
        _missing("asciinema-player not vendored: run `make player`")
    root = tmp_path_factory.mktemp("imported")
    sources = [FOREIGN / "go-test.cast", FOREIGN / "python-keyerror.log", FOREIGN / "java-npe.log"]
    realcast("import", *map(str, sources), "--out", str(root / "sessions"))
    build_site(root / "sessions", root / "site")
    return root / "site"


@needs_chromium
def test_imported_sessions_browse_like_recorded_ones(imported_site: Path, browser) -> None:  # noqa: ANN001
    browser.get((imported_site / "index.html").as_uri())
    assert len(visible_rows(browser)) == 3
    for name, timed in (("go-test", True), ("python-keyerror", True), ("java-npe", False)):
        page = next((imported_site / "sessions").glob(f"imported-{name}-*.html"))
        browser.get(page.as_uri())
        wait_for(lambda: browser.execute_script("return !!document.querySelector('.ap-term')"))
        assert bool(browser.find_elements("css selector", ".untimed")) is not timed, name
        item = browser.find_elements("css selector", ".item[data-item]")[-1]
        quoted = [squeeze(line) for line in item.find_element("css selector", "pre.evidence").text.splitlines()]
        item.click()
        marked = [squeeze(line.text) for line in browser.find_elements("css selector", "#transcript .evident")]
        assert marked and all(any(quote in line for quote in quoted) for line in marked), (name, marked)
        if timed:
            wait_for(lambda: any(line in squeeze(terminal_text(browser)) for line in quoted[1:]))
        save_screenshot(browser, f"imported-{name}.png")


def test_histogram_bins_are_round_and_hold_every_row() -> None:
    from realcast.browse.charts import _round_width, histogram

    assert [_round_width(raw) for raw in (0.5, 1, 3.2, 47, 120, 2001)] == [1, 1, 5, 50, 200, 5000]
    lengths = [375, 410, 990, 1021, 1802]
    chart = histogram(lengths, limit=16384, over_length=0)
    assert sum(b.count for b in chart.bins) == len(lengths) and chart.limit_x is None  # the limit lies past the plot
    assert all(b.high - b.low == 100 for b in chart.bins) and chart.bins[-1].high == 1900
    inside = histogram(lengths, limit=1500, over_length=2)
    assert inside.limit_x == pytest.approx(1500 / 1900 * inside.width)
    assert max(b.height for b in inside.bins) == inside.height


def test_stacked_bars_keep_their_order_and_scale() -> None:
    from realcast.browse.charts import LABELS, PLOT, OUTCOMES, SPLITS, stacked

    pairs = [("open", "train"), ("success", "test"), ("success", "train"), ("success", "none")]
    chart = stacked("t", "outcome", pairs, SPLITS, OUTCOMES)
    assert [bar.label for bar in chart.bars] == ["success", "open"]
    assert chart.keys == ["train", "test", "none"]
    success = chart.bars[0]
    assert [piece.key for piece in success.segments] == ["train", "test", "none"]
    assert success.segments[0].x == LABELS and sum(p.width for p in success.segments) == pytest.approx(PLOT)


def test_evidence_time_is_when_its_last_line_is_printed() -> None:
    from realcast.browse.sessions import evidence_shown_at
    from recorder.cast import Cast
    from schema.cast import CastEvent, CastHeader
    from schema.session import StepRecord

    events = [CastEvent(time=t, code="o", data=d) for t, d in
              [(1.0, "m"), (1.1, "ake\r\n"), (2.0, "cc -c main.c\r\n"), (3.0000004, "\x1b[31mmain.c:3: error:\x1b[0m x\r\n")]]
    cast = Cast(CastHeader(version=2, width=80, height=24), events)
    step = StepRecord(index=0, command="make", start=1.0, output_start=1.2, end=3.0, exit_code=2, cwd=None)
    assert evidence_shown_at(cast, step, ["make", "main.c:3: error: x"]) == 3.0000004  # end mark's event sorts past end
    assert evidence_shown_at(cast, step, ["make"]) == 1.1
    assert evidence_shown_at(cast, step, ["not printed"]) is None


@needs_chromium
def test_bench_prints_and_writes_its_figures(labelled_sessions: Path, exported: Path, tmp_path: Path) -> None:
    import json

    from realcast.browse import bench

    assert bench.main([str(labelled_sessions), "--export", str(exported), "--json", str(tmp_path / "f.json")]) == 0
    figures = json.loads((tmp_path / "f.json").read_text())
    assert figures["sessions"] == len(session_ids()) and figures["build_s"] > 0 and figures["index_load_ms"] > 0
    assert set(figures["interactions_ms"]) == set(bench.ACTIONS) and all(v > 0 for v in figures["interactions_ms"].values())


@needs_player
def test_a_corrupt_session_is_left_out_in_one_line(labelled_sessions: Path, tmp_path: Path) -> None:
    copy = tmp_path / "sessions"
    shutil.copytree(labelled_sessions, copy)
    broken = next(iter_sessions(copy))
    (broken / "session.cast").write_text('{"version": 2, "width": 80, "height": 24}\n[1.0, "o"\n')
    printed = realcast("browse", str(copy), "--out", str(tmp_path / "site"))
    assert f"left out {broken}: corrupt cast" in " ".join(printed.split())
    assert f"{len(session_ids()) - 1} session pages" in printed
    assert not (tmp_path / "site/sessions" / f"{broken.name}.html").exists()


@needs_chromium
def test_a_long_index_shows_a_page_of_rows_and_searches_them_all(site: Path, browser) -> None:  # noqa: ANN001
    paged = site / "index-paged.html"  # the same index with a page of 4 rows instead of 200
    paged.write_text((site / "index.html").read_text(encoding="utf-8").replace('data-page="200"', 'data-page="4"'))
    browser.get(paged.as_uri())
    assert visible_rows(browser) == session_ids()[:4]
    assert browser.find_element("id", "shown").text == f"{len(session_ids())} of {len(session_ids())} (first 4 shown)"
    last = session_ids()[-1]
    browser.find_element("id", "search").send_keys(last)
    assert visible_rows(browser) == [last] and not browser.find_element("id", "more").is_displayed()
    browser.find_element("id", "search").clear()
    browser.execute_script("document.getElementById('search').dispatchEvent(new Event('input'))")
    browser.find_element("id", "more").click()
    assert visible_rows(browser) == session_ids()[:8]


def test_share_bars_fill_the_width_and_keep_their_counts() -> None:
    from realcast.browse.charts import OUTCOMES, PLOT, stacked

    pairs = [("git", "open")] * 3 + [("ports", "success"), ("ports", "open")]
    chart = stacked("t", "family", pairs, OUTCOMES, shares=True)
    assert [bar.total for bar in chart.bars] == [3, 2]
    assert all(sum(p.width for p in bar.segments) == pytest.approx(PLOT) for bar in chart.bars)
