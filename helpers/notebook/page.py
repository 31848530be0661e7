"""A notebook page: its findings (each a sentence with its number, a chart, its data and its evidence table).

A notebook builds one `Page` from the corpus tables (the numbers come from `helpers.analysis`), shows the key
findings first, then each finding as a heading that states it, its chart and its evidence; `summary()` is what the
report index and the README show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd

from . import charts
from .display import md_escape, message, show_md, show_table

MAX_ROWS = 25  # evidence rows shown under a finding; the rest are counted, never silently dropped


@dataclass
class Finding:
    """One finding: the sentence that states it (with its number) and what proves it."""

    key: str
    heading: str
    chart: Callable[[], plt.Figure] | None = None
    caption: str = ""
    data: pd.DataFrame | None = None
    table: pd.DataFrame | None = None
    empty: str = "No rows."
    note: str = ""


@dataclass
class Page:
    """The findings of one notebook, in reading order, with the notes a reader must see (unmatched parameters)."""

    name: str
    title: str
    question: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    numbers: dict = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # finding key → why this corpus has no such finding

    def add(self, finding: Finding) -> Finding:
        """Append a finding; return it."""
        self.findings.append(finding)
        return finding

    def get(self, key: str) -> Finding:
        """Return the finding named `key`."""
        for f in self.findings:
            if f.key == key:
                return f
        raise KeyError(f"{self.name} has no finding {key!r}; it has {[f.key for f in self.findings]}")

    def key_findings(self) -> None:
        """Display the notes, then every finding's sentence as the key-findings list."""
        for note in self.notes:
            message(note)
        items = [f"- {md_escape(f.heading)}" for f in self.findings] or ["- No finding: the selection is empty."]
        show_md("\n".join(items))

    def show(self, key: str, max_rows: int = MAX_ROWS) -> None:
        """Display one finding: its heading, chart (with caption) and evidence table (or why there is none)."""
        if key in self.skipped:
            message(self.skipped[key])
            return
        f = self.get(key)
        show_md(f"## {md_escape(f.heading)}")
        if f.note:
            message(f.note)
        if f.chart is not None:
            charts.show(f.chart(), f.caption, name=f.key, data=f.data)
        if f.table is not None:
            show_table(f.table, f.empty, max_rows=max_rows)

    def summary(self) -> dict:
        """Return the page's summary: title, question, findings, notes and its headline numbers."""
        return {"title": self.title, "question": self.question, "findings": [f.heading for f in self.findings],
                "notes": list(self.notes), **self.numbers}
