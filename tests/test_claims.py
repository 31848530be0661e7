"""Claims: each figure's measure, subject and time; the same claim across articles; the ledger and series."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers.analysis.claims import claim_status, compare, key_claims, ledger, precision, series
from helpers.build.pipeline import process_article
from helpers.extract.document import RawArticle

TODAY = dt.date(2024, 1, 1)


def claims_of(text: str, published: str | None = "2023-06-01") -> list[tuple]:
    """Run one invented article through the pipeline; return (text, measure, subject, date_start, basis) per claim."""
    meta = {"published": published} if published else {}
    raw = RawArticle("a", "a.txt", None, text, "0" * 64, meta)
    rows = process_article(raw, TODAY)["claims"]
    return [(r["text"], r["measure"], r["subject"], None if pd.isna(r["date_start"]) else str(r["date_start"].date()),
             r["date_basis"]) for r in rows]


# --------------------------------------------------------------------------- seeds: the issue's own cases


def test_seed_reinforcements_are_never_strengths(seed) -> None:
    c = seed.claims.set_index("text")
    assert c.loc["700 additional troops", ["measure", "subject"]].tolist() == ["reinforcement", "KFOR"]
    assert c.loc["about 500 more soldiers", ["measure", "subject"]].tolist() == ["reinforcement", "TUR"]
    assert c.loc["700 troops", ["measure", "subject"]].tolist() == ["reinforcement", "KFOR"]
    assert c.loc["around 700 personnel", ["measure", "subject"]].tolist() == ["reinforcement", "KFOR"]


def test_seed_strengths_at_their_dates(seed) -> None:
    strengths = seed.claims[seed.claims.measure.eq("force_strength")]
    got = sorted((t, s, None if pd.isna(d) else str(d.date()), b) for t, s, d, b in
                 zip(strengths.text, strengths.subject, strengths.date_start, strengths.date_basis))
    assert got == [("almost 3,800 soldiers", "KFOR", "2023-06-13", "publication"),
                   ("approximately 4,500 soldiers", "KFOR", None, "unknown"),
                   ("approximately 4,500 troops", "KFOR", None, "unknown"),
                   ("approximately 4,511 troops", "KFOR", "2023-06-19", "publication")]
    assert series(seed.claims, "force_strength", {"KFOR"})[["value"]].value.tolist() == [3800.0, 4511.0]


def test_seed_contingents_and_casualty_subjects(seed) -> None:
    c = seed.claims.set_index("text")
    assert c.loc["some 350 from Türkiye", ["measure", "subject"]].tolist() == ["contingent_strength", "TUR"]
    assert c.loc["30 NATO soldiers", ["measure", "subject"]].tolist() == ["injured", "KFOR"]
    assert c.loc["11 Italians", ["measure", "subject"]].tolist() == ["injured", "ITA"]
    assert c.loc["three Kosovo police officers", ["measure", "subject"]].tolist() == ["arrested", "XKX"]
    assert pd.isna(c.loc["52 protesters", "subject"])


def test_seed_one_clash_two_claims_and_copies_count_once(seed) -> None:
    c = seed.claims.set_index("text")
    soldiers = c.loc[["30 international soldiers", "30 NATO soldiers"], "claim_id"]
    assert soldiers.nunique() == 1 and c.loc["30 NATO soldiers", "n_sources"] == 2
    assert c.loc["52 protesters", "claim_id"] != soldiers.iloc[0]
    copies = seed.claims[seed.claims.text.str.startswith("approximately 4,500")]
    assert copies.claim_id.nunique() == 1 and copies.n_sources.tolist() == [1, 1]  # 004 rewords 002


def test_seed_historical_toll_dated_by_its_clause(seed) -> None:
    row = seed.claims.set_index("text").loc["more than 10,000 lives"]
    assert (row.measure, str(row.date_start.date()), str(row.date_end.date()), row.date_basis) == \
        ("killed", "1998-01-01", "1999-12-31", "sentence")


def test_seed_turnouts_are_one_claim_with_a_rounding(seed) -> None:
    turnout = seed.claims[seed.claims.measure.eq("turnout")]
    assert turnout.claim_id.nunique() == 1
    led = ledger(turnout)
    assert led["values"].tolist() == [[3.47, 3.5]] and led.status.tolist() == ["rounding"]


def test_claim_offsets_slice_back_to_the_surface(seed) -> None:
    texts = seed.articles.set_index("article_id").text
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in seed.claims.itertuples())
    assert len(seed.claims) == len(seed.figures)


# --------------------------------------------------------------------------- rules on invented sentences


@pytest.mark.parametrize("text, expected", [
    ("NATO will deploy 700 more troops to Kosovo, bringing the force to 4,500 troops.",
     [("700 more troops", "reinforcement", "KFOR"), ("4,500 troops", "force_strength", "KFOR")]),
    ("The largest contingent comes from Italy, which has some 800 troops in Kosovo.",
     [("some 800 troops", "contingent_strength", "ITA")]),
    ("The Turkish contingent of 780 soldiers is one of the largest in a force of about 4,700 troops.",
     [("780 soldiers", "contingent_strength", "TUR"), ("about 4,700 troops", "force_strength", "KFOR")]),
    ("About 500 Turkish commandos have left for Kosovo, where they will join KFOR's reserve.",
     [("About 500 Turkish commandos", "reinforcement", "TUR")]),
    ("With the arrival of reinforcements, KFOR counts about 4,500 troops.",
     [("about 4,500 troops", "force_strength", "KFOR")]),
])
def test_troop_figures(text: str, expected: list[tuple]) -> None:
    got = [(t, m, s) for t, m, s, _, _ in claims_of(f"KFOR update\n\n{text} KFOR is NATO's mission.")]
    assert got == expected


def test_vote_share_is_not_turnout() -> None:
    got = claims_of("Vote\n\nTurnout was 3.5 percent, and the winning candidate took 94% of the votes cast.")
    assert [(t, m) for t, m, *_ in got] == [("3.5 percent", "turnout"), ("94%", "vote_share")]


def test_incident_date_from_the_sentence_and_publication_fallback() -> None:
    got = claims_of("Clashes\n\nOn Monday, 30 KFOR soldiers were injured in Zvecan. Police said 52 Serbs were "
                    "hurt.", published="2023-05-31")
    assert [(t, m, s, d, b) for t, m, s, d, b in got] == [
        ("30 KFOR soldiers", "injured", "KFOR", "2023-05-29", "sentence"),
        ("52 Serbs", "injured", "Serbs", "2023-05-31", "publication")]


def test_no_publication_date_leaves_the_time_unknown() -> None:
    [(_, measure, _, date, basis)] = claims_of("Brief\n\nKFOR has 4,500 troops.", published=None)
    assert (measure, date, basis) == ("force_strength", None, "unknown")


# --------------------------------------------------------------------------- across articles


def frame(rows: list[tuple]) -> pd.DataFrame:
    """Claims rows from (article_id, measure, subject, value, approx, date, basis)."""
    return pd.DataFrame([{"article_id": a, "sentence_id": 0, "start": i, "end": i + 1, "text": str(v), "measure": m,
                          "subject": s, "value": float(v), "unit": "troops", "approx": q,
                          "date_start": pd.Timestamp(d) if d else pd.NaT, "date_end": pd.Timestamp(d) if d else pd.NaT,
                          "date_basis": b, "claim_id": None, "n_sources": None}
                         for i, (a, m, s, v, q, d, b) in enumerate(rows)])


def test_key_claims_series_incidents_and_copies() -> None:
    rows = frame([
        ("a", "force_strength", "KFOR", 3800, None, "2023-05-31", "publication"),
        ("b", "force_strength", "KFOR", 3800, None, "2023-06-01", "publication"),   # same week: same claim
        ("c", "force_strength", "KFOR", 4500, None, "2023-06-20", "publication"),   # later: a series point
        ("d", "injured", "KFOR", 30, None, "2023-05-29", "sentence"),
        ("e", "injured", "KFOR", 25, None, "2023-06-02", "publication"),            # joins the dated incident
        ("f", "injured", "KFOR", 30, None, "2023-07-20", "publication"),            # too late: another claim
        ("g", "injured", "Serbs", 52, None, "2023-05-29", "sentence"),              # other subject: other claim
    ])
    keyed = key_claims(rows, {"b": "a"}).set_index("article_id")
    assert keyed.loc["a", "claim_id"] == keyed.loc["b", "claim_id"] != keyed.loc["c", "claim_id"]
    assert keyed.loc["a", "n_sources"] == 1  # b is a's syndicated copy
    assert keyed.loc["d", "claim_id"] == keyed.loc["e", "claim_id"]
    assert len({keyed.loc[x, "claim_id"] for x in "dfg"}) == 3
    led = ledger(key_claims(rows, {})).set_index("claim_id")
    assert led.loc[keyed.loc["d", "claim_id"], "status"] == "disagreement"
    assert series(key_claims(rows, {}), "force_strength").value.tolist() == [3800.0, 4500.0]


def test_claim_ids_follow_dates_and_are_stable() -> None:
    rows = frame([("x", "killed", None, 10, None, "2016-07-15", "sentence"),
                  ("y", "killed", None, 1, None, "2023-09-24", "sentence"),
                  ("z", "killed", None, 3, None, None, "unknown")])
    assert key_claims(rows, {}).claim_id.tolist() == ["C00001", "C00002", "C00003"]
    assert key_claims(rows.iloc[::-1], {}).sort_index().claim_id.tolist() == ["C00001", "C00002", "C00003"]


@pytest.mark.parametrize("a, b, qa, qb, expected", [
    (4511, 4500, None, "about", "rounding"),
    (3.47, 3.5, None, None, "rounding"),
    (30, 25, None, None, "disagreement"),
    (28, 30, None, "about", "rounding"),
    (700, 700, None, None, "same"),
    (3800, 4500, "almost", None, "disagreement"),
])
def test_compare(a, b, qa, qb, expected) -> None:
    assert compare(a, b, qa, qb) == expected == compare(b, a, qb, qa)


def test_precision_as_stated() -> None:
    assert [str(precision(v, q)) for v, q in [(4500, None), (4511, None), (3.47, None), (30, None), (30, "about"),
                                              (10000, "more than")]] == ["100", "1", "0.01", "1", "10", "10000"]
    assert claim_status([30, 30, 25], [None, None, None], ["a", "b", "c"]) == "disagreement"
    assert claim_status([30, 25], [None, None], ["a", "a"]) == "one source"
