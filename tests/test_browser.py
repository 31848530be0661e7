"""The reports as a reader sees them: every page rendered in headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright, which never downloads a browser here), checked on the rendered page, and saved as a full-page screenshot
under build/screenshots/. Skips when Chromium is absent, unless CI is set (then it fails: .ci/run installs it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers.paths import ROOT

NAMES = ["00_corpus_and_sources", "01_chronology", "02_force_posture", "03_relations"]
SCREENSHOTS = ROOT / "build" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LITERAL_MARKUP = ("<h1", "<h2", "<h3", "<p>", "<style", "<table", "<th", "<div", "&lt;", "&gt;", "&amp;")


def chromium() -> str:
    """Return Chromium's path; skip (or fail when CI is set) when it or Playwright is missing."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    reason = None
    if not Path(path).exists():
        reason = "chromium is not installed (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (pip install -r requirements.txt)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium context with its own profile; every request it makes is recorded, and any request that
    is not file: or data: is aborted (so nothing leaves the machine even if a page asked)."""
    from playwright.sync_api import sync_playwright

    path = chromium()
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=path, headless=True, args=FLAGS,
            viewport={"width": 1280, "height": 900}, service_workers="block")
        context.requested = []

        def route(r) -> None:
            context.requested.append(r.request.url)
            if r.request.url.startswith(("file://", "data:")):
                r.continue_()
            else:
                r.abort()

        context.route("**/*", route)
        context.on("request", lambda req: context.requested.append(req.url))
        yield context
        context.close()


def render(browser, path: Path, shot: str) -> dict:
    """Open a page, wait for it, save a full-page screenshot, and return what the checks need."""
    browser.requested.clear()
    page = browser.new_page()
    page.goto(path.as_uri(), wait_until="load")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{shot}.png"), full_page=True)
    facts = page.evaluate("""() => ({
        title: document.title,
        text: document.body.innerText,
        tables: [...document.querySelectorAll('table')].map(t => ({
            head: t.querySelectorAll('thead th').length, cells: t.querySelectorAll('td').length})),
        images: [...document.images].map(i => ({complete: i.complete, width: i.naturalWidth})),
        navs: [...document.querySelectorAll('nav.pages')].map(n => n.innerText.replace(/\\s+/g, ' ').trim()),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
    })""")
    page.close()
    facts["requested"] = sorted(set(browser.requested))
    return facts


def check_common(facts: dict) -> None:
    """What every page must satisfy in the browser."""
    for literal in LITERAL_MARKUP:
        assert literal not in facts["text"], literal
    assert all(t["head"] >= 1 and t["cells"] >= 1 for t in facts["tables"]), facts["tables"]
    assert all(i["complete"] and i["width"] > 0 for i in facts["images"]), facts["images"]
    assert all(u.startswith(("file://", "data:")) for u in facts["requested"]), facts["requested"]
    assert facts["overflow"] <= 0, "the page scrolls sideways"


def test_index_in_the_browser(browser, report_site) -> None:
    facts = render(browser, report_site.out / "index.html", "index")
    check_common(facts)
    assert facts["title"] == "Reports"
    assert facts["requested"] == [(report_site.out / "index.html").as_uri()]
    assert facts["text"].startswith("Reports\nCorpus\ndata/articles (5 articles)")
    for p in report_site.pages:
        assert f"\n{p.title}\n" in facts["text"]


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_report_in_the_browser(browser, report_site, index: int) -> None:
    page = report_site.pages[index]
    assert page.name == NAMES[index]
    facts = render(browser, report_site.out / f"{page.name}.html", page.name)
    check_common(facts)
    assert facts["title"] == page.title
    assert facts["requested"] == [(report_site.out / f"{page.name}.html").as_uri()]
    assert len(facts["images"]) == len(page.charts)
    assert facts["tables"], "every notebook shows a table"
    prev = f"← {report_site.pages[index - 1].title} " if index else ""
    nxt = f" {report_site.pages[index + 1].title} →" if index + 1 < len(NAMES) else ""
    assert facts["navs"] == [f"{prev}Index of reports{nxt}"] * 2
    assert "Key findings" in facts["text"] and "Traceback" not in facts["text"]


def test_failed_report_in_the_browser(browser, tmp_path: Path) -> None:
    from helpers.notebook.report import run_reports
    from tests.test_report import bad_notebook, ok_notebook

    out = tmp_path / "reports"
    run_reports({}, out, notebooks=[ok_notebook(tmp_path / "a_fine.ipynb"), bad_notebook(tmp_path / "b_broken.ipynb")])
    facts = render(browser, out / "b_broken.html", "failed-notebook")
    check_common(facts)
    assert "This notebook failed. ZeroDivisionError: division by zero" in facts["text"]
    assert facts["navs"] == ["← Fine Index of reports"] * 2
    facts = render(browser, out / "index.html", "failed-index")
    check_common(facts)
    assert "Notebooks\n1 of 2 failed" in facts["text"]
    assert "Failed: ZeroDivisionError: division by zero" in facts["text"]
