"""The chronology: one row per dated statement, the same real-world event across articles grouped under one event_id.

A dated statement is a sentence with a calendar expression (a timexes row). Rows from different articles are
the same event when they carry the same calendar value and their sentences share enough actors and content words.
Candidates are bucketed by value (hashing), never compared all against all. `n_sources` counts independent
sources: syndicated copies (one `duplicate_group`) count once.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import regex as re

from .syndication import STOP_WORDS

SAME_EVENT = 0.2
MAX_GROUPS_PER_VALUE = 200
LABEL_WORDS = 14
_WORD = re.compile(r"\p{L}[\p{L}\p{M}’'-]*")
SCORED = ("country", "organisation", "person")


def content_words(sentence: str) -> frozenset[str]:
    """Return the lower-case content words of a sentence."""
    return frozenset(w for w in (x.lower() for x in _WORD.findall(sentence)) if w not in STOP_WORDS and len(w) > 2)


def label(sentence: str) -> str:
    """Make a short label from a sentence: its first few words."""
    words = sentence.split()
    text = " ".join(words[:LABEL_WORDS]).strip(" ,;:–-")
    return text + ("…" if len(words) > LABEL_WORDS else "")


def similarity(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity of two sets (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def build_events(timexes: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
                 articles: pd.DataFrame) -> pd.DataFrame:
    """Build the events table from the timexes, sentences, mentions and articles tables."""
    from .store import to_frame

    if timexes.empty:
        return to_frame("events", [])
    sent = dict(zip(zip(sentences.article_id, sentences.sentence_id), sentences.text))
    scored = mentions[mentions.actor_type.isin(SCORED)]
    actors: dict[tuple, set] = {}
    for key in zip(scored.article_id, scored.sentence_id, scored.actor_id):
        actors.setdefault(key[:2], set()).add(key[2])
    group_of = dict(zip(articles.article_id, articles.duplicate_group.fillna(articles.article_id)))
    # Column-wise (not one dict per row): a 100k-article corpus has ~250k timexes.
    tx = timexes.sort_values(["article_id", "start"]).reset_index(drop=True)
    keys = list(zip(tx.article_id, tx.sentence_id))
    sentence = [str(sent.get(k, "")) for k in keys]
    acts = [sorted(actors.get(k, ())) for k in keys]
    del sent, actors
    rows = [{"article_id": aid, "start": start, "value": value, "_sentence": text, "_actors": act}
            for aid, start, value, text, act in zip(tx.article_id, tx.start, tx.value, sentence, acts)]
    assign_events(rows)
    event_keys = [r["_key"] for r in rows]
    del rows
    members: dict[str, list[int]] = {}
    for i, k in enumerate(event_keys):
        members.setdefault(k, []).append(i)
    ids = tx.article_id.tolist()
    sources: list = [None] * len(tx)
    n_sources = [0] * len(tx)
    for group in members.values():
        srcs = sorted({ids[i] for i in group})
        independent = len({group_of.get(x, x) for x in srcs})
        for i in group:
            sources[i], n_sources[i] = srcs, independent
    first = {k: {"date_start": tx.date_start.iat[g[0]], "value": tx.value.iat[g[0]], "article_id": ids[g[0]],
                 "start": tx.start.iat[g[0]]} for k, g in members.items()}
    order = sorted(members, key=lambda k: _order_key(first[k]))
    number = {k: f"E{i + 1:05d}" for i, k in enumerate(order)}
    df = tx[["article_id", "sentence_id", "start", "end", "text", "value", "precision", "modifier", "date_start",
             "date_end"]].copy()
    df["actors"] = acts
    df["label"] = [label(x) for x in sentence]
    df["sentence"] = sentence
    df["n_sources"] = n_sources
    df["sources"] = sources
    df["event_id"] = [number[k] for k in event_keys]
    df = to_frame("events", []).pipe(lambda empty: df[empty.columns.tolist()])
    return df.sort_values(["event_id", "article_id", "start"], kind="stable").reset_index(drop=True)


def assign_events(rows: list[dict]) -> None:
    """Give each row an event key: rows of other articles with the same value and similar sentences share it.

    Within a value, candidate representatives come from an inverted index (feature → representatives): only
    those sharing a feature can reach SAME_EVENT, and their Jaccard similarity is computed from the overlap
    counts, which gives exactly the result of comparing with every representative. Rows that do not become
    representatives drop their features at once (memory stays small on big corpora). A row's features are
    its "_features", or made here from its "_sentence" and "_actors".
    """
    by_value: dict[str, tuple[list[dict], dict[str, list[int]]]] = {}
    for r in rows:
        reps, index = by_value.setdefault(r["value"], ([], {}))
        if "_features" not in r:
            r["_features"] = content_words(r.pop("_sentence")) | frozenset(r.pop("_actors"))
        feats = r["_features"]
        overlap: Counter[int] = Counter()
        for f in feats:
            overlap.update(index.get(f, ()))
        best, best_sim = None, SAME_EVENT
        for i in sorted(overlap):
            rep = reps[i]
            if rep["article_id"] == r["article_id"]:
                continue
            shared = overlap[i]
            sim = shared / (len(rep["_features"]) + len(feats) - shared)
            if sim >= best_sim:
                best, best_sim = rep, sim
        if best is not None:
            r["_key"] = best["_key"]
            del r["_features"]
        else:
            r["_key"] = f"{r['value']}|{r['article_id']}|{r['start']}"
            if len(reps) < MAX_GROUPS_PER_VALUE:
                for f in feats:
                    index.setdefault(f, []).append(len(reps))
                reps.append(r)
            else:
                del r["_features"]


def _order_key(row: dict) -> tuple:
    """Order events by date (unknown years last), then value, article and offset."""
    start = row["date_start"]
    known = start is not None and not pd.isna(start)
    return (0 if known else 1, pd.Timestamp(start) if known else pd.Timestamp.max, str(row["value"]),
            row["article_id"], row["start"])
