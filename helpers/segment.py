"""Sentence segmentation with offsets: spaCy's tokenizer and sentencizer rule plus an abbreviation list from data/."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .paths import DATA

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
_SENT_END = tuple('.!?:;"”’)]')
MAX_BLOCK = 100_000  # characters given to spaCy at once (its max_length is 1,000,000)
_CUT = re.compile(r"[.!?][\"”’)\]]*\s+")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    """Return the abbreviations listed in data/abbreviations.txt."""
    lines = (DATA / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def nlp():
    """Build the one blank-English spaCy pipeline (tokenizer + sentencizer), reused everywhere."""
    import spacy
    from spacy.symbols import ORTH

    pipe = spacy.blank("en")
    for abbr in abbreviations():
        pipe.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    pipe.add_pipe("sentencizer")
    return pipe


def is_hard_wrapped(text: str) -> bool:
    """Tell whether single newlines in `text` are line wraps inside paragraphs, not breaks."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    body = lines[1:-1] or lines
    wrapped = sum(1 for ln in body if 30 <= len(ln.rstrip()) <= 100 and not ln.rstrip().endswith(_SENT_END))
    return wrapped / len(body) >= 0.5


def blocks(text: str) -> list[tuple[int, int]]:
    """Split `text` into spans that no sentence crosses: paragraphs, or lines unless hard-wrapped."""
    breaker = _BLOCK_BREAK if is_hard_wrapped(text) else _LINE_BREAK
    spans, pos = [], 0
    for m in breaker.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [piece for s, e in spans if text[s:e].strip() for piece in _pieces(text, s, e)]


def _pieces(text: str, start: int, end: int, size: int = MAX_BLOCK) -> list[tuple[int, int]]:
    """Cut a very long block into pieces of at most `size` characters, after a sentence end when there is one."""
    out = []
    while end - start > size:
        window = text[start + size // 2:start + size]
        cut = None
        for m in _CUT.finditer(window):
            cut = start + size // 2 + m.end()
        if cut is None:
            space = window.rfind(" ")
            cut = start + size // 2 + space + 1 if space >= 0 else start + size
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _sentencizer_rules() -> tuple[object, np.ndarray, re.Pattern]:
    """Return the tokenizer, the hashes of the sentencizer's end characters and a regex that finds any of them."""
    pipe = nlp()
    chars = sorted(pipe.get_pipe("sentencizer").punct_chars)
    hashes = np.array([pipe.vocab.strings.add(c) for c in chars], dtype=np.uint64)
    return pipe.tokenizer, hashes, re.compile("|".join(re.escape(c) for c in chars))


def _sentence_starts(doc, hashes: np.ndarray) -> list[int]:
    """Return the character offsets where spaCy's sentencizer starts sentences in a tokenized piece.

    Same rule as `spacy.pipeline.Sentencizer.predict`, run on token arrays instead of Token objects (much faster):
    after a token that is one of the end characters, the next token that is neither punctuation nor an end
    character starts a sentence.
    """
    from spacy.attrs import IDX, IS_PUNCT, ORTH

    arr = doc.to_array([IDX, IS_PUNCT, ORTH])
    ends = np.isin(arr[:, 2], hashes)
    words = ~(arr[:, 1].astype(bool) | ends)
    starts, seen = [0], False
    for i, (word, end) in enumerate(zip(words.tolist(), ends.tolist())):
        if seen and word:
            starts.append(int(arr[i, 0]))
            seen = False
        elif end:
            seen = True
    return starts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, in order, never crossing a paragraph."""
    tokenizer, hashes, has_end = _sentencizer_rules()
    out: list[tuple[int, int]] = []
    for base, stop in blocks(text):
        piece = text[base:stop]
        bounds = _sentence_starts(tokenizer(piece), hashes) if has_end.search(piece) else [0]
        bounds.append(len(piece))
        for a, b in zip(bounds, bounds[1:]):
            s, e = _trim(text, base + a, base + b)
            if e > s:
                out.append((s, e))
    return out
