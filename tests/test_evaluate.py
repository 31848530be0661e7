"""The evaluation: matching rules, scores and the list of misses."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from helpers.build.evaluate import evaluate

GOLD = """
schema: 1
articles:
  a1:
    published: null
    title: "Talks resume"
    dateline: null
    duplicate_of: null
    boilerplate: ["Share this article", "Photo: Agency"]
    actors: [SRB, XKX, EU, doe]
    timexes:
      - {text: "Oct. 9", value: "XXXX-10-09"}
      - {text: "last week", value: "2023-W40", optional: true}
    figures:
      - {text: "about 300 soldiers", value: 300, category: troops, approx: about}
      - {text: "two officers", value: 2, category: arrested}
    quotes:
      - {speaker: doe, opens: "We will keep talking until"}
      - {speaker: null, opens: "Nobody knows what comes next here"}
"""


def tables() -> dict[str, pd.DataFrame]:
    """Predictions with one miss of each kind."""
    return {
        "articles": pd.DataFrame([{"article_id": "a1", "title": "Talks resume", "published": pd.NaT,
                                   "published_basis": "unknown", "dateline": None, "duplicate_group": "a1",
                                   "text": "Talks resumed.\nShare this article\nBoth sides came."}]),
        "mentions": pd.DataFrame({"article_id": ["a1"] * 4, "actor_id": ["SRB", "XKX", "EU", "NATO"],
                                  "actor_type": ["country", "country", "organisation", "organisation"]}),
        "timexes": pd.DataFrame([{"article_id": "a1", "start": 10, "text": "Oct. 9", "value": "XXXX-10-09"}]),
        "figures": pd.DataFrame([{"article_id": "a1", "start": 30, "text": "about 300 soldiers", "value": 300.0,
                                  "category": "injured"}]),
        "quotes": pd.DataFrame([{"article_id": "a1", "start": 50, "text": "We will keep talking until it is done",
                                 "n_words": 8, "speaker": None, "cue": "said"},
                                {"article_id": "a1", "start": 90, "text": "Nobody knows what comes next here, she said",
                                 "n_words": 8, "speaker": float("nan"), "cue": "said"}]),
    }


def test_scores_and_misses(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    errors: list[dict] = []
    scores = evaluate(path, tables(), errors).set_index("table")
    assert scores.loc["actors", ["tp", "fp", "fn"]].tolist() == [3, 1, 1]
    assert scores.loc["timexes", ["tp", "fp", "fn", "f1"]].tolist() == [1, 0, 0, 1.0]  # optional item not missed
    assert scores.loc["figures", ["tp", "fp", "fn"]].tolist() == [1, 0, 1]
    assert scores.at["figures", "category_accuracy"] == 0.0
    assert scores.loc["quotes.found", ["tp", "fp", "fn"]].tolist() == [2, 0, 0]
    assert scores.loc["quotes.attributed", ["tp", "fp", "fn"]].tolist() == [1, 1, 1]  # unresolved = gold null
    assert scores.loc["articles.boilerplate", ["tp", "fp", "fn", "leaked_lines"]].tolist() == [1, 0, 1, 1]
    assert scores.at["articles.boilerplate", "leaks_per_10_articles"] == 10.0  # one leak in one article
    assert [(e["table"], e["error"]) for e in errors] == [
        ("articles.boilerplate", "missed"), ("actors", "missed"), ("actors", "spurious"), ("figures", "missed"),
        ("figures", "wrong category"), ("quotes", "wrong speaker")]
    assert errors[0]["gold"] == {"text": "Share this article"}
    assert errors[1]["gold"] == {"actor": "doe"} and errors[2]["predicted"] == {"actor": "NATO"}


def test_claims_score_measure_and_subject(tmp_path) -> None:
    import pandas as pd

    from helpers.build.evaluate import score_claims

    gold = {"a": {"figures": [
        {"text": "700 more troops", "value": 700, "category": "troops", "measure": "reinforcement", "subject": "KFOR"},
        {"text": "11 Italians", "value": 11, "category": "injured", "measure": "injured", "subject": "ITA"},
        {"text": "3.5 percent", "value": 3.5, "category": "turnout", "measure": "turnout", "subject": None}]}}
    claims = pd.DataFrame([
        {"article_id": "a", "start": 0, "text": "700 more troops", "value": 700.0, "measure": "force_strength",
         "subject": "KFOR"},
        {"article_id": "a", "start": 30, "text": "11 Italians", "value": 11.0, "measure": "injured", "subject": "HUN"},
        {"article_id": "a", "start": 60, "text": "3.5 percent", "value": 3.5, "measure": "turnout", "subject": None},
        {"article_id": "a", "start": 90, "text": "4 people", "value": 4.0, "measure": "other", "subject": None}])
    errors: list = []
    row = score_claims(gold, claims, errors).as_row()
    got = (row["tp"], row["fp"], row["fn"], row["measure_accuracy"], row["subject_accuracy"])
    assert got == (3, 1, 0, 0.667, 0.667)
    assert sorted(e["error"] for e in errors) == ["spurious", "wrong claim", "wrong claim"]
    assert score_claims({"a": {"figures": [{"text": "x", "value": 1, "category": "other"}]}}, claims) is None


def test_decade_notations_match(tmp_path: Path) -> None:
    """TIMEX3 writes a decade "197" or "197X" (a century "19" or "19XX"): either matches the other."""
    from helpers.build.evaluate import score_timexes, timex_value

    assert [timex_value(v) for v in ["197X", "197", "19XX", "1970", "XXXX-10-09", "2023-W24"]] == [
        "197", "197", "19", "1970", "XXXX-10-09", "2023-W24"]
    gold = {"a1": {"timexes": [{"text": "the late 1970s", "value": "197"},
                               {"text": "the nineties", "value": "199X", "accept": ["1990"]}]}}
    preds = pd.DataFrame([{"article_id": "a1", "start": 0, "text": "the late 1970s", "value": "197X"},
                          {"article_id": "a1", "start": 40, "text": "the nineties", "value": "199"}])
    score = score_timexes(gold, preds)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    preds.loc[0, "value"] = "1970"  # a year is not the decade
    score = score_timexes(gold, preds)
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)


def test_content_put_aside_as_furniture_is_a_false_positive(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    frames = tables()
    frames["articles"]["boilerplate"] = [["Photo: Agency", "Talks resume", "12.10.2023 14:05",
                                          "What is left of the talks?"]]
    errors: list[dict] = []
    scores = evaluate(path, frames, errors).set_index("table")
    # the title and a date stamp are never content lost; the question subheading is
    assert scores.loc["articles.boilerplate", ["tp", "fp", "fn", "content_removed"]].tolist() == [1, 1, 1, 1]
    assert [e["predicted"] for e in errors if e["table"] == "articles.boilerplate" and e["error"] == "spurious"] == [
        {"text": "What is left of the talks?"}]


def test_two_copies_of_one_original_are_a_duplicate_pair_too(tmp_path: Path) -> None:
    """Gold `duplicate_of` points each copy at the original; the pairs are every two articles of one chain."""
    gold = {"schema": 1, "articles": {
        "w1": {"duplicate_of": None}, "c1": {"duplicate_of": "w1"}, "c2": {"duplicate_of": "w1"},
        "c3": {"duplicate_of": "c2"}, "other": {"duplicate_of": None}}}
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    ids = ["w1", "c1", "c2", "c3", "other"]

    def articles(groups: list[str]) -> pd.DataFrame:
        return pd.DataFrame({"article_id": ids, "title": None, "published": pd.NaT, "published_basis": "unknown",
                             "dateline": None, "duplicate_group": groups, "text": ""})

    all_right = evaluate(path, {**tables(), "articles": articles(["w1", "w1", "w1", "w1", "other"])}).set_index("table")
    assert all_right.loc["articles.duplicates", ["tp", "fp", "fn"]].tolist() == [6, 0, 0]  # 4 articles: 6 pairs
    split = evaluate(path, {**tables(), "articles": articles(["w1", "w1", "c2", "c2", "w1"])}).set_index("table")
    assert split.loc["articles.duplicates", ["tp", "fp", "fn"]].tolist() == [2, 2, 4]
