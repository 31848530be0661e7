"""Syndication: group near-duplicate and reworded copies of the same story (MinHash LSH, then verification).

Each article is reduced to a MinHash signature over its content words and content-word bigrams (stop words
dropped, so rewording of function words matters little). Candidate pairs come from datasketch's LSH index, never
all pairs; each candidate pair is then verified on the estimated Jaccard similarity before it joins a group.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np
import regex as re
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"
LSH_THRESHOLD = 0.2
VERIFY_THRESHOLD = 0.25
_WORD = re.compile(r"\w+")
STOP_WORDS = frozenset(
    "a an the of and or but to in on at for from by with as is are was were be been being that this these those it "
    "its their they them he she his her we our us you i not no has have had do does did will would can could should "
    "may might also than then there here which who whom whose what when where while if so such into about over after "
    "before up down out more most some any all each other very just said says told".split())


def features(text: str) -> list[str]:
    """Return the content words and content-word bigrams of a text (diacritics dropped, lower-case)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in _WORD.findall(folded) if w not in STOP_WORDS and not w.isdigit()]
    return sorted(set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])})


@lru_cache(maxsize=1)
def _seed_minhash() -> MinHash:
    """Return an empty MinHash whose permutations every signature shares."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def signature(text: str) -> np.ndarray:
    """Compute the MinHash signature (uint64 array of NUM_PERM values) of an article's text."""
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_seed_minhash().permutations, scheme=SCHEME)
    feats = features(text)
    if feats:
        m.update_batch([f.encode("utf-8") for f in feats])
    return m.hashvalues.copy()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def group_duplicates(ids: list[str], signatures: list[np.ndarray]) -> dict[str, str]:
    """Map each article id to its duplicate group (the smallest id in its verified connected component)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    parent = {i: i for i in ids}
    signatures_by_id: dict[str, np.ndarray] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    empty = _seed_minhash().hashvalues
    for aid, sig in zip(ids, signatures):
        if np.array_equal(sig, empty):
            continue
        mh = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME)
        joined = False
        for other in sorted(lsh.query(mh)):
            ra, rb = find(aid), find(other)
            if ra != rb and similarity(sig, signatures_by_id[other]) >= VERIFY_THRESHOLD:
                parent[max(ra, rb)] = min(ra, rb)
                joined = True
        if not joined:  # a member of a known group adds nothing to the index: its group is already there
            lsh.insert(aid, mh)
            signatures_by_id[aid] = sig
    return {i: find(i) for i in ids}
