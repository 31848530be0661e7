"""A cheap language guess from function-word shares (data/languages.yaml), for articles whose metadata is silent."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import yaml

from .paths import DATA

_WORD = re.compile(r"[^\W\d_]+")  # letters only (stdlib re: far faster than \p{L})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, frozenset[str]], float]:
    """Load the function-word lists and the minimum share from data/languages.yaml."""
    spec = yaml.safe_load((DATA / "languages.yaml").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in spec["words"].items()}, float(spec["min_share"])


def guess_language(text: str, sample: int = 400) -> str:
    """Return the ISO 639-1 code of the language whose function words dominate `text`, or "und"."""
    words = [w.lower() for w in _WORD.findall(text[: sample * 8])][:sample]
    if not words:
        return "und"
    counts = Counter(words)
    lexicon, min_share = _lexicon()
    shares = {lang: sum(counts[w] for w in vocab) / len(words) for lang, vocab in lexicon.items()}
    best = max(sorted(shares), key=shares.get)
    return best if shares[best] >= min_share else "und"
