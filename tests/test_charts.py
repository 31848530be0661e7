"""Chart conventions: whole (wrapped) labels, no "nan" category, zero-based value axes, legends outside the data,
readable captions, and charts saved as PNG + CSV only when a charts folder is set."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from helpers.notebook import charts

LONG = "Fetullah Terrorist Organization according to the Turkish government"


@pytest.fixture(autouse=True)
def _no_folder(monkeypatch):
    """No charts folder unless a test sets one; close every figure afterwards."""
    monkeypatch.delenv(charts.CHARTS_ENV, raising=False)
    monkeypatch.delenv(charts.NOTEBOOK_ENV, raising=False)
    monkeypatch.setattr(charts, "CHARTS_DIR", None)
    monkeypatch.setattr(charts, "_saved", {})
    charts.style()
    yield
    plt.close("all")


def tick_texts(labels) -> list[str]:
    return [t.get_text() for t in labels]


def test_labels_are_wrapped_never_cut_and_missing_ones_read_unknown() -> None:
    assert charts.label(LONG) == "Fetullah Terrorist\nOrganization according to the\nTurkish government"
    assert charts.label(LONG).replace("\n", " ") == LONG
    for missing in (None, np.nan, pd.NaT, "nan", "None", " ", pd.NA):
        assert charts.label(missing) == "unknown"
    assert charts.label("Serbia") == "Serbia"


def test_bars_show_whole_labels_from_zero() -> None:
    data = pd.Series([5, 3, 2], index=[LONG, np.nan, "Serbia"])
    fig = charts.bars(data, "Title", "count", "who")
    ax = fig.axes[0]
    assert tick_texts(ax.get_yticklabels()) == [charts.label(LONG), "unknown", "Serbia"]
    assert not any("…" in t or "nan" in t for t in tick_texts(ax.get_yticklabels()))
    assert ax.get_xlim()[0] == 0
    vertical = charts.bars(pd.Series([4, 1], index=["a", "b"]), "T", "x", "n", horizontal=False).axes[0]
    assert vertical.get_ylim()[0] == 0


def test_legends_sit_outside_the_plot_area() -> None:
    frame = pd.DataFrame({"quotes": [3, 23], "figures": [10, 5]}, index=["000", "002"])
    for fig in (charts.bars(frame, "T", "n", "article"),
                charts.points_over_time(pd.DataFrame({
                    "d": pd.to_datetime(["2023-06-13", "2023-06-19"]), "v": [3800, 4500], "g": ["KFOR", "KFOR"],
                    "a": [True, False]}), "d", "v", "g", "T", "date", "soldiers", hollow="a")):
        fig.canvas.draw()
        ax = fig.axes[0]
        legend = ax.get_legend().get_window_extent()
        assert legend.x0 >= ax.get_window_extent().x1


def test_points_over_time_start_at_zero() -> None:
    frame = pd.DataFrame({"d": pd.to_datetime(["2023-06-13", "2023-06-19"]), "v": [3800.0, 4500.0],
                          "g": [None, "KFOR"]})
    fig = charts.points_over_time(frame, "d", "v", "g", "Strength", "date", "soldiers")
    ax = fig.axes[0]
    assert ax.get_ylim()[0] == 0 and ax.get_ylim()[1] == pytest.approx(4500 * 1.08)
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["KFOR", "unknown"]


def test_captions_are_at_least_9_points() -> None:
    fig = charts.bars(pd.Series([1, 2], index=["a", "b"]), "T", "x", "y")
    charts.caption(fig, "Source: somewhere.")
    assert [t.get_fontsize() for t in fig.texts] == [9.0]


def test_show_saves_png_and_csv_only_when_a_folder_is_set(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    data = pd.Series([5, 3], index=["Serbia", None])
    charts.show(charts.bars(data, "Quotations per speaker", "n", "who"), "Source: test.")
    assert list(tmp_path.iterdir()) == [] and charts.charts_dir() is None
    folder = tmp_path / "charts"
    monkeypatch.setenv(charts.CHARTS_ENV, str(folder))
    monkeypatch.setenv(charts.NOTEBOOK_ENV, "03_relations")
    charts.show(charts.bars(data, "Quotations per speaker", "n", "who"), "Source: test.")
    charts.show(charts.bars(data, "Quotations per speaker", "n", "who"), "Source: test.")
    charts.show(charts.empty("Nothing", "no data"), name="the empty one",
                data=pd.DataFrame({"a": [1]}))
    assert sorted(p.name for p in folder.iterdir()) == [
        "03_relations-quotations-per-speaker-2.csv", "03_relations-quotations-per-speaker-2.png",
        "03_relations-quotations-per-speaker.csv", "03_relations-quotations-per-speaker.png",
        "03_relations-the-empty-one.csv", "03_relations-the-empty-one.png"]
    assert (folder / "03_relations-quotations-per-speaker.csv").read_text() == ",0\nSerbia,5\nunknown,3\n"
    assert (folder / "03_relations-the-empty-one.csv").read_text() == "a\n1\n"
    assert (folder / "03_relations-quotations-per-speaker.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
