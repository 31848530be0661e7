"""Lines that repeat across articles, the per-article half: each line's key, the article's story sketch, and whether
a line repeated in different stories reads as page furniture (rules in data/furniture.yaml `repeated`).

The build counts keys across the corpus (`helpers.build.furniture`); `clean` then takes the repeated lines out.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

import numpy as np

from ..lexicon import load
from .patterns import UPPER

_LETTERS = re.compile(r"[^\W\d_]{2}")
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "…")
_QUOTATION = re.compile(r"[“”„\"«»]")
# a dateline on a line of its own ("HAVANA (AP) --", "MIAMI _"): the cleaner reads it, it is no furniture
_DATELINE = re.compile(rf"[{UPPER}][{UPPER} .'’-]{{1,40}}(?:,\s*[{UPPER}][\w.'’ -]{{1,40}}?)?"
                       r"(?:\s*\([^()]{1,30}\))?\s*[-–—_:]*")
_SENTENCE_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[\"“‘'(]?[{UPPER}0-9])")
DATELINE_WORDS = 8
MIN_SKETCH = 3  # sentences: with fewer long ones, an article's sketch takes all its lines


@lru_cache(maxsize=1)
def rules() -> dict:
    """Load the rules for repeated lines (data/furniture.yaml `repeated`) and compile the page-word pattern."""
    spec = dict(load("furniture")["repeated"])
    words = sorted(spec.pop("page_words"), key=len, reverse=True)
    spec["page_words"] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                    + r")(?!\w)|©", re.I)
    return spec


def line_key(line: str) -> int:
    """Return a line's key: a 64-bit hash of its words, case and spacing aside (stable across processes)."""
    folded = " ".join(line.split()).casefold().encode("utf-8")
    return int.from_bytes(hashlib.blake2b(folded, digest_size=8).digest(), "little")


def candidate(line: str, words: int) -> bool:
    """Tell whether a stripped line of `words` words may count as repeated: not too long, with letters, not a
    dateline."""
    return (0 < words <= rules()["max_words"] and bool(_LETTERS.search(line))
            and not (words <= DATELINE_WORDS and _DATELINE.fullmatch(line)))


def scan(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the candidate line keys (unique, sorted) and the story sketch (sorted sentence keys) of an article's
    text as the cleaner splits it (hard-wrapped lines already joined: `clean.unwrap`)."""
    lines = [(ln, len(ln.split())) for ln in (raw.strip() for raw in text.split("\n")) if ln]
    keys = {line_key(ln) for ln, words in lines if candidate(ln, words)}
    return np.array(sorted(keys), dtype=np.uint64), sketch(lines)


def sketch(lines: list[tuple[str, int]]) -> np.ndarray:
    """Return the keys of the first sentences of an article's long lines (of all its lines when it has too few
    long ones), given as (line, words): copies of one story share most of them, whatever edits, wrappers or
    paragraph breaks they differ by."""
    spec = rules()
    units = _first_sentences([ln for ln, words in lines if words >= spec["long_words"]], spec["sketch_sentences"])
    if len(units) < MIN_SKETCH:
        units = _first_sentences([ln for ln, _ in lines], spec["sketch_sentences"])
    keys = {zlib.crc32(" ".join(u.split()).casefold().encode("utf-8")) for u in units}
    return np.array(sorted(keys), dtype=np.uint64)


def _first_sentences(lines: list[str], budget: int) -> list[str]:
    """Return the first `budget` sentences of some lines."""
    units: list[str] = []
    for ln in lines:
        units.extend(u for u in _SENTENCE_BREAK.split(ln) if u)
        if len(units) >= budget:
            break
    return units[:budget]


def reads_as_furniture(line: str) -> bool:
    """Tell whether a line repeated in different stories is furniture: any short or unpunctuated line; a sentence
    only if it speaks about the page, the outlet or its readers and quotes no one."""
    spec = rules()
    sentence = line.endswith(_SENTENCE_END) and len(line.split()) >= spec["min_sentence_words"]
    if not sentence:
        return True
    return bool(spec["page_words"].search(line)) and not _QUOTATION.search(line)
