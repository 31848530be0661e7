"""The chronology's table functions: which articles report an event, which intervals fall in a date range."""

from __future__ import annotations

import pandas as pd


def event_sources(events: pd.DataFrame) -> pd.Series:
    """Map each event_id to the sorted ids of the articles that report it."""
    return events.groupby("event_id").article_id.agg(lambda ids: sorted(set(ids)))


def overlaps_range(start: pd.Series, end: pd.Series, date_from: str, date_to: str) -> pd.Series:
    """Tell which [start, end] intervals overlap the optional [date_from, date_to] bounds ("" = open)."""
    keep = pd.Series(True, index=start.index)
    if str(date_from).strip():
        keep &= end.fillna(start) >= pd.Timestamp(date_from)
    if str(date_to).strip():
        keep &= start <= pd.Timestamp(date_to) + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    return keep
