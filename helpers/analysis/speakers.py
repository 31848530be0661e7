"""Who speaks, and for whom: each quotation's speaker with the side it speaks for, by role.

A speaker speaks for an organisation or government by the role the article gives it ("NATO Secretary General" →
NATO, "state secretary of Serbia's Defence Ministry" → SRB, "Turkish Ambassador" → TUR), else by the actor
dictionary's role valid at publication ("President of Serbia" → SRB), else by the dictionary's country for an
official title without a place ("Prime Minister" Kurti → XKX). An analyst or journalist speaks as such (no side).
An organisation or country quoted as speaker ("the ministry said") speaks for itself. Cue words: data/affiliations.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..extract.actors import entries_by_id
from ..extract.patterns import word_regex
from ..lexicon import load
from .actors import actor_in_text, blank, country_names

SPEAKER_COLUMNS = ["speaks_for", "speaker_type", "official", "affiliation_basis"]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """Compile the role word lists of data/affiliations.yaml."""
    spec = load("affiliations")

    return {k: word_regex(spec[k]) for k in ("official_titles", "analyst_roles", "journalist_roles")}


def side_in_text(text: object) -> str | None:
    """Return the first organisation or country a role text names ("NATO Secretary General" → NATO)."""
    return actor_in_text(text, ("organisation", "country"))


@lru_cache(maxsize=1)
def _roles() -> dict[str, list[dict]]:
    """Map each dictionary person's id to their roles (data/actors.yaml)."""
    return {item["id"]: item.get("roles", []) or [] for item in load("actors").get("people", [])}


def dictionary_role(actor: str, day: pd.Timestamp | None) -> str | None:
    """Return a person's dictionary role valid on `day` (any role when the day is unknown)."""
    for role in _roles().get(actor, []):
        start = pd.Timestamp(str(role.get("from") or role.get("since") or "1900-01-01"))
        end = pd.Timestamp(str(role.get("to") or "2100-01-01"))
        if day is None or pd.isna(day) or start <= day <= end:
            return role.get("role")
    return None


@lru_cache(maxsize=65536)
def affiliation(speaker: object, role: object, published: pd.Timestamp | None) -> tuple[str | None, str, bool, str]:
    """Return (speaks_for, speaker_type, official, basis) of one quotation's speaker."""
    if blank(speaker):
        return None, "unknown", False, "unattributed"
    speaker = str(speaker)
    if speaker in entries_by_id("organisation") or speaker in entries_by_id("country"):
        return speaker, "organisation", True, "speaker is an organisation or government"
    p = _patterns()
    roles = [(text, basis) for text, basis in ((role, "role in the article"),
                                               (dictionary_role(speaker, published), "dictionary role"))
             if not blank(text)]
    official = [(text, basis) for text, basis in roles if p["official_titles"].search(str(text))]
    if official:
        sides = [(side, basis) for text, basis in official if (side := side_in_text(text)) is not None]
        for side, basis in sides:  # an organisation's office ("KFOR commander") outranks a nationality
            if side in entries_by_id("organisation"):
                return side, "official", True, basis
        if sides:
            return sides[0][0], "official", True, sides[0][1]
        person = entries_by_id("person").get(speaker)
        return (person.country if person else None), "official", True, official[0][1] + " + dictionary country"
    for text, basis in roles:
        if p["journalist_roles"].search(str(text)):
            return None, "journalist", False, basis
        if p["analyst_roles"].search(str(text)):
            return None, "analyst", False, basis
    return None, "other", False, "no role"


def speaker_table(corpus) -> pd.DataFrame:
    """Return quotes with the speaker's label, side (speaks_for), type, official flag and country name."""
    quotes = corpus.quotes.copy()
    published = corpus.articles.set_index("article_id").published
    rows = [affiliation(r.speaker, r.speaker_role, published.get(r.article_id)) for r in quotes.itertuples()]
    for i, col in enumerate(SPEAKER_COLUMNS):
        quotes[col] = [row[i] for row in rows] if rows else pd.Series(dtype=object)
    names = {**country_names(), **{e.id: e.name for e in entries_by_id("organisation").values()}}
    quotes["speaker_label"] = [
        str(r.speaker_name) if not blank(r.speaker_name) else ("unattributed" if blank(r.speaker) else r.speaker)
        for r in quotes.itertuples()]
    quotes["side_name"] = [names.get(s, s) if s else f"({t})" for s, t in zip(quotes.speaks_for, quotes.speaker_type)]
    return quotes
