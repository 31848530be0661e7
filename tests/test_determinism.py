"""Determinism: the same corpus gives the same tables, whatever the run and whatever the order of files on disk."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.build import build
from helpers.paths import ROOT
from helpers.schema import TABLES

TODAY = dt.date(2025, 1, 1)
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))


def tables(out: Path, root: Path) -> dict[str, pd.DataFrame]:
    """Read every table of a build, with `source` made relative to the corpus root (the only path-bound column)."""
    corpus = helpers.read_tables(out)
    out_tables = {}
    for name in TABLES:
        df = getattr(corpus, name).copy()
        if "source" in df:
            df["source"] = df["source"].map(lambda s: Path(s).relative_to(root).as_posix())
        out_tables[name] = df
    return out_tables


def assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    """Assert two builds have identical tables (values, dtypes, row order)."""
    assert set(a) == set(b)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


def test_two_builds_give_identical_tables(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS[0].parent, root)
    one = build([root], tmp_path / "one", use_cache=False, progress=False, today=TODAY).out
    two = build([root], tmp_path / "two", use_cache=False, progress=False, today=TODAY).out
    first, second = tables(one, root), tables(two, root)
    assert len(first["articles"]) == len(SEEDS) and len(first["mentions"]) > 0
    assert_same(first, second)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_order_of_files_on_disk_does_not_change_the_result(tmp_path: Path, fmt: str) -> None:
    forward, backward = tmp_path / "forward", tmp_path / "backward"
    backward.mkdir()
    for i, path in enumerate(reversed(SEEDS)):  # created last-to-first, with mtimes in the opposite order
        shutil.copyfile(path, backward / path.name)
        os.utime(backward / path.name, (1_000_000 + i, 1_000_000 + i))
    forward.mkdir()
    for i, path in enumerate(SEEDS):
        shutil.copyfile(path, forward / path.name)
        os.utime(forward / path.name, (2_000_000 - i, 2_000_000 - i))
    (forward / "sub").mkdir()
    (backward / "sub").mkdir()
    for folder in (backward, forward):
        (folder / "sub" / "extra.txt").write_text("KFOR troops patrolled Mitrovica on 3 May 2023.\n", encoding="utf-8")
        (folder / "sub" / "empty.txt").write_bytes(b"")
    a = build([forward], tmp_path / "a", fmt=fmt, use_cache=False, progress=False, today=TODAY).out
    b = build([backward], tmp_path / "b", fmt=fmt, use_cache=False, progress=False, today=TODAY).out
    first, second = tables(a, forward), tables(b, backward)
    assert sorted(first["articles"].article_id) == sorted([p.stem for p in SEEDS] + ["sub/extra"])
    assert first["problems"][["source", "reason"]].values.tolist() == [["sub/empty.txt", "empty file"]]
    assert_same(first, second)
