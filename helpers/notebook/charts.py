"""Shared chart style and chart functions for the notebooks: deterministic PNG output, captions naming sources.

Every chart function attaches the data it draws to the figure; `show` displays the figure and, when a folder is
set (`CHARTS_DIR` below, or the environment variable `HELPERS_CHARTS_DIR` that the report runner sets), also saves
it there as `<notebook>-<name>.png` with its data as `<notebook>-<name>.csv`. In a plain notebook run nothing is
written.
"""

from __future__ import annotations

import base64
import io
import os
import re
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from IPython.display import display  # noqa: E402
from unidecode import unidecode  # noqa: E402

DPI = 100
WIDTH = 9.0
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


CHARTS_ENV = "HELPERS_CHARTS_DIR"  # folder the report runner sets for the kernel
NOTEBOOK_ENV = "HELPERS_NOTEBOOK"  # name of the notebook being run (prefix of the saved files)
CHARTS_DIR: Path | None = None  # module setting; overrides the environment variable when set
CAPTION_PT = 9.0
LABEL_WIDTH = 30  # characters per line of a wrapped category label
_saved: dict[str, int] = {}  # chart names used so far in this kernel, to keep file names unique


def style() -> None:
    """Apply the shared, deterministic matplotlib style."""
    matplotlib.rcParams.update({
        "figure.dpi": DPI, "savefig.dpi": DPI, "svg.hashsalt": "kosovo-kfor", "font.family": "DejaVu Sans",
        "font.size": 9, "axes.titlesize": 11, "axes.labelsize": 9, "axes.spines.top": False,
        "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3, "text.parse_math": False,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE), "path.simplify": True,
    })


def clip(text: object, width: int = 40) -> str:
    """Shorten a text to `width` characters (for prose; chart labels are wrapped by `label`, never cut)."""
    s = " ".join(str(text).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def missing(value: object) -> bool:
    """Tell whether a category is missing: None, NaN/NaT, or a blank, "nan" or "None" text."""
    if value is None:
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        return False
    return str(value).strip() in ("", "nan", "None", "NaN", "<NA>")


def label(value: object, width: int = LABEL_WIDTH) -> str:
    """Render a category as a chart label: whole, wrapped over lines of `width` characters; "unknown" if missing."""
    if missing(value):
        return "unknown"
    return textwrap.fill(" ".join(str(value).split()), width, break_long_words=False, break_on_hyphens=False)


def _labelled(index: pd.Index) -> list[str]:
    """Wrap every label of an index, keeping repeated labels apart (pandas would merge them)."""
    return [label(v) for v in index]


def _lines(labels: list[str]) -> int:
    """Return the number of lines the tallest label needs."""
    return max((lbl.count("\n") + 1 for lbl in labels), default=1)


def _attach(fig: plt.Figure, data: pd.DataFrame | pd.Series | None) -> plt.Figure:
    """Keep the data a chart draws with its figure, for `show` to save beside the PNG."""
    fig._helpers_data = data  # type: ignore[attr-defined]
    return fig


def _legend_outside(ax: plt.Axes, **kwargs) -> None:
    """Place the legend to the right of the plotting area, never over the data."""
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0, **kwargs)


def caption(fig: plt.Figure, text: str) -> None:
    """Add a caption (naming the sources the chart draws on) below the figure, growing the figure to make room."""
    width = max(60, int(fig.get_figwidth() * DPI / 8))
    wrapped = textwrap.fill(" ".join(text.split()), width)
    lines = wrapped.count("\n") + 1
    height = fig.get_figheight()
    extra = 0.165 * lines + 0.14
    fig.set_figheight(height + extra)
    scale = height / (height + extra)
    for ax in fig.axes:
        box = ax.get_position()
        ax.set_position([box.x0, box.y0 * scale + (1 - scale), box.width, box.height * scale])
    for txt in fig.texts:
        txt.set_y(txt.get_position()[1] * scale + (1 - scale))
    fig.text(0.01, 0.05 / (height + extra), wrapped, ha="left", va="bottom", fontsize=CAPTION_PT, color="#444444")


def charts_dir() -> Path | None:
    """Return the folder charts are saved to (module setting, else $HELPERS_CHARTS_DIR), None in plain runs."""
    if CHARTS_DIR is not None:
        return Path(CHARTS_DIR)
    env = os.environ.get(CHARTS_ENV, "").strip()
    return Path(env) if env else None


def slug(text: str) -> str:
    """Make a file-name part from a text: lower-case ASCII letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(str(text)).lower()).strip("-")[:60] or "chart"


def _title(fig: plt.Figure) -> str:
    """Return the first axes title of a figure ("" when it has none)."""
    return next((ax.get_title() for ax in fig.axes if ax.get_title()), "")


def save(fig: plt.Figure, png: bytes, name: str | None = None, data: pd.DataFrame | pd.Series | None = None
         ) -> Path | None:
    """Write the chart's PNG and its data (CSV) into the charts folder; return the PNG path (None when unset)."""
    folder = charts_dir()
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    notebook = re.sub(r"[^A-Za-z0-9_.-]+", "-", os.environ.get(NOTEBOOK_ENV, "").strip()) or "notebook"
    base = f"{notebook}-{slug(name or _title(fig))}"
    _saved[base] = _saved.get(base, 0) + 1
    if _saved[base] > 1:
        base = f"{base}-{_saved[base]}"
    (folder / f"{base}.png").write_bytes(png)
    data = data if data is not None else getattr(fig, "_helpers_data", None)
    if data is not None:
        frame = data.to_frame() if isinstance(data, pd.Series) else pd.DataFrame(data)
        frame.to_csv(folder / f"{base}.csv", index=not isinstance(frame.index, pd.RangeIndex))
    return folder / f"{base}.png"


def show(fig: plt.Figure, text: str = "", name: str | None = None,
         data: pd.DataFrame | pd.Series | None = None) -> None:
    """Display a figure as one PNG output (no text repr, no metadata, fixed dpi) with its caption, then close it.

    In a report run the PNG and the chart's data (`data`, else what the chart function drew) are also saved as
    `<notebook>-<name>.png/.csv` (`name`: else the chart's title) into the charts folder; see the module doc.
    """
    if text:
        caption(fig, text)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    save(fig, buf.getvalue(), name, data)
    plt.close(fig)
    display({"image/png": base64.b64encode(buf.getvalue()).decode("ascii")}, raw=True)


def empty(title: str, note: str) -> plt.Figure:
    """Return a small figure that says there is nothing to draw."""
    fig, ax = plt.subplots(figsize=(WIDTH, 1.6))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.5, note, ha="center", va="center", fontsize=10, color="#666666")
    return _attach(fig, None)


def bars(data: pd.Series | pd.DataFrame, title: str, xlabel: str, ylabel: str, horizontal: bool = True,
         stacked: bool = False) -> plt.Figure:
    """Draw a (grouped or stacked) bar chart of a Series or DataFrame indexed by category.

    Labels are wrapped, never cut; a missing category is labelled "unknown"; the value axis starts at 0.
    """
    if len(data) == 0:
        return empty(title, "no data")
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    frame = frame.copy()
    frame.columns = [label(c) for c in frame.columns]
    labels = _labelled(frame.index)
    frame.index = pd.RangeIndex(len(frame))  # positions: equal labels stay separate bars
    lines = _lines(labels)
    per_bar = 0.22 + 0.16 * max(lines, frame.shape[1] if not stacked else 1)
    height = max(2.4, per_bar * len(frame) + 1.6) if horizontal else 4.0 + 0.14 * (lines - 1)
    fig, ax = plt.subplots(figsize=(WIDTH, height))
    frame.plot(kind="barh" if horizontal else "bar", stacked=stacked, ax=ax, legend=False, width=0.75)
    if horizontal:
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()
        ax.set_xlim(left=min(0.0, float(np.nanmin(frame.to_numpy(dtype=float)))))
        ax.grid(False, axis="y")
    else:
        ax.set_xticks(range(len(labels)), labels, rotation=0 if len(labels) <= 4 else 35,
                      ha="center" if len(labels) <= 4 else "right")
        ax.set_ylim(bottom=min(0.0, float(np.nanmin(frame.to_numpy(dtype=float)))))
        ax.grid(False, axis="x")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if frame.shape[1] > 1:
        _legend_outside(ax)
    fig.tight_layout()
    data_out = data.copy()
    data_out.index = [label(v, 10**6) for v in data.index]
    return _attach(fig, data_out)


def heatmap(matrix: pd.DataFrame, title: str, xlabel: str, ylabel: str, fmt: str = "{:.2f}",
            cmap: str = "Blues") -> plt.Figure:
    """Draw a labelled heatmap of a DataFrame (rows × columns) with the value in each cell."""
    if matrix.empty:
        return empty(title, "no data")
    rows, cols = matrix.shape
    row_labels, col_labels = [label(r, 36) for r in matrix.index], [label(c, 20) for c in matrix.columns]
    row_lines, col_lines = _lines(row_labels), _lines(col_labels)
    fig, ax = plt.subplots(figsize=(min(WIDTH, 4.5 + 0.9 * cols),
                                    max(2.4, (0.18 + 0.13 * row_lines) * rows + 1.6 + 0.3 * col_lines)))
    values = matrix.to_numpy(dtype=float)
    im = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0, vmax=max(1.0, float(np.nanmax(values))))
    ax.set_xticks(range(cols), col_labels, rotation=0 if cols <= 4 else 35, ha="center" if cols <= 4 else "right",
                  rotation_mode="anchor")
    ax.set_yticks(range(rows), row_labels)
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
    return _attach(fig, matrix)


def _timeline_panel(ax: plt.Axes, events: pd.DataFrame, title: str) -> None:
    """Draw events on one axis: day-precise ones as points, coarser ones as spans from date_start to date_end."""
    for y, ev in enumerate(events.itertuples()):
        start, end = ev.date_start, ev.date_end if pd.notna(ev.date_end) else ev.date_start
        colour = PALETTE[0] if ev.precision == "day" else PALETTE[3]
        if ev.precision == "day" or end <= start:
            ax.plot([start], [y], "o", color=colour, markersize=6)
        else:
            ax.plot([start, end], [y, y], "-", color=colour, linewidth=5, solid_capstyle="butt", alpha=0.8)
    ax.set_yticks(range(len(events)), [label(lbl, 48) for lbl in events["display"]])
    ax.set_ylim(len(events) - 0.5, -0.5)
    ax.set_title(title, pad=24)
    ax.set_xlabel("date the event refers to")


def timeline(events: pd.DataFrame, title: str) -> plt.Figure:
    """Draw a two-panel timeline: all dated events, then the latest year zoomed in (columns date_start, date_end,
    precision, display)."""
    if events.empty:
        return empty(title, "no dated event in the selection")
    events = events.sort_values(["date_start", "date_end", "display"], kind="stable").reset_index(drop=True)
    last_year = int(events.date_end.fillna(events.date_start).max().year)
    zoom = events[events.date_end.fillna(events.date_start).dt.year.eq(last_year)].reset_index(drop=True)
    lines = _lines([label(lbl, 48) for lbl in events["display"]])
    row = 0.3 + 0.14 * (lines - 1)
    n_all, n_zoom = len(events), len(zoom)
    fig, (a1, a2) = plt.subplots(2, 1, figsize=(WIDTH, 1.8 + row * (n_all + n_zoom) + 1.4),
                                 height_ratios=[max(n_all, 1) + 1, max(n_zoom, 1) + 1])
    _timeline_panel(a1, events, f"{title}: all dated events")
    _timeline_panel(a2, zoom, f"Zoom on {last_year}")
    a2.set_xlim(pd.Timestamp(f"{last_year}-01-01"), pd.Timestamp(f"{last_year}-12-31"))
    a2.xaxis.set_major_locator(mdates.MonthLocator())
    a2.xaxis.set_major_formatter(mdates.DateFormatter("%b"))
    a1.plot([], [], "o", color=PALETTE[0], label="day-precise (point)")
    a1.plot([], [], "-", color=PALETTE[3], linewidth=5, label="week/month/year (span)")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    a1.xaxis.set_major_locator(locator)
    a1.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    a1.legend(fontsize=8, frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.01), ncols=2, borderaxespad=0.0)
    fig.tight_layout()
    cols = [c for c in ("event_id", "value", "precision", "date_start", "date_end", "n_sources", "display")
            if c in events.columns]
    return _attach(fig, events[cols])


def points_over_time(frame: pd.DataFrame, x: str, y: str, group: str, title: str, xlabel: str,
                     ylabel: str, hollow: str | None = None) -> plt.Figure:
    """Scatter values against dates, one colour per group; rows where `hollow` is true get open markers.

    The value axis starts at 0 (values are counts and sizes); the legend sits right of the plot.
    """
    frame = frame.dropna(subset=[x, y])
    if frame.empty:
        return empty(title, "no dated value in the selection")
    frame = frame.assign(**{group: frame[group].map(lambda v: label(v, 10**6))})
    fig, ax = plt.subplots(figsize=(WIDTH, 4.2))
    for k, (name, part) in enumerate(sorted(frame.groupby(group), key=lambda kv: str(kv[0]))):
        colour = PALETTE[k % len(PALETTE)]
        open_ = part[hollow].astype(bool) if hollow else pd.Series(False, index=part.index)
        ax.scatter(part.loc[~open_, x], part.loc[~open_, y], color=colour, s=45, label=label(name, 26))
        ax.scatter(part.loc[open_, x], part.loc[open_, y], facecolors="none", edgecolors=colour, s=45,
                   label=label(f"{name} (approximate)", 26) if open_.any() else None)
    ax.set_ylim(bottom=0, top=max(1.0, float(frame[y].max())) * 1.08)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    _legend_outside(ax)
    fig.autofmt_xdate()
    fig.tight_layout()
    cols = [c for c in dict.fromkeys([group, x, y, *([hollow] if hollow else []), "article_id"]) if c in frame]
    return _attach(fig, frame[cols].sort_values([group, x]).reset_index(drop=True))


def _layout(graph: nx.Graph) -> dict:
    """Place the largest connected group with a spring layout over the plot, the smaller groups in a row below it
    (a spring layout of disconnected groups pushes them apart and squeezes each into a corner)."""
    groups = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    main = graph.subgraph(groups[0])
    pos = nx.spring_layout(main, seed=7, weight="weight", k=1.2 / max(1, len(main) ** 0.5))
    rest = groups[1:]
    for i, group in enumerate(rest):
        sub = nx.spring_layout(graph.subgraph(group), seed=7, scale=0.12) if len(group) > 1 else {group[0]: (0, 0)}
        x = -1.0 + 2.0 * (i + 0.5) / len(rest)
        pos.update({n: (x + float(p[0]), -1.35 + float(p[1])) for n, p in sub.items()})
    return pos


def network(edges: pd.DataFrame, title: str, highlight: set[str] | None = None) -> plt.Figure:
    """Draw a co-occurrence network from an edge table (columns source, target, weight) with networkx."""
    edges = edges[~edges.source.map(missing) & ~edges.target.map(missing)] if len(edges) else edges
    if edges.empty:
        return empty(title, "no co-occurrence in the selection")
    graph = nx.Graph()
    for row in edges.sort_values(["source", "target"]).itertuples():
        graph.add_edge(row.source, row.target, weight=float(row.weight))
    graph = nx.relabel_nodes(graph, {n: n for n in sorted(graph.nodes)})
    pos = _layout(graph)
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
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: label(n, 18) for n in graph.nodes}, font_size=8)
    ax.set_title(title)
    ax.axis("off")
    ax.margins(0.08)
    fig.tight_layout()
    return _attach(fig, edges[["source", "target", "weight"]].reset_index(drop=True))
