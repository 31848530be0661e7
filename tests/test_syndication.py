"""Syndication grouping: the numpy band index gives exactly what a plain datasketch LSH index gives."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from helpers.build.syndication import (
    CONTAINMENT_THRESHOLD,
    NUM_PERM,
    SCHEME,
    SIGNATURE_WIDTH,
    VERIFY_THRESHOLD,
    containment,
    group_duplicates,
    signature,
    similarity,
)

STORY = ("Peacekeepers of the multinational force reinforced the northern crossings on Tuesday after clashes "
         "between police and protesters outside the municipal building, officials in the capital said.")


def lsh_oracle(ids: list[str], sigs: list[np.ndarray]) -> dict[str, str]:
    """The same grouping rule written directly on datasketch's MinHashLSH (slow, obviously right): LSH candidates on
    the word MinHash, verified on Jaccard and on the bigram containment."""
    lsh = MinHashLSH(threshold=0.2, num_perm=NUM_PERM)
    parent = {i: i for i in ids}
    indexed: dict[str, np.ndarray] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    empty = signature("")[:NUM_PERM]
    for aid, sig in zip(ids, sigs):
        if np.array_equal(sig[:NUM_PERM], empty):
            continue
        mh = MinHash(num_perm=NUM_PERM, hashvalues=sig[:NUM_PERM], scheme=SCHEME)
        joined = False
        for other in sorted(lsh.query(mh)):
            ra, rb = find(aid), find(other)
            if ra != rb and similarity(sig, indexed[other]) >= VERIFY_THRESHOLD and containment(
                    sig, indexed[other]) >= CONTAINMENT_THRESHOLD:
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
        assert np.array_equal(signature(text)[:NUM_PERM], m.hashvalues), text
        assert signature(text).dtype == m.hashvalues.dtype and signature(text).shape == (SIGNATURE_WIDTH,)


@pytest.mark.parametrize("threshold", [0.1, 0.2, 0.5, 0.8])
@pytest.mark.parametrize("num_perm", [32, 64, 128])
def test_lsh_params_equal_datasketch(threshold: float, num_perm: int) -> None:
    """lsh_params() picks the (bands, rows) datasketch's MinHashLSH picks, without importing datasketch or scipy."""
    from helpers.build.syndication import lsh_params

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_params.__wrapped__(threshold, num_perm) == (lsh.b, lsh.r)


def test_permutations_equal_datasketch() -> None:
    """The numpy permutations and empty values are those of datasketch's MinHash(seed=1, scheme='affine32')."""
    from helpers.build.syndication import EMPTY_HASH, permutations

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    a, b = permutations()
    assert np.array_equal(a, m.permutations[0]) and np.array_equal(b, m.permutations[1]) and a.dtype == np.uint32
    assert np.array_equal(EMPTY_HASH, m.hashvalues) and EMPTY_HASH.dtype == m.hashvalues.dtype


def test_build_does_not_import_datasketch() -> None:
    """Workers and the driver import the build without datasketch (and scipy): ~0.6 s less start-up a process."""
    code = "import sys, helpers.build.runner; print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# Two invented same-day stories of one outlet: a shared background paragraph and the outlet's sign-off.
SHARED = ("The northern municipalities have been tense since the spring elections, which most residents boycotted, "
          "and the peacekeeping force has kept extra patrols on the main roads ever since.")
SIGN_OFF = "Follow our live coverage of the region on the website and in the daily newsletter for subscribers."
FIRST = "\n\n".join([
    "Police reopened the main border crossing on Tuesday after a three-day closure that stranded hundreds of trucks.",
    "Drivers said the queue had stretched for twelve kilometres and that food and water ran short overnight.",
    "The interior minister told parliament that the closure had been necessary to check forged customs papers.",
    "Freight companies demanded compensation and warned that exports of fruit would suffer this season.",
    SHARED, SIGN_OFF])
SECOND = "\n\n".join([
    "The town council voted on Tuesday to rename two streets after local teachers who founded the first school.",
    "Opposition councillors walked out of the session, saying the budget debate had been postponed again.",
    "The mayor promised a public consultation on the renaming before the signs are replaced next month.",
    "Parents welcomed the decision and said the teachers had been forgotten for far too long in the town.",
    SHARED, SIGN_OFF])


def test_two_stories_sharing_a_paragraph_and_sign_off_are_not_copies():
    a, b = signature(FIRST), signature(SECOND)
    assert containment(a, b) < CONTAINMENT_THRESHOLD
    assert group_duplicates(["a", "b"], [a, b]) == {"a": "a", "b": "b"}


def test_copy_with_a_changed_first_line_and_a_dropped_sentence_is_a_copy():
    paras = FIRST.split("\n\n")
    copy = "\n\n".join(["Hundreds of trucks were stranded before police reopened the main crossing on Tuesday.",
                          *paras[1:3], *paras[4:]])
    a, b = signature(FIRST), signature(copy)
    assert containment(a, b) >= CONTAINMENT_THRESHOLD and similarity(a, b) >= VERIFY_THRESHOLD
    assert group_duplicates(["b", "a"], [b, a]) == {"a": "a", "b": "a"}
