"""Shared fixtures: the seed corpus built once per session, and access to ../shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import helpers
from helpers.paths import CORPUS, SHARED


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared; skip when absent, but fail when CI is set (CI always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{path} is absent (../shared is not beside this clone)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def seed(tmp_path_factory) -> helpers.Corpus:
    """The five seed articles, built once into a temporary folder."""
    return helpers.load_corpus(CORPUS, cache_dir=tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def bbc(tmp_path_factory) -> helpers.Corpus:
    """The BBC News corpus (2,225 files), built once."""
    return helpers.load_corpus(shared_path("data", "bbc"), cache_dir=tmp_path_factory.mktemp("bbc"))


@pytest.fixture(scope="session")
def reuters(tmp_path_factory) -> helpers.Corpus:
    """Reuters-21578 as JSON lines (21,578 records), built once."""
    path = shared_path("data", "reuters21578", "reuters21578.jsonl")
    return helpers.load_corpus(path, cache_dir=tmp_path_factory.mktemp("reuters"))


@pytest.fixture(scope="session")
def styles_corpora(tmp_path_factory) -> dict[str, helpers.Corpus]:
    """The two regression style sets (tests/fixtures/styles, styles2), built once."""
    fixtures = Path(__file__).parent / "fixtures"
    return {name: helpers.load_corpus(fixtures / name / "articles", cache_dir=tmp_path_factory.mktemp(name))
            for name in ("styles", "styles2")}


REPORT_PARAMS = {"actor_a": "Kosovo", "actor_b": "Serbia", "date_from": "2023-01-01"}


@pytest.fixture(scope="session")
def report_site(tmp_path_factory):
    """One report run of every notebook on the default corpus (shared by the report and browser tests)."""
    from helpers.notebook.report import run_reports

    out = tmp_path_factory.mktemp("site") / "reports"
    return run_reports(dict(REPORT_PARAMS), out)
