"""Hostile content: markup inside articles is shown as text in notebooks and HTML reports, never run."""
# ruff: noqa: E501 -- the hostile article is kept verbatim, one paragraph per line

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers.notebook.report import run_reports

HOSTILE = """---
title: "Troops <script>alert('TITLEXSS')</script> arrive"
outlet: "<img src=x onerror=alert('OUTLETXSS')>"
published: 2023-06-01
---
NATO sent 700 additional troops to Kosovo on 29 May 2023 <script>alert('BODYXSS')</script>.

Serbian official Marko Petrovic, spokesman of the <b onmouseover="alert('ATTRXSS')">Serbian</b> government, said:
"Kosovo and Serbia must talk now <img src=x onerror=alert('QUOTEXSS')> or the region will [burn](javascript:alert('LINKXSS')) again."

Türkiye and Serbia signed a defence deal ![pixel](http://evil.example/track.png) &lt;i&gt;with&lt;/i&gt; &amp; more, according to Petrovic.
"""
MARKERS = ("TITLEXSS", "OUTLETXSS", "BODYXSS", "ATTRXSS", "QUOTEXSS", "LINKXSS", "evil.example")


class Elements(HTMLParser):
    """Collect every start tag with its attributes, and the text inside script elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag) -> None:
        self._in_script = False

    def handle_data(self, data) -> None:
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Reports rendered from a corpus whose only article is hostile."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "corpus").mkdir()
    (root / "corpus" / "evil.md").write_text(HOSTILE, encoding="utf-8")
    out = root / "reports"
    run_reports({"corpus": str(root / "corpus"), "actor_a": "Kosovo", "actor_b": "Serbia"}, out)
    return out


def test_the_hostile_text_reaches_the_reports(reports: Path) -> None:
    """The body's HTML is markup of a scraped page: read as plain text (tags and scripts out), its words shown."""
    pages = "".join(p.read_text(encoding="utf-8") for p in reports.glob("*.html"))
    assert "NATO sent 700 additional troops to Kosovo" in pages
    assert "BODYXSS" not in pages and "QUOTEXSS" not in pages and "ATTRXSS" not in pages


@pytest.mark.parametrize("name", ["index", "00_corpus_and_sources", "01_chronology", "02_force_posture",
                                  "03_relations"])
def test_no_element_or_attribute_comes_from_the_article(reports: Path, name: str) -> None:
    parser = Elements()
    parser.feed((reports / f"{name}.html").read_text(encoding="utf-8"))
    for tag, attrs in parser.tags:
        for key, value in attrs:
            assert not key.startswith("on") or not any(m in (value or "") for m in MARKERS), (tag, key, value)
            assert not any(m in (value or "") for m in MARKERS), (tag, key, value)
    assert not any(m in script for script in parser.scripts for m in MARKERS)
