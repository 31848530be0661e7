"""The chronology at any size: one row per event, the best-sourced events, events per month, dates without a year."""

from __future__ import annotations

import pandas as pd


def event_rows(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event (its first report), with the articles that report it."""
    cols = ["event_id", "value", "precision", "date_start", "date_end", "actors", "label", "n_sources", "articles",
            "text", "article_id", "sentence_id"]
    if events.empty:
        return pd.DataFrame(columns=cols)
    ordered = events.sort_values(["event_id", "article_id", "start"], kind="stable")
    first = ordered.drop_duplicates("event_id").set_index("event_id")
    first["articles"] = ordered.groupby("event_id").article_id.agg(lambda ids: sorted(set(ids)))
    return first.reset_index()[cols]


def top_events(one: pd.DataFrame, n: int = 25) -> pd.DataFrame:
    """The `n` dated events with the most independent sources (ties: the earlier first), in date order."""
    dated = one[one.date_start.notna()]
    best = dated.sort_values(["n_sources", "date_start", "event_id"], ascending=[False, True, True], kind="stable")
    return best.head(n).sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)


def per_period(one: pd.DataFrame, freq: str = "M", top_actors: int = 6) -> pd.DataFrame:
    """Count dated events per month (or week, "W") for the actors involved in most events; other actors pooled."""
    dated = one[one.date_start.notna() & one.precision.isin(["day", "week", "month"])]
    if dated.empty:
        return pd.DataFrame()
    exploded = dated.explode("actors").fillna({"actors": "(no actor)"})
    leaders = exploded.actors.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    keep = set(leaders.index[:top_actors])
    exploded["actor"] = exploded.actors.where(exploded.actors.isin(keep), "other actors")
    exploded["period"] = exploded.date_start.dt.to_period(freq).dt.start_time
    table = exploded.groupby(["period", "actor"]).event_id.nunique().unstack(fill_value=0)
    order = [a for a in leaders.index[:top_actors]] + (["other actors"] if "other actors" in table else [])
    return table[order]


def busiest_window(table: pd.DataFrame, months: int = 24) -> pd.DataFrame:
    """Keep the `months` consecutive months with the most events (a bounded chart for a corpus of any span)."""
    if len(table) <= months:
        return table
    full = table.reindex(pd.date_range(table.index.min(), table.index.max(), freq="MS"), fill_value=0)
    totals = full.sum(axis=1).rolling(months).sum()
    end = totals.idxmax()
    window = full.loc[end - pd.DateOffset(months=months - 1): end]
    return window


def undated(one: pd.DataFrame) -> pd.DataFrame:
    """Events whose year the text does not give (value XXXX-…), with where they are reported."""
    return one[one.date_start.isna()].sort_values(["value", "event_id"], kind="stable").reset_index(drop=True)
