"""Notebook 02's page: how large the force is, how large a contributor's part, what was sent, who was hurt.

Every number comes from the `claims` table (helpers.analysis.claims): strengths are series over time, never
compared across dates; reinforcements are never strengths; casualties are claims of one incident per subject.
"""

from __future__ import annotations

import pandas as pd

from ..analysis import claims as cl
from ..analysis.actors import display_name, resolve_actor
from ..analysis.evidence import evidence
from . import charts
from .display import fmt_date, fmt_num, plural
from .page import Finding, Page

TOP = 15  # bars drawn per chart; the rest are counted in the caption
CASUALTY_MEASURES = ("injured", "killed", "arrested")
RECENT_DAYS = 365  # casualty claims older than this before the corpus's first publication are "historical"


def _label(row: pd.Series) -> str:
    """Name a claim for a reader: its subject (or counted noun), value, measure and date."""
    who = display_name(row.subject) if isinstance(row.subject, str) and row.subject else (row.unit or "people")
    when = fmt_date(row.date_start) if pd.notna(row.date_start) else "date unknown"
    return f"{who}, {row.measure}, {when}"


def claim_table(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per claim for a reader: measure, subject, date, the most-sourced value, all values, status."""
    group_of = dict(zip(articles.article_id, articles.duplicate_group.fillna(articles.article_id)))
    led = cl.ledger(claims, group_of)
    if led.empty:
        return pd.DataFrame(columns=["claim", "subject", "measure", "date", "value", "values", "n_values", "sources",
                                     "status"])
    top = cl.best_values(claims)
    units = claims.groupby("claim_id").unit.first().to_dict()
    return pd.DataFrame({
        "claim": led.claim_id,
        "subject": [display_name(s) if isinstance(s, str) and s else f"({units.get(c) or 'no subject'})"
                    for s, c in zip(led.subject, led.claim_id)],
        "measure": led.measure, "date": led.date_start.map(fmt_date),
        "value": led.claim_id.map(top).astype(float), "values": led["values"].map(lambda v: "; ".join(map(fmt_num, v))),
        "n_values": led["values"].map(len), "sources": led.n_sources, "status": led.status})


def evidence_rows(corpus, claim_ids: pd.Series) -> pd.DataFrame:
    """The claims rows of the given claims with the sentence each was read from (the evidence under a chart)."""
    rows = corpus.claims[corpus.claims.claim_id.isin(set(claim_ids))]
    out = evidence(rows.rename(columns={"text": "figure"}), corpus.sentences,
                   ["claim_id", "date_start", "value", "approx", "figure", "date_basis"])
    return out.sort_values(["claim_id", "article_id", "sentence_id"], kind="stable").reset_index(drop=True)


def build(corpus, force: str = "KFOR", contributor: str = "Türkiye") -> Page:
    """Build the force-posture page from a corpus's claims."""
    page = Page("02_force_posture", "02 · Force posture",
                "How large is the force, and how large is a contributor's part, as reported over time?")
    claims, articles = corpus.claims, corpus.articles
    force_ids, force_name = resolve_actor(force, corpus.mentions)
    contrib_ids, contrib_name = resolve_actor(contributor, corpus.mentions)
    for given, ids, what in ((force, force_ids, "force"), (contributor, contrib_ids, "contributor")):
        if not ids:
            page.notes.append(f"The {what} {given!r} matches no actor of this corpus or the actor dictionary.")
    force_name = display_name(sorted(force_ids)[0]) if force_ids else str(force)
    contrib_name = display_name(sorted(contrib_ids)[0]) if contrib_ids else str(contributor)
    table = claim_table(claims, articles)
    _strength(page, corpus, table, "force_strength", force_ids, force_name, "strength")
    _strength(page, corpus, table, "contingent_strength", contrib_ids, f"{contrib_name}'s contingent", "contingent")
    _reinforcements(page, corpus, table)
    _casualties(page, corpus, table)
    _ledger(page, corpus, table)
    return page


def _strength(page: Page, corpus, table: pd.DataFrame, measure: str, ids: set[str], name: str,
              key: str) -> None:
    """Add a finding on one strength series (force or contingent)."""
    claims = corpus.claims
    points = cl.series(claims, measure, ids)
    rows = table[table.measure.eq(measure) & table.claim.isin(claims[claims.subject.isin(ids)].claim_id)]
    undated = rows[rows.date.eq("")]
    page.numbers[f"{key}_points"] = [[fmt_date(d), float(v)] for d, v in zip(points.date, points.value)]
    if points.empty:
        heading = (f"No dated report of the size of {name}" + (f"; {plural(len(undated), 'undated report')}"
                                                          if len(undated) else "") + ".")
    else:
        first, last = points.iloc[0], points.iloc[-1]
        heading = (f"{name} was reported at {fmt_num(first.value)} on {fmt_date(first.date)}"
                   + (f" and {fmt_num(last.value)} on {fmt_date(last.date)}" if len(points) > 1 else "")
                   + f" ({plural(len(points), 'dated report')}"
                   + (f", {len(undated)} undated" if len(undated) else "") + ")")
    data = points.assign(series=name)[["date", "value", "n_sources", "status", "series"]]
    page.add(Finding(
        key, heading, chart=lambda: charts.points_over_time(
            data, "date", "value", "series", f"{name}: reported size over time", "date the figure refers to",
            "troops"),
        caption=f"One point per claim (its best-sourced value). Source: claims table, measure {measure}.",
        data=data, table=evidence_rows(corpus, rows.claim), empty=f"No claim about {name}'s size."))


def _reinforcements(page: Page, corpus, table: pd.DataFrame) -> None:
    """Add the finding on troops sent (never counted as strength)."""
    rows = table[table.measure.eq("reinforcement")].sort_values(["sources", "value"], ascending=[False, False])
    page.numbers["reinforcements"] = [[r.subject, float(r.value), int(r.sources)] for r in rows.itertuples()]
    if rows.empty:
        heading = "No reinforcement (troops sent or added) is reported."
    else:
        best = rows.iloc[0]
        heading = (f"{plural(len(rows), 'reinforcement')} reported; the best-sourced: {fmt_num(best.value)} "
                   f"troops for {best.subject} ({plural(int(best.sources), 'source')})")
    shown = rows.head(TOP)
    data = pd.Series(shown.value.to_numpy(), index=[f"{s}, {d or 'date unknown'}"
                                                    for s, d in zip(shown.subject, shown.date)])
    more = f" and {len(rows) - TOP} more" if len(rows) > TOP else ""
    page.add(Finding("reinforcements", heading, chart=lambda: charts.bars(
        data, "Reinforcements reported (troops sent or added)", "troops", "for · date"),
        caption=f"The {len(shown)} best-sourced reinforcement claims{more}. Source: claims table.",
        data=data.rename("troops").rename_axis("claim").reset_index(), table=evidence_rows(corpus, rows.claim),
        empty="No reinforcement claim."))


def _casualties(page: Page, corpus, table: pd.DataFrame) -> None:
    """Add the finding on casualty and arrest claims of the corpus's period (older tolls listed apart)."""
    start = corpus.articles.published.min()
    rows = table[table.measure.isin(CASUALTY_MEASURES)].copy()
    dates = pd.to_datetime(rows.date.replace("", None))
    recent = rows[dates.isna() | pd.isna(start) | (dates >= start - pd.Timedelta(days=RECENT_DAYS))]
    old = rows.drop(recent.index)
    recent = recent.sort_values(["sources", "value"], ascending=[False, False], kind="stable")
    page.numbers["casualty_claims"] = len(recent)
    if recent.empty:
        heading = "No casualty or arrest claim in the corpus's period."
    else:
        best = recent.iloc[0]
        heading = (f"{plural(len(recent), 'casualty or arrest claim')} in the corpus's period; the best-sourced: "
                   f"{fmt_num(best.value)} {best.measure} ({best.subject}, "
                   f"{plural(int(best.sources), 'source')})")
    if len(old):
        heading += f"; {plural(len(old), 'older toll')} listed apart"
    shown = recent.head(TOP)
    data = pd.Series(shown.value.to_numpy(), index=[f"{s} · {m} · {d or 'date unknown'}"
                                                    for s, m, d in zip(shown.subject, shown.measure, shown.date)])
    more = f" and {len(recent) - TOP} more" if len(recent) > TOP else ""
    page.add(Finding("casualties", heading, chart=lambda: charts.bars(
        data, "Injured, killed and arrested, by group", "people", "group · measure · date"),
        caption=f"The {len(shown)} best-sourced claims{more}; one bar per claim (its best-sourced value). "
                "Source: claims table.",
        data=data.rename("people").rename_axis("claim").reset_index(),
        table=evidence_rows(corpus, pd.concat([recent, old]).claim), empty="No casualty claim."))


def _ledger(page: Page, corpus, table: pd.DataFrame) -> None:
    """Add the finding on claims whose sources give different values."""
    multi = table[table.n_values > 1]
    counts = multi.status.value_counts()
    page.numbers["ledger"] = {k: int(counts.get(k, 0)) for k in ("rounding", "disagreement")}
    page.numbers["claims_with_several_sources"] = int((table.sources > 1).sum())
    heading = (f"{plural(int((table.sources > 1).sum()), 'claim')} reported by several independent sources; "
               f"{plural(int(counts.get('disagreement', 0)), 'disagreement')} and "
               f"{plural(int(counts.get('rounding', 0)), 'rounding difference')} between sources")
    page.add(Finding("ledger", heading, table=evidence_rows(corpus, multi.claim),
                     empty="No claim has two different values."))
