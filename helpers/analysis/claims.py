"""Claims across articles: which rows report the same quantity, how their values compare, and series over time.

`key_claims` gives rows that report the same quantity (measure, subject, and for `other` the counted noun) for
the same time one `claim_id`, and counts the claim's independent sources (a syndicated copy counts once):
- a *state* measure (strengths, population) refers to the date its sentence gives, else to the publication week;
  the same measure and subject at other times is another claim: a series, never a disagreement;
- an *event* measure (casualties, arrests, reinforcements, votes) refers to the date its sentence gives (a day
  claim absorbs the month or week rows that contain it); a row dated only by its publication joins the latest claim
  of the same measure and subject in the `event_window_days` before publication, else starts one.
`ledger` compares the values within each claim (same / rounding / disagreement); `series` lists a state measure's
claims in date order. Nothing here is quadratic in rows: claims are built per (measure, subject) in date order.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import pandas as pd

from ..lexicon import load

STATUS_ORDER = ("same", "one source", "rounding", "disagreement")


def measure_kinds() -> dict[str, str]:
    """Return {measure: "state" | "event"} from data/claims.yaml."""
    return dict(load("claims")["measures"])


class _DayIndex:
    """Claims' time intervals indexed by day, so finding the claims that overlap an interval never scans them all."""

    def __init__(self) -> None:
        self.by_day: dict[int, list[tuple[pd.Timestamp, pd.Timestamp, str]]] = {}

    def add(self, start: pd.Timestamp, end: pd.Timestamp, key: str) -> str:
        """Index a claim's interval under every day it covers; return its key."""
        for day in range(start.toordinal(), end.toordinal() + 1):
            self.by_day.setdefault(day, []).append((start, end, key))
        return key

    def overlapping(self, start: pd.Timestamp, end: pd.Timestamp) -> list[tuple[pd.Timestamp, pd.Timestamp, str]]:
        """Return the indexed claims whose interval overlaps [start, end], each once."""
        found = {}
        for day in range(start.toordinal(), end.toordinal() + 1):
            for claim in self.by_day.get(day, ()):
                found[claim[2]] = claim
        return list(found.values())


def _event_keys(rows: list[tuple], window: pd.Timedelta) -> dict[int, str]:
    """Key the dated rows of one event (measure, subject) group: (index, basis, start, end) in, {index: key} out.

    Finer dates first, so that a day claim absorbs the month or week rows that contain it; then each row dated only
    by its publication joins the latest claim of the `window` before it, else starts one.
    """
    index, keys = _DayIndex(), {}
    dated = sorted((r for r in rows if r[1] == "sentence"), key=lambda r: (r[3] - r[2], r[2]))
    for idx, _, start, end in dated:
        hits = index.overlapping(start, end)
        keys[idx] = (min(hits, key=lambda c: (abs(c[0] - start), c[0]))[2] if hits
                     else index.add(start, end, f"{start:%Y-%m-%d}/{end:%Y-%m-%d}"))
    for idx, _, day, _ in sorted((r for r in rows if r[1] == "publication"), key=lambda r: r[2]):
        hits = [c for c in index.overlapping(day - window, day) if day - window <= c[1]]
        keys[idx] = (max(hits, key=lambda c: (c[1], c[0]))[2] if hits
                     else index.add(day, day, f"{day:%Y-%m-%d}/{day:%Y-%m-%d}"))
    return keys


def time_keys(out: pd.DataFrame, subject: pd.Series, unit: pd.Series, window: pd.Timedelta) -> pd.Series:
    """Return each row's claim-time key.

    A state measure refers to its sentence's date, else to its publication week; an event to its date (see
    `_event_keys`). A row with no known time is the same claim only as the same value in its own article's copies
    (nothing says two undated figures refer to the same time).
    """
    kinds = out.measure.map(measure_kinds()).fillna("state")
    keys = "unknown " + out._group.astype(str) + " " + out.value.astype(str)
    dated, published = out.date_basis.eq("sentence"), out.date_basis.eq("publication")
    state = kinds.eq("state")
    d = out[state & dated]
    keys[d.index] = d.date_start.dt.strftime("%Y-%m-%d") + "/" + d.date_end.dt.strftime("%Y-%m-%d")
    p = out[state & published]
    iso = p.date_start.dt.isocalendar()
    keys[p.index] = "week " + iso.year.astype(str) + "-W" + iso.week.astype(str).str.zfill(2)
    events = out[~state & (dated | published)]
    groups: dict[tuple, list[tuple]] = {}
    for idx, m, s, u, basis, start, end in zip(events.index, events.measure, subject[events.index],
                                               unit[events.index], events.date_basis, events.date_start,
                                               events.date_end):
        groups.setdefault((m, s, u), []).append((idx, basis, start, end))
    for rows in groups.values():
        for idx, key in _event_keys(rows, window).items():
            keys[idx] = key
    return keys


def key_claims(claims: pd.DataFrame, group_of: Mapping[str, str]) -> pd.DataFrame:
    """Set `claim_id` and `n_sources` on claims rows (group_of: article_id → duplicate group, for copies only)."""
    out = claims.copy()
    if out.empty:
        return out
    window = pd.Timedelta(days=int(load("claims")["event_window_days"]))
    out["_group"] = out.article_id.map(lambda a: group_of.get(a, a))
    subject = out.subject.fillna("")
    # `other` figures say too little to tell one quantity from another: the same counted noun and value is one claim
    unit = (out.unit.fillna("") + " " + out.value.astype(str)).where(out.measure.eq("other"), "")
    keys = time_keys(out, subject, unit, window)
    full = out.measure + "|" + subject + "|" + unit + "|" + keys
    first = out.assign(_key=full, _unknown=out.date_start.isna()).sort_values(
        ["_unknown", "date_start", "measure", "_key", "article_id", "start"], kind="stable").drop_duplicates("_key")
    numbers = {k: f"C{i + 1:05d}" for i, k in enumerate(first._key)}
    out["claim_id"] = full.map(numbers)
    out["n_sources"] = out._group.groupby(out.claim_id).transform("nunique").astype("int64")
    return out.drop(columns="_group")


def precision(value: float, approx: object = None) -> Decimal:
    """Return the precision a value is stated to: 6.25 → 0.01; 1,200 → 100; 40 → 1 (small counts are exact)."""
    d = Decimal(repr(float(value))).normalize()
    if d != d.to_integral_value():
        return Decimal(1).scaleb(d.as_tuple().exponent)
    hedged = isinstance(approx, str) and approx.strip() != ""
    if abs(value) < 100 and not hedged:
        return Decimal(1)
    digits = str(int(abs(d)))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def compare(a: float, b: float, approx_a: object = None, approx_b: object = None) -> str:
    """Compare two values of one claim: "same", "rounding" (equal at the coarser precision) or "disagreement"."""
    if float(a) == float(b):
        return "same"
    step = max(precision(a, approx_a), precision(b, approx_b))
    rounded = {(Decimal(repr(float(v))) / step).quantize(Decimal(1), rounding="ROUND_HALF_EVEN") for v in (a, b)}
    return "rounding" if len(rounded) == 1 else "disagreement"


def claim_status(values: list[float], approxes: list[object], groups: list[str] | None = None) -> str:
    """Compare a claim's values between independent sources: the worst of same < rounding < disagreement.

    Values given by one source only (one article and its copies) are not a disagreement between sources; a claim
    whose values differ only within one source is "one source".
    """
    groups = groups or [""] * len(values)
    seen = sorted(set(zip(values, [str(q) if isinstance(q, str) else "" for q in approxes], groups)))
    worst, compared = "same", False
    for i, (a, qa, ga) in enumerate(seen):
        for b, qb, gb in seen[i + 1:]:  # distinct (value, hedge, source) of one claim: a handful
            if ga != gb:
                compared = True
                worst = max(worst, compare(a, b, qa or None, qb or None), key=STATUS_ORDER.index)
    return worst if compared or len({v for v, _, _ in seen}) == 1 else "one source"


def ledger(claims: pd.DataFrame, group_of: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per claim: its measure, subject, time, distinct values with their sources, and their status."""
    cols = ["claim_id", "measure", "subject", "date_start", "date_end", "values", "n_rows", "n_sources", "status",
            "sources"]
    if claims.empty:
        return pd.DataFrame(columns=cols)
    group_of = group_of or {}
    head = claims.groupby("claim_id", sort=True).agg(
        measure=("measure", "first"), subject=("subject", "first"), date_start=("date_start", "min"),
        date_end=("date_end", "max"), n_rows=("article_id", "size"), n_sources=("n_sources", "first"))
    found: dict[str, list[tuple]] = {}
    sources: dict[str, dict[float, set[str]]] = {}
    for cid, value, approx, article in zip(claims.claim_id, claims.value, claims.approx, claims.article_id):
        group = group_of.get(article, article)
        found.setdefault(cid, []).append((float(value), approx, group))
        sources.setdefault(cid, {}).setdefault(float(value), set()).add(group)
    head["values"] = [sorted(sources[c]) for c in head.index]
    head["status"] = [claim_status(*map(list, zip(*found[c]))) for c in head.index]
    head["sources"] = [{v: sorted(ids) for v, ids in sorted(sources[c].items())} for c in head.index]
    head["n_sources"] = head.n_sources.astype(int)
    return head.reset_index()[cols]


def best_values(claims: pd.DataFrame) -> pd.Series:
    """Map each claim_id to the value most articles give; on a tie the most precisely stated one (1,234 over
    "about 1,200"), then the smaller."""
    if claims.empty:
        return pd.Series(dtype=float)
    per = claims.groupby(["claim_id", "value"]).agg(n=("article_id", "nunique"), approx=("approx", "first"))
    per["step"] = [precision(v, q) for (_, v), q in zip(per.index, per.approx)]
    per = per.reset_index().sort_values(["claim_id", "n", "step", "value"], ascending=[True, False, True, True],
                                        kind="stable")
    return per.drop_duplicates("claim_id").set_index("claim_id").value.astype(float)


def series(claims: pd.DataFrame, measure: str, subjects: set[str] | None = None) -> pd.DataFrame:
    """A state measure over time: one point per dated claim (its most-sourced value), in date order."""
    cols = ["claim_id", "subject", "date", "value", "n_sources", "status", "n_values"]
    rows = claims[claims.measure.eq(measure) & claims.date_start.notna()]
    if subjects is not None:
        rows = rows[rows.subject.isin(subjects)]
    points = []
    best = best_values(rows)
    for cid, g in rows.groupby("claim_id", sort=False):
        points.append({"claim_id": cid, "subject": g.subject.iloc[0], "date": g.date_start.min(),
                       "value": float(best[cid]), "n_sources": int(g.n_sources.iloc[0]),
                       "status": claim_status(g.value.tolist(), g.approx.tolist()), "n_values": g.value.nunique()})
    return pd.DataFrame(points, columns=cols).sort_values(["date", "claim_id"], kind="stable").reset_index(drop=True)
