"""Engines, interruption and cache: local and dask builds give identical tables; a build is all or nothing.

Durations on the 2-core development machine: the seed tests take a few seconds each (a dask LocalCluster
starts in ~3 s); `test_bbc_dask_equals_local` builds BBC (2,225 files) with dask, ~25-40 s, plus the session's
local BBC build (the `bbc` fixture, shared with other tests) when it has not run yet.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import shared_path

import helpers.build.runner as hb
from helpers.build import build
from helpers.build.store import read_manifest, read_table, verify
from helpers.paths import CORPUS
from helpers.schema import TABLES

TODAY = dt.date(2025, 1, 1)


def assert_same_tables(a: Path, b: Path) -> None:
    """Assert that every table of two built folders is identical (values, dtypes, documented order)."""
    for table in TABLES:
        left, right = read_table(a, table), read_table(b, table)
        pd.testing.assert_frame_equal(left, right, check_dtype=True, obj=f"table {table}")


def staging_left(out: Path) -> list[Path]:
    """List staging folders of `out` still on disk."""
    return sorted(out.parent.glob(f".{out.name}.staging-*"))


@pytest.fixture(scope="module")
def seed_local(tmp_path_factory) -> Path:
    """The seed corpus built with the local engine."""
    return build([CORPUS], tmp_path_factory.mktemp("local") / "tables", progress=False, today=TODAY).out


def test_seed_dask_equals_local(seed_local: Path, tmp_path: Path) -> None:
    """The dask engine (2 worker processes) writes the same tables as the local engine on the seed corpus."""
    res = build([CORPUS], tmp_path / "dask", engine="dask", workers=2, progress=False, today=TODAY)
    assert not res.cached and res.manifest["engine"] == "dask"
    assert_same_tables(seed_local, res.out)
    # where the time went: one task per partition, each worker's start-up paid once, never per task
    tasks, n_parts = res.manifest["tasks"], len(hb.plan([CORPUS], [], [], workers=2))
    assert tasks["run_partition"]["n"] == n_parts == sum(w["tasks"] for w in tasks["run_partition"]["workers"])
    assert len(res.manifest["init_seconds"]) <= min(2, n_parts)
    assert set(res.manifest["phases"]) == set(res.manifest["phases_cpu"]) >= {"start", "plan", "articles", "claims"}


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_local_dask_workers_are_forked_warm() -> None:
    """Local dask workers fork from a server that warmed every extractor up once: none of them compiles anything."""
    from helpers.build.runner import DaskEngine

    def warm() -> tuple[str, int]:
        import multiprocessing as mp

        from helpers.build.pipeline import warm_up

        return mp.get_start_method(allow_none=True) or "", warm_up.cache_info().currsize

    engine = DaskEngine(workers=2)
    try:
        assert list(engine.client.run(warm).values()) == [("forkserver", 1)] * 2
    finally:
        engine.close()


def test_relater_takes_partitions_in_order_whatever_order_they_finish() -> None:
    """Syndication groups and dropped duplicate ids are those of input order, however the engine returns them."""
    from helpers.build.syndication import signature

    story = ("Kosovo police said on Monday that three officers were injured when a crowd gathered outside the "
             "municipal building in Zvecan, where newly elected mayors tried to take office.")
    texts = [story, "A different story about the dinar and the central bank.", story + " Reporting by wire.",
             "Yet another story on the KFOR handover in Pristina.", story]
    parts = [hb.PartResult(k, [f"a{k}"], np.vstack([signature(texts[k])]), [], 1, 10, 1) for k in range(4)]
    parts.append(hb.PartResult(4, ["a0"], np.vstack([signature(texts[4])]), [], 1, 10, 1))  # a0 read again
    ordered, shuffled = hb.Relater(), hb.Relater()
    for res in parts:
        ordered.feed(res)
    again = [hb.PartResult(r.number, r.ids, np.vstack([signature(texts[r.number])]), [], 1, 10, 1) for r in parts]
    for res in reversed(again):
        shuffled.feed(res)
    assert ordered.groups() == shuffled.groups() == {"a2": "a0"}
    assert ordered.dropped == shuffled.dropped == {4: {"a0"}}
    waiting = hb.Relater()
    waiting.feed(again[1])
    with pytest.raises(RuntimeError, match=r"partitions \[1\] were never preceded by partition 0"):
        waiting.groups()


def test_existing_cluster_by_scheduler_address(seed_local: Path, tmp_path: Path) -> None:
    """`--scheduler` runs on a cluster someone else started, and leaves it running after the build."""
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster:
        res = build([CORPUS], tmp_path / "remote", engine="dask", scheduler=cluster.scheduler_address,
                    progress=False, today=TODAY)
        assert res.manifest["engine"] == "dask" and res.manifest["workers"] == 1
        assert_same_tables(seed_local, res.out)
        with Client(cluster.scheduler_address) as client:  # still up
            assert len(client.scheduler_info()["workers"]) == 1


def test_bbc_dask_equals_local(bbc, tmp_path: Path) -> None:
    """BBC (2,225 files, 10 partitions) built with dask and 2 workers equals the local build (~30 s)."""
    today = dt.date.fromisoformat(bbc.manifest["key"]["today"])
    res = build([shared_path("data", "bbc")], tmp_path / "dask", engine="dask", workers=2, progress=False,
                today=today)
    assert res.manifest["counts"]["articles"] == bbc.manifest["counts"]["articles"] == 2225
    assert_same_tables(bbc.folder, res.out)


def _small_partitions(monkeypatch) -> None:
    """Make the seed corpus split into three partitions (two files each) so a build can fail midway."""
    plan = hb.plan

    def small(inputs, problems, skipped, **kwargs):
        return plan(inputs, problems, skipped, files_per_part=2, records_per_part=2)

    monkeypatch.setattr(hb, "plan", small)


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_interrupted_build_keeps_previous_tables(seed_local: Path, tmp_path: Path, monkeypatch, error) -> None:
    """A build that fails after its first partition leaves the old tables intact and no staging folder."""
    _small_partitions(monkeypatch)
    out = tmp_path / "tables"
    first = build([CORPUS], out, progress=False, today=TODAY)
    before = read_manifest(out)
    assert_same_tables(seed_local, out)

    run = hb.run_partition
    calls: list[int] = []

    def failing(part, staging, today, **kwargs):
        calls.append(part.number)
        if part.number == 1:
            assert (Path(staging) / "articles" / "part-00000.parquet").exists()  # half the parts are written
            raise error("interrupted")
        return run(part, staging, today, **kwargs)

    monkeypatch.setattr(hb, "run_partition", failing)
    with pytest.raises(error):
        build([CORPUS], out, progress=False, today=TODAY, use_cache=False)
    assert calls == [0, 1]
    assert staging_left(out) == []
    assert read_manifest(out) == before and verify(out)
    assert_same_tables(first.out, out)

    monkeypatch.setattr(hb, "run_partition", run)
    again = build([CORPUS], out, progress=False, today=TODAY, use_cache=False)
    assert not again.cached and staging_left(out) == []
    assert_same_tables(seed_local, out)


def test_plan_sizes_partitions_to_the_work(tmp_path: Path) -> None:
    """One worker: partitions of up to 400 files. Two: each takes a quarter of the bytes still to plan (at least
    256 KiB; the last takes the rest), so they shrink towards the end and the workers finish together."""
    for i in range(900):
        (tmp_path / f"{i:04d}.txt").write_text(f"Story {i:04d}.".ljust(2000, "x"), encoding="utf-8")
    sizes = {w: [len(p.units) for p in hb.plan([tmp_path], [], [], workers=w)] for w in (1, 2)}
    # 1,800,000 bytes: 450,000 (225 files), then 337,500 (169), then the 262,144 floor (132 x 3), rest 110.
    assert sizes == {1: [400, 400, 100], 2: [225, 169, 132, 132, 132, 110]}
    assert [u.article_id for p in hb.plan([tmp_path], [], [], workers=2) for u in p.units] == \
        [f"{i:04d}" for i in range(900)]


def test_plan_cuts_json_lines_by_bytes(tmp_path: Path) -> None:
    """A JSON-lines file is cut at line ends into the same guided sizes; line numbers run on across ranges."""
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": "Story. " * 140}) + "\n" for i in range(2000)),
                    encoding="utf-8")
    parts = hb.plan([path], [], [], workers=2)
    units = [p.units[0] for p in parts]
    # ~1,005 bytes a line, 2.01 MB: a quarter (501 lines), a quarter of the rest (375, 282), the 256 KiB floor
    # (261 lines, twice), then the rest (320: less than 1.5 floors was left).
    assert [u.n_records for u in units] == [501, 375, 282, 261, 261, 320]
    assert [u.first_line for u in units] == [1 + sum(u.n_records for u in units[:k]) for k in range(len(units))]
    assert units[0].start == 0 and all(a.end == b.start for a, b in zip(units, units[1:]))
    assert units[-1].end == path.stat().st_size
    assert [p.n_records for p in hb.plan([path], [], [], workers=1)] == [1000, 1000]


def test_event_buckets_do_not_change_the_tables(tmp_path: Path, monkeypatch) -> None:
    """Events built in one value bucket or in five (over four partitions) are the same table."""
    _small_partitions(monkeypatch)
    styles = Path(__file__).parent / "fixtures" / "styles" / "articles"
    monkeypatch.setattr(hb, "event_buckets", lambda n, workers: 1)
    one = build([styles], tmp_path / "one", progress=False, today=TODAY, use_cache=False)
    monkeypatch.setattr(hb, "event_buckets", lambda n, workers: 5)
    five = build([styles], tmp_path / "five", progress=False, today=TODAY, use_cache=False)
    assert one.manifest["counts"]["events"] > 40
    assert len(list((five.out / "events").glob("*.parquet"))) == 5
    assert len(list((one.out / "events").glob("*.parquet"))) == 1
    assert_same_tables(one.out, five.out)
    assert sorted(p.name for p in five.out.iterdir()) == sorted([*TABLES, "manifest.json"])  # no staging leftovers


def test_duplicate_id_in_a_later_partition_is_dropped_everywhere(tmp_path: Path) -> None:
    """An id already read in an earlier partition becomes a problem; none of its rows reach any table."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = {"id": "x-1", "title": "Talks", "text": "Negotiators met in Brussels on 3 May 2024 to resume talks."}
    again = {"id": "x-1", "title": "Parade", "text": "A parade was held in Belgrade on 9 June 2024, officials said."}
    other = {"id": "x-2", "title": "Vote", "text": "The assembly voted on 4 May 2024 in Pristina."}
    (corpus / "a.jsonl").write_text(json.dumps(first) + "\n", encoding="utf-8")
    (corpus / "b.jsonl").write_text(json.dumps(again) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    res = build([corpus], tmp_path / "out", progress=False, today=TODAY)
    assert res.manifest["counts"]["inputs"] == 3
    problems = read_table(res.out, "problems")
    assert problems[["source", "record", "reason"]].values.tolist() == [
        [str(corpus / "b.jsonl"), "line 1", "duplicate article_id"]]
    assert read_table(res.out, "articles").title.tolist() == ["Talks", "Vote"]
    events = read_table(res.out, "events")
    assert events[["article_id", "text"]].values.tolist() == [["x-1", "3 May 2024"], ["x-2", "4 May 2024"]]
    assert "9 June 2024" not in set(read_table(res.out, "timexes").text)


def test_killed_build_keeps_previous_tables(seed_local: Path, tmp_path: Path) -> None:
    """A build process killed (SIGKILL) midway leaves the old tables readable; the next build clears its staging."""
    out = tmp_path / "tables"
    build([CORPUS], out, progress=False, today=TODAY)
    before = read_manifest(out)
    script = textwrap.dedent(f"""
        import datetime as dt, time
        import helpers.build.runner as hb
        plan, run = hb.plan, hb.run_partition
        hb.plan = lambda i, p, s, **k: plan(i, p, s, files_per_part=1)
        def slow(part, staging, today, **kwargs):
            res = run(part, staging, today, **kwargs)
            if part.number == 1:
                time.sleep(120)
            return res
        hb.run_partition = slow
        hb.build([{str(CORPUS)!r}], {str(out)!r}, progress=False, use_cache=False, today=dt.date(2025, 1, 1))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 90
        while not any((s / "articles" / "part-00001.parquet").exists() for s in staging_left(out)):
            assert proc.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline, "no part file written in time"
            time.sleep(0.2)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert len(staging_left(out)) == 1  # a killed process cannot clean up ...
    assert read_manifest(out) == before and verify(out)
    assert_same_tables(seed_local, out)  # ... but the published tables are untouched
    again = build([CORPUS], out, progress=False, today=TODAY, use_cache=False)
    assert staging_left(out) == []  # ... and the next build removes the dead process's staging folder
    assert_same_tables(seed_local, again.out)


def test_live_staging_folder_is_not_removed(tmp_path: Path) -> None:
    """A staging folder of a running process (a concurrent build) survives another build's clean-up."""
    out = tmp_path / "tables"
    live = tmp_path / f".tables.staging-{os.getppid()}-deadbeef"
    live.mkdir()
    build([CORPUS], out, progress=False, today=TODAY)
    assert live.exists()


def test_cache_hit_and_tampered_part_rebuilt(seed_local: Path, tmp_path: Path) -> None:
    """An unchanged corpus is a cache hit; a truncated part file fails verification and is rebuilt."""
    out = tmp_path / "tables"
    assert not build([CORPUS], out, progress=False, today=TODAY).cached
    hit = build([CORPUS], out, progress=False, today=TODAY)
    assert hit.cached and verify(out)

    part = out / "sentences" / "part-00000.parquet"
    data = part.read_bytes()
    part.write_bytes(data[: len(data) // 2])
    assert not verify(out)
    with pytest.raises(Exception):  # noqa: B017 - any reader error: the file is no longer valid Parquet
        read_table(out, "sentences")
    rebuilt = build([CORPUS], out, progress=False, today=TODAY)
    assert not rebuilt.cached and verify(out)
    assert part.stat().st_size == len(data)
    assert_same_tables(seed_local, out)
    assert build([CORPUS], out, progress=False, today=TODAY).cached


def test_removed_part_file_is_rebuilt(tmp_path: Path) -> None:
    """A missing table file also fails verification (the manifest lists every file) and triggers a rebuild."""
    out = tmp_path / "tables"
    build([CORPUS], out, progress=False, today=TODAY)
    (out / "quotes" / "part-00000.parquet").unlink()
    assert not verify(out)
    assert not build([CORPUS], out, progress=False, today=TODAY).cached
    assert verify(out)
