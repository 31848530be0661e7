"""Benchmark `python -m helpers build` on real corpora: speed, peak memory, dask scaling and cache hits.

Run from the repository root (prints figures; not a test):

    .venv/bin/python benchmarks/bench_build.py            # BBC, Reuters and Reuters x5 (~100k articles)
    .venv/bin/python benchmarks/bench_build.py --quick    # BBC only
    .venv/bin/python benchmarks/bench_build.py --corpus reuters --engines local dask2
    .venv/bin/python benchmarks/bench_build.py --corpus reuters2 --workers 1,2,4 --ceiling 2
                      # scale-out: local and dask with 1, 2, 4 workers, the model, and 2 slices built at once

`--workers` prints the scale-out table (build s, speed-up over local, phases) and the Amdahl-style model fitted on
each dask run's manifest (benchmarks/README.md, "Scale-out model"); `--ceiling N` builds N slices of each corpus
(local engine) one after another and then all at once: what N processes get from this machine for this workload.

Every build runs in its own subprocess (`python -m helpers build … --no-cache --quiet`), wrapped by a tiny
Python process that waits for it and reports `getrusage(RUSAGE_CHILDREN).ru_maxrss`: the kernel's peak RSS of
the largest single process of the build's tree (driver, or one dask worker). Meanwhile this script samples the
summed RSS of the whole process tree (driver + dask nanny/scheduler + workers) every 0.1 s with psutil: that is
"peak RSS (tree)", the memory the build needs at once. Speed uses the words and seconds the build records in its
manifest (timed inside `build()`: planning, per-article work, relate, events, writing) and the subprocess's wall
time (adds interpreter start and imports).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from helpers.paths import ROOT, SHARED

BBC = SHARED / "data" / "bbc"
REUTERS = SHARED / "data" / "reuters21578" / "reuters21578.jsonl"
ENGINES = ["local", "dask1", "dask2"]
WRAPPER = ("import json, resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
           "print(json.dumps([rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")


@dataclass
class Run:
    """The figures of one build."""

    corpus: str
    engine: str
    articles: int
    words: int
    seconds: float
    wall: float
    maxrss_mb: float
    tree_mb: float

    manifest: dict

    @property
    def cores(self) -> int:
        """Return the number of worker processes the per-article work used."""
        return workers_of(self.engine)


def workers_of(engine: str) -> int:
    """Return the worker processes of an engine name (local: 1, daskN: N)."""
    return 1 if engine == "local" else int(engine.removeprefix("dask"))


def engine_args(engine: str) -> list[str]:
    """Return the build command's engine options for an engine name (local, dask1, dask2, ...)."""
    if engine == "local":
        return ["--engine", "local"]
    if not engine.startswith("dask") or not engine.removeprefix("dask").isdigit():
        raise SystemExit(f"unknown engine {engine!r}: use local or daskN (N workers)")
    return ["--engine", "dask", "--workers", engine.removeprefix("dask")]


def tree_rss(pid: int) -> int:
    """Return the summed resident memory (bytes) of a process and all its descendants."""
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def measure(cmd: list[str]) -> tuple[float, float, float, str]:
    """Run a command under the rusage wrapper; return wall s, single-process peak MB, tree peak MB, stderr."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, *cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        """Sample the tree's RSS until the build ends."""
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    done.set()
    thread.join()
    wall = time.perf_counter() - t0
    rc, maxrss_kb = json.loads(out.strip().splitlines()[-1])
    if rc != 0:
        raise RuntimeError(f"build failed ({rc}): {' '.join(cmd)}\n{err[-2000:]}")
    return wall, maxrss_kb / 1024, peak[0] / 2**20, err


def build_cmd(corpus: Path, out: Path, engine: str, cache: bool = False) -> list[str]:
    """Return the build command line."""
    cmd = [sys.executable, "-m", "helpers", "build", str(corpus), "--out", str(out), "--quiet", *engine_args(engine)]
    return cmd if cache else [*cmd, "--no-cache"]


def bench(name: str, corpus: Path, engine: str, out: Path) -> Run:
    """Build a corpus once with one engine and read its figures."""
    wall, maxrss, tree, _ = measure(build_cmd(corpus, out, engine))
    manifest = json.loads((out / "manifest.json").read_text())
    run = Run(name, engine, manifest["counts"]["articles"], manifest["words"], manifest["seconds"], wall, maxrss,
              tree, manifest)
    print(f"{name:10} {engine:6} {run.articles:>7,} art {run.words:>11,} words  build {run.seconds:7.1f} s "
          f"(wall {wall:6.1f} s)  {run.articles / run.seconds:7,.0f} art/s  {run.words / run.seconds:8,.0f} words/s "
          f"= {run.words / run.seconds / run.cores:8,.0f} /core  peak RSS {maxrss:6.0f} MB (largest process), "
          f"{tree:6.0f} MB (tree)", flush=True)
    phases = ", ".join(f"{k} {v:.1f}" for k, v in manifest["phases"].items())
    print(f"{'':10} {engine:6} phases (s): {phases}", flush=True)
    for step, t in manifest.get("tasks", {}).items():
        busy = " ".join(f"{w['busy']:.1f}/{w['first_start']:.1f}/{w['idle_at_end']:.1f}" for w in t["workers"])
        print(f"{'':10} {engine:6} {step}: {t['n']} tasks, {t['seconds']:.1f} s, longest {t['longest']:.2f} s, "
              f"span {t['span']:.1f} s; per worker busy/first start/idle at end: {busy}", flush=True)
    if manifest.get("init_seconds"):
        print(f"{'':10} {engine:6} worker start-up (warm_up) s: {manifest['init_seconds']}", flush=True)
    return run


def cache_hit(name: str, corpus: Path, out: Path, first: Run) -> float | None:
    """Time a second build of an unchanged corpus (a cache hit); return it as % of the first build's wall time."""
    before = (out / "manifest.json").stat().st_mtime_ns
    cmd = [c for c in build_cmd(corpus, out, "local", cache=True) if c != "--quiet"]
    wall, _, _, err = measure(cmd)
    if (out / "manifest.json").stat().st_mtime_ns != before:
        print(f"{name:10} cache  MISS: the tables were rebuilt (code or corpus changed since the first build)",
              flush=True)
        return None
    inside = next((line.rsplit(" in ", 1)[1] for line in err.splitlines() if line.startswith("cache hit")), "?")
    pct = 100 * wall / first.wall
    print(f"{name:10} cache  second build {wall:.2f} s wall (check inside build(): {inside}) = {pct:.1f}% of the "
          f"first build's wall ({first.wall:.1f} s)", flush=True)
    return pct


def repeat_jsonl(src: Path, dest: Path, times: int) -> Path:
    """Write `times` copies of a JSON-lines corpus, ids made unique with a -rN suffix (copy 1 keeps its ids)."""
    with open(src, encoding="utf-8") as fh, open(dest, "w", encoding="utf-8") as out:
        lines = fh.readlines()
        for k in range(1, times + 1):
            for line in lines:
                rec = json.loads(line)
                if k > 1 and rec.get("id") is not None:
                    rec["id"] = f"{rec['id']}-r{k}"
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return dest


def slices(corpus: Path, n: int, tmp: Path) -> list[Path]:
    """Cut a corpus into n slices of about equal size (JSON lines by line, folders by file, copied)."""
    if corpus.is_file():
        lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
        tmp.mkdir(parents=True, exist_ok=True)
        out = [tmp / f"slice-{k}.jsonl" for k in range(n)]
        for k, path in enumerate(out):
            path.write_text("".join(lines[k * len(lines) // n: (k + 1) * len(lines) // n]), encoding="utf-8")
        return out
    files = sorted(f for f in corpus.rglob("*") if f.is_file())
    out = [tmp / f"slice-{k}" for k in range(n)]
    for k, folder in enumerate(out):
        for f in files[k * len(files) // n: (k + 1) * len(files) // n]:
            dest = folder / f.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dest)
    return out


def ceiling(name: str, corpus: Path, n: int, tmp: Path, alone: int = 0) -> float:
    """Return the speed-up n independent processes get here: the ceiling for dask with n workers.

    n slices of the corpus are built (local engine, no dask) one after the other, then all at once. With `alone`
    (k < n), only the first k slices are built one after the other and their mean stands for every slice (a
    shorter measurement for a machine lent for minutes).
    """
    parts = slices(corpus, n, tmp / f"{name}-slices-{n}")
    cmds = [build_cmd(part, tmp / f"{name}-slice-out-{n}-{k}", "local") for k, part in enumerate(parts)]
    timed = cmds[:alone] if 0 < alone < n else cmds
    t0 = time.perf_counter()
    for cmd in timed:
        subprocess.run(cmd, check=True, cwd=ROOT)
    serial = (time.perf_counter() - t0) * n / len(timed)
    t0 = time.perf_counter()
    procs = [subprocess.Popen(cmd, cwd=ROOT) for cmd in cmds]
    if any(p.wait() for p in procs):
        raise RuntimeError("a slice build failed")
    parallel = time.perf_counter() - t0
    how = "one after the other" if len(timed) == n else f"one after the other (from {len(timed)} of them)"
    print(f"{'ceiling':10} {n} independent local builds of 1/{n} of {name}: {serial:.1f} s {how}, "
          f"{parallel:.1f} s at once = x{serial / parallel:.2f} (what {n} processes get on this machine)", flush=True)
    return serial / parallel


@dataclass
class Model:
    """The Amdahl-style breakdown of one build (seconds), read from its manifest (benchmarks/README.md)."""

    serial: float  # driver only: no engine task running (fingerprint, start, plan, LSH, numbering, claims, writing)
    startup: float  # per worker, once: delay to its first task (imports) plus warm_up (patterns, spaCy)
    work: float  # summed task seconds, without the start-up
    tasks: int
    overhead: float  # per task: span x workers - work - start-up - end idle, divided by tasks
    idle: float  # mean seconds a worker waited at the end of a step (imbalance)

    @classmethod
    def of(cls, manifest: dict) -> Model:
        """Fit the breakdown on one build's manifest."""
        steps = manifest["tasks"].values()
        w = manifest["workers"]
        spans = sum(s["span"] for s in steps)
        first_step = next(iter(manifest["tasks"].values()))  # read_partition: each worker's first task (imports)
        firsts = [wk["first_start"] for wk in first_step["workers"]]
        init = manifest["init_seconds"]
        startup = (sum(firsts) + sum(init)) / max(len(firsts), 1)
        work = sum(s["seconds"] for s in steps) - sum(init)
        tasks = sum(s["n"] for s in steps)
        idle = sum(wk["idle_at_end"] for s in steps for wk in s["workers"]) / w
        overhead = max(0.0, (spans * w - work - startup * w - idle * w) / tasks)
        return cls(manifest["seconds"] - spans, startup, work, tasks, overhead, idle)

    def predict(self, workers: int, contention: float = 1.0, tasks: int | None = None, idle: float | None = None
                ) -> float:
        """Predict the build time on `workers` workers (contention: slow-down of each process when all run)."""
        tasks = self.tasks if tasks is None else tasks
        idle = self.idle if idle is None else idle
        return self.serial + self.startup + (self.work * contention + self.overhead * tasks) / workers + idle

    def line(self) -> str:
        """Return the breakdown as one line."""
        return (f"serial {self.serial:.2f} s + start-up {self.startup:.2f} s + (work {self.work:.1f} s + "
                f"{self.tasks} tasks x {self.overhead * 1000:.0f} ms) / workers + end idle {self.idle:.2f} s")


def differing_tables(a: Path, b: Path) -> list[str]:
    """Return the names of the tables that differ between two built folders (values, dtypes, order)."""
    from helpers.build.store import read_table
    from helpers.schema import TABLES

    differ = []
    for table in TABLES:
        left, right = read_table(a, table), read_table(b, table)
        if not (left.equals(right) and left.dtypes.equals(right.dtypes) and list(left) == list(right)):
            differ.append(table)
    return differ


def save_runs(path: Path, runs: dict[tuple[str, str], Run]) -> None:
    """Write every build's figures and manifest so far to a JSON file (kept if the benchmark is stopped)."""
    rows = [{"corpus": r.corpus, "engine": r.engine, "wall": r.wall, "maxrss_mb": r.maxrss_mb,
             "tree_mb": r.tree_mb, "manifest": r.manifest} for r in runs.values()]
    path.write_text(json.dumps({"cores": os.cpu_count(), "runs": rows}, indent=1))


def spacy_side_by_side(name: str, corpus: Path) -> None:
    """Time spaCy's en_core_web_sm `nlp.pipe` over the same texts, when the model is installed."""
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
    except (ImportError, OSError) as err:
        print(f"{name:10} spaCy en_core_web_sm: skipped, not installed ({type(err).__name__})", flush=True)
        return
    from helpers.build.inputs import iter_inputs
    from helpers.extract.document import RawArticle

    texts = [a.text for a in iter_inputs([corpus]) if isinstance(a, RawArticle)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    sec = time.perf_counter() - t0
    print(f"{name:10} spaCy en_core_web_sm nlp.pipe: {len(texts) / sec:,.0f} art/s, {words / sec:,.0f} words/s",
          flush=True)


def scale_table(name: str, runs: dict[tuple[str, str], Run], contention: dict[int, float]) -> None:
    """Print the scale-out table of one corpus, each dask run's model, and what the model predicts."""
    rows = [(e, r) for (c, e), r in runs.items() if c == name]
    base = runs.get((name, "local"))
    print(f"\n{name}: | engine | build s | speed-up | phases (s): start · read · articles · relate · events · claims |")
    for engine, r in rows:
        ph = r.manifest["phases"]  # relate_index + relate_rewrite = relate; events_key/_number/_write = events
        cut = " · ".join(f"{sum(v for k, v in ph.items() if k.split('_')[0] == phase):.1f}"
                         for phase in ("start", "read", "articles", "relate", "events", "claims"))
        speed = f"{base.seconds / r.seconds:.2f}x" if base else "-"
        print(f"| {engine} | {r.seconds:.1f} | {speed} | {cut} |")
    fits = {workers_of(e): Model.of(r.manifest) for e, r in rows if e.startswith("dask")}
    for w, m in sorted(fits.items()):
        total = runs[name, f"dask{w}"].seconds
        print(f"{name} dask{w}: {m.line()}; serial share {100 * m.serial / total:.1f} % of this build; "
              f"overhead {100 * m.overhead * m.tasks / m.work:.1f} % of task time")
    if 1 in fits:
        one = fits[1]
        for w in sorted(fits):
            c = contention.get(w, 1.0)
            guess = one.predict(w, c, fits[w].tasks, fits[w].idle)
            print(f"{name} model from dask1 -> dask{w}: predicted {guess:.1f} s (contention x{c:.2f}), "
                  f"measured {runs[name, f'dask{w}'].seconds:.1f} s")


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks and print their figures."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="BBC only")
    p.add_argument("--corpus", nargs="+", choices=["bbc", "reuters", "reuters2", "reuters5"], default=None)
    p.add_argument("--engines", nargs="+", default=None, help="local, dask1, dask2, ... (default: local dask1 dask2)")
    p.add_argument("--workers", default=None,
                   help="comma-separated dask worker counts, e.g. 1,2,4: local plus one dask build per count")
    p.add_argument("--ceiling", type=int, default=0, metavar="N",
                   help="also build N slices of each corpus one after another, then at once (N-process ceiling)")
    p.add_argument("--ceiling-alone", type=int, default=0, metavar="K",
                   help="time only K of the N slices one after the other (their mean stands for all N)")
    p.add_argument("--no-spacy", action="store_true", help="skip the spaCy side-by-side")
    p.add_argument("--no-cache-check", action="store_true", help="skip the second (cache hit) build")
    p.add_argument("--check-tables", action="store_true",
                   help="compare every dask build's tables with the local build's (needs local first)")
    p.add_argument("--save", type=Path, default=None, metavar="FILE",
                   help="write every build's figures and manifest to FILE (JSON) after each build")
    args = p.parse_args(argv)
    names = ["bbc"] if args.quick else (args.corpus or ["bbc", "reuters", "reuters5"])
    engines = args.engines or ENGINES
    if args.workers:
        engines = ["local", *(f"dask{int(w)}" for w in args.workers.split(","))]
    for engine in engines:
        engine_args(engine)
    if not SHARED.exists():
        print(f"{SHARED} is absent: nothing to benchmark")
        return 1
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.1f} GB; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    runs: dict[tuple[str, str], Run] = {}
    contention: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp_path = Path(tmp)
        corpora = {"bbc": BBC, "reuters": REUTERS}
        for name, times in (("reuters2", 2), ("reuters5", 5)):
            if name in names:
                corpora[name] = repeat_jsonl(REUTERS, tmp_path / f"reuters_x{times}.jsonl", times)
        for name in names:
            for engine in engines:
                out = tmp_path / f"{name}-{engine}"
                runs[name, engine] = bench(name, corpora[name], engine, out)
                if engine == "local" and not args.no_cache_check:  # right after the first build: no edit between
                    cache_hit(name, corpora[name], out, runs[name, engine])
                if args.save:
                    save_runs(args.save, runs)
                local = tmp_path / f"{name}-local"
                if args.check_tables and engine != "local" and local.exists():
                    diff = differing_tables(local, out)
                    print(f"{name:10} {engine:6} tables identical to local: "
                          f"{'yes' if not diff else 'NO, ' + ', '.join(diff)}", flush=True)
                if engine != "local" or not args.check_tables:
                    shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(tmp_path / f"{name}-local", ignore_errors=True)
            if not args.no_spacy:
                spacy_side_by_side(name, corpora[name])
            if args.ceiling > 1:
                speed = ceiling(name, corpora[name], args.ceiling, tmp_path, args.ceiling_alone)
                contention[name] = {1: 1.0, args.ceiling: args.ceiling / speed}
    print("\nsummary", flush=True)
    for name in names:
        scale_table(name, runs, contention.get(name, {}))
    for name in names:
        if (name, "dask1") in runs and (name, "dask2") in runs:
            one, two = runs[name, "dask1"], runs[name, "dask2"]
            print(f"{name:10} dask 2 vs 1 worker speed-up: {one.seconds / two.seconds:.2f}x (build time), "
                  f"{one.wall / two.wall:.2f}x (wall)")
    for engine in engines:
        if ("reuters", engine) in runs and ("reuters5", engine) in runs:
            a, b = runs["reuters", engine], runs["reuters5", engine]
            print(f"memory curve {engine:6}: {a.articles:,} art → {a.maxrss_mb:.0f} MB largest / {a.tree_mb:.0f} MB "
                  f"tree; {b.articles:,} art → {b.maxrss_mb:.0f} MB / {b.tree_mb:.0f} MB "
                  f"(x{b.tree_mb / a.tree_mb:.2f} memory for x{b.articles / a.articles:.1f} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
