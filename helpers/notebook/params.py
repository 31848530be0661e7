"""The notebooks' parameters: the corpus to load, where to write the summary, paths shown relative to the project."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from .. import load_corpus
from ..paths import ROOT
from .display import shown


def rel(path: str | Path) -> str:
    """Return a path relative to the project root when it lies inside it, else just its name."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name


def corpus_path(corpus: str) -> Path | None:
    """Resolve the `corpus` parameter ("" = default corpus; relative paths are relative to the project root)."""
    if not str(corpus).strip():
        return None
    p = Path(corpus).expanduser()
    p = p if p.is_absolute() else ROOT / p
    if not p.exists():
        raise FileNotFoundError(f"corpus path {rel(p)!r} does not exist")
    return p.resolve()


def load(corpus: str = ""):
    """Load (building if needed) the corpus named by the notebook parameter, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(corpus_path(corpus), progress=False)


def write_summary(folder: str, name: str, values: dict) -> None:
    """Write the notebook's headline numbers as JSON into `folder` (no-op when folder is "").

    The report index reads the keys `title`, `question`, `findings` (plain-text sentences) and `notes` (plain-text
    warnings) when present. `findings` and `notes` default to what the notebook displayed with `findings()` and
    `message()` so far; keys in `values` win.
    """
    if not str(folder).strip():
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    values = {"findings": list(shown["findings"]), "notes": list(shown["notes"]), **values}
    (out / f"{name}.json").write_text(json.dumps(values, indent=2, sort_keys=True, default=str), encoding="utf-8")


def corpus_line(corpus: str, built) -> None:
    """Print which corpus the notebook reads and its size (the first line of every notebook's output)."""
    path = corpus_path(corpus)
    print(f"Corpus: {rel(path) if path else 'data/articles (default)'} — {len(built.articles):,} articles")
