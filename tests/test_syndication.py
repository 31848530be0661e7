"""Syndication grouping: the numpy band index gives exactly what a plain datasketch LSH index gives."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash, MinHashLSH

from helpers.build.syndication import NUM_PERM, SCHEME, VERIFY_THRESHOLD, group_duplicates, signature, similarity

STORY = ("Peacekeepers of the multinational force reinforced the northern crossings on Tuesday after clashes "
         "between police and protesters outside the municipal building, officials in the capital said.")


def lsh_oracle(ids: list[str], sigs: list[np.ndarray]) -> dict[str, str]:
    """The same grouping rule written directly on datasketch's MinHashLSH (slow, obviously right)."""
    lsh = MinHashLSH(threshold=0.2, num_perm=NUM_PERM)
    parent = {i: i for i in ids}
    indexed: dict[str, np.ndarray] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    empty = signature("")
    for aid, sig in zip(ids, sigs):
        if np.array_equal(sig, empty):
            continue
        mh = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME)
        joined = False
        for other in sorted(lsh.query(mh)):
            ra, rb = find(aid), find(other)
            if ra != rb and similarity(sig, indexed[other]) >= VERIFY_THRESHOLD:
                parent[max(ra, rb)] = min(ra, rb)
                joined = True
        if not joined:
            lsh.insert(aid, mh)
            indexed[aid] = sig
    return {i: find(i) for i in ids}


def test_reworded_copy_joins_and_unrelated_story_stays_alone() -> None:
    copy = STORY.replace("on Tuesday", "on Tuesday morning").replace("officials in the capital said", "said officials")
    other = "The central bank left its main interest rate unchanged and said inflation would ease next year."
    ids = ["b", "a", "c", "d"]
    groups = group_duplicates(ids, [signature(STORY), signature(copy), signature(other), signature("")])
    assert groups == {"a": "a", "b": "a", "c": "c", "d": "d"}


def test_no_articles() -> None:
    assert group_duplicates([], []) == {}


def test_same_groups_as_datasketch_on_bbc(bbc) -> None:
    ids = bbc.articles.article_id.tolist()
    sigs = [signature(t) for t in bbc.articles.text]
    order = list(range(len(ids)))
    random.Random(7).shuffle(order)
    for idx in (list(range(len(ids))), order):
        got = group_duplicates([ids[i] for i in idx], [sigs[i] for i in idx])
        assert got == lsh_oracle([ids[i] for i in idx], [sigs[i] for i in idx])
    assert sum(g != a for a, g in got.items()) > 20  # the corpus has real duplicates, so the check has teeth


def test_signature_equals_datasketch_minhash() -> None:
    """signature() re-implements datasketch's affine32 update with numpy: it must give the library's own values."""
    from helpers.build.syndication import features

    for text in (STORY, "Çelik met officials in Priština.", "the of and", "", "1987 1988"):
        m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
        m.update_batch([f.encode("utf-8") for f in features(text)])
        assert np.array_equal(signature(text), m.hashvalues), text
        assert signature(text).dtype == m.hashvalues.dtype
