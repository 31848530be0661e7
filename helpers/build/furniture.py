"""Page furniture found across a corpus: lines that different stories repeat (an outlet's wrapper), counted before
any article is cleaned. The per-article half (line keys, story sketches, which lines read as furniture) is
`helpers.extract.repeats`; `clean` takes the lines found here out of every article that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from ..extract.clean import unwrap
from ..extract.document import RawArticle
from ..extract.repeats import rules, scan


@dataclass
class LineScan:
    """What one partition reports for counting repeated lines: every article's candidate line keys (flat, with the
    article's position in the partition) and each article's story sketch."""

    number: int
    keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    owners: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    sketches: list[np.ndarray] = field(default_factory=list)


def scan_articles(number: int, articles: Iterable[RawArticle]) -> LineScan:
    """Scan the articles of one partition: their candidate line keys and story sketches."""
    keys, owners, sketches = [], [], []
    for k, raw in enumerate(articles):
        lines, sk = scan(unwrap(raw.text))
        keys.append(lines)
        owners.append(np.full(len(lines), k, dtype=np.int64))
        sketches.append(sk)
    if not keys:
        return LineScan(number)
    return LineScan(number, np.concatenate(keys), np.concatenate(owners), sketches)


def repeated_lines(scans: Iterable[LineScan]) -> frozenset[int]:
    """Return the keys of lines found in two or more different stories (copies of one story count once)."""
    scans = sorted(scans, key=lambda s: s.number)
    sketches = [sk for s in scans for sk in s.sketches]
    offsets = np.cumsum([0] + [len(s.sketches) for s in scans])
    keys = np.concatenate([s.keys for s in scans] or [np.empty(0, dtype=np.uint64)])
    owners = np.concatenate([s.owners + offsets[j] for j, s in enumerate(scans)] or [np.empty(0, dtype=np.int64)])
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    same = SameStory(sketches, rules()["same_story"])
    out = set()
    for start, size in zip(starts[sizes >= 2].tolist(), sizes[sizes >= 2].tolist()):
        first, others = int(owners[start]), owners[start + 1:start + size].tolist()
        if any(not same(first, other) for other in others):
            out.add(int(keys[start]))
    return frozenset(out)


class SameStory:
    """Tell whether two articles are one story: enough of the smaller sketch shared (remembered per pair)."""

    def __init__(self, sketches: list[np.ndarray], share: float) -> None:
        self.sketches, self.share, self.known = sketches, share, {}

    def __call__(self, a: int, b: int) -> bool:
        """Return whether articles a and b (positions in the corpus) are copies of one story."""
        if (a, b) not in self.known:
            sa, sb = self.sketches[a], self.sketches[b]
            if not len(sa) or not len(sb):
                self.known[a, b] = not len(sa) and not len(sb)  # too short to tell: one story, their lines kept
            else:
                shared = len(np.intersect1d(sa, sb, assume_unique=True))
                self.known[a, b] = shared >= self.share * min(len(sa), len(sb))
        return self.known[a, b]
