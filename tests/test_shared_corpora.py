"""Real corpora the project was not written for: BBC News (2,225 files) and Reuters-21578 (JSON lines)."""

from __future__ import annotations


def test_bbc_every_file_accounted_for(bbc) -> None:
    assert len(bbc.articles) + len(bbc.problems) == 2225
    assert len(bbc.problems) == 0
    assert [s.rsplit("/", 1)[-1] for s in bbc.manifest["skipped"]] == ["README.TXT"]


def test_bbc_latin1_file_read_with_a_warning(bbc) -> None:
    art = bbc.articles.set_index("article_id").loc["sport/199"]
    assert list(art.warnings) == ["invalid UTF-8 at byte 257; decoded as cp1252"]
    assert art.title == "Chelsea sack Mutu"


def test_bbc_titles_from_the_first_line(bbc) -> None:
    art = bbc.articles.set_index("article_id").loc["business/001"]
    assert art.title == "Ad sales boost Time Warner profit"
    assert art.text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert bbc.articles.title.notna().all()


def test_bbc_offsets_hold(bbc) -> None:
    texts = bbc.articles.set_index("article_id").text
    for table in ("sentences", "mentions", "timexes", "figures", "quotes"):
        rows = getattr(bbc, table)
        sample = rows.iloc[:: max(1, len(rows) // 500)]
        assert all(texts[r.article_id][r.start:r.end] == r.text for r in sample.itertuples()), table


def test_reuters_records_without_text_are_problems(reuters) -> None:
    assert len(reuters.articles) == 19043
    assert len(reuters.problems) == 2535
    assert set(reuters.problems.reason) == {"record without text"}
    assert reuters.manifest["counts"]["inputs"] == 21578


def test_reuters_metadata_is_kept(reuters) -> None:
    art = reuters.articles.set_index("article_id").loc["reuters-1"]
    assert (art.title, art.outlet, art.published_basis) == ("BAHIA COCOA REVIEW", "Reuters", "metadata")
    assert str(art.published.date()) == "1987-02-26"
    assert art.dateline == "SALVADOR, Feb 26"
    assert art.text.startswith("Showers continued throughout the week in the Bahia cocoa zone")
