"""Sources: who published the corpus, what is known about each outlet, syndicated copies, how dates are known.

Outlet facts (kind, owner, country, with a source URL each) come from data/outlets.yaml; an outlet not listed there
is reported as such, never guessed.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..lexicon import load
from .actors import blank, norm_name

UNKNOWN_OUTLET = "(outlet not given)"
NOT_LISTED = "not in data/outlets.yaml"


@lru_cache(maxsize=1)
def outlet_facts() -> dict[str, dict]:
    """Map every outlet name and alias (normalised) to its entry in data/outlets.yaml."""
    out = {}
    for entry in load("outlets")["outlets"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            out[norm_name(name)] = entry
    return out


def outlet_of(value: object) -> str:
    """Return an article's outlet as given in its metadata, or UNKNOWN_OUTLET."""
    return UNKNOWN_OUTLET if blank(value) else " ".join(str(value).split())


def outlet_profiles(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: articles, independent stories, copies, how publication dates are known, known facts."""
    cols = ["outlet", "articles", "independent", "copies_of_others", "dated", "date_basis", "first", "last", "kind",
            "owner", "country", "source"]
    if articles.empty:
        return pd.DataFrame(columns=cols)
    df = articles.assign(outlet=articles.outlet.map(outlet_of),
                         group=articles.duplicate_group.fillna(articles.article_id))
    rows = []
    for outlet, g in df.groupby("outlet", sort=True):
        facts = outlet_facts().get(norm_name(outlet), {}) if outlet != UNKNOWN_OUTLET else {}
        basis = g.published_basis.fillna("unknown").value_counts().sort_index()
        rows.append({
            "outlet": outlet, "articles": len(g), "independent": g.group.nunique(),
            "copies_of_others": int((g.group != g.article_id).sum()), "dated": int(g.published.notna().sum()),
            "date_basis": ", ".join(f"{k} {v}" for k, v in basis.items()),
            "first": g.published.min(), "last": g.published.max(),
            "kind": facts.get("kind", NOT_LISTED if outlet != UNKNOWN_OUTLET else "unknown"),
            "owner": facts.get("owner", ""), "country": facts.get("country") or "", "source": facts.get("source", "")})
    return (pd.DataFrame(rows, columns=cols).sort_values(["articles", "outlet"], ascending=[False, True])
            .reset_index(drop=True))


def copy_groups(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per group of syndicated or reworded copies (two articles or more), largest first."""
    cols = ["duplicate_group", "articles", "outlets", "members"]
    groups = articles.assign(outlet=articles.outlet.map(outlet_of)).groupby("duplicate_group")
    rows = [{"duplicate_group": gid, "articles": len(g), "outlets": ", ".join(sorted(set(g.outlet))),
             "members": ", ".join(sorted(g.article_id))} for gid, g in groups if len(g) > 1]
    return (pd.DataFrame(rows, columns=cols).sort_values(["articles", "duplicate_group"], ascending=[False, True])
            .reset_index(drop=True))


def date_basis_counts(articles: pd.DataFrame) -> pd.Series:
    """Count articles by how their publication date is known (metadata, text, inferred, unknown)."""
    order = ["metadata", "text", "inferred", "unknown"]
    counts = articles.published_basis.fillna("unknown").value_counts()
    return counts.reindex(order + sorted(set(counts.index) - set(order)), fill_value=0)


def kind_counts(profiles: pd.DataFrame) -> pd.Series:
    """Count articles by the kind of outlet that published them."""
    return profiles.groupby("kind").articles.sum().sort_values(ascending=False, kind="stable")
