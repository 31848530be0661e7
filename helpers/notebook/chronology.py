"""Notebook 01's page: what happened when, according to how many independent sources — at any corpus size.

The timeline draws at most `TOP` events (the best-sourced); a corpus with more dated events also gets events per
month by actor. Dates whose year the text does not give are listed, never placed on a guessed year.
"""

from __future__ import annotations

import pandas as pd

from ..analysis.actors import display_name, resolve_actor
from ..analysis.chronology import overlaps_range
from ..analysis.timeline import busiest_window, event_rows, per_period, top_events, undated
from . import charts
from .display import fmt_date, plural
from .page import Finding, Page

TOP = 15  # events drawn on the timeline (two panels: all, then the latest year)
WINDOW = 24  # months drawn in the per-month chart


def build(corpus, date_from: str = "", date_to: str = "", actors: list[str] | None = None) -> Page:
    """Build the chronology page, restricted to a date range and to events involving given actors."""
    page = Page("01_chronology", "01 · Chronology",
                "What happened, when, and according to how many independent sources?")
    wanted: set[str] = set()
    for name in actors or []:
        ids, _ = resolve_actor(name, corpus.mentions)
        wanted |= ids
        if not ids:
            page.notes.append(f"The actor {name!r} matches no actor of this corpus or the actor dictionary.")
    one = event_rows(corpus.events)
    if actors:
        one = one[one.actors.map(lambda a: bool(wanted & set(a)))]
    dated = one[one.date_start.notna()]
    dated = dated[overlaps_range(dated.date_start, dated.date_end, date_from, date_to)].reset_index(drop=True)
    _top(page, dated)
    _per_month(page, dated)
    _undated(page, undated(one))
    return page


def _label(row) -> str:
    """Label an event for the timeline: its value, number of sources and first words (the table has them all)."""
    words = str(row.label).rstrip("…").split()
    head = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
    return f"{row.value} ({plural(int(row.n_sources), 'source')}): {head}"


def _top(page: Page, dated: pd.DataFrame) -> None:
    """Add the finding on the dated events and the best-sourced ones."""
    page.numbers["dated_events"] = len(dated)
    page.numbers["first"] = fmt_date(dated.date_start.min()) if len(dated) else ""
    page.numbers["last"] = fmt_date(dated.date_end.max()) if len(dated) else ""
    best = top_events(dated, TOP)
    if dated.empty:
        heading = "No dated event in the selection"
    else:
        lead = best.sort_values(["n_sources", "date_start"], ascending=[False, True], kind="stable").iloc[0]
        heading = (f"{plural(len(dated), 'dated event')} from {fmt_date(dated.date_start.min())} to "
                   f"{fmt_date(dated.date_end.max())}; the best-sourced, {lead.value}, has "
                   f"{plural(int(lead.n_sources), 'independent source')}")
    shown = best.assign(display=[_label(r) for r in best.itertuples()])
    more = f" ({len(dated) - len(best)} fewer-sourced events not drawn)" if len(dated) > len(best) else ""
    table = shown.assign(actors=shown.actors.map(lambda a: ", ".join(display_name(x) for x in a)),
                         reported_by=shown.articles.map(lambda a: "; ".join(a)))[
        ["event_id", "value", "date_start", "date_end", "n_sources", "actors", "label", "reported_by"]]
    page.add(Finding("events", heading, chart=lambda: charts.timeline(shown, "Best-sourced events"),
                     caption=f"The {len(shown)} dated events with the most independent sources{more}; "
                             "points are day-precise, spans are weeks, months or years. Source: events table.",
                     data=table, table=table, empty="No dated event matches the selection."))


def _per_month(page: Page, dated: pd.DataFrame) -> None:
    """Add events per month by actor when there are more events than the timeline draws."""
    months = per_period(dated, "M") if len(dated) > TOP else pd.DataFrame()
    if months.empty:
        page.skipped["per_month"] = (f"Events per month are counted when the timeline cannot show every dated "
                                     f"event (more than {TOP}); here: {plural(len(dated), 'dated event')}.")
        return
    totals = months.sum(axis=1)
    busiest = totals.idxmax()
    heading = (f"The busiest month: {busiest:%B %Y} with {plural(int(totals.max()), 'event-actor pair')} "
               f"({len(months)} months with day-, week- or month-precise events)")
    window = busiest_window(months, WINDOW)
    data = window.rename(index=lambda d: f"{d:%Y-%m}").rename(columns=display_name)
    shown = (f"the {len(window)} consecutive months with most events ({data.index[0]} to {data.index[-1]}); "
             "every month in the table below" if len(window) < len(months) else "every month")
    page.add(Finding("per_month", heading, chart=lambda: charts.bars(
        data, "Dated events per month, by actor involved", "events", "month", stacked=True),
        caption=f"Events of day, week or month precision, counted once per actor involved, in {shown}; the six "
                "most involved actors shown, others pooled. Source: events table.",
        data=data.reset_index(),
        table=months.rename(index=lambda d: f"{d:%Y-%m}").rename(columns=display_name).reset_index(names="month")))


def _undated(page: Page, rows: pd.DataFrame) -> None:
    """Add the list of dates without a year."""
    heading = (f"{plural(len(rows), 'date')} without a year, listed apart" if len(rows)
               else "Every date in the selection has a known year")
    page.numbers["dates_without_year"] = len(rows)
    page.add(Finding("undated", heading, table=rows[["event_id", "value", "text", "label", "article_id",
                                                      "sentence_id"]],
                     empty="No date without a year."))
