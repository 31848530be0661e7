"""Building a corpus into tables: plan partitions, run the per-article step on an engine, relate, publish atomically.

Engines: "local" (in-process, the default) and "dask" (dask.distributed worker processes, or an existing cluster
given by its scheduler address). Both run the same `run_partition` on the same deterministic partitions, so they
produce identical tables. Cross-article steps (duplicate ids, syndication groups, events) run after, on the tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from . import __version__
from .corpus import (
    JSONL_SUFFIXES,
    CorpusPathError,
    Problem,
    RawArticle,
    list_inputs,
    read_jsonl_range,
    read_path,
)
from .paths import DATA, ROOT
from .store import (
    TABLES,
    file_sha256,
    publish,
    read_manifest,
    read_parts,
    staging_dir,
    to_frame,
    verify,
    write_manifest,
    write_part,
    write_table,
)

FILES_PER_PARTITION = 400
RECORDS_PER_PARTITION = 1000
PER_ARTICLE = ("articles", "sentences", "mentions", "timexes", "figures", "quotes")


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
    signatures: list[np.ndarray]
    problems: list[dict]
    n_articles: int
    n_words: int
    n_records: int


# --------------------------------------------------------------------------- planning


def article_id_for(path: Path, root: Path) -> str:
    """Return the stable id of a file article: its path below the corpus root, without suffix."""
    rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    return rel.with_suffix("").as_posix()


def jsonl_ranges(path: Path, per_part: int) -> Iterator[tuple[int, int, int, int]]:
    """Split a JSON-lines file into (start byte, end byte, first line, n lines) ranges of `per_part` lines."""
    start, line, count, pos = 0, 1, 0, 0
    with open(path, "rb") as fh:
        for raw in fh:
            pos += len(raw)
            count += 1
            if count == per_part:
                yield start, pos, line, count
                start, line, count = pos, line + count, 0
    if count:
        yield start, pos, line, count


def plan(inputs: list[Path], problems: list[Problem], skipped: list[str],
         files_per_part: int = FILES_PER_PARTITION, records_per_part: int = RECORDS_PER_PARTITION) -> list[Partition]:
    """Turn corpus paths into deterministic partitions (the same for every engine)."""
    units: list[Unit] = []
    for root in inputs:
        if not root.exists():
            raise CorpusPathError(f"corpus path does not exist: {root}")
        for path, sidecar in list_inputs(root, problems, skipped):
            if path.suffix.lower() in JSONL_SUFFIXES:
                try:
                    ranges = list(jsonl_ranges(path, records_per_part))
                except OSError as err:
                    problems.append(Problem(str(path), None, "unreadable file", err.strerror or str(err)))
                    continue
                units += [Unit("jsonl", str(path), start=s, end=e, first_line=f, n_records=n) for s, e, f, n in ranges]
            else:
                units.append(Unit("file", str(path), article_id_for(path, root), sidecar))
    parts: list[Partition] = []
    current: list[Unit] = []
    for unit in units:
        if unit.kind == "jsonl" or len(current) >= files_per_part:
            if current:
                parts.append(Partition(len(parts), current))
            current = []
        if unit.kind == "jsonl":
            parts.append(Partition(len(parts), [unit]))
        else:
            current.append(unit)
    if current:
        parts.append(Partition(len(parts), current))
    return parts


# --------------------------------------------------------------------------- per partition


def read_unit(unit: Unit) -> Iterator[RawArticle | Problem]:
    """Read one unit into raw articles and problems."""
    if unit.kind == "jsonl":
        yield from read_jsonl_range(Path(unit.path), unit.start, unit.end, unit.first_line)
        return
    for item in read_path(Path(unit.path), unit.sidecar):
        if isinstance(item, RawArticle) and item.record is None:
            item.article_id = unit.article_id
        yield item


def run_partition(part: Partition, staging: str, today: dt.date) -> PartResult:
    """Process one partition and write its part file of every per-article table (the function engines run)."""
    from .pipeline import process_article

    rows: dict[str, list[dict]] = {t: [] for t in PER_ARTICLE}
    ids, sigs, problems, seen, words = [], [], [], set(), 0
    for unit in part.units:
        for item in read_unit(unit):
            if isinstance(item, Problem):
                problems.append(item.as_row())
                continue
            if item.article_id in seen:
                problems.append(Problem(item.source, item.record, "duplicate article_id",
                                        f"id {item.article_id} already read").as_row())
                continue
            seen.add(item.article_id)
            try:
                out = process_article(item, today)
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the build
                problems.append(Problem(item.source, item.record, "processing error",
                                        f"{type(err).__name__}: {err}").as_row())
                continue
            ids.append(item.article_id)
            sigs.append(out["_signature"][0])
            words += out["articles"][0]["n_words"]
            for table in PER_ARTICLE:
                rows[table].extend(out[table])
    for table in PER_ARTICLE:
        write_part(Path(staging), table, part.number, to_frame(table, rows[table]))
    return PartResult(part.number, ids, sigs, problems, len(ids), words, len(ids) + len(problems))


# --------------------------------------------------------------------------- engines


def run_local(parts: list[Partition], staging: Path, today: dt.date, bar) -> list[PartResult]:
    """Run partitions one after another in this process."""
    results = []
    for part in parts:
        res = run_partition(part, str(staging), today)
        bar.update(part.n_records)
        bar.set_postfix(articles=res.n_articles, refresh=False)
        results.append(res)
    return results


def run_dask(parts: list[Partition], staging: Path, today: dt.date, bar, workers: int | None,
             scheduler: str | None) -> list[PartResult]:
    """Run partitions on dask.distributed: local worker processes, or the cluster at `scheduler`."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        futures = client.map(run_partition, parts, staging=str(staging), today=today, pure=False)
        results = []
        sizes = {p.number: p.n_records for p in parts}
        for fut in as_completed(futures):
            res = fut.result()
            bar.update(sizes[res.number])
            results.append(res)
        return sorted(results, key=lambda r: r.number)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- fingerprints


def code_fingerprint() -> str:
    """Hash the helpers' code and dictionary data: a change to either invalidates cached tables."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*(ROOT / "helpers").glob("*.py"), *DATA.glob("*.yaml"), *DATA.glob("*.txt")]):
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


def relate(staging: Path, results: list[PartResult], problems: list[dict]) -> None:
    """Cross-article steps: drop cross-partition duplicate ids, group syndicated copies, write duplicate_group."""
    from .syndication import group_duplicates

    seen: dict[str, int] = {}
    drop: dict[int, set[str]] = {}
    ids, sigs = [], []
    for res in results:
        for aid, sig in zip(res.ids, res.signatures):
            if aid in seen:
                drop.setdefault(res.number, set()).add(aid)
                continue
            seen[aid] = res.number
            ids.append(aid)
            sigs.append(sig)
    groups = group_duplicates(ids, sigs)
    for res in results:
        dropped = drop.get(res.number, set())
        for table in PER_ARTICLE:
            path = staging / table / f"part-{res.number:05d}.parquet"
            if table != "articles" and not dropped:
                continue
            df = pq.read_table(path).to_pandas()
            if dropped:
                if table == "articles":
                    for _, row in df[df.article_id.isin(dropped)].iterrows():
                        problems.append(Problem(row["source"], row["record"], "duplicate article_id",
                                                f"id {row['article_id']} already read").as_row())
                df = df[~df.article_id.isin(dropped)]
            if table == "articles":
                df["duplicate_group"] = df.article_id.map(groups)
            write_part(staging, table, res.number, df)


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
    from tqdm.auto import tqdm

    from .events import build_events

    t0 = time.perf_counter()
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
    mark = time.perf_counter()
    phases = {"fingerprint": mark - t0}
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
        parts = plan(inputs, problems, skipped)
        mark = _phase(phases, "plan", mark)
        total = sum(p.n_records for p in parts)
        with tqdm(total=total, unit="doc", desc=f"build ({engine})", disable=not progress, file=sys.stderr,
                  dynamic_ncols=True) as bar:
            if engine == "dask":
                results = run_dask(parts, staging, today, bar, workers, scheduler)
            else:
                results = run_local(parts, staging, today, bar)
        mark = _phase(phases, "articles", mark)
        problem_rows = [p.as_row() for p in problems] + [r for res in results for r in res.problems]
        relate(staging, results, problem_rows)
        mark = _phase(phases, "relate", mark)
        if strict and problem_rows:
            first = problem_rows[0]
            raise BuildError(f"--strict: {len(problem_rows)} problem(s), first: {first['source']} "
                             f"{first['record'] or ''} {first['reason']}".replace("  ", " "))
        timexes, sentences, mentions = read_event_inputs(staging)
        articles = read_parts(staging, "articles", ["article_id", "duplicate_group", "outlet"])
        events = build_events(timexes, sentences, mentions, articles)
        del timexes, sentences, mentions, articles
        write_table(staging, "events", events)
        mark = _phase(phases, "events", mark)
        write_table(staging, "problems", to_frame("problems", problem_rows))
        if fmt == "csv":
            _convert_to_csv(staging)
        counts = _counts(staging, fmt, results, len(problems))
        seconds = time.perf_counter() - t0
        words = sum(r.n_words for r in results)
        manifest = {"key": key, "engine": engine, "workers": workers if engine == "dask" else 1,
                    "inputs": [str(p) for p in inputs], "skipped": skipped, "counts": counts,
                    "seconds": round(seconds, 3), "phases": {k: round(v, 3) for k, v in phases.items()},
                    "words": words, "versions": _versions(), "sort_keys": _sort_doc(),
                    "problems": problem_rows[:50]}
        write_manifest(staging, manifest)
        publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _say(progress, f"built {counts['articles']} articles, {counts['problems']} problems in {seconds:.1f} s "
                   f"({words / max(seconds, 1e-9):,.0f} words/s) → {out}")
    return BuildResult(out, manifest, False)


def _phase(phases: dict[str, float], name: str, since: float) -> float:
    """Record the seconds a build phase took (since the previous mark); return the new mark."""
    now = time.perf_counter()
    phases[name] = now - since
    return now


def read_event_inputs(staging: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Read what events need, part by part: timexes, only the sentences that hold one, only scored mentions.

    Whole `sentences` and `mentions` tables are never loaded (their text is most of a big corpus's size): each
    part's sentences are filtered to the (article_id, sentence_id) keys of the same part's timexes, which is
    exact because an article's rows all live in one partition.
    """
    from .events import SCORED

    tx_cols = ["article_id", "sentence_id", "start", "end", "text", "value", "precision", "modifier", "date_start",
               "date_end"]
    timexes, sentences, mentions = [], [], []
    for path in sorted((staging / "timexes").glob("*.parquet")):
        tx = pq.read_table(path, columns=tx_cols).to_pandas()
        if tx.empty:
            continue
        keys = pd.MultiIndex.from_frame(tx[["article_id", "sentence_id"]])
        sent = pq.read_table(staging / "sentences" / path.name, columns=["article_id", "sentence_id", "text"])
        sent = sent.to_pandas()
        sent = sent[pd.MultiIndex.from_frame(sent[["article_id", "sentence_id"]]).isin(keys)]
        men = pq.read_table(staging / "mentions" / path.name,
                            columns=["article_id", "sentence_id", "actor_id", "actor_type"]).to_pandas()
        men = men[men.actor_type.isin(SCORED)]
        timexes.append(tx)
        sentences.append(sent)
        mentions.append(men)
    if not timexes:
        return to_frame("timexes", []), to_frame("sentences", []), to_frame("mentions", [])
    return (pd.concat(timexes, ignore_index=True), pd.concat(sentences, ignore_index=True),
            pd.concat(mentions, ignore_index=True))


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
    import importlib.metadata as md

    out = {"helpers": __version__, "python": sys.version.split()[0]}
    for pkg in ("pandas", "pyarrow", "spacy", "datasketch", "dask", "distributed"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _sort_doc() -> dict[str, list[str]]:
    """Return the documented sort order of every table."""
    from .store import SORT_KEYS

    return SORT_KEYS


def _say(enabled: bool, message: str) -> None:
    """Print a summary line to stderr when progress output is on."""
    if enabled:
        print(message, file=sys.stderr)
