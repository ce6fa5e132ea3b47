"""Headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, isolated and offline."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


def require_chromium() -> None:
    """Skip on a machine without the packages; in CI (.ci/system-packages installs them) a miss is a failure."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    message = "chromium/chromedriver missing: run .ci/system-packages"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def chromium(width: int = 1600, height: int = 1000):
    """A fresh browser profile per session, with network events recorded in the performance log."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="wirewatch-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requested_urls(driver) -> set[str]:
    """Every URL the page asked the network for (CDP Network.requestWillBeSent), drained from the log."""
    urls = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.add(message["params"]["request"]["url"])
    return urls


def resource_urls(driver) -> set[str]:
    """What the page itself loaded, from the resource timing API."""
    return set(driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)"))
