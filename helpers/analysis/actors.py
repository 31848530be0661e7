"""Actors as analyses need them: user-given names resolved to ids, parents, country names, demonyms."""

from __future__ import annotations

import re

import pandas as pd
from unidecode import unidecode

from ..extract.actors import alias_regex, dictionary, entries_by_id
from ..lexicon import load


def blank(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN, blank string)."""
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def norm_name(text: str) -> str:
    """Normalise a name for matching: ASCII-folded, lower-case, spaces collapsed."""
    return re.sub(r"\s+", " ", unidecode(str(text)).lower()).strip()


def demonyms() -> set[str]:
    """Return every demonym of the actor dictionary (adjectives that stand for a country)."""
    spec = load("actors")
    return {d for section in spec.values() if isinstance(section, list) for item in section
            for d in (item.get("demonyms") or [])}


def not_names() -> set[str]:
    """Return surface forms that refer to an actor without naming it: demonyms and capital cities."""
    return demonyms() | {s for s, e in dictionary().items() if e.capital_of}


def parents(ids: set[str]) -> set[str]:
    """Return the organisations the given actors belong to (`part_of` in data/actors.yaml: KFOR → NATO)."""
    spec = load("actors")
    return {o["part_of"] for o in spec.get("organisations", []) if o["id"] in ids and o.get("part_of")}


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


def country_in_text(text: object) -> str | None:
    """Find the first country named in a role text ("Serbian", "Turkish Ambassador", "Serbia’s …") → ISO3."""
    if blank(text):
        return None
    table = dictionary()
    for m in alias_regex().finditer(str(text)):
        entry = table[m.group()]
        if entry.type == "country":
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
