"""Who speaks: quotes with the speaker's label, role and country."""

from __future__ import annotations

import pandas as pd

from .actors import blank, country_in_text, country_names


def speaker_table(corpus) -> pd.DataFrame:
    """Return quotes with speaker label, role and country (mentions.country of the speaker, else from the role)."""
    quotes = corpus.quotes.copy()
    mentions = corpus.mentions
    known = (mentions.dropna(subset=["country"]).sort_values(["actor_id", "article_id", "start"])
             .drop_duplicates("actor_id").set_index("actor_id")["country"])
    orgs = set(mentions.loc[mentions.actor_type.eq("organisation"), "actor_id"])
    names = country_names()

    def country(row) -> str | None:
        if blank(row.speaker):
            return None
        if row.speaker in known.index:
            return known[row.speaker]
        return country_in_text(row.speaker_role)

    quotes["speaker_country"] = [country(r) for r in quotes.itertuples()]
    quotes["country_basis"] = [
        "mentions" if not blank(r.speaker) and r.speaker in known.index
        else ("role text" if r.speaker_country else ("organisation" if r.speaker in orgs else "unknown"))
        for r in quotes.itertuples()]
    quotes["speaker_label"] = [
        str(r.speaker_name) if not blank(r.speaker_name) else ("unattributed" if blank(r.speaker) else r.speaker)
        for r in quotes.itertuples()]
    quotes["country_name"] = [
        names.get(c, c) if c else ("(organisation)" if b == "organisation" else "(unknown)")
        for c, b in zip(quotes.speaker_country, quotes.country_basis)]
    return quotes
