"""How two sides describe each other: passages spoken for one side about the other, with their stance.

A passage is a quotation. It counts for side A only when its speaker speaks for A (see `speakers.affiliation`: by
role, not by nationality: NATO's Secretary General speaks for NATO, not for his home country), and it counts as
A's agreement or disagreement with B only when the passage is about B (B is named in the quotation or in the
sentence that carries it). Syndicated copies of one passage count once. Stance and theme cues: data/themes.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..lexicon import load
from .actors import blank

_LOCATIVE = re.compile(r"(?:\b(?:in|into|to|from|across|throughout|inside|within|near|around|of northern|"
                       r"in northern|in southern|in north|in south)\s+(?:the\s+)?)$", re.I)
PASSAGE_COLUMNS = ["side", "about", "stance", "cue", "themes", "speaker_label", "speaker_type", "article_id",
                   "sentence_id", "start", "text", "n_copies"]


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
    """Compile the theme and stance patterns of data/themes.yaml."""
    spec = load("themes")
    themes = {v["label"]: re.compile("|".join(v["patterns"]), re.I) for v in spec["themes"].values()}
    stance = {k: re.compile("|".join(v), re.I) for k, v in spec["stance"].items()}
    return themes, stance


def stance_of(text: str) -> tuple[str, str]:
    """Classify a passage as "disagreement", "agreement" or "" (neither); return it with the cue that decided."""
    _, stance = lexicon()
    for label in ("disagreement", "agreement"):
        if m := stance[label].search(text):
            return label, m.group(0)
    return "", ""


def themes_of(text: str) -> list[str]:
    """Return the labels of the themes a passage touches."""
    themes, _ = lexicon()
    return [label for label, rx in themes.items() if rx.search(text)]


def actors_near(quotes: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """Map each quotation (by index) to the actors it is about: those named inside it (not as a place: "our people
    in Kosovo" is not about Kosovo's government), else those named in the sentence that carries it."""
    wanted = set(quotes.article_id)
    rows = mentions[mentions.article_id.isin(wanted)]
    by_article: dict[str, list[tuple]] = {}
    for aid, sid, start, end, actor in zip(rows.article_id, rows.sentence_id, rows.start, rows.end, rows.actor_id):
        by_article.setdefault(aid, []).append((sid, start, end, actor))
    texts = dict(zip(quotes.index, quotes.text))
    out = {}
    for idx, aid, sid, start, end in zip(quotes.index, quotes.article_id, quotes.sentence_id, quotes.start,
                                         quotes.end):
        found = by_article.get(aid, ())
        inside = [(a, e, actor) for s, a, e, actor in found if a >= start and e <= end]
        named = {actor for a, _, actor in inside if not _LOCATIVE.search(texts[idx][: a - start])}
        out[idx] = named if inside else {actor for s, _, _, actor in found if s == sid}
    return pd.Series(out, dtype=object)


def passages(speakers: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame, sides: dict[str, set[str]],
             parents: dict[str, str] | None = None) -> pd.DataFrame:
    """Return the independent passages one side speaks about another, with stance, cue and themes.

    `speakers` is `speakers.speaker_table(corpus)`; `sides` maps a side's display name to its actor ids.
    """
    parents = parents or {}
    group = articles.set_index("article_id").duplicate_group.fillna(articles.set_index("article_id").index.to_series())
    every = set().union(*sides.values()) if sides else set()
    speakers = speakers[speakers.speaks_for.map(lambda x: not blank(x) and bool({x, parents.get(x, x)} & every))]
    near = actors_near(speakers, mentions)
    rows = []
    for idx, q in speakers.iterrows():
        if blank(q.speaks_for):
            continue
        own = {q.speaks_for, parents.get(q.speaks_for, q.speaks_for)}
        for side, ids in sides.items():
            if not own & ids:
                continue
            for other, other_ids in sides.items():
                if other == side or not (near[idx] & other_ids):
                    continue
                stance, cue = stance_of(q.text)
                rows.append({"side": side, "about": other, "stance": stance, "cue": cue,
                             "themes": ", ".join(themes_of(q.text)), "speaker_label": q.speaker_label,
                             "speaker_type": q.speaker_type, "article_id": q.article_id,
                             "sentence_id": q.sentence_id, "start": q.start, "text": q.text,
                             "_group": group.get(q.article_id, q.article_id)})
    if not rows:
        return pd.DataFrame(columns=PASSAGE_COLUMNS)
    df = pd.DataFrame(rows).sort_values(["side", "about", "_group", "article_id", "start"], kind="stable")
    df["_rep"] = _representatives(df)
    df["n_copies"] = df.groupby("_rep").article_id.transform("size")
    df = df[df.index.to_series().eq(df._rep)]
    return df[PASSAGE_COLUMNS].reset_index(drop=True)


def _words(text: str) -> set[str]:
    """Return the lower-case words of a passage."""
    return set(re.findall(r"\w+", text.lower()))


def _representatives(df: pd.DataFrame, same: float = 0.5) -> list[int]:
    """Map each passage to the first passage it repeats: same words (a syndicated copy anywhere), or, within one
    duplicate group (a reworded copy), at least `same` of their words in common (Jaccard)."""
    exact: dict[tuple, int] = {}
    reps: dict[tuple, list[tuple[int, set[str]]]] = {}
    out = []
    for idx, side, about, grp, text in zip(df.index, df.side, df.about, df._group, df.text):
        words = _words(text)
        key = (side, about, " ".join(sorted(words)))
        if key in exact:
            out.append(exact[key])
            continue
        bucket = reps.setdefault((side, about, grp), [])
        hit = next((i for i, w in bucket if len(words & w) >= same * len(words | w)), None)
        if hit is None:
            bucket.append((idx, words))
            hit = idx
        exact[key] = hit
        out.append(hit)
    return out


def stance_counts(passages_: pd.DataFrame) -> pd.DataFrame:
    """Count independent passages by side → about and stance (agreement, disagreement, neither)."""
    if passages_.empty:
        return pd.DataFrame(columns=["side", "about", "agreement", "disagreement", "neither"])
    counts = (passages_.assign(stance=passages_.stance.replace("", "neither"))
              .groupby(["side", "about", "stance"]).size().unstack(fill_value=0))
    for col in ("agreement", "disagreement", "neither"):
        if col not in counts:
            counts[col] = 0
    return counts[["agreement", "disagreement", "neither"]].reset_index()
