"""Building a corpus into tables: plan partitions, run the per-article step on an engine, relate, publish atomically.

Engines: "local" (in-process, the default) and "dask" (dask.distributed worker processes, or an existing cluster
given by its scheduler address). Both run the same functions on the same deterministic partitions, so they produce
identical tables. Cross-article steps run after the per-article step, and the driver holds only small state:

0. read (engine, per partition): read the inputs once into the staging folder (the raw articles and reading
   problems, in order) and scan them: every article's short lines as 64-bit keys and a sketch of its story; the
   driver keeps the keys found in two or more different stories (`furniture.repeated_lines`: an outlet's wrapper
   lines), which every worker receives once and the cleaner takes out as page furniture;
1. per partition (engine): process the stored articles, write a part of every per-article table, plus the event
   inputs (each timex with its sentence and actors) in one row group per value bucket; meanwhile the driver drops
   cross-partition duplicate ids and indexes the partitions' MinHash signatures (LSH) in partition order as they
   finish (`Relater`), so syndicated copies are grouped by the time the last partition is back;
2. relate (engine): rewrite only the parts whose rows change (dropped ids, duplicate groups);
3. events (engine, per value bucket): key the bucket's dated statements into events; the driver numbers the
   events in date order from one small row per event; each bucket then writes its part of the events table;
4. claims (driver, in a thread while the engine builds events): key claims across articles from the claims parts
   (a few rows per article).

Memory in the driver grows only with the number of articles (ids, the signatures of articles that are no copy)
and events (one row each), never with their texts; a worker holds one partition or one value bucket at a time.
Where the time goes is recorded in the manifest (`phases`, `phases_cpu`, `tasks`, `init_seconds`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata as md
import json
import math
import multiprocessing
import multiprocessing.forkserver
import os
import pickle
import shutil
import socket
import sys
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from tqdm import tqdm

from ..analysis.claims import key_claims
from ..paths import DATA, ROOT
from ..schema import TABLES
from ..version import __version__
from .events import INPUT_COLUMNS, event_firsts, event_inputs, finish_events, key_events, number_events
from .furniture import LineScan, repeated_lines, scan_articles
from .inputs import (
    JSONL_SUFFIXES,
    CorpusPathError,
    Problem,
    RawArticle,
    article_id_for,
    list_inputs,
    read_jsonl_range,
    read_path,
)
from .pipeline import process_article, warm_up
from .store import (
    SORT_KEYS,
    file_sha256,
    publish,
    read_manifest,
    read_parts,
    staging_dir,
    to_arrow,
    to_frame,
    verify,
    write_manifest,
    write_part,
    write_table,
)
from .syndication import DuplicateIndex

FILES_PER_PARTITION = 400
RECORDS_PER_PARTITION = 1000
MIN_PARTITION_BYTES = 256 * 1024  # ~0.5 s of work: below it a task's fixed costs (writing its parts) weigh more
GUIDED = 2  # with w workers a partition takes 1/(GUIDED × w) of the bytes still to plan
RECORDS_PER_EVENT_BUCKET = 10_000
MAX_EVENT_BUCKETS = 256
# With several workers, at least this many event buckets each: a bucket's time is set by the calendar values it
# holds, and with few buckets one holds too many (Reuters x2 on 2 workers: 5 buckets, the longest 3.0 s of 5.9 s;
# 8 buckets: 1.0 s of 4.6 s).
BUCKETS_PER_WORKER = 4
# A local cluster without a dashboard needs none of dask's periodic bookkeeping at its default rates: the workers'
# statistical profiler (a stack sample every 10 ms), the event-loop tick (20 ms), the system monitor (0.5 s), the
# nanny's memory check (0.1 s), work stealing (partitions are sized to finish together). On 2 cores this cut the
# driver's CPU during the per-article phase of BBC from 1.5 s to 0.5 s: CPU that two busy workers would lose.
QUIET_CLUSTER = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                 "distributed.admin.system-monitor.interval": "5s",
                 "distributed.worker.memory.monitor-interval": "1s", "distributed.scheduler.work-stealing": False}
PER_ARTICLE = ("articles", "sentences", "mentions", "timexes", "figures", "claims", "quotes")
EVENT_INPUTS = "_event_inputs"  # staging only: per partition, one row group per value bucket
RAW = "_raw"  # staging only: per partition, its raw articles and reading problems as read (pickled one by one)
EVENTS_KEYED = "_events_keyed"  # staging only: per bucket, events before numbering


class BuildError(RuntimeError):
    """A problem with the whole run (not with one input): bad arguments, unwritable output, --strict failure."""


@dataclass
class Unit:
    """One piece of input a partition reads: a file, or a line range of a JSON-lines file."""

    kind: str  # file | jsonl
    path: str
    article_id: str = ""
    sidecar: dict = field(default_factory=dict)
    start: int = 0
    end: int = -1
    first_line: int = 1
    n_records: int = 1


@dataclass
class Partition:
    """A numbered list of units, processed together into one part file per table."""

    number: int
    units: list[Unit]

    @property
    def n_records(self) -> int:
        """Return how many input records (files or lines) the partition holds."""
        return sum(u.n_records for u in self.units)


@dataclass
class PartResult:
    """What a partition reports back to the driver (small: no texts)."""

    number: int
    ids: list[str]
    signatures: np.ndarray  # one MinHash signature (row) per id
    problems: list[dict]
    n_articles: int
    n_words: int
    n_records: int
    init_seconds: float = 0.0  # importing and compiling the extractors, paid by a worker's first partition


@dataclass
class TaskTime:
    """When, where and how long one engine task ran (the manifest sums them per step)."""

    step: str
    started: float  # wall clock (time.time()) where the task ran
    seconds: float
    worker: str  # host:pid


# --------------------------------------------------------------------------- planning


def partition_bytes(remaining: int, workers: int) -> float:
    """Return how many input bytes the next partition should hold (guided self-scheduling).

    With several workers each partition takes 1/(GUIDED × workers) of the bytes still unplanned: large partitions
    first, smaller ones towards the end, so the workers finish together without many tiny tasks (never below
    MIN_PARTITION_BYTES). One worker needs no balance: only the record and file caps apply.
    """
    if workers <= 1 or remaining < 1.5 * MIN_PARTITION_BYTES:  # the last one takes the rest: no tiny remnant
        return math.inf
    return max(MIN_PARTITION_BYTES, remaining / (GUIDED * workers))


def jsonl_ranges(path: Path, per_part: int, target=lambda start: math.inf) -> Iterator[tuple[int, int, int, int]]:
    """Split a JSON-lines file into (start byte, end byte, first line, n lines) ranges.

    A range ends after `per_part` lines or once it holds `target(start byte)` bytes.
    """
    start, line, count, pos = 0, 1, 0, 0
    limit = target(0)
    with open(path, "rb") as fh:
        for raw in fh:
            pos += len(raw)
            count += 1
            if count == per_part or pos - start >= limit:
                yield start, pos, line, count
                start, line, count = pos, line + count, 0
                limit = target(start)
    if count:
        yield start, pos, line, count


def _size(path: Path) -> int:
    """Return a file's size in bytes (0 when it cannot be read: reading it later reports the problem)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def plan(inputs: list[Path], problems: list[Problem], skipped: list[str], files_per_part: int = FILES_PER_PARTITION,
         records_per_part: int = RECORDS_PER_PARTITION, workers: int = 1) -> list[Partition]:
    """Turn corpus paths into deterministic partitions, in input order.

    Partitions hold at most `files_per_part` files or `records_per_part` JSON lines; with several workers they are
    also sized by bytes, largest first (`partition_bytes`). The tables do not depend on the cut.
    """
    listed: list[tuple[Path, dict, int, Path]] = []
    for root in inputs:
        if not root.exists():
            raise CorpusPathError(f"corpus path does not exist: {root}")
        listed += [(path, sidecar, _size(path), root) for path, sidecar in list_inputs(root, problems, skipped)]
    remaining = sum(item[2] for item in listed)
    parts: list[Partition] = []
    current: list[Unit] = []
    held, limit = 0, partition_bytes(remaining, workers)

    def close() -> None:
        """End the partition being filled."""
        nonlocal current, held, limit
        if current:
            parts.append(Partition(len(parts), current))
        current, held, limit = [], 0, partition_bytes(remaining, workers)

    for path, sidecar, size, root in listed:
        if path.suffix.lower() in JSONL_SUFFIXES:
            close()
            before = remaining
            try:
                ranges = list(jsonl_ranges(path, records_per_part,
                                           lambda start, before=before: partition_bytes(before - start, workers)))
            except OSError as err:
                problems.append(Problem(str(path), None, "unreadable file", err.strerror or str(err)))
                continue
            for s, e, f, n in ranges:
                parts.append(Partition(len(parts), [Unit("jsonl", str(path), start=s, end=e, first_line=f,
                                                         n_records=n)]))
            remaining -= size
            close()
            continue
        current.append(Unit("file", str(path), article_id_for(path, root), sidecar))
        held += size
        remaining -= size
        if len(current) >= files_per_part or held >= limit:
            close()
    close()
    return parts


# --------------------------------------------------------------------------- per partition


def read_unit(unit: Unit) -> Iterator[RawArticle | Problem]:
    """Read one unit into raw articles and problems."""
    if unit.kind == "jsonl":
        yield from read_jsonl_range(Path(unit.path), unit.start, unit.end, unit.first_line)
        return
    yield from read_path(Path(unit.path), unit.sidecar, unit.article_id)


def read_partition(part: Partition, staging: str) -> LineScan:
    """Read one partition's inputs into the staging folder, in order, and scan its articles for lines that may
    repeat across stories (keys and story sketches)."""
    path = Path(staging) / RAW / f"part-{part.number:05d}.pickle"
    path.parent.mkdir(exist_ok=True)
    articles = []
    with open(path, "wb") as fh:
        for unit in part.units:
            for item in read_unit(unit):
                pickle.dump(item, fh, protocol=pickle.HIGHEST_PROTOCOL)
                if isinstance(item, RawArticle):
                    articles.append(item)
    return scan_articles(part.number, articles)


def stored_items(staging: str, number: int) -> Iterator[RawArticle | Problem]:
    """Yield one partition's raw articles and reading problems as `read_partition` stored them; then delete them."""
    path = Path(staging) / RAW / f"part-{number:05d}.pickle"
    with open(path, "rb") as fh:
        while True:
            try:
                yield pickle.load(fh)  # our own file, written by read_partition in this build
            except EOFError:
                break
    path.unlink()


def run_partition(part: Partition, staging: str, today: dt.date, buckets: int = 1,
                  repeated: Shared | None = None) -> PartResult:
    """Process one partition and write its part file of every per-article table and its event inputs."""
    t0 = time.perf_counter()
    warm_up()
    init = time.perf_counter() - t0
    repeats = repeated.value() if repeated is not None else frozenset()
    rows: dict[str, list[dict]] = {t: [] for t in PER_ARTICLE}
    ids, sigs, problems, seen, words = [], [], [], set(), 0
    for item in stored_items(staging, part.number):
        if isinstance(item, Problem):
            problems.append(item.as_row())
            continue
        if item.article_id in seen:
            problems.append(Problem(item.source, item.record, "duplicate article_id",
                                    f"id {item.article_id} already read").as_row())
            continue
        seen.add(item.article_id)
        try:
            out = process_article(item, today, repeats)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the build
            problems.append(Problem(item.source, item.record, "processing error",
                                    f"{type(err).__name__}: {err}").as_row())
            continue
        ids.append(item.article_id)
        sigs.append(out["_signature"][0])
        words += out["articles"][0]["n_words"]
        for table in PER_ARTICLE:
            rows[table].extend(out[table])
    frames = {table: to_frame(table, rows.pop(table)) for table in PER_ARTICLE}
    frames["articles"]["duplicate_group"] = frames["articles"]["article_id"]  # until relate finds copies
    for table, df in frames.items():
        write_part(Path(staging), table, part.number, df)
    write_event_inputs(Path(staging), part.number, event_inputs(frames["timexes"], frames["sentences"],
                                                                frames["mentions"]), buckets)
    signatures = np.vstack(sigs) if sigs else np.empty((0, 0), dtype=np.uint32)  # affine32 MinHash: uint32
    return PartResult(part.number, ids, signatures, problems, len(ids), words, len(ids) + len(problems), init)


def value_bucket(values: pd.Series, buckets: int) -> np.ndarray:
    """Assign calendar values to buckets by a stable hash (the same value always lands in the same bucket)."""
    return np.array([zlib.crc32(str(v).encode()) % buckets for v in values], dtype=np.int64)


def write_event_inputs(staging: Path, number: int, inputs: pd.DataFrame, buckets: int) -> None:
    """Write a partition's event inputs as one Parquet row group per value bucket (bucket list in the metadata)."""
    inputs = inputs.assign(_bucket=value_bucket(inputs.value, buckets)).sort_values("_bucket", kind="stable")
    present = sorted(set(inputs._bucket.tolist()))
    table = to_arrow("events", inputs.drop(columns="_bucket")).select(INPUT_COLUMNS)
    table = table.replace_schema_metadata({"buckets": json.dumps(present)})
    path = staging / EVENT_INPUTS / f"part-{number:05d}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    counts = inputs._bucket.value_counts().sort_index()
    with pq.ParquetWriter(path, table.schema, compression="zstd") as writer:
        offset = 0
        for n in counts.tolist():
            writer.write_table(table.slice(offset, n), row_group_size=max(n, 1))
            offset += n


def read_event_inputs(staging: Path, bucket: int, dropped: dict[int, set[str]]) -> pd.DataFrame:
    """Read one value bucket's event inputs from every partition (without cross-partition duplicate ids)."""
    frames = []
    for path in sorted((staging / EVENT_INPUTS).glob("*.parquet")):
        pf = pq.ParquetFile(path)
        present = json.loads(pf.schema_arrow.metadata[b"buckets"])
        if bucket not in present:
            continue
        df = pf.read_row_group(present.index(bucket)).to_pandas()
        if drop := dropped.get(int(path.stem.split("-")[1])):
            df = df[~df.article_id.isin(drop)]
        frames.append(df)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame({c: [] for c in INPUT_COLUMNS})


# --------------------------------------------------------------------------- engines


class Shared:
    """A read-only object handed to tasks (`value()`), pickled as one blob when it travels to a worker.

    dask scatters and sends a plain dict entry by entry: 4.5 s for the 76,000 duplicate groups of Reuters x5,
    against 0.05 s as one pickled blob.
    """

    def __init__(self, obj) -> None:
        self._obj = obj

    def __reduce__(self):
        return _unpickle_shared, (pickle.dumps(self._obj, protocol=pickle.HIGHEST_PROTOCOL),)

    def value(self):
        """Return the shared object."""
        return self._obj


def _unpickle_shared(blob: bytes) -> Shared:
    """Rebuild a Shared object from its blob (on the worker)."""
    return Shared(pickle.loads(blob))  # our own blob, made by Shared.__reduce__


def timed(item, fn, **kwargs) -> tuple[object, TaskTime]:
    """Run one task and time it where it runs."""
    started, t0 = time.time(), time.perf_counter()
    out = fn(item, **kwargs)
    return out, TaskTime(fn.__name__, started, time.perf_counter() - t0, f"{socket.gethostname()}:{os.getpid()}")


class LocalEngine:
    """Run tasks one after another in this process."""

    name = "local"
    workers = 1

    def __init__(self) -> None:
        self.tasks: list[TaskTime] = []
        self.spans: dict[str, list[tuple[float, float]]] = {}  # step: (submitted, last result) wall clock per map

    def map(self, fn, items: list, **kwargs) -> Iterator:
        """Apply `fn` to each item (keyword arguments shared); yield results as they complete."""
        t0 = time.time()
        for item in items:
            out, took = timed(item, fn, **kwargs)
            self.tasks.append(took)
            yield out
        self._span(fn, t0)

    def _span(self, fn, since: float) -> None:
        """Record the wall-clock interval of one map call of a step."""
        self.spans.setdefault(fn.__name__, []).append((since, time.time()))

    def task_summary(self) -> dict[str, dict]:
        """Summarise each step's tasks: count, summed and longest seconds, span, and per worker its busy seconds,
        how long after submission its first task started and how long before the step's end its last one ended."""
        out = {}
        for step, spans in self.spans.items():
            times = [t for t in self.tasks if t.step == step]
            if not times:
                continue
            start, end = spans[0][0], spans[-1][1]
            workers: dict[str, list[TaskTime]] = {}
            for t in times:
                workers.setdefault(t.worker, []).append(t)
            out[step] = {
                "n": len(times), "seconds": round(sum(t.seconds for t in times), 3),
                "longest": round(max(t.seconds for t in times), 3),
                "span": round(sum(b - a for a, b in spans), 3),
                "workers": [{"busy": round(sum(t.seconds for t in ts), 3), "tasks": len(ts),
                             "first_start": round(min(t.started for t in ts) - start, 3),
                             "idle_at_end": round(end - max(t.started + t.seconds for t in ts), 3)}
                            for _, ts in sorted(workers.items())]}
        return out

    def share(self, obj: Shared) -> Shared:
        """Make an object available to every task (here: it already is)."""
        return obj

    def close(self) -> None:
        """Release the engine's resources (none here)."""


def _start_method() -> str:
    """Start multiprocessing's fork server with the extractors warmed up (helpers.build.preload) and return
    "forkserver", so local dask workers start warm; "spawn" where the platform has no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", "helpers.build.preload"])
    multiprocessing.forkserver.ensure_running()  # started now, with our preload (dask would set its own)
    return "forkserver"


class DaskEngine(LocalEngine):
    """Run tasks on dask.distributed: local worker processes, or the cluster at a scheduler address."""

    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        method = None if scheduler else _start_method()  # first: the fork server warms while dask is imported here
        from dask.distributed import Client, LocalCluster  # deferred: dask is needed only by this engine

        super().__init__()
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            import dask  # deferred: see above

            with dask.config.set({**QUIET_CLUSTER, "distributed.worker.multiprocessing-method": method}):
                self.cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, fn, items: list, **kwargs) -> Iterator:
        """Submit one task per item; yield results in completion order."""
        from dask.distributed import as_completed  # deferred: see __init__

        t0 = time.time()
        for fut in as_completed(self.client.map(timed, items, fn=fn, pure=False, **kwargs)):
            out, took = fut.result()
            self.tasks.append(took)
            yield out
        self._span(fn, t0)

    def share(self, obj: Shared):
        """Send an object to every worker once; tasks receive it through the returned future."""
        [future] = self.client.scatter([obj], broadcast=True, hash=False)
        return future

    def close(self) -> None:
        """Shut the client (and the local cluster, if this engine started one)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def start_engine(engine: str, workers: int | None, scheduler: str | None) -> LocalEngine:
    """Start the named engine."""
    return DaskEngine(workers, scheduler) if engine == "dask" else LocalEngine()


def read_all(engine: LocalEngine, parts: list[Partition], staging: Path, progress: bool) -> frozenset[int]:
    """Read every partition into the staging folder on the engine; return the keys of lines repeated in different
    stories."""
    with tqdm(total=sum(p.n_records for p in parts), unit="doc", desc=f"read ({engine.name})", disable=not progress,
              file=sys.stderr, dynamic_ncols=True) as bar:
        scans = []
        sizes = {p.number: p.n_records for p in parts}
        for scanned in engine.map(read_partition, parts, staging=str(staging)):
            bar.update(sizes[scanned.number])
            scans.append(scanned)
    return repeated_lines(scans)


def run_partitions(engine: LocalEngine, parts: list[Partition], staging: Path, today: dt.date, buckets: int,
                   bar, relater: Relater, repeated: Shared | None = None) -> list[PartResult]:
    """Run every partition on the engine, feeding the relater as they finish; return results in partition order."""
    sizes = {p.number: p.n_records for p in parts}
    results, articles = [], 0
    for res in engine.map(run_partition, parts, staging=str(staging), today=today, buckets=buckets,
                          repeated=repeated):
        articles += res.n_articles
        bar.update(sizes[res.number])
        bar.set_postfix(articles=articles, refresh=False)
        relater.feed(res)
        results.append(res)
    return sorted(results, key=lambda r: r.number)


def event_buckets(n_records: int, workers: int) -> int:
    """Choose how many value buckets events are built in: bounded work per bucket, enough to keep workers busy."""
    wanted = math.ceil(n_records / RECORDS_PER_EVENT_BUCKET)
    return max(1, min(MAX_EVENT_BUCKETS, max(wanted, BUCKETS_PER_WORKER * workers if workers > 1 else 1)))


# --------------------------------------------------------------------------- fingerprints


def code_fingerprint() -> str:
    """Hash the helpers' code and dictionary data: a change to either invalidates cached tables."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*(ROOT / "helpers").rglob("*.py"), *DATA.glob("*.yaml"), *DATA.glob("*.txt")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def corpus_fingerprint(inputs: list[Path]) -> str:
    """Hash every input file's path and bytes (the cache key of a build)."""
    h = hashlib.sha256()
    for root in inputs:
        paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in paths:
            h.update(str(path.relative_to(root) if root.is_dir() else path.name).encode())
            try:
                h.update(file_sha256(path).encode())
            except OSError as err:
                h.update(f"unreadable:{err.errno}".encode())
    return h.hexdigest()


# --------------------------------------------------------------------------- relate


class Relater:
    """Cross-partition duplicate ids and syndication groups, built on the driver while the workers still work.

    Partition results are fed as they finish and taken in partition order (a later one waits for those before
    it), so the groups are those of one pass over the corpus in input order, whatever the engine.
    """

    def __init__(self) -> None:
        self.index = DuplicateIndex()
        self.seen: set[str] = set()
        self.dropped: dict[int, set[str]] = {}
        self.waiting: dict[int, PartResult] = {}
        self.next = 0

    def feed(self, res: PartResult) -> None:
        """Take one finished partition; index it and every waiting one that is now next in order."""
        self.waiting[res.number] = res
        while self.next in self.waiting:
            self._add(self.waiting.pop(self.next))
            self.next += 1

    def _add(self, res: PartResult) -> None:
        """Index one partition's articles (an id read before is dropped from this partition)."""
        keep = []
        for j, aid in enumerate(res.ids):
            if aid in self.seen:
                self.dropped.setdefault(res.number, set()).add(aid)
            else:
                self.seen.add(aid)
                keep.append(j)
        if keep:
            self.index.add([res.ids[j] for j in keep], res.signatures[keep])
        res.signatures = np.empty((0, 0), dtype=np.uint32)  # the index keeps what it needs

    def groups(self) -> dict[str, str]:
        """Return the duplicate group of every article in a multi-article group."""
        if self.waiting:
            raise RuntimeError(f"partitions {sorted(self.waiting)} were never preceded by partition {self.next}")
        return {a: g for a, g in self.index.groups().items() if a != g}


def relate(engine: LocalEngine, staging: Path, results: list[PartResult], problems: list[dict], relater: Relater,
           clock: Clock | None = None) -> tuple[dict[str, str], dict[int, set[str]]]:
    """Finish the groups of syndicated copies and rewrite only the parts whose rows change.

    Returns the duplicate group of every article in a multi-article group, and the ids dropped per partition.
    """
    groups, dropped = relater.groups(), relater.dropped
    if clock:
        clock.lap("relate_index")
    jobs = []
    for res in results:
        changed = {a: groups[a] for a in res.ids if a in groups}
        if changed or res.number in dropped:
            jobs.append(Shared((res.number, dropped.get(res.number, set()), changed)))
    for rows in engine.map(rewrite_part, jobs, staging=str(staging)):
        problems.extend(rows)
    if clock:
        clock.lap("relate_rewrite")
    return groups, dropped


def rewrite_part(job: Shared, staging: str) -> list[dict]:
    """Rewrite one partition's parts: drop its duplicate ids, set duplicate groups; return the drops as problems.

    The job holds (partition number, ids to drop, {article id: duplicate group} for its changed articles).
    """
    number, dropped, groups = job.value()
    problems = []
    for table in PER_ARTICLE if dropped else ("articles",):
        path = Path(staging) / table / f"part-{number:05d}.parquet"
        df = pq.read_table(path).to_pandas()
        if dropped:
            if table == "articles":
                for _, row in df[df.article_id.isin(dropped)].iterrows():
                    problems.append(Problem(row["source"], row["record"], "duplicate article_id",
                                            f"id {row['article_id']} already read").as_row())
            df = df[~df.article_id.isin(dropped)]
        if table == "articles":
            df["duplicate_group"] = df.article_id.map(lambda a: groups.get(a, a))
        write_part(Path(staging), table, number, df)
    return problems


# --------------------------------------------------------------------------- claims


def key_claim_parts(staging: Path, groups: dict[str, str]) -> None:
    """Give every claim its cross-article claim_id and n_sources, then rewrite the claims parts in place.

    Claims are one row per figure (a few per article), so the driver keys them all at once.
    """
    paths = sorted((staging / "claims").glob("part-*.parquet"))
    frames = [pq.read_table(p).to_pandas() for p in paths]
    if not frames:
        return
    keyed = key_claims(pd.concat(frames, ignore_index=True), groups)
    offset = 0
    for path, frame in zip(paths, frames):
        write_part(staging, "claims", int(path.stem.split("-")[1]), keyed.iloc[offset: offset + len(frame)])
        offset += len(frame)


# --------------------------------------------------------------------------- events


def build_events_parts(engine: LocalEngine, staging: Path, buckets: int, groups: dict[str, str],
                       dropped: dict[int, set[str]], clock: Clock | None = None) -> None:
    """Build the events table bucket by bucket on the engine: key, number in the driver, then write."""
    shared = engine.share(Shared((groups, dropped)))
    keyed = [f for f in engine.map(key_bucket, list(range(buckets)), staging=str(staging), shared=shared)
             if f is not None]
    if clock:
        clock.lap("events_key")
    if not keyed:
        write_table(staging, "events", to_frame("events", []))
    else:
        firsts = pd.concat(keyed, ignore_index=True)
        del keyed
        numbers = number_events(firsts)
        jobs = [(b, numbers[firsts._key[firsts._bucket == b].to_numpy()]) for b in sorted(set(firsts._bucket))]
        del firsts, numbers
        if clock:
            clock.lap("events_number")
        list(engine.map(write_events_bucket, jobs, staging=str(staging)))
    shutil.rmtree(staging / EVENT_INPUTS, ignore_errors=True)
    shutil.rmtree(staging / EVENTS_KEYED, ignore_errors=True)


def key_bucket(bucket: int, staging: str, shared: Shared) -> pd.DataFrame | None:
    """Key one value bucket's dated statements into events; keep them on disk; return each event's first row.

    `shared` holds the duplicate groups of articles in multi-article groups and the ids dropped per partition.
    """
    groups, dropped = shared.value()
    inputs = read_event_inputs(Path(staging), bucket, dropped)
    if inputs.empty:
        return None
    keyed = key_events(inputs, groups)
    path = Path(staging) / EVENTS_KEYED / f"bucket-{bucket:05d}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_arrow("events", keyed), path, compression="zstd")
    return event_firsts(keyed).assign(_bucket=bucket)


def write_events_bucket(job: tuple[int, pd.Series], staging: str) -> int:
    """Give one bucket's events their numbers and write them as a part of the events table."""
    bucket, numbers = job
    keyed = pq.read_table(Path(staging) / EVENTS_KEYED / f"bucket-{bucket:05d}.parquet").to_pandas()
    events = finish_events(keyed, numbers)
    write_part(Path(staging), "events", bucket, events)
    return len(events)


# --------------------------------------------------------------------------- build


@dataclass
class BuildResult:
    """The outcome of a build: where the tables are and what the manifest says."""

    out: Path
    manifest: dict
    cached: bool


def build(inputs: list[str | Path] | None = None, out: str | Path = "build/tables", fmt: str = "parquet",
          engine: str = "local", workers: int | None = None, scheduler: str | None = None, strict: bool = False,
          use_cache: bool = True, progress: bool = True, today: dt.date | None = None) -> BuildResult:
    """Build the tables of a corpus into `out` (default corpus: data/articles)."""
    t0 = time.perf_counter()
    clock = Clock()
    inputs = [Path(p) for p in (inputs or [DATA / "articles"])]
    for p in inputs:
        if not p.exists():
            raise CorpusPathError(f"corpus path does not exist: {p}")
    if fmt not in ("parquet", "csv"):
        raise BuildError(f"unknown format {fmt!r}: use parquet or csv")
    if engine not in ("local", "dask"):
        raise BuildError(f"unknown engine {engine!r}: use local or dask")
    out = Path(out)
    today = today or dt.date.today()
    key = {"corpus": corpus_fingerprint(inputs), "code": code_fingerprint(), "format": fmt, "today": str(today)}
    clock.lap("fingerprint")
    if use_cache and out.exists() and _cache_key(out) == key and verify(out):
        manifest = read_manifest(out)
        _say(progress, f"cache hit: {out} is up to date ({manifest['counts']['articles']} articles) "
                       f"in {time.perf_counter() - t0:.2f} s")
        return BuildResult(out, manifest, True)

    if out.is_file() or (out.is_dir() and any(out.iterdir()) and not (out / "manifest.json").exists()):
        raise BuildError(f"output {out} exists and is not a tables folder (no manifest.json): refusing to replace it")
    try:
        staging = staging_dir(out)
    except OSError as err:
        raise BuildError(f"cannot write output folder {out}: {err.strerror or err}") from err
    try:
        problems: list[Problem] = []
        skipped: list[str] = []
        runner = start_engine(engine, workers, scheduler)
        try:
            clock.lap("start")
            parts = plan(inputs, problems, skipped, workers=runner.workers)
            clock.lap("plan")
            total = sum(p.n_records for p in parts)
            buckets = event_buckets(total, runner.workers)
            repeated = read_all(runner, parts, staging, progress)
            clock.lap("read")
            with tqdm(total=total, unit="doc", desc=f"build ({engine})", disable=not progress, file=sys.stderr,
                      dynamic_ncols=True) as bar:
                relater = Relater()
                results = run_partitions(runner, parts, staging, today, buckets, bar, relater,
                                         runner.share(Shared(repeated)))
            shutil.rmtree(staging / RAW, ignore_errors=True)
            clock.lap("articles")
            problem_rows = [p.as_row() for p in problems] + [r for res in results for r in res.problems]
            groups, dropped = relate(runner, staging, results, problem_rows, relater, clock)
            del relater
            if strict and problem_rows:
                first = problem_rows[0]
                raise BuildError(f"--strict: {len(problem_rows)} problem(s), first: {first['source']} "
                                 f"{first['record'] or ''} {first['reason']}".replace("  ", " "))
            with ThreadPoolExecutor(1) as pool:  # claims keyed on the driver while the engine builds events
                claims = pool.submit(key_claim_parts, staging, groups)
                build_events_parts(runner, staging, buckets, groups, dropped, clock)
                clock.lap("events_write")
                claims.result()
            del groups
            clock.lap("claims")  # what keying claims took beyond the events
            n_workers, tasks = runner.workers, runner.task_summary()
        finally:
            runner.close()
        write_table(staging, "problems", to_frame("problems", problem_rows))
        if fmt == "csv":
            _convert_to_csv(staging)
        counts = _counts(staging, fmt, results, len(problems))
        seconds = time.perf_counter() - t0
        words = sum(r.n_words for r in results)
        manifest = {"key": key, "engine": engine, "workers": n_workers,
                    "inputs": [str(p) for p in inputs], "skipped": skipped, "counts": counts,
                    "seconds": round(seconds, 3), "phases": clock.rounded(clock.wall),
                    "phases_cpu": clock.rounded(clock.cpu), "tasks": tasks,
                    "init_seconds": sorted(round(r.init_seconds, 3) for r in results if r.init_seconds > 0.05),
                    "words": words, "repeated_lines": len(repeated), "versions": _versions(), "sort_keys": _sort_doc(),
                    "problems": problem_rows[:50]}
        write_manifest(staging, manifest)
        publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _say(progress, f"built {counts['articles']} articles, {counts['problems']} problems in {seconds:.1f} s "
                   f"({words / max(seconds, 1e-9):,.0f} words/s) → {out}")
    return BuildResult(out, manifest, False)


class Clock:
    """The wall and driver-CPU seconds of each build phase (the driver's CPU includes a local dask scheduler)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def lap(self, name: str) -> None:
        """Record the phase that ends now."""
        wall, cpu = time.perf_counter(), time.process_time()
        self.wall[name], self.cpu[name] = wall - self._wall, cpu - self._cpu
        self._wall, self._cpu = wall, cpu

    @staticmethod
    def rounded(seconds: dict[str, float]) -> dict[str, float]:
        """Return the phases' seconds rounded to milliseconds."""
        return {k: round(v, 3) for k, v in seconds.items()}


def _convert_to_csv(staging: Path) -> None:
    """Replace each table's Parquet parts by one CSV file."""
    for table in TABLES:
        if (staging / table).is_dir():
            df = read_parts(staging, table)
            shutil.rmtree(staging / table)
            write_table(staging, table, df, fmt="csv")


def _counts(staging: Path, fmt: str, results: list[PartResult], walk_problems: int) -> dict[str, int]:
    """Count the rows of every table (from Parquet metadata) and the inputs (files, records, walk problems)."""
    counts = {}
    for table in TABLES:
        if fmt == "csv":
            counts[table] = len(pd.read_csv(staging / f"{table}.csv", usecols=[0]))
        else:
            counts[table] = sum(pq.ParquetFile(f).metadata.num_rows for f in (staging / table).glob("*.parquet"))
    counts["inputs"] = sum(r.n_records for r in results) + walk_problems
    return counts


def _cache_key(out: Path) -> dict | None:
    """Return the cache key recorded in a built folder's manifest, if any."""
    try:
        return read_manifest(out).get("key")
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _versions() -> dict[str, str]:
    """Record the versions of the code and the main libraries."""
    out = {"helpers": __version__, "python": sys.version.split()[0]}
    for pkg in ("pandas", "pyarrow", "spacy", "datasketch", "dask", "distributed"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _sort_doc() -> dict[str, list[str]]:
    """Return the documented sort order of every table."""
    return SORT_KEYS


def _say(enabled: bool, message: str) -> None:
    """Print a summary line to stderr when progress output is on."""
    if enabled:
        print(message, file=sys.stderr)
