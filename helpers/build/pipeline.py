"""The per-article step: one raw article in, its rows for every per-article table out (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from ..extract.actors import find_mentions
from ..extract.claims import extract_claims
from ..extract.clean import clean
from ..extract.dates import extract_timexes, lexicon
from ..extract.document import ArticleDoc, RawArticle
from ..extract.figures import extract_figures
from ..extract.language import guess_language
from ..extract.lines import n_words
from ..extract.quotes import extract_quotes
from ..extract.segment import split_sentences
from .syndication import signature

LEDE_SENTENCES = 2


def infer_published(doc: ArticleDoc, undated_timexes: list[dict], today: dt.date) -> dt.date | None:
    """Infer a publication date from the lede: a full date in its first sentences that reads as the news day.

    No inference when a date in the text lacks its year ("Oct. 9" points to a year the text does not give), when a
    later year is mentioned anywhere, or when the lede sentence looks back or ahead ("ago", "since", "until",
    "will", "due", "deadline": cue words in data/dates.yaml). Such a date is marked `inferred`, never `text`.
    """
    if any(str(r["value"]).startswith("X") for r in undated_timexes):
        return None
    blockers = _publication_blockers()
    lede = [dt.date.fromisoformat(r["value"]) for r in undated_timexes
            if r["precision"] == "day" and r["value"][:4].isdigit() and r["sentence_id"] < LEDE_SENTENCES
            and not blockers.search(doc.sentence_text(r["sentence_id"]))]
    if not lede or max(lede) > today:
        return None
    latest = max(lede)
    years = [int(r["value"][:4]) for r in undated_timexes if str(r["value"])[:4].isdigit()]
    return latest if all(y <= latest.year for y in years) else None


@lru_cache(maxsize=1)
def _publication_blockers() -> re.Pattern:
    """Compile the cue words that keep a lede date from being taken as the publication date."""
    words = lexicon()["publication_blockers"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def process_article(raw: RawArticle, today: dt.date | None = None,
                    repeated: frozenset[int] = frozenset()) -> dict[str, list[dict]]:
    """Clean, segment and extract one article; return {table name: rows} plus its MinHash signature.

    `repeated`: keys of the lines that the corpus repeats in different stories (`helpers.build.furniture`)."""
    today = today or dt.date.today()
    c = clean(raw, today, repeated)
    sentences = split_sentences(c.text)
    doc = ArticleDoc(raw.article_id, c.text, sentences, c.published, c.published_basis, dateline=c.dateline)
    doc.mentions = find_mentions(doc)
    timexes = extract_timexes(doc)
    if doc.published is None and (inferred := infer_published(doc, timexes, today)) is not None:
        doc.published, doc.published_basis = inferred, "inferred"
        timexes = extract_timexes(doc)
    published, basis = doc.published, doc.published_basis
    figures = extract_figures(doc)
    meta = c.meta  # the input's metadata plus what the page itself carried (JSON-LD)
    extra = {k: v for k, v in meta.items() if k not in _KNOWN_META and isinstance(v, (str, int, float, bool))}
    article = {
        "article_id": raw.article_id,
        "title": c.title,
        "dateline": c.dateline,
        "byline": c.byline,
        "outlet": _meta_text(meta, ("outlet", "source", "sitename", "publisher")),
        "url": _meta_text(meta, ("url", "link")),
        "published": pd.Timestamp(published) if published else pd.NaT,
        "published_basis": basis,
        "language": _meta_text(meta, ("language", "lang")) or guess_language(c.text),
        "text": c.text,
        "boilerplate": c.boilerplate,
        "n_words": n_words(c.text),
        "n_sentences": len(sentences),
        "sha256": raw.sha256,
        "source": raw.source,
        "record": raw.record,
        "warnings": c.warnings,
        "extra": ", ".join(f"{k}={v}" for k, v in sorted(extra.items())) or None,
    }
    return {
        "articles": [article],
        "sentences": [{"article_id": raw.article_id, "sentence_id": i, "start": s, "end": e, "text": c.text[s:e]}
                      for i, (s, e) in enumerate(sentences)],
        "mentions": doc.mentions,
        "timexes": timexes,
        "figures": figures,
        "claims": extract_claims(doc, figures, timexes),
        "quotes": extract_quotes(doc),
        "_signature": [signature(c.text)],
    }


# Invented text that walks every extractor's code path (a dateline, a counted group, a weekday, a full date, a
# quotation with its speaker): facts of no real article.
WARM_UP_TEXT = (
    "NORTHTOWN, March 3 (Wire) - Twelve border guards were hurt on Friday, the ministry said. \"We regret it,\" "
    "the mayor, Jana Doe, told reporters in Northtown on 2 March 2021, adding that 350 officers remain."
)


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Run every extractor once on a tiny article so spaCy is imported and every pattern compiled (once a process)."""
    process_article(RawArticle("warm-up", "warm-up", None, WARM_UP_TEXT, ""), dt.date(2021, 3, 4))


_KNOWN_META = {"title", "headline", "dateline", "author", "byline", "authors", "outlet", "source", "sitename",
               "publisher", "url", "link", "published", "date", "published_at", "pubdate", "publication_date",
               "datetime", "language", "lang", "text_date"}


def _meta_text(meta: dict, keys: tuple[str, ...]) -> str | None:
    """Return the first non-empty metadata value among `keys` as text."""
    for key in keys:
        value = meta.get(key)
        if value not in (None, "") and str(value).strip():
            return str(value).strip()
    return None
