"""Regression on invented articles in other outlets' styles (tests/fixtures/styles*, see their README)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.build.evaluate import evaluate

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = ["articles.title", "articles.published", "articles.dateline", "articles.duplicates", "actors", "timexes",
          "figures", "quotes.found", "quotes.attributed"]
FLOORS = {"styles": {}, "styles2": {}}


def score_set(name: str, tmp_path_factory) -> pd.DataFrame:
    """Build one fixture set and score it against its gold file, indexed by table."""
    folder = FIXTURES / name
    corpus = helpers.load_corpus(folder / "articles", cache_dir=tmp_path_factory.mktemp(name))
    return evaluate(folder / "gold.yaml", corpus.tables).set_index("table")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory) -> tuple[str, pd.DataFrame]:
    """Scores of one fixture set against its gold file, indexed by table."""
    return request.param, score_set(request.param, tmp_path_factory)


@pytest.mark.parametrize("table", TABLES)
def test_styles_hold(scored: tuple[str, pd.DataFrame], table: str) -> None:
    name, scores = scored
    assert scores.at[table, "f1"] >= FLOORS[name].get(table, 0.95), (name, scores.loc[table].to_dict())


def test_style_figure_categories(scored: tuple[str, pd.DataFrame]) -> None:
    name, scores = scored
    assert scores.at["figures", "category_accuracy"] >= 0.95, name


def test_development_set_styles4_holds(tmp_path_factory) -> None:
    """styles4 (scraped pages, written without the code, tuned on for page furniture) keeps its scores."""
    s = score_set("styles4", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.98
    assert s.at["articles.title", "f1"] >= 0.94
    assert s.at["figures", "f1"] >= 0.93 and s.at["figures", "category_accuracy"] >= 0.90
    assert s.at["timexes", "f1"] >= 0.93 and s.at["actors", "f1"] >= 0.98
    assert s.at["articles.published", "f1"] == 1.0


def test_development_set_styles5_holds(tmp_path_factory) -> None:
    """styles5 (twelve more scraped pages, written without the code, tuned on after its first run) keeps its
    scores."""
    s = score_set("styles5", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 3
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.99
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.97
    assert s.at["articles.published", "f1"] == 1.0
    assert s.at["figures", "f1"] >= 0.89 and s.at["figures", "category_accuracy"] >= 0.92


def test_development_set_styles6_holds(tmp_path_factory) -> None:
    """styles6 (sixteen pages of six outlets whose wrapper lines recur across their pages, written without the
    code, tuned on after its first run) keeps its scores: the recurring wrapper is found as repeated lines."""
    s = score_set("styles6", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["articles.published", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.99
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.97
    assert s.at["figures", "f1"] >= 0.91 and s.at["figures", "category_accuracy"] >= 0.96


def test_development_set_styles7_holds(tmp_path_factory) -> None:
    """styles7 (fourteen pages copied the way real sites' pages come out: menus, stamps, embedded posts, pull quotes,
    captions, footers; written without the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles7", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] <= 9
    assert s.at["articles.title", "f1"] >= 0.92 and s.at["articles.published", "f1"] >= 0.96
    assert s.at["articles.dateline", "f1"] >= 0.88
    assert s.at["quotes.found", "f1"] >= 0.99 and s.at["quotes.attributed", "f1"] >= 0.99
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.93
    assert s.at["figures", "f1"] >= 0.91 and s.at["figures", "category_accuracy"] >= 0.98


def test_development_set_styles8_holds(tmp_path_factory) -> None:
    """styles8 (sixteen pages as scrapers, feeds and archives give them: archive fields, aggregator wrappers and
    disclaimers, captions without credit, related questions; quotes of ministries, spokespeople, relayed letters;
    written without the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles8", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["articles.published", "f1"] >= 0.96 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.97
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.91
    assert s.at["figures", "f1"] >= 0.95 and s.at["figures", "category_accuracy"] >= 0.98


def test_development_set_styles9_holds(tmp_path_factory) -> None:
    """styles9 (fourteen pages in shapes none of the earlier sets had: archive and cache copies, reader mode, AMP,
    a newsletter, e-paper pages, footnotes, a press release, machine-translated outlets, embeds in Serbian and
    Albanian; written without the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles9", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 7 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.93
    assert s.at["figures", "f1"] >= 0.96


def test_development_set_styles10_holds(tmp_path_factory) -> None:
    """styles10 (sixteen pages in shapes none of the earlier sets had: a live blog, PDF and OCR text, Markdown and
    RSS copies, an app copy with a consent banner, reader comments, a transcript, a gallery, an e-mail forward;
    written without the code, tuned on after its first run) keeps its scores: markup read as text, comment sections,
    live-page stamps and controls out."""
    s = score_set("styles10", tmp_path_factory)
    # fp: two of the 16 are m02's bio and "About" box, gold furniture listed line by line but joined when the PDF
    # copy is reflowed into paragraphs
    assert s.at["articles.boilerplate", "leaked_lines"] <= 29 and s.at["articles.boilerplate", "fp"] <= 16
    assert s.at["articles.title", "f1"] >= 0.86 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] >= 0.97 and s.at["quotes.attributed", "f1"] >= 0.82
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.90
    assert s.at["figures", "f1"] >= 0.91


def test_development_set_styles11_holds(tmp_path_factory) -> None:
    """styles11 (twenty ordinary pages of twenty outlets as pasted or scraped: site names and slogans above menus,
    date lines in the region's languages, byline variants, captions and credits, appeals and notes; written without
    the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles11", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["quotes.found", "f1"] >= 0.99 and s.at["quotes.attributed", "f1"] >= 0.97
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96
    assert s.at["figures", "f1"] >= 0.95


def test_development_set_styles12_holds(tmp_path_factory) -> None:
    """styles12 (sixteen pages in the long tail of the furniture kinds that leak on real pages: credit, staff,
    read-more, short-link, continue-reading, section-label, stamp and feed-disclaimer variants; written without the
    code, tuned on after its first run) keeps its scores."""
    s = score_set("styles12", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 6 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["quotes.found", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.96 and s.at["timexes", "f1"] >= 0.88
    assert s.at["figures", "f1"] >= 0.95 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles13_holds(tmp_path_factory) -> None:
    """styles13 (fourteen pages of the region's outlets publishing in English, their furniture in their own
    languages; written without the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles13", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] >= 0.92
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.92 and s.at["figures", "f1"] >= 0.94


def test_development_set_styles14_holds(tmp_path_factory) -> None:
    """styles14 (sixteen pages in shapes no earlier set had: live blogs, audio players, galleries, print copies,
    explainers with contents, polls, embeds, sponsors and syndication footers, bios as plain sentences; written
    without the code, tuned on after its first run) keeps its scores."""
    s = score_set("styles14", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 8 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["quotes.found", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.93 and s.at["figures", "f1"] >= 0.93
    assert s.at["quotes.attributed", "f1"] >= 0.88


def test_development_set_styles15_holds(tmp_path_factory) -> None:
    """styles15 (fourteen pages in shapes no earlier set had: a press release with notes to editors, a wire client
    feed, a PDF page in narrow columns, archive and cache copies, a feed dump, a machine translation, a Telegram
    channel, a broadcast transcript, a column with a pull quote, reader comments, a paywall; written without the
    code, tuned on after its first run) keeps its scores."""
    s = score_set("styles15", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["articles.boilerplate", "fp"] <= 4
    assert s.at["articles.title", "f1"] >= 0.88 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["quotes.found", "f1"] >= 0.96
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.99 and s.at["figures", "f1"] >= 0.92
    assert s.at["quotes.attributed", "f1"] >= 0.92 and s.at["articles.published", "f1"] == 1.0


def test_development_set_styles16_holds(tmp_path_factory) -> None:
    """styles16 (fourteen pages whose furniture reads like prose: sentence captions, video blocks, related-story
    teasers, promos, notes and bios in sentences, embedded posts, prose boxes; written without the code, tuned on
    after its first run: 28.6 leaked lines per 10 articles, figure categories 0.82) keeps its scores."""
    s = score_set("styles16", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 4 and s.at["articles.boilerplate", "fp"] <= 3
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["quotes.found", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.95
    assert s.at["figures", "category_accuracy"] >= 0.90 and s.at["quotes.attributed", "f1"] == 1.0


def test_development_set_styles17_holds(tmp_path_factory) -> None:
    """styles17 (sixteen everyday scraped pages of sixteen outlets with the furniture that leaks most, some of it in
    mid-story; written without the code, first run at the code of the styles16 round: 10.0 leaked lines per 10
    articles, publication dates 0.90, datelines 0.84; then tuned on) keeps its scores."""
    s = score_set("styles17", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 3 and s.at["articles.boilerplate", "fp"] <= 3
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.97 and s.at["figures", "f1"] >= 0.94
    assert s.at["figures", "category_accuracy"] >= 0.95 and s.at["quotes.attributed", "f1"] >= 0.91


def test_development_set_styles18_holds(tmp_path_factory) -> None:
    """styles18 (fourteen scraped pages whose furniture is hard to tell from content: sentence captions, related
    headlines that read as sentences under new labels, staff lines, prompts in sentences; written without the code,
    first run: 36.4 leaked lines per 10 articles, datelines 0.89, figures 0.88; then tuned on) keeps its scores."""
    s = score_set("styles18", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] == 1.0 and s.at["figures", "f1"] >= 0.97
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["quotes.attributed", "f1"] == 1.0


def test_development_set_styles19_holds(tmp_path_factory) -> None:
    """styles19 (fourteen hand-copied pages of real news sites, written without the code; first run: 24.3 leaked
    lines per 10 articles, titles 0.85, datelines 0.40, attributed quotes 0.92; then tuned on) keeps its scores."""
    s = score_set("styles19", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["articles.boilerplate", "fp"] <= 4
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.96 and s.at["timexes", "f1"] == 1.0 and s.at["figures", "f1"] >= 0.99
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["quotes.attributed", "f1"] >= 0.96


def test_development_set_styles20_holds(tmp_path_factory) -> None:
    """styles20 (sixteen syndicated and aggregated pages: four wire stories, eight copies, four same-event stories
    that are no copies; written without the code; first run: 19.4 leaked lines per 10 articles, duplicates 1.00;
    then tuned on) keeps its scores."""
    s = score_set("styles20", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.98 and s.at["figures", "f1"] >= 0.98
    assert s.at["figures", "category_accuracy"] == 1.0 and s.at["quotes.attributed", "f1"] == 1.0


def test_development_set_styles21_holds(tmp_path_factory) -> None:
    """styles21 (sixteen hand-copied pages of real regional sites: RFE/RL, BIRN, N1, Daily Sabah, NATO, KFOR …;
    written without the code; first run: 23.8 leaked lines per 10 articles, titles 0.88, attributed quotes 0.89;
    then tuned on) keeps its scores."""
    s = score_set("styles21", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.99 and s.at["figures", "f1"] >= 0.97
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["quotes.attributed", "f1"] == 1.0


def test_development_set_styles22_holds(tmp_path_factory) -> None:
    """styles22 (sixteen scraped pages of invented outlets written to the extraction issue's own lists of
    furniture, attribution, figure and date shapes; written without the code; first run: 10.6 leaked lines per 10
    articles, attributed quotes 0.89; then tuned on) keeps its scores."""
    s = score_set("styles22", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.98 and s.at["figures", "f1"] >= 0.97
    assert s.at["figures", "category_accuracy"] >= 0.97 and s.at["quotes.attributed", "f1"] >= 0.96


def test_development_set_styles23_holds(tmp_path_factory) -> None:
    """styles23 (sixteen hand-copied pages of real sites no earlier set used: Washington Post, Bloomberg, FT,
    Economist, VOA, TASS, Xinhua …; written without the code; first run: 32.5 leaked lines per 10 articles, datelines
    0.75, attributed quotes 0.87; then tuned on) keeps its scores."""
    s = score_set("styles23", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] >= 0.96
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] == 1.0
    assert s.at["figures", "category_accuracy"] >= 0.94 and s.at["quotes.attributed", "f1"] >= 0.96


def test_development_set_styles24_holds(tmp_path_factory) -> None:
    """styles24 (sixteen hand-copied pages of big US, UK and other sites no earlier set used: ABC News, Fox News, NBC,
    Newsweek, Stars and Stripes, MailOnline, Irish Times, CBC, ANSA, RT …; written without the code; first run: titles
    0.45 and 61.9 leaked lines per 10 articles on pages that put a blank line after every line; then tuned on) keeps
    its scores."""
    s = score_set("styles24", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 11 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.95
    assert s.at["figures", "category_accuracy"] >= 0.91 and s.at["quotes.attributed", "f1"] >= 0.91


def test_development_set_styles25_holds(tmp_path_factory) -> None:
    """styles25 (sixteen hand-copied pages of regional sites no earlier set used: Hungary Today, Tirana Times, Nordic
    Monitor, Novinite, Cyprus Mail, bianet, Ahval, The National, MIA, Türkiye Today …; written without the code; first
    run: 25.0 leaked lines per 10 articles; then tuned on) keeps its scores."""
    s = score_set("styles25", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 8 and s.at["articles.boilerplate", "fp"] <= 6
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.95 and s.at["timexes", "f1"] >= 0.97 and s.at["figures", "f1"] >= 0.96
    assert s.at["figures", "category_accuracy"] >= 0.97 and s.at["quotes.attributed", "f1"] >= 0.91


def test_development_set_styles26_holds(tmp_path_factory) -> None:
    """styles26 (sixteen quote-dense hand-copied pages of real sites no earlier set used: EUobserver, Tanjug, Forces
    News, BTA, RFI, Der Spiegel, bne IntelliNews, The Brussels Times, The Local, TVP World …; written without the
    code; first run: attributed quotes 0.85, 9.4 leaked lines per 10 articles, datelines 0.40; then tuned on) keeps
    its scores."""
    s = score_set("styles26", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.98 and s.at["figures", "f1"] >= 0.98
    assert s.at["figures", "category_accuracy"] >= 0.94 and s.at["quotes.attributed", "f1"] >= 0.97


def test_development_set_styles27_holds(tmp_path_factory) -> None:
    """styles27 (sixteen hand-copied pages of real sites no earlier set used, dense in numbers and dates: The Defense
    Post, Evening Standard, Irish Examiner, The Washington Times and Global News carrying AP, Radio Prague, Middle
    East Monitor, The Japan Times, IBNA, Hindustan Times, The Sofia Globe, Notes from Poland, Decode39, Breaking
    Defense …; written without the code; first run: 14.4 leaked lines per 10 articles, attributed quotes 0.89,
    timexes 0.94; then tuned on) keeps its scores."""
    s = score_set("styles27", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.95
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["quotes.attributed", "f1"] >= 0.95


def test_development_set_styles28_holds(tmp_path_factory) -> None:
    """styles28 (sixteen long, ordinary articles of real sites no earlier set used, 185 quotations: The Scotsman, ITV
    News, Irish Independent, Times of Malta, The Globe and Mail and NDTV carrying one Reuters story, SCMP, The Wall
    Street Journal, CBS News, The Hill, Yeni Şafak …; written without the code; first run: attributed quotes 0.92,
    5.6 leaked lines per 10 articles, timexes 0.93; then tuned on) keeps its scores."""
    s = score_set("styles28", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.98 and s.at["figures", "f1"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles29_holds(tmp_path_factory) -> None:
    """styles29 (sixteen hand-copied pages of real sites no earlier set used, 171 figures on the categories theme:
    RTÉ, Gulf News and The Sydney Morning Herald carrying one Reuters story, PBS NewsHour, The Times of Israel, Dawn
    and Khaleej Times carrying one AFP story, Kyiv Post, Chicago Tribune, Al Arabiya, Task & Purpose, Axios …;
    written without the code; first run: 12.5 leaked lines per 10 articles, figure categories 0.91, attributed
    quotes 0.92; then tuned on) keeps its scores."""
    s = score_set("styles29", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.96
    assert s.at["figures", "category_accuracy"] >= 0.95 and s.at["quotes.attributed", "f1"] >= 0.97


def test_development_set_styles30_holds(tmp_path_factory) -> None:
    """styles30 (eighteen hand-copied pages of real sites no earlier set used, on the theme of syndication: three
    wire stories carried by two or three outlets each, and look-alikes that are no copies — the same event reported
    independently, a next-day follow-up repeating background paragraphs, a second same-day story of one agency, a
    live blog quoting wire paragraphs; written without the code; first run: duplicates 1.00, 10 leaked lines per 10
    articles, timexes 0.93; then tuned on) keeps its scores."""
    s = score_set("styles30", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.duplicates", "fp"] == 0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.dateline", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.97
    assert s.at["figures", "category_accuracy"] >= 0.97 and s.at["quotes.attributed", "f1"] >= 0.98


def test_development_set_styles31_holds(tmp_path_factory) -> None:
    """styles31 (sixteen hand-copied pages of regional and state agencies' English editions no earlier set used, on
    the theme of regional and translated English: dash-introduced speech, transliterated names, European date
    shapes, one Tanjug story on two sites and a look-alike; written without the code; first run: quotes found 0.93,
    attributed 0.80, 7.5 leaked lines per 10 articles; then tuned on) keeps its scores."""
    s = score_set("styles31", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.duplicates", "fp"] == 0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.99 and s.at["figures", "f1"] >= 0.99
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles32_holds(tmp_path_factory) -> None:
    """styles32 (sixteen chronology-dense pages of sites no earlier set used: live blogs, "Key dates" boxes,
    anniversaries, weekly round-ups, relative chains; one PA story on two sites and a look-alike; written without the
    code; first run: timexes 0.93, 8.1 leaked lines per 10 articles; then tuned on) keeps its scores."""
    s = score_set("styles32", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.boilerplate", "fp"] == 0 and s.at["articles.boilerplate", "leaked_lines"] <= 7
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.96 and s.at["figures", "f1"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.92


def test_development_set_styles33_holds(tmp_path_factory) -> None:
    """styles33 (fourteen digests, briefings, interviews and transcripts of sites no earlier set used; one AFP story
    on two sites and a look-alike; written without the code; first run: 18.6 leaked lines per 10 articles, titles
    0.82; then tuned on) keeps its scores."""
    s = score_set("styles33", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 6 and s.at["articles.boilerplate", "fp"] <= 3
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.98 and s.at["figures", "f1"] >= 0.97
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.89


def test_development_set_styles34_holds(tmp_path_factory) -> None:
    """styles34 (fourteen articles as research databases export them: Nexis Uni, Factiva, ProQuest, Gale, EBSCO,
    PressReader and a Wayback copy; one AAP story in two databases and a look-alike; written without the code; first
    run: 63.6 leaked lines per 10 articles, publication dates 0.72, timexes 0.76; then tuned on) keeps its scores."""
    s = score_set("styles34", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.99 and s.at["figures", "f1"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.91


def test_development_set_styles35_holds(tmp_path_factory) -> None:
    """styles35 (sixteen newsletters, blogs, threads, channels, forums and think-tank posts; one Substack post
    cross-posted to Medium and a look-alike; written without the code; first run: quotes attributed 0.70, 38.1 leaked
    lines per 10 articles; then tuned on) keeps its scores."""
    s = score_set("styles35", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] >= 0.96
    assert s.at["articles.boilerplate", "leaked_lines"] <= 12 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["articles.title", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.96 and s.at["timexes", "f1"] >= 0.92 and s.at["figures", "f1"] >= 0.96
    assert s.at["quotes.found", "f1"] >= 0.99 and s.at["quotes.attributed", "f1"] >= 0.80


def test_development_set_styles36_holds(tmp_path_factory) -> None:
    """styles36 (sixteen fact-checks and disinformation-monitoring pages; one fact-check republished by a partner
    and a look-alike; written without the code; first run: publication dates 0.77, 33.1 leaked lines per 10
    articles, quotes attributed 0.73; then tuned on) keeps its scores."""
    s = score_set("styles36", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "fp"] == 0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 12
    assert s.at["timexes", "f1"] >= 0.95 and s.at["figures", "f1"] >= 0.97
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.78


def test_development_set_styles37_holds(tmp_path_factory) -> None:
    """styles37 (fourteen official and parliamentary records; one NATO release republished by an ally's ministry
    and KFOR's own release; written without the code; first run: titles 0.67, figure categories 0.88, 30.0 leaked
    lines per 10 articles; then tuned on) keeps its scores."""
    s = score_set("styles37", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] >= 0.96
    assert s.at["articles.boilerplate", "leaked_lines"] <= 30 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["figures", "f1"] >= 0.98 and s.at["figures", "category_accuracy"] >= 0.95
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.97


def test_development_set_styles38_holds(tmp_path_factory) -> None:
    """styles38 (fourteen spoken-word transcripts: TV, radio, podcasts, auto-captions, briefings, interviews; one
    member station's copy; written without the code; first run: 36.4 leaked lines per 10 articles, timexes 0.87,
    quotes attributed 0.86; then tuned on) keeps its scores."""
    s = score_set("styles38", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 7 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["actors", "f1"] >= 0.97 and s.at["timexes", "f1"] >= 0.94
    assert s.at["figures", "f1"] >= 0.98 and s.at["figures", "category_accuracy"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.97


def test_development_set_styles39_holds(tmp_path_factory) -> None:
    """styles39 (fourteen stories that changed after publication: wire updates, corrections, retractions, revised
    tolls; written without the code; first run: 7.1 leaked lines per 10 articles, quotes attributed 0.94; then
    tuned on) keeps its scores."""
    s = score_set("styles39", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.title", "f1"] == 1.0
    assert s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] == 0 and s.at["articles.boilerplate", "fp"] <= 1
    assert s.at["actors", "f1"] >= 0.99 and s.at["timexes", "f1"] >= 0.96
    assert s.at["figures", "f1"] >= 0.97 and s.at["figures", "category_accuracy"] == 1.0
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.96


def test_development_set_styles40_holds(tmp_path_factory) -> None:
    """styles40 (fourteen home-press pages on KFOR contingents; one AP copy; written without the code; first run:
    quotes attributed 0.78, figure categories 0.96; then tuned on) keeps its scores."""
    s = score_set("styles40", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.title", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 6 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["figures", "f1"] >= 0.96 and s.at["figures", "category_accuracy"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.80


def test_development_set_styles41_holds(tmp_path_factory) -> None:
    """styles41 (fourteen business and defence-industry pages; one Bloomberg copy; written without the code; first
    run: 25.7 leaked lines per 10 articles, titles 0.79, quotes attributed 0.88; then tuned on) keeps its scores."""
    s = score_set("styles41", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.title", "f1"] >= 0.92
    assert s.at["articles.boilerplate", "leaked_lines"] <= 8 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["figures", "category_accuracy"] == 1.0 and s.at["timexes", "f1"] >= 0.96
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles42_holds(tmp_path_factory) -> None:
    """styles42 (fourteen court, prosecution and police pages; an AP court story with a copy and a look-alike;
    written without the code; first run: titles 0.86, 8.6 leaked lines per 10 articles, figure categories 0.92,
    quotes attributed 0.77; then tuned on) keeps its scores."""
    s = score_set("styles42", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["figures", "f1"] >= 0.96 and s.at["figures", "category_accuracy"] >= 0.95
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.90
    assert s.at["actors", "f1"] >= 0.98 and s.at["timexes", "f1"] >= 0.96


def test_development_set_styles43_holds(tmp_path_factory) -> None:
    """styles43 (fourteen stories through aggregators, apps, readers, a mail forward and translated pages; two copies
    and a look-alike; written without the code; first run: titles 0.74, published 0.93, 20.7 leaked lines per 10
    articles; then tuned on) keeps its scores."""
    s = score_set("styles43", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["articles.boilerplate", "fp"] == 0
    assert s.at["figures", "f1"] >= 0.94 and s.at["timexes", "f1"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles44_holds(tmp_path_factory) -> None:
    """styles44 (fourteen sports, culture and entertainment pages; an AFP copy and a look-alike; written without the
    code; first run: 35.7 leaked lines per 10 articles, figures 0.77, titles 0.86, attributed 0.82) keeps its
    scores."""
    s = score_set("styles44", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 6
    assert s.at["figures", "f1"] >= 0.89 and s.at["figures", "category_accuracy"] >= 0.98
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.87


def test_development_set_styles45_holds(tmp_path_factory) -> None:
    """styles45 (fourteen pages a keyword search returns: six on the crisis, eight name collisions such as KFOR-TV and
    turkey the bird; written without the code; first run: actors 0.90) keeps its scores: no KFOR on KFOR-TV's pages,
    no Türkiye on the turkey farm's."""
    s = score_set("styles45", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["actors", "f1"] >= 0.905 and s.at["timexes", "f1"] >= 0.91
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["quotes.found", "f1"] == 1.0


def test_development_set_styles46_holds(tmp_path_factory) -> None:
    """styles46 (fourteen press reviews and media-monitoring pages and the stories they summarise; written without the
    code; first run: 21.4 leaked lines per 10 articles, attributed 0.746) keeps its scores: the reviews' source lines
    and disclaimers are furniture, their item headings in capitals are not, a paper with no key speaks for nobody."""
    s = score_set("styles46", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 2 and s.at["articles.boilerplate", "content_removed"] <= 2
    assert s.at["quotes.attributed", "f1"] >= 0.83 and s.at["actors", "f1"] >= 0.96


def test_development_set_styles47_holds(tmp_path_factory) -> None:
    """styles47 (fourteen pages on state visits, summits and joint press conferences; an AZERTAC copy and a same-day
    pair; written without the code; first run: titles 0.86, attributed 0.846) keeps its scores: a brand and its
    slogan over a menu give way to the headline, a question asked of a leader is the asker's."""
    s = score_set("styles47", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 1 and s.at["timexes", "f1"] >= 0.99
    assert s.at["quotes.attributed", "f1"] >= 0.86 and s.at["quotes.found", "f1"] == 1.0


def test_development_set_styles48_holds(tmp_path_factory) -> None:
    """styles48 (fourteen data-journalism pages: numbers boxes, charts and tables pasted as text; written without the
    code; first run: 45.7 leaked lines per 10 articles, timexes 0.853, figures 0.868) keeps its scores: a chart's
    title, axis ticks, data date, description and buttons are furniture, so is a "Key figures" box; "that June" is
    the June of the year last written."""
    s = score_set("styles48", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["articles.boilerplate", "leaked_lines"] <= 28
    assert s.at["timexes", "f1"] >= 0.91 and s.at["figures", "f1"] >= 0.89 and s.at["actors", "f1"] >= 0.98


def test_development_set_styles49_holds(tmp_path_factory) -> None:
    """styles49 (fourteen profiles, obituaries and anniversary features with private people and their relatives;
    written without the code; first run: actors 0.896, attributed 0.563) keeps its scores: ranks and "then a medic"
    name people, a lone given name is the one person named in full with it."""
    s = score_set("styles49", tmp_path_factory)
    assert s.at["articles.duplicates", "f1"] == 1.0 and s.at["actors", "f1"] >= 0.95
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.86  # "Caleb Hill's" aside
    assert s.at["figures", "category_accuracy"] >= 0.93  # "his platoon of 30 men lived in a school": troops


def test_development_set_styles50_holds(tmp_path_factory) -> None:
    """styles50 (fourteen election, poll and parliamentary-vote pages; written without the code; first run: figure
    categories 0.944, attributed 0.816, 15.7 leaked lines per 10 articles) keeps its scores: a share of respondents is
    no turnout, residents who sign are no population, a press-release wire's dateline and a question in title case
    are read."""
    s = score_set("styles50", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["figures", "category_accuracy"] >= 0.98 and s.at["articles.boilerplate", "leaked_lines"] <= 12
    assert s.at["quotes.attributed", "f1"] >= 0.85 and s.at["actors", "f1"] >= 0.95


def test_development_set_styles51_holds(tmp_path_factory) -> None:
    """styles51 (fourteen defence-equipment, arms-trade and exercise pages; written without the code; first run:
    figure categories 0.864, attributed 0.886) keeps its scores: calibres are no counts, a vehicle's capacity is no
    troops, "the KSF, which has about 5,000 active members" counts troops, an employer before a role names nobody."""
    s = score_set("styles51", tmp_path_factory)
    assert s.at["figures", "category_accuracy"] >= 0.95 and s.at["articles.boilerplate", "leaked_lines"] <= 6
    assert s.at["quotes.attributed", "f1"] >= 0.91 and s.at["actors", "f1"] >= 0.97


def test_development_set_styles52_holds(tmp_path_factory) -> None:
    """styles52 (fourteen border, trade, customs and travel pages; written without the code; first run: 25.7 leaked
    lines per 10 articles) keeps its scores: a government page's feedback box, footer links, telephone and address
    lines are furniture."""
    s = score_set("styles52", tmp_path_factory)
    assert s.at["articles.boilerplate", "leaked_lines"] <= 8 and s.at["articles.duplicates", "f1"] == 1.0
    assert s.at["quotes.attributed", "f1"] >= 0.90 and s.at["timexes", "f1"] >= 0.96


def test_development_set_styles53_holds(tmp_path_factory) -> None:
    """styles53 (fourteen religion, heritage and holiday pages; written without the code; first run: actors 0.890,
    timexes 0.908) keeps its scores: UNESCO is an organisation, "the 1550s" is a decade, worshippers, monks and
    craftsmen are counted, "Arbër Hoxha, the architect who led the works, said" names a person."""
    s = score_set("styles53", tmp_path_factory)
    assert s.at["actors", "f1"] >= 0.94 and s.at["timexes", "f1"] >= 0.91 and s.at["quotes.attributed", "f1"] >= 0.80
    assert s.at["figures", "f1"] >= 0.94 and s.at["figures", "category_accuracy"] >= 0.92
    assert s.at["articles.title", "f1"] == 1.0 and s.at["quotes.found", "f1"] == 1.0


def test_development_set_styles54_holds(tmp_path_factory) -> None:
    """styles54 (fourteen infrastructure and energy pages: grid and utility notices, a canal blast, a mine; written
    without the code; first run: datelines 0.50, attributed 0.804) keeps its scores: an agency's dateline without a
    dash, a call centre's number, "said the company's chief executive, Agron Gashi", a minister "of Energy and
    Natural Resources" named in full."""
    s = score_set("styles54", tmp_path_factory)
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.boilerplate", "leaked_lines"] <= 5
    assert s.at["quotes.attributed", "f1"] >= 0.91 and s.at["actors", "f1"] >= 0.97


def test_development_set_styles55_holds(tmp_path_factory) -> None:
    """styles55 (fourteen population, census and migration pages with tables pasted as text; written without the code;
    first run: 17.1 leaked lines per 10 articles, datelines 0.83) keeps its scores: the EU's footnote on Kosovo's
    name, a relief site's buttons, a wire's sign-off and "Bern - The number …" are read."""
    s = score_set("styles55", tmp_path_factory)
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.boilerplate", "leaked_lines"] <= 13
    assert s.at["timexes", "f1"] >= 0.97 and s.at["quotes.found", "f1"] == 1.0


def test_development_set_styles56_holds(tmp_path_factory) -> None:
    """styles56 (fourteen disaster, rescue and aid pages; written without the code; first run: figure categories 0.871,
    attributed 0.855) keeps its scores: "the toll from the earthquakes of 6 February rose to 40,642" is a death toll,
    "up from 36,187 on Wednesday" its earlier value, and rescuers and "search and rescue personnel" are no troops."""
    s = score_set("styles56", tmp_path_factory)
    assert s.at["figures", "f1"] >= 0.94 and s.at["figures", "category_accuracy"] >= 0.94
    assert s.at["quotes.attributed", "f1"] >= 0.88 and s.at["articles.boilerplate", "leaked_lines"] <= 6
    assert s.at["articles.dateline", "f1"] == 1.0


def test_development_set_styles57_holds(tmp_path_factory) -> None:
    """styles57 (fourteen education, youth and cultural-diplomacy pages with many speakers; written without the code;
    first run: actors 0.854, attributed 0.545) keeps its scores: headteachers, "Doc. dr." and a given name before
    ", who" name people; "Milica said" is Milica Radović, and a label line naming an ambassador speaks; "The
    coordinator's advice is simpler. “…,” he said" is the coordinator named before."""
    s = score_set("styles57", tmp_path_factory)
    assert s.at["actors", "f1"] >= 0.93 and s.at["quotes.attributed", "f1"] >= 0.86
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["figures", "category_accuracy"] == 1.0


def test_development_set_styles58_holds(tmp_path_factory) -> None:
    """styles58 (fourteen health, hospital and medicine pages; written without the code; first run: figures 0.876,
    category 0.913, attributed 0.864) keeps its scores: "One police officer, Sergeant …, was killed" is a death,
    "about N strong" a contingent, veterans and health workers are counted, and "said Assoc. Prof. Dr. …",
    "said U.S. Army Maj. (Dr.) …" and "said Sgt. 1st Class …" lead to the name."""
    s = score_set("styles58", tmp_path_factory)
    assert s.at["figures", "f1"] >= 0.93 and s.at["figures", "category_accuracy"] >= 0.97
    assert s.at["actors", "f1"] >= 0.97 and s.at["quotes.attributed", "f1"] >= 0.94


def test_development_set_styles59_holds(tmp_path_factory) -> None:
    """styles59 (fourteen municipal and local-portal pages; written without the code; first run: titles 0.93,
    published 0.96, attributed 0.796) keeps its scores: a heading broken over two lines is one title, the page's
    own address dates it, "said İsmail Yücel" names the speaker, and "Among the workers … was Marija Jović, who"
    is the next "she"."""
    s = score_set("styles59", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.published", "f1"] == 1.0
    assert s.at["quotes.attributed", "f1"] >= 0.83 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["actors", "f1"] >= 0.95


def test_development_set_styles60_holds(tmp_path_factory) -> None:
    """styles60 (fourteen media and press-freedom pages where organisations speak; written without the code; first
    run: actors 0.878, attributed 0.835) keeps its scores: "the Representative said" is the OSCE whose office it is,
    "said T7's editor-in-chief, Ilir Hoxha" is Hoxha, "New York, February 13, 2024—Kosovo …" has a dateline."""
    s = score_set("styles60", tmp_path_factory)
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.89
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["actors", "f1"] >= 0.88
    assert s.at["articles.published", "f1"] == 1.0 and s.at["figures", "category_accuracy"] == 1.0


def test_development_set_styles61_holds(tmp_path_factory) -> None:
    """styles61 (fourteen transport and travel pages dense with dates; written without the code; first run: timexes
    0.934) keeps its scores: "will fly from 2 July to 27 September" ends in the year it starts, "every Tuesday and
    Friday" is no date, "(SAW)" no past tense, and a quotation's future is not its attribution's past."""
    s = score_set("styles61", tmp_path_factory)
    assert s.at["timexes", "f1"] >= 0.98 and s.at["articles.title", "f1"] == 1.0
    assert s.at["quotes.attributed", "f1"] >= 0.97 and s.at["articles.boilerplate", "leaked_lines"] <= 6
    assert s.at["figures", "f1"] >= 0.92  # travellers and truck drivers are counted


def test_development_set_styles62_holds(tmp_path_factory) -> None:
    """styles62 (fourteen environment, mining, water and energy pages; written without the code; first run: figures
    0.877, category 0.921, 15 content lines removed) keeps its scores: "about 1 480 people" is one number, a story
    paragraph over a photo credit that says who said it is no caption, a wire's "PTI" over the date is a byline and
    "Latest News" at the end of a menu no box over the headline."""
    s = score_set("styles62", tmp_path_factory)
    assert s.at["articles.title", "f1"] == 1.0 and s.at["articles.dateline", "f1"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 4 and s.at["quotes.attributed", "f1"] >= 0.95
    assert s.at["figures", "f1"] >= 0.89 and s.at["figures", "category_accuracy"] >= 0.94


def test_development_set_styles63_holds(tmp_path_factory) -> None:
    """styles63 (fourteen parliament and diaspora-economy pages; written without the code; first run: attributed
    0.857, datelines 0.80) keeps its scores: "PRISTINA (KOSOVO) (ITALPRESS) -" has a dateline, a logo over the
    site's name none, related headlines quoting a speaker and a wire's sign-off are furniture, "arrested four of
    them" counts arrests."""
    s = score_set("styles63", tmp_path_factory)
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["articles.boilerplate", "leaked_lines"] <= 3
    assert s.at["quotes.found", "f1"] == 1.0 and s.at["quotes.attributed", "f1"] >= 0.87
    assert s.at["figures", "category_accuracy"] >= 0.95


def test_development_set_styles64_holds(tmp_path_factory) -> None:
    """styles64 (fourteen pages of the region's neighbours on the crisis; written without the code; first run: actors
    0.988, attributed 0.828) keeps its scores: "Minister for Europe and Foreign Affairs Igli Hasani" and "Stanislav
    Stoev of GERB, said" name people, "the region's some 17 million people" is a population."""
    s = score_set("styles64", tmp_path_factory)
    assert s.at["actors", "f1"] >= 0.99 and s.at["quotes.attributed", "f1"] >= 0.85
    assert s.at["figures", "category_accuracy"] == 1.0 and s.at["articles.title", "f1"] == 1.0


def test_development_set_styles65_holds(tmp_path_factory) -> None:
    """styles65 (fourteen security-incident and police-report pages; written without the code; first run: datelines
    0.67, titles 0.89, figure categories 0.976) keeps its scores: "(Pristina, June 3, 2024) –" has a dateline, "Two
    other men, aged 27 and 45, were arrested" and "detention on remand for three men" count arrests."""
    s = score_set("styles65", tmp_path_factory)
    assert s.at["articles.dateline", "f1"] == 1.0 and s.at["figures", "category_accuracy"] == 1.0
    assert s.at["articles.boilerplate", "leaked_lines"] <= 9 and s.at["timexes", "f1"] >= 0.97
    assert s.at["quotes.attributed", "f1"] >= 0.85  # "the spokesperson for the police in the north, Besim Hoti, told"
