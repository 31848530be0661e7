"""The README's Findings section and its charts are what the code computes from the default corpus today."""

from __future__ import annotations

import pytest

from helpers.notebook import readme


@pytest.fixture(scope="module")
def built() -> list:
    return readme.pages()


def test_readme_findings_are_current(built) -> None:
    text = readme.README.read_text(encoding="utf-8")
    assert readme.block(built) in text, "README findings are out of date: run .venv/bin/python -m helpers readme"


def test_readme_charts_are_current(built) -> None:
    files = readme.chart_files(built)
    assert sorted(files) == sorted(p.name for p in readme.DOCS.iterdir())
    for name, data in files.items():
        if name.endswith(".csv"):  # the data drawn, exactly; the PNG is checked to exist and be a PNG
            assert (readme.DOCS / name).read_bytes() == data, f"{name} is out of date: python -m helpers readme"
        else:
            assert (readme.DOCS / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_notebook_is_linked_from_the_readme() -> None:
    text = readme.README.read_text(encoding="utf-8")
    for page in ("00_corpus_and_sources", "01_chronology", "02_force_posture", "03_relations"):
        assert f"(notebooks/{page}.ipynb)" in text
