"""The default corpus against its gold file: the targets the issues set, and provenance of every row."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.build.evaluate import evaluate, load_gold
from helpers.paths import GOLD

OFFSET_TABLES = ("sentences", "mentions", "timexes", "figures", "quotes")


def value(x):
    """Return None for a missing table value, else the value."""
    return None if pd.isna(x) else x


@pytest.fixture(scope="module")
def scores(seed) -> pd.DataFrame:
    """Evaluation of the seed tables against data/gold/seeds.yaml, indexed by table."""
    return evaluate(GOLD, seed.tables).set_index("table")


@pytest.mark.parametrize("table,target", [("actors", 0.97), ("timexes", 0.97), ("figures", 0.95),
                                          ("quotes.found", 0.95), ("quotes.attributed", 0.95)])
def test_f1_targets(scores: pd.DataFrame, table: str, target: float) -> None:
    assert scores.at[table, "f1"] >= target, scores.loc[table].to_dict()


def test_figure_categories(scores: pd.DataFrame) -> None:
    assert scores.at["figures", "category_accuracy"] >= 0.95


def test_titles_dates_datelines_exact(seed) -> None:
    gold = load_gold(GOLD)
    arts = seed.articles.set_index("article_id")
    for aid, g in gold.items():
        assert value(arts.at[aid, "title"]) == g["title"]
        assert value(arts.at[aid, "dateline"]) == g["dateline"]
        if g["published"]:
            assert arts.at[aid, "published"] == pd.Timestamp(g["published"])
            assert arts.at[aid, "published_basis"] in ("metadata", "text")
        else:
            assert arts.at[aid, "published_basis"] in ("inferred", "unknown")


def test_furniture_never_reaches_the_body(seed) -> None:
    gold = load_gold(GOLD)
    arts = seed.articles.set_index("article_id")
    for aid, g in gold.items():
        assert list(arts.at[aid, "boilerplate"]) == g["boilerplate"]
        for line in g["boilerplate"]:
            assert line not in arts.at[aid, "text"]


def test_no_actor_from_furniture(seed) -> None:
    gold = load_gold(GOLD)
    for aid, g in gold.items():
        found = set(seed.mentions.loc[seed.mentions.article_id == aid, "actor_id"])
        assert not found & set(g.get("not_actors", []))


def test_syndicated_pair_grouped_and_nothing_else(seed) -> None:
    gold = load_gold(GOLD)
    groups = seed.articles.groupby("duplicate_group").article_id.apply(sorted).tolist()
    expected = sorted(sorted([a, g["duplicate_of"]]) for a, g in gold.items() if g["duplicate_of"])
    assert sorted(x for x in groups if len(x) > 1) == expected


@pytest.mark.parametrize("table", OFFSET_TABLES)
def test_offsets_slice_back_to_the_surface(seed, table: str) -> None:
    texts = seed.articles.set_index("article_id").text
    rows = getattr(seed, table)
    assert len(rows) > 0
    for r in rows.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text


def test_sentence_segmentation_keeps_abbreviations(seed) -> None:
    sents = seed.sentences.text.tolist()
    assert not any(s.endswith(("Maj.", "Gen.", "Oct.")) for s in sents)
    assert any("Maj. Gen." in s and "Oct. 9" in s for s in sents)


def test_every_input_accounted_for(seed) -> None:
    assert len(seed.articles) + len(seed.problems) == 5
    assert seed.manifest["counts"]["inputs"] == 5
