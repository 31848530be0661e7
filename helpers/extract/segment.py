"""Sentence segmentation with offsets: spaCy's rule-based sentencizer plus an abbreviation list from data/."""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import DATA

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
_SENT_END = tuple('.!?:;"”’)]')
MAX_BLOCK = 100_000  # characters given to spaCy at once (its max_length is 1,000,000)
# distinct words (space-separated chunks) whose tokens spaCy's tokenizer remembers; its default, 10,000, is full
# within a few thousand articles and every later new word is split again each time (Reuters-21578 has 112k: the
# larger cache makes segmentation ~12 % faster)
TOKENIZER_CACHE = 200_000
_CUT = re.compile(r"[.!?][\"”’)\]]*\s+")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    """Return the abbreviations listed in data/abbreviations.txt."""
    lines = (DATA / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def nlp():
    """Build the one blank-English spaCy pipeline (tokenizer + sentencizer), reused everywhere."""
    import spacy  # deferred: spaCy takes ~1 s to import and only the per-article step segments
    from spacy.attrs import IS_PUNCT
    from spacy.symbols import ORTH

    pipe = spacy.blank("en")
    pipe.tokenizer.max_cache_size = TOKENIZER_CACHE  # a cache only: the same tokens, found faster
    # The sentencizer reads a token's text and IS_PUNCT only: the other lexical attributes (shape, like_num,
    # stop word...) would be computed for every new word and never read.
    getters = pipe.vocab.lex_attr_getters
    pipe.vocab.lex_attr_getters = {IS_PUNCT: getters[IS_PUNCT]}
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
def _sentence_stops() -> re.Pattern:
    """Compile the characters after which the sentencizer may start a sentence (its punct_chars): a block with
    none of them is one sentence, and spaCy need not see it."""
    chars = nlp().get_pipe("sentencizer").punct_chars
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]" if chars else "(?!)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, in order, never crossing a paragraph."""
    pipe = nlp()
    tokenizer, sentencizer, stops = pipe.tokenizer, pipe.get_pipe("sentencizer"), _sentence_stops()
    out: list[tuple[int, int]] = []
    for base, end in blocks(text):
        piece = text[base:end]
        if not stops.search(piece):  # a heading, a byline: one sentence whatever its tokens
            sents = [(0, len(piece))]
        else:  # the pipeline's two steps called directly: the same annotations as nlp().pipe, less machinery
            sents = [(sent.start_char, sent.end_char) for sent in sentencizer(tokenizer(piece)).sents]
        for s, e in sents:
            s, e = _trim(text, base + s, base + e)
            if e > s:
                out.append((s, e))
    return _opening_marks_forward(text, out)


_OPENING = "“„«"


def _opening_marks_forward(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give an opening quotation mark that the sentencizer left at the end of a sentence to the next one ("… was
    deliberate. “Ankara talks …”": the mark opens the second sentence)."""
    out = list(spans)
    for k in range(len(out) - 1):
        s, e = out[k]
        ns, ne = out[k + 1]
        mark = text[e - 1]
        opening = mark in _OPENING or (mark == '"' and e - 2 >= s and text[e - 2].isspace())
        if opening and e - 1 > s and not text[e:ns].strip():
            out[k] = _trim(text, s, e - 1)
            out[k + 1] = (e - 1, ne)
    return out
