"""The chronology: one row per dated statement, the same real-world event across articles grouped under one event_id.

A dated statement is a sentence with a calendar expression (a timexes row). Rows from different articles are
the same event when they carry the same calendar value and their sentences share enough actors and content words.
Candidates are bucketed by value (hashing), never compared all against all. `n_sources` counts independent
sources: syndicated copies (one `duplicate_group`) count once.
"""

from __future__ import annotations

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
    sent = sentences.set_index(["article_id", "sentence_id"])["text"]
    scored = mentions[mentions.actor_type.isin(SCORED)]
    actors = scored.groupby(["article_id", "sentence_id"])["actor_id"].agg(lambda s: sorted(set(s)))
    group_of = dict(zip(articles.article_id, articles.duplicate_group.fillna(articles.article_id)))
    rows = []
    for t in timexes.sort_values(["article_id", "start"]).itertuples(index=False):
        key = (t.article_id, t.sentence_id)
        sentence = str(sent.get(key, ""))
        acts = actors.get(key, [])
        rows.append({"article_id": t.article_id, "sentence_id": t.sentence_id, "start": t.start, "end": t.end,
                     "text": t.text, "value": t.value, "precision": t.precision, "modifier": t.modifier,
                     "date_start": t.date_start, "date_end": t.date_end, "actors": list(acts),
                     "label": label(sentence), "sentence": sentence,
                     "_features": content_words(sentence) | frozenset(acts)})
    assign_events(rows)
    members: dict[str, list[dict]] = {}
    for r in rows:
        members.setdefault(r["_key"], []).append(r)
    for group in members.values():
        sources = sorted({r["article_id"] for r in group})
        independent = {group_of.get(a, a) for a in sources}
        for r in group:
            r["sources"] = sources
            r["n_sources"] = len(independent)
    order = sorted(members, key=lambda k: _order_key(members[k][0]))
    ids = {k: f"E{i + 1:05d}" for i, k in enumerate(order)}
    for r in rows:
        r["event_id"] = ids[r.pop("_key")]
        r.pop("_features")
    df = to_frame("events", rows)
    return df.sort_values(["event_id", "article_id", "start"], kind="stable").reset_index(drop=True)


def assign_events(rows: list[dict]) -> None:
    """Give each row an event key: rows of other articles with the same value and similar sentences share it."""
    by_value: dict[str, list[dict]] = {}
    for r in rows:
        reps = by_value.setdefault(r["value"], [])
        best, best_sim = None, SAME_EVENT
        for rep in reps:
            if rep["article_id"] == r["article_id"]:
                continue
            sim = similarity(rep["_features"], r["_features"])
            if sim >= best_sim:
                best, best_sim = rep, sim
        if best is not None:
            r["_key"] = best["_key"]
        else:
            r["_key"] = f"{r['value']}|{r['article_id']}|{r['start']}"
            if len(reps) < MAX_GROUPS_PER_VALUE:
                reps.append(r)


def _order_key(row: dict) -> tuple:
    """Order events by date (unknown years last), then value, article and offset."""
    start = row["date_start"]
    known = start is not None and not pd.isna(start)
    return (0 if known else 1, pd.Timestamp(start) if known else pd.Timestamp.max, str(row["value"]),
            row["article_id"], row["start"])
