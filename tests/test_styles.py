"""Regression on eight invented articles in other outlets' styles (tests/fixtures/styles, see its README)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.evaluate import evaluate

STYLES = Path(__file__).parent / "fixtures" / "styles"


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> pd.DataFrame:
    """Scores of the style fixtures against their gold file, indexed by table."""
    corpus = helpers.load_corpus(STYLES / "articles", cache_dir=tmp_path_factory.mktemp("styles"))
    return evaluate(STYLES / "gold.yaml", corpus.tables).set_index("table")


@pytest.mark.parametrize("table", ["articles.title", "articles.published", "articles.dateline", "articles.duplicates",
                                   "actors", "timexes", "figures", "quotes.found", "quotes.attributed"])
def test_styles_hold(scores: pd.DataFrame, table: str) -> None:
    assert scores.at[table, "f1"] >= 0.95, scores.loc[table].to_dict()


def test_style_figure_categories(scores: pd.DataFrame) -> None:
    assert scores.at["figures", "category_accuracy"] >= 0.95
