"""The chronology: one row per dated statement, the same real-world event across articles grouped under one event_id.

A dated statement is a sentence with a calendar expression (a timexes row). Rows from different articles are
the same event when they carry the same calendar value and their sentences share enough actors and content words.
Candidates are bucketed by value (hashing), never compared all against all. `n_sources` counts independent
sources: syndicated copies (one `duplicate_group`) count once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from itertools import chain

import pandas as pd
import regex as re

from ..schema import shared_columns
from .store import to_frame
from .syndication import STOP_WORDS

SAME_EVENT = 0.2
MAX_GROUPS_PER_VALUE = 200
LABEL_WORDS = 14
_WORD = re.compile(r"\p{L}[\p{L}\p{M}’'-]*")
SCORED = ("country", "organisation", "person")


@lru_cache(maxsize=16384)
def content_words(sentence: str) -> frozenset[str]:
    """Return the lower-case content words of a sentence."""
    return frozenset(w for w in (x.lower() for x in _WORD.findall(sentence)) if w not in STOP_WORDS and len(w) > 2)


def label(sentence: str) -> str:
    """Make a short label from a sentence: its first few words."""
    words = sentence.split()
    text = " ".join(words[:LABEL_WORDS]).strip(" ,;:–-")
    return text + ("…" if len(words) > LABEL_WORDS else "")


TIMEX_COLUMNS = shared_columns("events", "timexes")
INPUT_COLUMNS = [*TIMEX_COLUMNS, "sentence", "actors"]


def event_inputs(timexes: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Join each timex with its sentence's text and the scored actors of that sentence: what events are made of."""
    if timexes.empty:
        return pd.DataFrame({c: [] for c in INPUT_COLUMNS})
    sent = dict(zip(zip(sentences.article_id, sentences.sentence_id), sentences.text))
    scored = mentions[mentions.actor_type.isin(SCORED)]
    actors: dict[tuple, set] = {}
    for key in zip(scored.article_id, scored.sentence_id, scored.actor_id):
        actors.setdefault(key[:2], set()).add(key[2])
    df = timexes[TIMEX_COLUMNS].copy()
    keys = list(zip(df.article_id, df.sentence_id))
    df["sentence"] = [str(sent.get(k, "")) for k in keys]
    df["actors"] = [sorted(actors.get(k, ())) for k in keys]
    return df


def key_events(inputs: pd.DataFrame, group_of: Mapping[str, str]) -> pd.DataFrame:
    """Group dated statements into events: add `_key` and `n_sources` (the independent sources reporting it).

    Every row of a calendar value must be present (events never span values), so the rows can be split by value
    and keyed piece by piece. `group_of` maps an article to its duplicate group (absent: its own group).
    """
    # Column-wise (not one dict per row): a 100k-article corpus has ~250k timexes.
    tx = inputs.sort_values(["article_id", "start"]).reset_index(drop=True)
    rows = [{"article_id": aid, "start": start, "value": value, "_sentence": text, "_actors": act}
            for aid, start, value, text, act in zip(tx.article_id, tx.start, tx.value, tx.sentence, tx.actors)]
    assign_events(rows)
    event_keys = [r["_key"] for r in rows]
    del rows
    members: dict[str, list[int]] = {}
    for i, k in enumerate(event_keys):
        members.setdefault(k, []).append(i)
    ids = tx.article_id.tolist()
    n_sources = [0] * len(tx)
    for group in members.values():
        independent = len({group_of.get(ids[i], ids[i]) for i in group})
        for i in group:
            n_sources[i] = independent
    tx["_key"] = event_keys
    tx["n_sources"] = n_sources
    return tx


def event_firsts(keyed: pd.DataFrame) -> pd.DataFrame:
    """Return each event's first row (in article and offset order): its key and what events are ordered by."""
    return keyed.drop_duplicates("_key")[["_key", "date_start", "value", "article_id", "start"]]


def number_events(firsts: pd.DataFrame) -> pd.Series:
    """Number events E00001… by date (unknown dates last), then value, article and offset; index: `_key`."""
    order = firsts.assign(_unknown=firsts.date_start.isna(), _value=firsts.value.astype(str))
    order = order.sort_values(["_unknown", "date_start", "_value", "article_id", "start"], kind="stable")
    return pd.Series([f"E{i + 1:05d}" for i in range(len(order))], index=order["_key"].to_numpy(), name="event_id")


def finish_events(keyed: pd.DataFrame, numbers: pd.Series) -> pd.DataFrame:
    """Give keyed rows their event ids and labels; return them in the events table's columns and sort order."""
    df = keyed.copy()
    df["event_id"] = df["_key"].map(numbers)
    df["label"] = [label(x) for x in df.sentence]
    df = df[to_frame("events", []).columns.tolist()]
    return df.sort_values(["event_id", "article_id", "start"], kind="stable").reset_index(drop=True)


def assign_events(rows: list[dict]) -> None:
    """Give each row an event key: rows of other articles with the same value and similar sentences share it.

    Within a value, candidate representatives come from an inverted index (feature → representatives): only
    those sharing a feature can reach SAME_EVENT, and their Jaccard similarity is computed from the overlap
    counts, which gives exactly the result of comparing with every representative. A representative keeps
    only its article, key and feature count; features live in the index (memory stays small on big corpora).
    A row's features are its "_features", or made here from its "_sentence" and "_actors"; both are consumed.
    """
    # per value: representatives' (article, key, feature count) and the inverted index feature → representatives
    by_value: dict[str, tuple[list[tuple[str, str, int]], dict[str, list[int]]]] = {}
    for r in rows:
        reps, index = by_value.setdefault(r["value"], ([], {}))
        feats = r.pop("_features", None)
        if feats is None:
            feats = content_words(r.pop("_sentence")) | frozenset(r.pop("_actors"))
        n = len(feats)
        overlap = Counter(chain.from_iterable(index[f] for f in feats if f in index))
        best, best_sim = None, SAME_EVENT
        for i in sorted(overlap):
            article, key, size = reps[i]
            if article == r["article_id"]:
                continue
            shared = overlap[i]
            sim = shared / (size + n - shared)
            if sim >= best_sim:
                best, best_sim = key, sim
        if best is not None:
            r["_key"] = best
        else:
            r["_key"] = f"{r['value']}|{r['article_id']}|{r['start']}"
            if len(reps) < MAX_GROUPS_PER_VALUE:
                for f in feats:
                    index.setdefault(f, []).append(len(reps))
                reps.append((r["article_id"], r["_key"], n))
