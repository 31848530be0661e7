"""Helpers that turn a folder of news articles into tidy, provenance-linked pandas tables.

    >>> import helpers
    >>> corpus = helpers.load_corpus()            # default corpus: data/articles (cached by content hash)
    >>> corpus.articles, corpus.mentions          # pandas DataFrames
    >>> helpers.read_tables("build/tables")       # tables written by `python -m helpers build`

The tables and their columns are the public interface: `helpers.schema` defines them (the README's "Tables"
section is the full dictionary). Offsets are character offsets into `articles.text`: `text[start:end]` is the
surface of every row.

Layers (imports point one way: notebook → analysis → extract; build → extract, analysis):
- `helpers.extract`: per-article rules;  `helpers.build`: inputs, pipeline, engines, relate, store, evaluation;
- `helpers.analysis`: tables → tables;   `helpers.notebook`: parameters, display, charts, reports.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .build.runner import build as _build
from .build.store import read_manifest, read_table
from .paths import CORPUS, ROOT
from .schema import TABLES
from .version import __version__

__all__ = ["Corpus", "load_corpus", "read_table", "read_tables", "__version__"]


class Corpus:
    """A built corpus: each table is a pandas DataFrame attribute, read on first use."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.manifest = read_manifest(self.folder)
        self._tables = TABLES
        self._cache: dict = {}

    def __getattr__(self, name: str):
        """Return table `name` as a DataFrame."""
        if name.startswith("_") or name not in self._tables:
            raise AttributeError(name)
        if name not in self._cache:
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
    paths = [Path(p) for p in (path if isinstance(path, list) else [path or CORPUS])]
    key = hashlib.sha256("\n".join(str(p.resolve()) for p in paths).encode()).hexdigest()[:16]
    out = Path(cache_dir or ROOT / ".cache" / "tables") / key
    build_options.setdefault("progress", False)
    return Corpus(_build(paths, out, **build_options).out)


def read_tables(folder: str | Path) -> Corpus:
    """Open the tables written by `python -m helpers build --out FOLDER`."""
    return Corpus(folder)
