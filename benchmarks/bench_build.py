"""Benchmark `python -m helpers build` on real corpora: speed, peak memory, dask scaling and cache hits.

Run from the repository root (prints figures; not a test):

    .venv/bin/python benchmarks/bench_build.py            # BBC, Reuters and Reuters x5 (~100k articles)
    .venv/bin/python benchmarks/bench_build.py --quick    # BBC only
    .venv/bin/python benchmarks/bench_build.py --corpus reuters --engines local dask2

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
ENGINES = {"local": ["--engine", "local"], "dask1": ["--engine", "dask", "--workers", "1"],
           "dask2": ["--engine", "dask", "--workers", "2"]}
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

    @property
    def cores(self) -> int:
        """Return the number of cores the per-article work used."""
        return 2 if self.engine == "dask2" else 1


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
    cmd = [sys.executable, "-m", "helpers", "build", str(corpus), "--out", str(out), "--quiet", *ENGINES[engine]]
    return cmd if cache else [*cmd, "--no-cache"]


def bench(name: str, corpus: Path, engine: str, out: Path) -> Run:
    """Build a corpus once with one engine and read its figures."""
    wall, maxrss, tree, _ = measure(build_cmd(corpus, out, engine))
    manifest = json.loads((out / "manifest.json").read_text())
    run = Run(name, engine, manifest["counts"]["articles"], manifest["words"], manifest["seconds"], wall, maxrss,
              tree)
    print(f"{name:10} {engine:6} {run.articles:>7,} art {run.words:>11,} words  build {run.seconds:7.1f} s "
          f"(wall {wall:6.1f} s)  {run.articles / run.seconds:7,.0f} art/s  {run.words / run.seconds:8,.0f} words/s "
          f"= {run.words / run.seconds / run.cores:8,.0f} /core  peak RSS {maxrss:6.0f} MB (largest process), "
          f"{tree:6.0f} MB (tree)", flush=True)
    phases = ", ".join(f"{k} {v:.1f}" for k, v in manifest["phases"].items())
    print(f"{'':10} {engine:6} phases (s): {phases}", flush=True)
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


def two_process_ceiling(corpus: Path, tmp: Path) -> float:
    """Return the speed-up two independent processes get here: the ceiling for dask with 2 workers.

    The two halves of a JSON-lines corpus are built (local engine, no dask) one after the other, then both at once.
    """
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = [tmp / "half-1.jsonl", tmp / "half-2.jsonl"]
    halves[0].write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    halves[1].write_text("".join(lines[len(lines) // 2:]), encoding="utf-8")
    cmds = [build_cmd(h, tmp / f"{h.stem}-out", "local") for h in halves]
    t0 = time.perf_counter()
    for cmd in cmds:
        subprocess.run(cmd, check=True, cwd=ROOT)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    procs = [subprocess.Popen(cmd, cwd=ROOT) for cmd in cmds]
    if any(p.wait() for p in procs):
        raise RuntimeError("a half build failed")
    parallel = time.perf_counter() - t0
    print(f"{'ceiling':10} two independent local builds of the halves of {corpus.name}: {serial:.1f} s one after "
          f"the other, {parallel:.1f} s at once = x{serial / parallel:.2f} (what 2 processes get on this machine)",
          flush=True)
    return serial / parallel


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


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks and print their figures."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="BBC only")
    p.add_argument("--corpus", nargs="+", choices=["bbc", "reuters", "reuters5"], default=None)
    p.add_argument("--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES))
    p.add_argument("--no-spacy", action="store_true", help="skip the spaCy side-by-side")
    p.add_argument("--ceiling", action="store_true",
                   help="also time two independent builds of Reuters' halves at once (the 2-process ceiling)")
    args = p.parse_args(argv)
    names = ["bbc"] if args.quick else (args.corpus or ["bbc", "reuters", "reuters5"])
    if not SHARED.exists():
        print(f"{SHARED} is absent: nothing to benchmark")
        return 1
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.1f} GB; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    runs: dict[tuple[str, str], Run] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp_path = Path(tmp)
        corpora = {"bbc": BBC, "reuters": REUTERS}
        if "reuters5" in names:
            corpora["reuters5"] = repeat_jsonl(REUTERS, tmp_path / "reuters_x5.jsonl", 5)
        for name in names:
            for engine in args.engines:
                out = tmp_path / f"{name}-{engine}"
                runs[name, engine] = bench(name, corpora[name], engine, out)
                if engine == "local":  # right after the first build, so that no code edit can come between
                    cache_hit(name, corpora[name], out, runs[name, engine])
            if not args.no_spacy:
                spacy_side_by_side(name, corpora[name])
        if args.ceiling:
            two_process_ceiling(REUTERS, tmp_path)
    print("\nsummary", flush=True)
    for name in names:
        if (name, "dask1") in runs and (name, "dask2") in runs:
            one, two = runs[name, "dask1"], runs[name, "dask2"]
            print(f"{name:10} dask 2 vs 1 worker speed-up: {one.seconds / two.seconds:.2f}x (build time), "
                  f"{one.wall / two.wall:.2f}x (wall)")
    for engine in args.engines:
        if ("reuters", engine) in runs and ("reuters5", engine) in runs:
            a, b = runs["reuters", engine], runs["reuters5", engine]
            print(f"memory curve {engine:6}: {a.articles:,} art → {a.maxrss_mb:.0f} MB largest / {a.tree_mb:.0f} MB "
                  f"tree; {b.articles:,} art → {b.maxrss_mb:.0f} MB / {b.tree_mb:.0f} MB "
                  f"(x{b.tree_mb / a.tree_mb:.2f} memory for x{b.articles / a.articles:.1f} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
