"""Actors as analyses need them: user-given names resolved to ids, display names, actors named in a role text."""

from __future__ import annotations

import re

import pandas as pd
from unidecode import unidecode

from ..extract.actors import alias_regex, dictionary, entries_by_id


def blank(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN, blank string)."""
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def norm_name(text: str) -> str:
    """Normalise a name for matching: ASCII-folded, lower-case, spaces collapsed."""
    return re.sub(r"\s+", " ", unidecode(str(text)).lower()).strip()


def resolve_actor(name: str, mentions: pd.DataFrame) -> tuple[set[str], str]:
    """Resolve a user-given actor name to its actor ids and canonical name (empty set when nothing matches)."""
    key = norm_name(name)
    if not key:
        return set(), ""
    ids = set(mentions.loc[mentions.actor.map(norm_name).eq(key) | mentions.actor_id.map(norm_name).eq(key),
                           "actor_id"])
    for surface, entry in dictionary().items():
        if key in (norm_name(surface), norm_name(entry.id), norm_name(entry.name)) and entry.type != "place":
            ids.add(entry.id)
    if not ids:
        return set(), ""
    names = mentions.loc[mentions.actor_id.isin(ids), "actor"]
    canonical = sorted(set(names))[0] if len(names) else name
    return ids, canonical


def country_names() -> dict[str, str]:
    """Map ISO3 country ids to canonical names (from the actor dictionary)."""
    return {e.id: e.name for e in dictionary().values() if e.type == "country"}


def actor_in_text(text: object, types: tuple[str, ...] = ("country",)) -> str | None:
    """Find the first actor of the given types named in a role text ("Turkish Ambassador" → TUR, "NATO Secretary
    General" → NATO with organisations allowed); a capital counts as its country."""
    if blank(text):
        return None
    table = dictionary()
    for m in alias_regex().finditer(str(text)):
        entry = table[m.group()]
        if entry.type in types:
            return entry.id
        if entry.capital_of:
            return entry.capital_of
    return None


def display_name(actor_id: object) -> str:
    """Name an actor id for a reader: countries, groups and people by name, organisations by acronym."""
    if blank(actor_id):
        return ""
    key = str(actor_id)
    for kind in ("country", "group", "person", "organisation", "place"):
        entry = entries_by_id(kind).get(key)
        if entry is not None:
            return key if kind == "organisation" and key.isupper() else entry.name
    return key
