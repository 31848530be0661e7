"""Property tests: the extractors and the cleaner never raise, and every row's offsets point at its text.

Inputs are arbitrary Unicode text and real seed sentences mutated by deleting, duplicating or inserting characters
(quotes, digits, commas, newlines…). Each property runs a bounded number of examples (a few seconds each).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.build.inputs import normalise
from helpers.extract.actors import find_mentions
from helpers.extract.clean import clean, unwrap
from helpers.extract.dates import extract_timexes
from helpers.extract.document import ArticleDoc, RawArticle
from helpers.extract.figures import extract_figures
from helpers.extract.quotes import extract_quotes
from helpers.extract.segment import split_sentences
from helpers.paths import ROOT

PUBLISHED = dt.date(2023, 6, 13)
TODAY = dt.date(2025, 1, 1)
PRECISIONS = {"day", "week", "month", "year", "decade"}
QUOTE_KINDS = {"direct", "partial", "continuation"}
INSERTS = list("“”\"‘’'0123456789,.\n-–—%$€()") + ["\n\n", " ", "  ", "1,000", "50%", "June", "1999"]
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seed_sentences() -> list[str]:
    """Return the sentences of the seed articles (the raw material for mutations)."""
    out = []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[s:e] for s, e in split_sentences(text)]
    return out


SENTENCES = _seed_sentences()


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """Draw one to three consecutive seed sentences and apply up to eight character edits."""
    i = draw(st.integers(0, len(SENTENCES) - 1))
    text = " ".join(SENTENCES[i:i + draw(st.integers(1, 3))])
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "insert"]))
        if op == "delete" and pos < len(text):
            text = text[:pos] + text[pos + 1:]
        elif op == "duplicate" and pos < len(text):
            text = text[:pos] + text[pos] + text[pos:]
        else:
            text = text[:pos] + draw(st.sampled_from(INSERTS)) + text[pos:]
    return text


TEXTS = st.one_of(st.text(max_size=400), mutated())


def make_doc(text: str, published: dt.date | None = PUBLISHED) -> ArticleDoc:
    """Build the article context the pipeline gives extractors: sentences, reference date, mentions."""
    doc = ArticleDoc("prop", text, split_sentences(text), published, "metadata" if published else "unknown")
    doc.mentions = find_mentions(doc)
    return doc


def check_rows(doc: ArticleDoc, rows: list[dict]) -> None:
    """Assert the common row contract: offsets inside the text and text[start:end] == row text."""
    assert isinstance(rows, list)
    for row in rows:
        start, end = row["start"], row["end"]
        assert isinstance(start, int) and isinstance(end, int), row
        assert 0 <= start <= end <= len(doc.text), row
        assert doc.text[start:end] == row["text"], row
        assert row["article_id"] == "prop"
        assert isinstance(row["sentence_id"], int) and 0 <= row["sentence_id"] < max(1, len(doc.sentences)), row


def test_mutations_do_mutate() -> None:
    assert len(SENTENCES) > 50


@FAST
@given(TEXTS)
def test_sentences_are_trimmed_spans_in_order(text: str) -> None:
    spans = split_sentences(text)
    assert all(0 <= s < e <= len(text) and text[s:e] == text[s:e].strip() for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


@FAST
@given(TEXTS)
def test_find_mentions_never_raises(text: str) -> None:
    doc = make_doc(text)
    check_rows(doc, doc.mentions)
    for row in doc.mentions:
        assert isinstance(row["actor"], str) and isinstance(row["actor_id"], str) and row["actor_type"]


@FAST
@given(TEXTS, st.sampled_from([PUBLISHED, None]))
def test_extract_timexes_never_raises(text: str, published: dt.date | None) -> None:
    doc = make_doc(text, published)
    rows = extract_timexes(doc)
    check_rows(doc, rows)
    for row in rows:
        assert isinstance(row["value"], str) and row["value"], row
        assert row["precision"] in PRECISIONS, row


@FAST
@given(TEXTS)
def test_extract_figures_never_raises(text: str) -> None:
    doc = make_doc(text)
    rows = extract_figures(doc)
    check_rows(doc, rows)
    for row in rows:
        assert isinstance(row["value"], float), row
        assert 0 <= row["number_start"] <= row["number_end"] <= len(text), row


@FAST
@given(TEXTS)
def test_extract_quotes_never_raises(text: str) -> None:
    doc = make_doc(text)
    rows = extract_quotes(doc)
    check_rows(doc, rows)
    for row in rows:
        assert row["kind"] in QUOTE_KINDS, row
        assert isinstance(row["n_words"], int) and row["n_words"] >= 0, row


@FAST
@given(st.one_of(st.text(max_size=400), mutated(), st.lists(mutated(), max_size=4).map("\n\n".join)),
       st.dictionaries(st.sampled_from(["published", "date", "title", "author", "text_date", "dateline"]),
                       st.one_of(st.none(), st.text(max_size=30), st.integers(), st.dates().map(str)), max_size=3))
def test_clean_never_raises(text: str, meta: dict) -> None:
    raw = RawArticle("prop", "prop.txt", None, normalise(text), "0", meta)
    c = clean(raw, TODAY)
    assert isinstance(c.text, str) and c.text == c.text.strip()
    assert all(isinstance(w, str) for w in c.warnings)
    assert all(isinstance(b, str) for b in c.boilerplate)
    assert c.published is None or c.published <= TODAY
    assert c.published_basis in {"metadata", "text", "unknown"}
    assert (c.published is None) == (c.published_basis == "unknown")


PAGE_LINES = ["   ", "Page 1 of 3", "• An item", "10 | MAY | THE DAILY", "WORLD", "1 A footnote, 2 May 2021.", "-"]


@FAST
@given(st.lists(mutated(), min_size=2, max_size=6), st.integers(20, 90),
       st.lists(st.tuples(st.integers(0, 40), st.sampled_from(PAGE_LINES)), max_size=5))
def test_unwrap_changes_only_whitespace(paragraphs: list[str], width: int, extras: list[tuple[int, str]]) -> None:
    # hard-wrapped pages (PDF copies reflowed into paragraphs among them) keep every word, in order
    lines = textwrap.wrap(" ".join(paragraphs), width) or [""]
    for pos, line in extras:
        lines.insert(pos % (len(lines) + 1), line)
    text = "\n".join(lines)
    assert unwrap(text).split() == text.split()


@pytest.mark.parametrize("extract", [extract_timexes, extract_figures, extract_quotes])
def test_extractors_accept_an_empty_article(extract: Callable[[ArticleDoc], list[dict]]) -> None:
    assert extract(make_doc("")) == []
