"""What the extractors receive: an article as read (`RawArticle`) and, once cleaned, its context (`ArticleDoc`)."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One article as read: decoded, normalised text plus whatever metadata the input carried."""

    article_id: str
    source: str
    record: str | None
    text: str
    sha256: str
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ArticleDoc:
    """One cleaned article as the extractors see it.

    `sentences` are (start, end) character spans into `text`, indexed by sentence_id.
    `published` is the reference date for relative expressions (None when unknown);
    `published_basis` says how it is known: metadata | text | inferred | unknown.
    `mentions` are actor-mention rows (dicts, see `helpers.actors`) once actors have run.
    `dateline` is the place line the story opens with ("ANKARA"), when the cleaner found one.
    """

    article_id: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    published: dt.date | None = None
    published_basis: str = "unknown"
    mentions: list[dict] = field(default_factory=list)
    dateline: str | None = None

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]

    def sentence_of(self, offset: int) -> int:
        """Return the sentence_id containing character `offset` (the nearest preceding one)."""
        if not self._starts:
            return 0
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_text(self, sentence_id: int) -> str:
        """Return the surface text of one sentence."""
        start, end = self.sentences[sentence_id]
        return self.text[start:end]
