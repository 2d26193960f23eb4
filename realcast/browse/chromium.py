"""Headless Debian Chromium through Debian's chromedriver, for the site's tests and its benchmark
(Selenium Manager never downloads a browser: both paths are given)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARGUMENTS = ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000")


def available() -> bool:
    """Both Debian packages are installed (`make browser` installs them)."""
    return CHROMIUM.is_file() and CHROMEDRIVER.is_file()


@contextmanager
def headless_chromium() -> Iterator[object]:
    """A Selenium WebDriver of headless Chromium, quit on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ARGUMENTS:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
