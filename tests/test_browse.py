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
from realcast.browse import build_site
from realcast.browse.player import DEFAULT_BUNDLE, PLAYER_FILES
from recorder.store import iter_sessions
from schema.session import SessionMeta
from conftest import FIXTURES, realcast

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
needs_player = pytest.mark.skipif(not all((DEFAULT_BUNDLE / name).is_file() for name in PLAYER_FILES)
                                  and not os.environ.get("CI"), reason="asciinema-player not vendored: run `make player`")
needs_chromium = pytest.mark.skipif(not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()) and not os.environ.get("CI"),
                                    reason="no Debian chromium + chromium-driver: run `make browser`")
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
def site(labelled_sessions: Path) -> Path:
    if not all((DEFAULT_BUNDLE / name).is_file() for name in PLAYER_FILES):
        _missing("asciinema-player not vendored: run `make player`")
    out = labelled_sessions.parent / "site"
    started = time.monotonic()
    build_site(labelled_sessions, out)
    print(f"site of {len(list(iter_sessions(labelled_sessions)))} sessions built in {time.monotonic() - started:.2f} s")
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Debian's chromedriver (Selenium Manager never downloads anything)."""
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        _missing("no Debian chromium + chromium-driver: run `make browser`")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


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
def test_player_seeks_and_evidence_click_seeks(site: Path, browser, tmp_path: Path) -> None:  # noqa: ANN001
    name = next(name for name in session_ids() if name.startswith("pytest-run"))
    browser.get((site / "sessions" / f"{name}.html").as_uri())
    wait_for(lambda: browser.execute_script("return !!document.querySelector('.ap-term')"))
    steps = len(browser.find_elements("css selector", "li.step"))
    assert wait_for(lambda: len(browser.find_elements("css selector", ".ap-marker-container")) == steps)
    last_line = browser.find_elements("css selector", ".item pre.evidence")[-1].text.splitlines()[-1]
    end = browser.execute_script("return window.realcastPlayer.getDuration()")
    browser.execute_script(f"return window.realcastPlayer.seek({end})")
    wait_for(lambda: last_line.replace(" ", "") in terminal_text(browser).replace("\xa0", "").replace(" ", ""))
    item = browser.find_elements("css selector", ".item[data-seek]")[-1]
    target = float(item.get_attribute("data-seek"))
    item.click()
    wait_for(lambda: abs(current_time(browser) - target) < 0.5)
    wait_for(lambda: last_line.replace(" ", "") not in terminal_text(browser).replace("\xa0", "").replace(" ", ""))
    assert "selected" in item.get_attribute("class")
    screenshot = tmp_path / f"{name}.png"
    browser.save_screenshot(str(screenshot))
    print(f"screenshot: {screenshot}")


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
