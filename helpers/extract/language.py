"""A cheap language guess from function-word shares (data/languages.yaml), for articles whose metadata is silent."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon import load

_WORD = re.compile(r"[^\W\d_]+")  # letters only (stdlib re: far faster than \p{L})
_ASCII_WORD = re.compile(r"[A-Za-z]+")  # the same words in ASCII text, found faster


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
    head = text[: sample * 8]
    if head.isascii():  # lower-casing ASCII text first finds the same words, lower-cased, in one call
        words = _ASCII_WORD.findall(head.lower())[:sample]
    else:
        words = [w.lower() for w in _WORD.findall(head)[:sample]]
    if not words:
        return "und"
    languages, word_langs, min_share = _lexicon()
    hits = dict.fromkeys(languages, 0)
    counts = Counter(words)
    for w in counts.keys() & word_langs.keys():  # the function words among them (a set operation, not a loop)
        for lang in word_langs[w]:
            hits[lang] += counts[w]
    shares = {lang: n / len(words) for lang, n in hits.items()}
    best = max(sorted(shares), key=shares.get)
    return best if shares[best] >= min_share else "und"


def line_language(line: str, page: str) -> str | None:
    """Return the language of a line written in another language than its page's (`page`, ISO 639-1), or None: two
    different function words of that language and none of the page's ("Kurti je zapalio vatru, a sada se čudi što
    gori" on an English page is a social post's text or an image's alt text). One-letter words count for no
    language, a function word counts in lower case or opening a sentence, name particles ("de", "van der") never."""
    words = (_ASCII_WORD if line.isascii() else _WORD).findall(line)
    if len(words) < 3 or not _page_words(page).isdisjoint(map(str.lower, words)):
        return None
    _, word_langs, _ = _lexicon()
    tokens = list(_WORD.finditer(line))
    particles = _particles()
    hits: dict[str, set[str]] = {}
    for t in tokens:
        w = t.group()
        opens = t.start() == 0 or line[:t.start()].rstrip().endswith((".", "!", "?"))
        if len(w) > 1 and (w.islower() or opens) and w.lower() not in particles:
            for lang in word_langs.get(w.lower(), ()):
                hits.setdefault(lang, set()).add(w.lower())
    best = max(sorted(hits), key=lambda k: len(hits[k]), default=None)
    return best if best is not None and len(hits[best]) >= 2 else None


@lru_cache(maxsize=64)
def _page_words(page: str) -> frozenset[str]:
    """Return the function words of a language that count for a line (two letters or more; lower case)."""
    _, word_langs, _ = _lexicon()
    return frozenset(w for w, langs in word_langs.items() if page in langs and len(w) > 1)


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Return the particles of personal names (data/languages.yaml), which say nothing of a line's language."""
    return frozenset(load("languages").get("name_particles", []))
