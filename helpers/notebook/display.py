"""Display helpers for notebooks: safe Markdown, findings and notes, readable tables (numbers, dates, lists)."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterable

import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from . import charts

_MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:=^])")
_UNESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~:=^])")

# What this kernel displayed as key findings and notes, in order, as plain text: `write_summary` adds them to the
# notebook's summary JSON (keys "findings" and "notes"), which the report index shows.
shown: dict[str, list[str]] = {"findings": [], "notes": []}


def setup() -> None:
    """Silence warnings and set deterministic pandas display options for notebook output."""
    warnings.filterwarnings("ignore")
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.width", 160)
    charts.style()


def md_escape(text: object) -> str:
    """Escape any text for Markdown display: HTML special characters and Markdown syntax become literal."""
    s = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    s = re.sub(r"\s+", " ", s)
    s = _MD_SPECIALS.sub(r"\\\1", s)
    return html.escape(s, quote=True).replace("$", "&#36;")


def plain(markdown: str) -> str:
    """Undo `md_escape` (and drop bold markers): the plain text a reader sees, e.g. for the summary JSON."""
    return html.unescape(_UNESCAPE.sub(r"\1", str(markdown).replace("**", "")))


def show_md(markdown: str) -> None:
    """Display Markdown that the caller built from escaped pieces."""
    display(Markdown(markdown))


def findings(sentences: Iterable[str], heading: str = "Key findings") -> None:
    """Display key-finding sentences (already built from numbers and escaped) as a Markdown list."""
    items = [s for s in sentences if s]
    body = "\n".join(f"- {s}" for s in items) if items else "- No finding: the selection is empty."
    shown["findings"] += [plain(s) for s in items] or ["No finding: the selection is empty."]
    show_md(f"**{md_escape(heading)}**\n\n{body}")


def message(text: str) -> None:
    """Display a plain notice (escaped), e.g. when a parameter matches nothing; it becomes a note of the summary."""
    shown["notes"].append(" ".join(str(text).split()))
    _notice(text)


def _notice(text: str) -> None:
    """Display a notice without recording it as a note (empty tables, rows not shown)."""
    show_md(f"**Note:** {md_escape(text)}")


def q(text: object) -> str:
    """Quote escaped text for a finding sentence."""
    return f"“{md_escape(text)}”"


def plural(n: int, word: str, many: str | None = None) -> str:
    """Return "1 article" / "3 articles"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def fmt_num(value: float) -> str:
    """Format a number without spurious decimals (4200.0 → 4,200; 2.35 → 2.35)."""
    if pd.isna(value):
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def fmt_date(value: object) -> str:
    """Format a timestamp as YYYY-MM-DD ("" when missing)."""
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _blank(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN, blank string)."""
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """Map article ids to short chart labels (prefix before "_" when unique, else the id)."""
    ids = sorted(set(ids))
    short = {i: i.split("_")[0] for i in ids}
    return short if len(set(short.values())) == len(ids) else {i: i for i in ids}


def cell(value: object) -> str:
    """Format one table cell for a reader: 1200.0 → 1,200; dates as YYYY-MM-DD; lists joined; None/NaN → ""."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, np.ndarray):
        return ", ".join(str(v) for v in value.tolist())
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return fmt_date(value)
    if isinstance(value, float):
        return fmt_num(value)
    return str(value)


def tidy(df: pd.DataFrame) -> pd.DataFrame:
    """Return a table formatted for reading: every cell through `cell`, column names with spaces."""
    out = pd.DataFrame({str(c).replace("_", " "): [cell(v) for v in df[c].tolist()] for c in df.columns})
    return out


def show_table(df: pd.DataFrame, empty: str = "No rows.", max_rows: int = 60) -> None:
    """Display a table (HTML-escaped by pandas) or a notice when it is empty."""
    if df is None or df.empty:
        _notice(empty)
        return
    shown = tidy(df.head(max_rows).reset_index(drop=True))
    display(shown)
    if len(df) > max_rows:
        _notice(f"{len(df) - max_rows} more rows not shown.")
