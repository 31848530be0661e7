"""Syndication: group near-duplicate and reworded copies of the same story (MinHash LSH, then verification).

Each article is reduced to a MinHash signature over its content words and content-word bigrams (stop words
dropped, so rewording of function words matters little). Candidate pairs come from datasketch's LSH index, never
all pairs; each candidate pair is then verified on the estimated Jaccard similarity before it joins a group.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"
LSH_THRESHOLD = 0.2
VERIFY_THRESHOLD = 0.25
_WORD = re.compile(r"\w+")  # run on ASCII-folded text, where stdlib re and the regex module agree
STOP_WORDS = frozenset(
    "a an the of and or but to in on at for from by with as is are was were be been being that this these those it "
    "its their they them he she his her we our us you i not no has have had do does did will would can could should "
    "may might also than then there here which who whom whose what when where while if so such into about over after "
    "before up down out more most some any all each other very just said says told".split())


def features(text: str) -> list[str]:
    """Return the content words and content-word bigrams of a text (diacritics dropped, lower-case), sorted."""
    return sorted(feature_set(text))


def feature_set(text: str) -> set[str]:
    """Return the content words and content-word bigrams of a text (diacritics dropped, lower-case)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in _WORD.findall(folded) if w not in STOP_WORDS and not w.isdigit()]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


@lru_cache(maxsize=1)
def _seed_minhash() -> MinHash:
    """Return an empty MinHash whose permutations every signature shares."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def signature(text: str) -> np.ndarray:
    """Compute the MinHash signature (NUM_PERM values) of an article's text.

    Each feature is hashed as datasketch's default does (the first 4 bytes of its SHA-1, little-endian), all at
    once; then datasketch's affine32 scheme is applied to those integers with numpy, without building a MinHash
    object per article: the MurmurHash3 finalizer, each permutation a * h + b (mod 2**32), the minimum per
    permutation.
    """
    feats = feature_set(text)
    if not feats:
        return _seed_minhash().hashvalues.copy()
    digests = b"".join([hashlib.sha1(f.encode("utf-8")).digest()[:4] for f in feats])
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = _seed_minhash().permutations
    return (hv * a + b).min(axis=0)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """Apply the 32-bit MurmurHash3 finalizer (a bijection that spreads the bits) to uint32 values."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def group_duplicates(ids: list[str], signatures: list[np.ndarray]) -> dict[str, str]:
    """Map each article id to its duplicate group (the smallest id in its verified connected component).

    Articles are taken in the given order. Each is compared with the indexed articles that share an LSH band
    with it (candidates in id order); a candidate whose estimated Jaccard similarity reaches VERIFY_THRESHOLD
    joins its group. An article that joined no group is indexed; a member of a known group adds nothing to the
    index (its group is already there). Bands are found with numpy (one label per band and distinct band value),
    so the work grows with the candidates, not with all pairs.
    """
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if not ids:
        return {}
    sigs = np.vstack(signatures)
    labels = band_labels(sigs)
    rank = np.empty(len(ids), dtype=np.int64)
    rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    empty = (sigs == _seed_minhash().hashvalues).all(axis=1).tolist()
    buckets: dict[int, list[int]] = {}
    for i, row in enumerate(labels):
        if empty[i]:
            continue
        bands = row[row >= 0].tolist()
        found: set[int] = set()
        for band in bands:
            found.update(buckets.get(band, ()))
        joined = False
        if found:
            cand = np.fromiter(found, dtype=np.int64, count=len(found))
            cand = cand[np.argsort(rank[cand])]
            close = cand[(sigs[cand] == sigs[i]).mean(axis=1) >= VERIFY_THRESHOLD].tolist()
            for other in close:
                ra, rb = find(i), find(other)
                if ra != rb:
                    # the group's root is its smallest id
                    parent[max(ra, rb, key=rank.__getitem__)] = min(ra, rb, key=rank.__getitem__)
                    joined = True
        if not joined:
            for band in bands:
                buckets.setdefault(band, []).append(i)
    return {aid: ids[find(i)] for i, aid in enumerate(ids)}


def band_labels(sigs: np.ndarray) -> np.ndarray:
    """Label each signature's LSH bands (datasketch's b and r for the threshold): equal labels, equal band values.

    A band value no other signature shares can never bring a candidate, so it is labelled -1 (not indexed).
    """
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    labels = np.empty((len(sigs), lsh.b), dtype=np.int64)
    for band in range(lsh.b):
        chunk = np.ascontiguousarray(sigs[:, band * lsh.r:(band + 1) * lsh.r])
        _, inverse, counts = np.unique(chunk.view(np.dtype((np.void, chunk.dtype.itemsize * lsh.r))).ravel(),
                                       return_inverse=True, return_counts=True)
        inverse = inverse.ravel()
        labels[:, band] = np.where(counts[inverse] > 1, inverse + band * len(sigs), -1)
    return labels
