"""The per-article step: publication-date inference and what one article yields."""

from __future__ import annotations

import datetime as dt

from helpers.build.pipeline import process_article
from helpers.extract.document import RawArticle

TODAY = dt.date(2026, 1, 1)


def run(text: str, **meta) -> dict:
    """Process one article made from text and metadata."""
    return process_article(RawArticle("a1", "a1.txt", None, text, "0" * 64, meta, []), TODAY)


def test_publication_inferred_from_the_latest_full_date() -> None:
    out = run("Headline here\n\nProtests broke out on 3 March 2024 in the north. Police said last week was calm.")
    art = out["articles"][0]
    assert (str(art["published"].date()), art["published_basis"]) == ("2024-03-03", "inferred")
    last_week = [t for t in out["timexes"] if t["text"] == "last week"]
    assert [(t["value"], t["reference_basis"]) for t in last_week] == [("2024-W08", "inferred")]


def test_no_inference_when_a_date_lacks_its_year() -> None:
    out = run("The coup attempt of 15 July 2016 was recalled. The new commander took over on Oct. 12.")
    assert out["articles"][0]["published_basis"] == "unknown"
    assert [t["value"] for t in out["timexes"]] == ["2016-07-15", "XXXX-10-12"]


def test_no_inference_when_a_later_year_is_mentioned() -> None:
    out = run("The agreement of 4 May 2019 was signed. Elections followed in 2021.")
    assert out["articles"][0]["published_basis"] == "unknown"


def test_metadata_date_is_used_as_is() -> None:
    out = run("Troops arrived on Tuesday.", published="2023-05-31")
    art = out["articles"][0]
    assert art["published_basis"] == "metadata"
    assert [t["value"] for t in out["timexes"]] == ["2023-05-30"]


def test_every_row_points_back_to_its_article() -> None:
    out = run("Ana Voss, a spokesperson for the mission, said: \"About 300 soldiers arrived in Kosovo on 2 May 2023.\"")
    for table in ("sentences", "mentions", "timexes", "figures", "quotes"):
        assert out[table], table
        for row in out[table]:
            assert row["article_id"] == "a1"
            assert out["articles"][0]["text"][row["start"]:row["end"]] == row["text"]


def test_no_inference_from_a_date_that_looks_back_or_ahead() -> None:
    for lede in ("The singer vanished 10 years ago, on 1 February 1995, in Cardiff.",
                 "The regulator extended the deadline until 15 July 2026 for all banks.",
                 "The film is due for release on 19 May 2026 in cinemas."):
        out = run(f"Headline here\n\n{lede} Critics reacted last week.")
        assert out["articles"][0]["published_basis"] == "unknown", lede


def test_no_inference_from_a_date_deep_in_the_text() -> None:
    body = " ".join(["Talks went on."] * 3) + " The accident happened on 17 October 2000 near Leeds."
    assert run(f"Headline here\n\n{body}")["articles"][0]["published_basis"] == "unknown"
