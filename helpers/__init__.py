"""Helpers that turn a folder of news articles into tidy, provenance-linked pandas tables.

    >>> import helpers
    >>> corpus = helpers.load_corpus()            # default corpus: data/articles (cached by content hash)
    >>> corpus.articles, corpus.mentions          # pandas DataFrames
    >>> helpers.read_tables("build/tables")       # tables written by `python -m helpers build`

The tables and their columns are the public interface (the README's "Tables" section is the full dictionary).
Offsets are character offsets into `articles.text`: `text[start:end]` is the surface of every row.

- articles: article_id, title, dateline, byline, outlet, url, published, published_basis (metadata | text |
  inferred | unknown), language, text, boilerplate, n_words, n_sentences, sha256, source, record, warnings,
  extra, duplicate_group
- problems: source, record, reason, detail (inputs that did not become articles)
- sentences: article_id, sentence_id, start, end, text
- mentions: article_id, sentence_id, start, end, text, actor, actor_id, actor_type, country, role
- timexes: … value (TIMEX3), precision, modifier, anchor, date_start, date_end, reference_basis
- figures: … value, unit, category, approx, subject, subject_actor, whole, number_start, number_end
- quotes: … speaker, speaker_name, speaker_role, cue, kind, n_words
- events: event_id, article_id, sentence_id, start, end, text, value, precision, modifier, date_start, date_end,
  actors, label, sentence, n_sources
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.1.0"
__all__ = ["Corpus", "load_corpus", "read_tables", "__version__"]


class Corpus:
    """A built corpus: each table is a pandas DataFrame attribute, read on first use."""

    def __init__(self, folder: str | Path):
        from .store import TABLES, read_manifest

        self.folder = Path(folder)
        self.manifest = read_manifest(self.folder)
        self._tables = TABLES
        self._cache: dict = {}

    def __getattr__(self, name: str):
        """Return table `name` as a DataFrame."""
        if name.startswith("_") or name not in self._tables:
            raise AttributeError(name)
        if name not in self._cache:
            from .store import read_table

            self._cache[name] = read_table(self.folder, name)
        return self._cache[name]

    @property
    def tables(self) -> dict:
        """Return every table, by name."""
        return {name: getattr(self, name) for name in self._tables}

    def __repr__(self) -> str:
        counts = self.manifest.get("counts", {})
        return f"Corpus({counts.get('articles', 0)} articles, {counts.get('problems', 0)} problems)"


def load_corpus(path: str | Path | list | None = None, cache_dir: str | Path | None = None, **build_options) -> Corpus:
    """Read a corpus (folder or file; default data/articles) into tables, reusing a cache keyed by content hash."""
    from .build import build
    from .paths import CORPUS, ROOT

    paths = [Path(p) for p in (path if isinstance(path, list) else [path or CORPUS])]
    key = hashlib.sha256("\n".join(str(p.resolve()) for p in paths).encode()).hexdigest()[:16]
    out = Path(cache_dir or ROOT / ".cache" / "tables") / key
    build_options.setdefault("progress", False)
    return Corpus(build(paths, out, **build_options).out)


def read_tables(folder: str | Path) -> Corpus:
    """Open the tables written by `python -m helpers build --out FOLDER`."""
    return Corpus(folder)
