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

STATUS_ORDER = ("same", "rounding", "disagreement")


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


def _time_keys(rows: pd.DataFrame, kind: str, window: pd.Timedelta) -> list[str]:
    """Return a claim-time key for each row of one (measure, subject, unit) group, in the rows' order."""
    keys = pd.Series("unknown", index=rows.index, dtype=object)
    dated = rows[rows.date_basis.eq("sentence")]
    published = rows[rows.date_basis.eq("publication")]
    if kind == "state":
        keys[dated.index] = dated.date_start.dt.strftime("%Y-%m-%d") + "/" + dated.date_end.dt.strftime("%Y-%m-%d")
        iso = published.date_start.dt.isocalendar()
        keys[published.index] = "week " + iso.year.astype(str) + "-W" + iso.week.astype(str).str.zfill(2)
        return keys.tolist()
    index = _DayIndex()
    order = dated.assign(_len=dated.date_end - dated.date_start).sort_values(["_len", "date_start"], kind="stable")
    for idx, start, end in zip(order.index, order.date_start, order.date_end):
        hits = index.overlapping(start, end)
        keys[idx] = (min(hits, key=lambda c: (abs(c[0] - start), c[0]))[2] if hits
                     else index.add(start, end, f"{start:%Y-%m-%d}/{end:%Y-%m-%d}"))
    published = published.sort_values("date_start", kind="stable")
    for idx, day in zip(published.index, published.date_start):
        hits = [c for c in index.overlapping(day - window, day) if day - window <= c[1]]
        keys[idx] = (max(hits, key=lambda c: (c[1], c[0]))[2] if hits
                     else index.add(day, day, f"{day:%Y-%m-%d}/{day:%Y-%m-%d}"))
    return keys.tolist()


def key_claims(claims: pd.DataFrame, group_of: Mapping[str, str]) -> pd.DataFrame:
    """Set `claim_id` and `n_sources` on claims rows (group_of: article_id → duplicate group, for copies only)."""
    out = claims.copy()
    if out.empty:
        return out
    kinds = measure_kinds()
    window = pd.Timedelta(days=int(load("claims")["event_window_days"]))
    subject = out.subject.fillna("")
    unit = out.unit.fillna("").where(out.measure.eq("other"), "")
    keys = pd.Series("", index=out.index, dtype=object)
    for (measure, _, _), rows in out.groupby([out.measure, subject, unit], sort=False):
        keys[rows.index] = _time_keys(rows, kinds.get(measure, "state"), window)
    full = out.measure + "|" + subject + "|" + unit + "|" + keys
    first = out.assign(_key=full, _unknown=out.date_start.isna()).sort_values(
        ["_unknown", "date_start", "measure", "_key", "article_id", "start"], kind="stable").drop_duplicates("_key")
    numbers = {k: f"C{i + 1:05d}" for i, k in enumerate(first._key)}
    out["claim_id"] = full.map(numbers)
    groups = out.article_id.map(lambda a: group_of.get(a, a))
    out["n_sources"] = groups.groupby(out.claim_id).transform("nunique").astype("int64")
    return out


def precision(value: float, approx: object = None) -> Decimal:
    """Return the precision a value is stated to: 3.47 → 0.01; 4,500 → 100; 30 → 1 (small counts are exact)."""
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


def claim_status(values: list[float], approxes: list[object]) -> str:
    """Return the worst comparison among a claim's distinct values (same < rounding < disagreement)."""
    pairs = sorted(set(zip(values, approxes)), key=lambda p: (p[0], str(p[1])))
    worst = "same"
    for i, (a, qa) in enumerate(pairs):
        for b, qb in pairs[i + 1:]:  # distinct values of one claim: a handful, not the corpus
            worst = max(worst, compare(a, b, qa, qb), key=STATUS_ORDER.index)
    return worst


def ledger(claims: pd.DataFrame, group_of: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per claim: its measure, subject, time, distinct values with their sources, and their status."""
    cols = ["claim_id", "measure", "subject", "date_start", "date_end", "values", "n_rows", "n_sources", "status",
            "sources"]
    if claims.empty:
        return pd.DataFrame(columns=cols)
    group_of = group_of or {}
    rows = []
    for cid, g in claims.groupby("claim_id", sort=True):
        by_value = {v: sorted({group_of.get(a, a) for a in gv.article_id}) for v, gv in g.groupby("value")}
        rows.append({"claim_id": cid, "measure": g.measure.iloc[0], "subject": g.subject.iloc[0],
                     "date_start": g.date_start.min(), "date_end": g.date_end.max(),
                     "values": sorted(by_value), "n_rows": len(g), "n_sources": int(g.n_sources.iloc[0]),
                     "status": claim_status(g.value.tolist(), g.approx.tolist()),
                     "sources": {float(v): ids for v, ids in by_value.items()}})
    return pd.DataFrame(rows, columns=cols)


def series(claims: pd.DataFrame, measure: str, subjects: set[str] | None = None) -> pd.DataFrame:
    """A state measure over time: one point per dated claim (its most-sourced value), in date order."""
    cols = ["claim_id", "subject", "date", "value", "n_sources", "status", "n_values"]
    rows = claims[claims.measure.eq(measure) & claims.date_start.notna()]
    if subjects is not None:
        rows = rows[rows.subject.isin(subjects)]
    points = []
    for cid, g in rows.groupby("claim_id", sort=False):
        support = g.groupby("value").article_id.nunique().sort_values(ascending=False, kind="stable")
        points.append({"claim_id": cid, "subject": g.subject.iloc[0], "date": g.date_start.min(),
                       "value": float(support.index[0]), "n_sources": int(g.n_sources.iloc[0]),
                       "status": claim_status(g.value.tolist(), g.approx.tolist()), "n_values": len(support)})
    return pd.DataFrame(points, columns=cols).sort_values(["date", "claim_id"], kind="stable").reset_index(drop=True)
