"""Benchmark `python -m helpers report` on big real corpora: does every notebook finish, how long, how much memory.

Run from the repository root (prints figures; not a test):

    .venv/bin/python benchmarks/bench_report.py                   # BBC and Reuters-21578
    .venv/bin/python benchmarks/bench_report.py --corpus bbc

For each corpus the tables are built first (`python -m helpers build`, timed apart, into the cache the notebooks
read), then `python -m helpers report -p corpus <path>` runs all four notebooks into a temporary folder. The script
samples, every 0.2 s, the resident memory of each process of the report's tree (the driver and each notebook's
kernel) and prints the largest kernel's peak. Targets (issue 11): BBC < 60 s, Reuters < 180 s, kernel < 2 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from helpers.paths import ROOT, SHARED

CORPORA = {"bbc": SHARED / "data" / "bbc", "reuters": SHARED / "data" / "reuters21578" / "reuters21578.jsonl"}


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Run a command; return its wall seconds, the peak RSS (MB) of its largest child process and of the tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    largest, tree = [0], [0]
    done = threading.Event()

    def sample() -> None:
        """Sample the RSS of every process of the tree until the command ends."""
        while not done.is_set():
            try:
                procs = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
                sizes = []
                for p in procs:
                    try:
                        sizes.append(p.memory_info().rss)
                    except psutil.NoSuchProcess:
                        pass
                largest[0] = max(largest[0], max(sizes[1:], default=0))
                tree[0] = max(tree[0], sum(sizes))
            except psutil.NoSuchProcess:
                pass
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return time.perf_counter() - t0, largest[0] / 2**20, tree[0] / 2**20


def bench(name: str, path: Path) -> dict:
    """Build then report one corpus; return its figures."""
    py = sys.executable
    build_s, build_mb, _ = run([py, "-c", f"import helpers; helpers.load_corpus({str(path)!r}, progress=False)"])
    with tempfile.TemporaryDirectory() as tmp:
        report_s, kernel_mb, tree_mb = run([py, "-m", "helpers", "report", "-p", "corpus", str(path), "--out", tmp])
        summaries = {p.stem: json.loads(p.read_text()) for p in sorted((Path(tmp) / "summaries").glob("*.json"))}
        html_mb = sum(p.stat().st_size for p in Path(tmp).glob("*.html")) / 2**20
    return {"corpus": name, "build_s": round(build_s, 1), "report_s": round(report_s, 1),
            "largest_kernel_mb": round(kernel_mb), "tree_mb": round(tree_mb), "html_mb": round(html_mb, 1),
            "findings": {k: v.get("findings", [])[:2] for k, v in summaries.items()}}


def main(argv: list[str] | None = None) -> int:
    """Benchmark the report on the chosen corpora and print one line of figures per corpus."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", nargs="+", choices=list(CORPORA), default=list(CORPORA))
    args = p.parse_args(argv)
    print("| corpus | build s (cached after) | report s (4 notebooks) | largest kernel MB | tree MB | HTML MB |")
    print("|---|---:|---:|---:|---:|---:|")
    results = []
    for name in args.corpus:
        r = bench(name, CORPORA[name])
        results.append(r)
        print(f"| {name} | {r['build_s']} | {r['report_s']} | {r['largest_kernel_mb']} | {r['tree_mb']} | "
              f"{r['html_mb']} |", flush=True)
    for r in results:
        for nb, lines in r["findings"].items():
            print(f"{r['corpus']} {nb}: {' / '.join(lines)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
