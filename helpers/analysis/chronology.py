"""The chronology's table functions: which articles report an event, which intervals fall in a date range."""

from __future__ import annotations

import re

import pandas as pd

_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def event_sources(events: pd.DataFrame) -> pd.Series:
    """Map each event_id to the sorted ids of the articles that report it."""
    return events.groupby("event_id").article_id.agg(lambda ids: sorted(set(ids)))


def date_bound(value: str, end: bool) -> pd.Timestamp | None:
    """Read a date-range bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("" = no bound, None).

    A start bound is the first day of the year or month given, an end bound its last day (`2023` → 2023-12-31,
    `2023-02` → 2023-02-28). Anything else raises ValueError with a message naming the accepted forms.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    m = _BOUND.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if day:
            return pd.Timestamp(year, month, day)
        if month:
            first = pd.Timestamp(year, month, 1)
            return first + pd.offsets.MonthEnd(0) if end else first
        return pd.Timestamp(year, 12, 31) if end else pd.Timestamp(year, 1, 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (no such day or month)") from None


def overlaps_range(start: pd.Series, end: pd.Series, date_from: str, date_to: str) -> pd.Series:
    """Tell which [start, end] intervals overlap the optional [date_from, date_to] bounds ("" = open).

    Bounds are read by `date_bound`: `date_to = "2023"` keeps everything up to the end of 2023-12-31.
    """
    keep = pd.Series(True, index=start.index)
    lower, upper = date_bound(date_from, end=False), date_bound(date_to, end=True)
    if lower is not None:
        keep &= end.fillna(start) >= lower
    if upper is not None:
        keep &= start < upper + pd.Timedelta(days=1)
    return keep
