"""Digests of every table a build writes, to prove a change of code leaves the tables as they were.

    python tests/table_digests.py            # print the digests of seeds, styles, styles2, BBC, Reuters
    python tests/table_digests.py --write    # store them in tests/fixtures/table_digests.json

`tests/test_layers.py` rebuilds the corpora and compares with the stored file; a change that is meant to alter
the tables (a better rule) re-writes the file in the same commit, so the diff shows which tables moved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

import helpers
from helpers.paths import CORPUS, ROOT, SHARED

DIGESTS = ROOT / "tests" / "fixtures" / "table_digests.json"
CORPORA = {
    "seeds": CORPUS,
    "styles": ROOT / "tests" / "fixtures" / "styles" / "articles",
    "styles2": ROOT / "tests" / "fixtures" / "styles2" / "articles",
    "bbc": SHARED / "data" / "bbc",
    "reuters": SHARED / "data" / "reuters21578" / "reuters21578.jsonl",
}
VOLATILE = {"source"}  # the input's absolute path depends on where the clone lives; article_id carries it


def _cell(value: object) -> str:
    """Render one cell the same way whatever its container type."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist") and not isinstance(value, str):
        return json.dumps([str(v) for v in list(value)], ensure_ascii=False)
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def table_digest(frame: pd.DataFrame) -> str:
    """SHA-256 of a table's columns, dtypes and cells in row order."""
    h = hashlib.sha256()
    cols = [c for c in frame.columns if c not in VOLATILE]
    h.update(json.dumps(cols).encode())
    for col in cols:
        h.update(b"\x00" + col.encode())
        for value in frame[col].tolist():
            h.update(_cell(value).encode() + b"\x1f")
    return h.hexdigest()[:16]


def corpus_digests(path: Path) -> dict[str, str]:
    """Build a corpus into a temporary folder and return each table's digest."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = helpers.load_corpus(path, cache_dir=tmp)
        return {name: table_digest(frame) for name, frame in corpus.tables.items()}


def main(argv: list[str] | None = None) -> int:
    """Print (or write) the digests of every corpus in CORPORA."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help=f"store them in {DIGESTS.relative_to(ROOT)}")
    p.add_argument("corpora", nargs="*", default=list(CORPORA))
    args = p.parse_args(argv)
    result = {name: corpus_digests(CORPORA[name]) for name in args.corpora}
    print(json.dumps(result, indent=1))
    if args.write:
        stored = json.loads(DIGESTS.read_text()) if DIGESTS.exists() else {}
        DIGESTS.write_text(json.dumps({**stored, **result}, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
