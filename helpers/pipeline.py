"""The per-article step: one raw article in, its rows for every per-article table out (pure, no I/O)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .actors import find_mentions
from .clean import clean, n_words
from .corpus import RawArticle
from .dates import extract_timexes, latest_full_date
from .document import ArticleDoc
from .figures import extract_figures
from .language import guess_language
from .quotes import extract_quotes
from .segment import split_sentences
from .syndication import signature

PER_ARTICLE_TABLES = ("articles", "sentences", "mentions", "timexes", "figures", "quotes")


def reference_date(text: str, published: dt.date | None, basis: str, today: dt.date) -> tuple[dt.date | None, str]:
    """Return the publication date and basis, inferring it from the latest full date in the text when unknown."""
    if published is not None:
        return published, basis
    inferred = latest_full_date(text)
    if inferred is not None and inferred <= today:
        return inferred, "inferred"
    return None, "unknown"


def process_article(raw: RawArticle, today: dt.date | None = None) -> dict[str, list[dict]]:
    """Clean, segment and extract one article; return {table name: rows} plus its MinHash signature."""
    today = today or dt.date.today()
    c = clean(raw, today)
    sentences = split_sentences(c.text)
    published, basis = reference_date(c.text, c.published, c.published_basis, today)
    doc = ArticleDoc(raw.article_id, c.text, sentences, published, basis)
    doc.mentions = find_mentions(doc)
    meta = raw.meta
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
        "timexes": extract_timexes(doc),
        "figures": extract_figures(doc),
        "quotes": extract_quotes(doc),
        "_signature": [signature(c.text)],
    }


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
