"""A cheap language guess from function-word shares (data/languages.yaml), for articles whose metadata is silent."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon import load

_WORD = re.compile(r"[^\W\d_]+")  # letters only (stdlib re: far faster than \p{L})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[str], dict[str, tuple[str, ...]], float]:
    """Load data/languages.yaml: the languages, each function word's languages, and the minimum share."""
    spec = load("languages")
    langs: dict[str, list[str]] = {}
    for lang, words in spec["words"].items():
        for w in set(words):
            langs.setdefault(w, []).append(lang)
    return list(spec["words"]), {w: tuple(v) for w, v in langs.items()}, float(spec["min_share"])


def guess_language(text: str, sample: int = 400) -> str:
    """Return the ISO 639-1 code of the language whose function words dominate `text`, or "und"."""
    words = [w.lower() for w in _WORD.findall(text[: sample * 8])][:sample]
    if not words:
        return "und"
    languages, word_langs, min_share = _lexicon()
    hits = dict.fromkeys(languages, 0)
    for w, n in Counter(words).items():
        for lang in word_langs.get(w, ()):
            hits[lang] += n
    shares = {lang: n / len(words) for lang, n in hits.items()}
    best = max(sorted(shares), key=shares.get)
    return best if shares[best] >= min_share else "und"
