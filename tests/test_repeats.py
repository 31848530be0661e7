"""Lines repeated across different stories: keys, story sketches, the corpus count and what the cleaner does."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.build.furniture import LineScan, repeated_lines, scan_articles
from helpers.build.runner import build
from helpers.extract.clean import clean
from helpers.extract.document import RawArticle
from helpers.extract.repeats import candidate, line_key, reads_as_furniture, scan

TODAY = dt.date(2026, 1, 1)
SLOGAN = "Serbia's news in English since 2009"
ABOUT = "The Ledger is registered with the business registry. Editor-in-chief: Jane Roe."
BACKGROUND = ("Kosovo, whose 2008 declaration of independence Belgrade does not recognise, is home to about "
              "120,000 Serbs.")
STORIES = {
    "zvecan": ("Peacekeepers hurt as protest in Zvečan turns violent",
               ["Twelve soldiers of the NATO-led mission were hurt on Monday when a crowd attacked the town hall.",
                "The mission said five Austrians and seven Slovenians had been injured in the clashes.",
                "Police said they had arrested four people after the crowd dispersed in the evening."]),
    "dinar": ("Pensioners queue in Raška as the dinar ban takes effect",
              ["Hundreds of pensioners from the north crossed into Serbia on Thursday to withdraw their money.",
               "The central bank regulation makes the euro the only currency for cash payments in Kosovo.",
               "Belgrade asked for an urgent session of the Security Council to discuss the rule."]),
}


def page(story: str, extra: str = "") -> str:
    """Render one invented page of the outlet: its wrapper lines around a story."""
    title, paragraphs = STORIES[story]
    body = "\n\n".join(paragraphs + [BACKGROUND] + ([extra] if extra else []))
    return f"The Belgrade Ledger\n{SLOGAN}\n{title}\n\n{body}\n\n{ABOUT}\n"


def raw(article_id: str, text: str) -> RawArticle:
    """Make a raw article."""
    return RawArticle(article_id, f"{article_id}.txt", None, text, "0" * 64, {}, [])


def test_a_line_key_ignores_case_and_spacing_only() -> None:
    assert line_key("Serbia's news  in English") == line_key(" serbia's NEWS in english ")
    assert line_key("Serbia's news in English") != line_key("Serbia's news in English.")
    assert isinstance(line_key("x"), int) and 0 <= line_key("x") < 2 ** 64


def test_candidates_are_short_lines_with_letters_and_no_dateline() -> None:
    assert candidate(SLOGAN, 6)
    assert not candidate("PRISTINA, Kosovo (AP) —", 3) and not candidate("HAVANA (AP) --", 2)
    assert not candidate("2,000", 1)
    assert not candidate(" ".join(["word"] * 41), 41)


def test_copies_of_one_story_count_once_and_different_stories_make_a_line_repeated() -> None:
    same = scan_articles(0, [raw("a", page("zvecan")), raw("b", page("zvecan", "Reporting by Jane Roe."))])
    assert repeated_lines([same]) == frozenset()  # a syndicated copy repeats everything: nothing is repeated
    other = scan_articles(1, [raw("c", page("dinar"))])
    found = repeated_lines([same, other])
    assert {line_key(SLOGAN), line_key(ABOUT), line_key(BACKGROUND), line_key("The Belgrade Ledger")} <= found
    assert line_key(STORIES["zvecan"][0]) not in found  # the title of the copies: one story


def test_partition_order_does_not_change_the_result() -> None:
    scans = [scan_articles(i, [raw(s, page(s))]) for i, s in enumerate(STORIES)]
    assert repeated_lines(scans) == repeated_lines(list(reversed(scans)))
    assert repeated_lines([LineScan(0)]) == frozenset()


def test_a_repeated_sentence_is_furniture_only_when_it_speaks_about_the_page() -> None:
    assert reads_as_furniture(SLOGAN)  # no final stop
    assert reads_as_furniture(ABOUT)  # "registered with", "Editor-in-chief"
    assert reads_as_furniture("Dardania Post relies on readers like you. Donate today.")
    assert not reads_as_furniture(BACKGROUND)  # an outlet's stock background paragraph is content
    assert not reads_as_furniture('"We will support our readers," the editor said on Monday.')


def test_clean_takes_out_repeated_wrapper_lines_and_keeps_the_background_paragraph() -> None:
    repeated = frozenset({line_key(SLOGAN), line_key(ABOUT), line_key(BACKGROUND), line_key("The Belgrade Ledger")})
    c = clean(raw("c", page("dinar")), TODAY, repeated)
    assert c.title == STORIES["dinar"][0]
    assert c.boilerplate == ["The Belgrade Ledger", SLOGAN, ABOUT]
    assert BACKGROUND in c.text and SLOGAN not in c.text


def test_a_repeated_line_in_the_titles_place_is_the_title_when_no_other_line_can_be() -> None:
    title = "Wolves appoint Hoddle as manager"
    text = f"{title}\n\nWolves have appointed Glenn Hoddle as their new manager on a contract until the summer."
    assert clean(raw("w", text), TODAY, frozenset({line_key(title)})).title == title


def test_sketches_are_sentence_keys_of_the_long_lines() -> None:
    keys, sketch = scan(page("zvecan"))
    assert len(keys) == len(set(keys.tolist())) and keys.dtype == np.uint64
    # fewer than three sentences in long lines: the sketch takes every line's sentences (the about line has two)
    assert len(sketch) == 9


def test_a_build_records_repeated_lines_and_every_page_loses_its_wrapper(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, story in (("a", "zvecan"), ("b", "dinar"), ("c", "zvecan")):
        (corpus / f"{name}.txt").write_text(page(story), encoding="utf-8")
    out = build([corpus], tmp_path / "tables", progress=False, today=TODAY).out
    manifest = json.loads((out / "manifest.json").read_text())
    arts = pd.read_parquet(out / "articles").set_index("article_id")
    assert manifest["repeated_lines"] == 4  # the outlet's name, slogan and about line, and the background sentence
    for aid in "abc":
        assert list(arts.at[aid, "boilerplate"]) == ["The Belgrade Ledger", SLOGAN, ABOUT]
        assert BACKGROUND in arts.at[aid, "text"]
    assert not (out / "_raw").exists()
