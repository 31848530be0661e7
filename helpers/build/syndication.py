"""Syndication: group near-duplicate and reworded copies of the same story (MinHash LSH, then verification).

Each article (its cleaned body, furniture already out) is reduced to a signature row: a MinHash over its content
words and content-word bigrams (stop words dropped, so rewording of function words matters little), then a second
MinHash over the bigrams alone, then the number of bigrams. Candidate pairs come from LSH bands of the first part,
never all pairs; a candidate pair joins a group when its estimated Jaccard similarity reaches VERIFY_THRESHOLD and
the bigrams the two share are a large part of both texts (CONTAINMENT_THRESHOLD of the longer one): two stories
of one outlet and day that share boilerplate, topic words and a paragraph are not copies.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

NUM_PERM = 64
SCHEME = "affine32"
LSH_THRESHOLD = 0.2
VERIFY_THRESHOLD = 0.25
SHINGLE_PERM = 64  # permutations of the bigram MinHash (the first SHINGLE_PERM of the word MinHash's)
CONTAINMENT_THRESHOLD = 0.35
SIGNATURE_WIDTH = NUM_PERM + SHINGLE_PERM + 1
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
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """Return the (a, b) of datasketch's affine32 permutations for seed 1, as `MinHash(seed=1)` draws them.

    Drawn here with numpy so that neither the workers nor the driver import datasketch (and with it scipy,
    ~0.6 s a process); tests/test_syndication.py checks them against the library.
    """
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


EMPTY_HASH = np.full(NUM_PERM, (1 << 32) - 1, dtype=np.uint32)  # an empty MinHash's values (affine32)


@lru_cache(maxsize=1)
def lsh_params(threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Return the (bands, rows) datasketch's MinHashLSH chooses for a threshold: least equal-weighted error.

    False positives are the area under the band curve 1 - (1 - s^r)^b below the threshold, false negatives the
    area above the curve after it (datasketch integrates with scipy's quad; a fine trapezoid gives the same choice).
    """
    best, params = float("inf"), (0, 0)
    below, above = np.linspace(0.0, threshold, 2_001), np.linspace(threshold, 1.0, 2_001)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = np.trapezoid(1 - (1 - below ** r) ** b, below)
            fn = np.trapezoid((1 - above ** r) ** b, above)
            if 0.5 * fp + 0.5 * fn < best:
                best, params = 0.5 * fp + 0.5 * fn, (b, r)
    return params


def signature(text: str) -> np.ndarray:
    """Compute the signature row (SIGNATURE_WIDTH uint32 values) of an article's text.

    The first NUM_PERM values are datasketch's MinHash of the features: each hashed as datasketch's default does
    (the first 4 bytes of its SHA-1, little-endian), all at once; then datasketch's affine32 scheme applied with
    numpy, without building a MinHash object per article: the MurmurHash3 finalizer, each permutation
    a * h + b (mod 2**32), the minimum per permutation. The next SHINGLE_PERM values are the same minimum over the
    bigram features alone (no hashing beyond the first), the last is the number of bigrams.
    """
    feats = list(feature_set(text))
    seed = EMPTY_HASH
    if not feats:
        return np.concatenate([seed, seed[:SHINGLE_PERM], np.zeros(1, dtype=np.uint32)])
    digests = b"".join([hashlib.sha1(f.encode("utf-8")).digest()[:4] for f in feats])
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = permutations()
    words = (hv * a + b).min(axis=0)
    is_bigram = np.fromiter((" " in f for f in feats), dtype=bool, count=len(feats))
    n_bigrams = int(is_bigram.sum())
    if not n_bigrams:
        return np.concatenate([words, seed[:SHINGLE_PERM], np.zeros(1, dtype=np.uint32)])
    bigrams = (hv[is_bigram] * a[:SHINGLE_PERM] + b[:SHINGLE_PERM]).min(axis=0)
    return np.concatenate([words, bigrams, np.array([n_bigrams], dtype=np.uint32)])


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """Apply the 32-bit MurmurHash3 finalizer (a bijection that spreads the bits) to uint32 values."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two signatures (of their word MinHashes)."""
    return float(np.mean(a[:NUM_PERM] == b[:NUM_PERM]))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the share of the longer text's bigrams that the two texts share (0 when either has none).

    From the bigram MinHash's Jaccard estimate j and the two counts: shared = j (n_a + n_b) / (1 + j).
    """
    return float(containments(a[None, :], b)[0])


def containments(cands: np.ndarray, sig: np.ndarray) -> np.ndarray:
    """Vectorised `containment` of each candidate row with one signature row."""
    lo, hi = NUM_PERM, NUM_PERM + SHINGLE_PERM
    j = (cands[:, lo:hi] == sig[lo:hi]).mean(axis=1)
    na, nb = cands[:, hi].astype(np.float64), float(sig[hi])
    longer = np.maximum(na, nb)
    shared = j * (na + nb) / (1.0 + j)
    return np.where((na > 0) & (nb > 0), shared / np.maximum(longer, 1.0), 0.0)


def same_story(cands: np.ndarray, sig: np.ndarray) -> np.ndarray:
    """Tell, for each candidate row, whether it and `sig` are copies of one story (the verification rule)."""
    return ((cands[:, :NUM_PERM] == sig[:NUM_PERM]).mean(axis=1) >= VERIFY_THRESHOLD) & (
        containments(cands, sig) >= CONTAINMENT_THRESHOLD)


class DuplicateIndex:
    """Group syndicated copies incrementally: articles are added a batch at a time, in input order.

    Each article is compared with the indexed articles that share an LSH band value with it; a candidate that
    passes `same_story` (Jaccard and containment) joins its group. An article that joined no group is indexed; a
    member of a known group adds nothing (its group is already there), and its signature is not kept. Groups are
    the verified connected components; each is named by its smallest id. The build feeds partitions in order as
    they finish, so the driver groups while the workers still read (nothing left to do at the end but the last).
    """

    def __init__(self) -> None:
        self.bands, self.rows = lsh_params()
        self.buckets: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]
        self.ids: list[str] = []
        self.parent: list[int] = []
        self.kept = np.empty((0, SIGNATURE_WIDTH), dtype=np.uint32)  # rows of indexed articles (the only ones
        self.n_kept = 0                                                # ever compared), in the order indexed
        self.slot_article: list[int] = []  # the article of each kept row

    def find(self, x: int) -> int:
        """Return the root of an article's group (with path halving)."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def add(self, ids: list[str], sigs: np.ndarray) -> None:
        """Add a batch of articles (ids with their signature rows), after every article added before."""
        if not len(ids):
            return
        per_article = zip(*(self._band_keys(sigs, b) for b in range(self.bands)))
        empty = (sigs[:, :NUM_PERM] == EMPTY_HASH).all(axis=1).tolist()
        for k, (aid, band_keys) in enumerate(zip(ids, per_article)):
            i = len(self.ids)
            self.ids.append(aid)
            self.parent.append(i)
            if empty[k]:
                continue
            found: set[int] = set()
            for bucket, key in zip(self.buckets, band_keys):
                hit = bucket.get(key)
                if hit is not None:
                    found.update(hit) if isinstance(hit, list) else found.add(hit)
            close = []
            if found:
                slots = np.fromiter(found, dtype=np.int64, count=len(found))
                close = slots[same_story(self.kept[slots], sigs[k])].tolist()
            for slot in close:
                ra, rb = self.find(i), self.find(self.slot_article[slot])
                if ra != rb:
                    low, high = (ra, rb) if self.ids[ra] < self.ids[rb] else (rb, ra)
                    self.parent[high] = low  # the group's root is its smallest id
            if not close:
                slot = self._keep(i, sigs[k])
                for bucket, key in zip(self.buckets, band_keys):
                    hit = bucket.get(key)
                    if hit is None:
                        bucket[key] = slot
                    elif isinstance(hit, list):
                        hit.append(slot)
                    else:
                        bucket[key] = [hit, slot]

    def _band_keys(self, sigs: np.ndarray, band: int) -> list:
        """Return one hashable key per row for the values of one band (an int when the band fits 64 bits)."""
        chunk = np.ascontiguousarray(sigs[:, band * self.rows:(band + 1) * self.rows])
        width = self.rows * chunk.dtype.itemsize
        kind = {4: np.uint32, 8: np.uint64}.get(width)
        return (chunk.view(kind) if kind else chunk.view(f"V{width}")).ravel().tolist()

    def _keep(self, article: int, sig: np.ndarray) -> int:
        """Store an indexed article's signature row; return its slot."""
        if self.n_kept == len(self.kept):
            self.kept = np.concatenate([self.kept, np.empty((max(1024, len(self.kept)), self.kept.shape[1]),
                                                            dtype=self.kept.dtype)])
        self.kept[self.n_kept] = sig
        self.slot_article.append(article)
        self.n_kept += 1
        return self.n_kept - 1

    def groups(self) -> dict[str, str]:
        """Map each article id added to its duplicate group (the smallest id in its verified component)."""
        return {aid: self.ids[self.find(i)] for i, aid in enumerate(self.ids)}


def group_duplicates(ids: list[str], signatures: list[np.ndarray]) -> dict[str, str]:
    """Map each article id to its duplicate group (the smallest id in its verified connected component)."""
    index = DuplicateIndex()
    if ids:
        index.add(ids, np.vstack(signatures))
    return index.groups()
