"""Shared chart style and chart functions for the notebooks: deterministic PNG output, captions naming sources."""

from __future__ import annotations

import base64
import io
import textwrap

import matplotlib

matplotlib.use("agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from IPython.display import display  # noqa: E402

DPI = 100
WIDTH = 9.0
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


def style() -> None:
    """Apply the shared, deterministic matplotlib style."""
    matplotlib.rcParams.update({
        "figure.dpi": DPI, "savefig.dpi": DPI, "svg.hashsalt": "kosovo-kfor", "font.family": "DejaVu Sans",
        "font.size": 9, "axes.titlesize": 11, "axes.labelsize": 9, "axes.spines.top": False,
        "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3, "text.parse_math": False,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE), "path.simplify": True,
    })


def clip(text: object, width: int = 40) -> str:
    """Shorten a label for a chart axis."""
    s = " ".join(str(text).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def caption(fig: plt.Figure, text: str) -> None:
    """Add a caption (naming the sources the chart draws on) below the figure, growing the figure to make room."""
    width = max(60, int(fig.get_figwidth() * DPI / 6))
    wrapped = textwrap.fill(" ".join(text.split()), width)
    lines = wrapped.count("\n") + 1
    height = fig.get_figheight()
    extra = 0.13 * lines + 0.12
    fig.set_figheight(height + extra)
    scale = height / (height + extra)
    for ax in fig.axes:
        box = ax.get_position()
        ax.set_position([box.x0, box.y0 * scale + (1 - scale), box.width, box.height * scale])
    for txt in fig.texts:
        txt.set_y(txt.get_position()[1] * scale + (1 - scale))
    fig.text(0.01, 0.05 / (height + extra), wrapped, ha="left", va="bottom", fontsize=7.5, color="#444444")


def show(fig: plt.Figure, text: str = "") -> None:
    """Display a figure as one PNG output (no text repr, no metadata, fixed dpi) with its caption, then close it."""
    if text:
        caption(fig, text)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    plt.close(fig)
    display({"image/png": base64.b64encode(buf.getvalue()).decode("ascii")}, raw=True)


def empty(title: str, note: str) -> plt.Figure:
    """Return a small figure that says there is nothing to draw."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.5, note, ha="center", va="center", fontsize=10, color="#666666")
    return fig


def bars(data: pd.Series | pd.DataFrame, title: str, xlabel: str, ylabel: str, horizontal: bool = True,
         stacked: bool = False) -> plt.Figure:
    """Draw a (grouped or stacked) bar chart of a Series or DataFrame indexed by category."""
    if len(data) == 0:
        return empty(title, "no data")
    height = max(2.4, 0.35 * len(data) + 1.6) if horizontal else 4.0
    fig, ax = plt.subplots(figsize=(WIDTH, height))
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    frame = frame.copy()
    frame.index = [clip(i, 45) for i in frame.index]
    frame.plot(kind="barh" if horizontal else "bar", stacked=stacked, ax=ax, legend=frame.shape[1] > 1, width=0.75)
    if horizontal:
        ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if frame.shape[1] > 1:
        ax.legend(fontsize=8, loc="best", frameon=False)
    fig.tight_layout()
    return fig


def heatmap(matrix: pd.DataFrame, title: str, xlabel: str, ylabel: str, fmt: str = "{:.2f}",
            cmap: str = "Blues") -> plt.Figure:
    """Draw a labelled heatmap of a DataFrame (rows × columns) with the value in each cell."""
    if matrix.empty:
        return empty(title, "no data")
    rows, cols = matrix.shape
    fig, ax = plt.subplots(figsize=(min(WIDTH, 3.5 + 0.9 * cols), max(2.4, 0.32 * rows + 1.6)))
    values = matrix.to_numpy(dtype=float)
    im = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0, vmax=max(1.0, float(np.nanmax(values))))
    ax.set_xticks(range(cols), [clip(c, 28) for c in matrix.columns], rotation=35, ha="right")
    ax.set_yticks(range(rows), [clip(r, 36) for r in matrix.index])
    ax.grid(False)
    top = float(np.nanmax(values)) if values.size else 0.0
    for i in range(rows):
        for j in range(cols):
            v = values[i, j]
            if not np.isnan(v):
                ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8,
                        color="white" if top and v > 0.6 * top else "black")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    fig.tight_layout()
    return fig


def _timeline_panel(ax: plt.Axes, events: pd.DataFrame, title: str) -> None:
    """Draw events on one axis: day-precise ones as points, coarser ones as spans from date_start to date_end."""
    for y, ev in enumerate(events.itertuples()):
        start, end = ev.date_start, ev.date_end if pd.notna(ev.date_end) else ev.date_start
        colour = PALETTE[0] if ev.precision == "day" else PALETTE[3]
        if ev.precision == "day" or end <= start:
            ax.plot([start], [y], "o", color=colour, markersize=6)
        else:
            ax.plot([start, end], [y, y], "-", color=colour, linewidth=5, solid_capstyle="butt", alpha=0.8)
    ax.set_yticks(range(len(events)), [clip(lbl, 55) for lbl in events["display"]])
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel("date the event refers to")


def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Draw a two-panel timeline: all dated events, then the latest year zoomed in (columns date_start, date_end,
    precision, display)."""
    if events.empty:
        return empty(title, "no dated event in the selection")
    events = events.sort_values(["date_start", "date_end", "display"], kind="stable").reset_index(drop=True)
    last_year = int(events.date_end.fillna(events.date_start).max().year)
    zoom = events[events.date_end.fillna(events.date_start).dt.year.eq(last_year)].reset_index(drop=True)
    n_all, n_zoom = len(events), len(zoom)
    fig, (a1, a2) = plt.subplots(2, 1, figsize=(WIDTH, 1.8 + 0.3 * (n_all + n_zoom) + 1.4),
                                 height_ratios=[max(n_all, 1) + 1, max(n_zoom, 1) + 1])
    _timeline_panel(a1, events, f"{title}: all dated events")
    _timeline_panel(a2, zoom, f"Zoom on {last_year}")
    a2.set_xlim(pd.Timestamp(f"{last_year}-01-01"), pd.Timestamp(f"{last_year}-12-31"))
    a2.xaxis.set_major_locator(mdates.MonthLocator())
    a2.xaxis.set_major_formatter(mdates.DateFormatter("%b"))
    a1.plot([], [], "o", color=PALETTE[0], label="day-precise (point)")
    a1.plot([], [], "-", color=PALETTE[3], linewidth=5, label="week/month/year (span)")
    a1.legend(fontsize=8, loc="best", framealpha=0.9)
    fig.tight_layout()
    return fig


def points_over_time(frame: pd.DataFrame, x: str, y: str, group: str, title: str, xlabel: str,
                     ylabel: str, hollow: str | None = None) -> plt.Figure:
    """Scatter values against dates, one colour per group; rows where `hollow` is true get open markers."""
    frame = frame.dropna(subset=[x, y])
    if frame.empty:
        return empty(title, "no dated value in the selection")
    fig, ax = plt.subplots(figsize=(WIDTH, 4.2))
    for k, (name, part) in enumerate(sorted(frame.groupby(group), key=lambda kv: str(kv[0]))):
        colour = PALETTE[k % len(PALETTE)]
        open_ = part[hollow].astype(bool) if hollow else pd.Series(False, index=part.index)
        ax.scatter(part.loc[~open_, x], part.loc[~open_, y], color=colour, s=45, label=f"{clip(name, 40)}")
        ax.scatter(part.loc[open_, x], part.loc[open_, y], facecolors="none", edgecolors=colour, s=45,
                   label=f"{clip(name, 40)} (approximate)" if open_.any() else None)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=8, frameon=False, loc="best")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def network(edges: pd.DataFrame, title: str, highlight: set[str] | None = None) -> plt.Figure:
    """Draw a co-occurrence network from an edge table (columns source, target, weight) with networkx."""
    if edges.empty:
        return empty(title, "no co-occurrence in the selection")
    graph = nx.Graph()
    for row in edges.sort_values(["source", "target"]).itertuples():
        graph.add_edge(row.source, row.target, weight=float(row.weight))
    graph = nx.relabel_nodes(graph, {n: n for n in sorted(graph.nodes)})
    pos = nx.spring_layout(graph, seed=7, weight="weight", k=1.2 / max(1, len(graph) ** 0.5))
    fig, ax = plt.subplots(figsize=(WIDTH, 6.2))
    weights = np.array([graph[u][v]["weight"] for u, v in graph.edges])
    nx.draw_networkx_edges(graph, pos, ax=ax, width=0.5 + 3.5 * weights / weights.max(), alpha=0.45,
                           edge_color="#777777")
    highlight = highlight or set()
    colours = [PALETTE[1] if n in highlight else PALETTE[0] for n in graph.nodes]
    degree = dict(graph.degree(weight="weight"))
    top = max(degree.values())
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colours,
                           node_size=[120 + 700 * degree[n] / top for n in graph.nodes], alpha=0.85)
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: clip(n, 24) for n in graph.nodes}, font_size=8)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    return fig
