"""End to end in headless Chromium: articles in, the alert live in the feed, the map, the tally chart; offline."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

from .browser import chromium, require_chromium, requested_urls, resource_urls

pytestmark = pytest.mark.integration

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LIVE_SECONDS = 30  # articles through validate, dedup, extract, incidents and alerts on a shared 2-core machine


def test_dashboard_shows_alerts_map_and_tallies_live(dashboard):
    require_chromium()
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    with chromium() as driver:
        # The page re-renders as updates stream in: an element found a moment ago may be replaced; look again.
        wait = WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException,))
        driver.get(dashboard.url + "/")
        wait.until(lambda d: d.find_element(By.ID, "live").get_attribute("data-state") == "open")
        assert not driver.find_elements(By.CSS_SELECTOR, "#alerts .alert")  # nothing yet: what follows is live

        started = time.monotonic()
        dashboard.ingest()
        WebDriverWait(driver, LIVE_SECONDS).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#alerts .alert"))
        print(f"first alert in the feed {time.monotonic() - started:.1f} s after ingesting")
        # the list re-renders as further alerts arrive: read the first badge again if it was replaced meanwhile
        badge = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#alerts .alert .badge").text)
        assert badge in ("CRITICAL", "WARNING", "INFO")

        dashboard.drained()
        seen: list[str] = []

        def baghdad_point(d):
            seen[:] = [c.get_attribute("aria-label") or "" for c in d.find_elements(By.CSS_SELECTOR, "#map circle")]
            seen.append(d.find_element(By.ID, "map-caption").text)
            return [c for c in d.find_elements(By.CSS_SELECTOR, "#map circle.incident")
                    if "Baghdad" in (c.get_attribute("aria-label") or "")]

        try:
            baghdad = WebDriverWait(driver, LIVE_SECONDS,
                                    ignored_exceptions=(StaleElementReferenceException,)).until(baghdad_point)
        except Exception:
            print("map shows:", seen, "console:", driver.get_log("browser"))
            print("api incidents:", dashboard.get_json("/api/incidents"))
            raise
        assert float(baghdad[0].get_attribute("r")) > 0

        def chart_with_marker(d):
            for card in d.find_elements(By.CSS_SELECTOR, ".tally-card"):
                markers = card.find_elements(By.CSS_SELECTOR, ".tally-chart .reported-marker text")
                lines = card.find_elements(By.CSS_SELECTOR, ".tally-chart .observed polyline, .tally-chart .bars rect")
                if markers and lines:
                    return markers[0].text
            return None

        assert " as of " in wait.until(chart_with_marker)

        incident_alert = _expand_an_incident_alert(driver, wait, By)
        assert incident_alert.find_elements(By.CSS_SELECTOR, ".evidence li")
        assert incident_alert.find_elements(By.CSS_SELECTOR, ".revisions li")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#health table.stages tbody tr"))
        shown = len(driver.find_elements(By.CSS_SELECTOR, "#alerts .alert"))
        WebDriverWait(driver, 15).until(  # the header counts come from /api/health, polled every 5 s
            lambda d: d.find_element(By.CSS_SELECTOR, "#counts dd").text == str(shown))

        network = [url for url in requested_urls(driver) | resource_urls(driver)  # chrome:// is the browser's own
                   if url.split(":", 1)[0] in ("http", "https", "ws", "wss", "ftp")]
        assert any(url.startswith(dashboard.url + "/api/") for url in network)  # the log did record the page
        external = {url for url in network if not url.startswith(dashboard.url + "/")}
        assert not external, f"the page made external requests: {sorted(external)}"
        print(f"dashboard screenshots: {_screenshots(driver)}")


def _expand_an_incident_alert(driver, wait, By):
    """Opens the first alert whose detail has an incident (sources with outlet, language and link)."""
    for alert in driver.find_elements(By.CSS_SELECTOR, "#alerts .alert"):
        alert.find_element(By.CSS_SELECTOR, ".alert-head").click()
        detail = alert.find_element(By.CSS_SELECTOR, ".alert-detail")
        wait.until(lambda d: detail.find_elements(By.CSS_SELECTOR, ".summary, .error"))
        if detail.find_elements(By.CSS_SELECTOR, ".fields"):
            source = detail.find_element(By.CSS_SELECTOR, ".sources li")
            assert source.find_element(By.CSS_SELECTOR, ".lang").text and source.find_element(By.TAG_NAME, "a")
            return alert
        alert.find_element(By.CSS_SELECTOR, ".alert-head").click()
    raise AssertionError("no alert expanded to an incident")


def _screenshots(driver) -> list[str]:
    """Laptop and large-monitor views of the whole page, under artifacts/ (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    paths = []
    for name, width in (("dashboard.png", 1600), ("dashboard-laptop.png", 1280)):
        driver.set_window_size(width, 1000)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 4000), "scale": 1}})
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(shot["data"]))
        paths.append(str(path))
    return paths
