"""Command line: `python -m helpers build|evaluate|report …` (see `python -m helpers --help`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from . import read_tables
from .build.evaluate import evaluate
from .build.runner import build
from .paths import CORPUS, GOLD, ROOT

DEFAULT_OUT = ROOT / "build" / "tables"


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser."""
    p = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read a corpus and write every table")
    b.add_argument("corpus", nargs="*", type=Path, help=f"folders or files (default: {CORPUS.relative_to(ROOT)})")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: build/tables)")
    b.add_argument("--csv", action="store_true", help="write CSV files instead of Parquet")
    b.add_argument("--engine", choices=["local", "dask"], default="local", help="where per-article work runs")
    b.add_argument("--workers", type=int, default=None, help="dask: number of local worker processes (default 2)")
    b.add_argument("--scheduler", default=None, help="dask: address of an existing scheduler, tcp://host:8786")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) if any input becomes a problem")
    b.add_argument("--no-cache", action="store_true", help="rebuild even if the corpus and code are unchanged")
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary line")

    e = sub.add_parser("evaluate", help="score the tables against a gold file")
    e.add_argument("gold", nargs="?", type=Path, default=GOLD, help="gold YAML (default: data/gold/seeds.yaml)")
    e.add_argument("--tables", type=Path, default=None, help="built tables folder (default: build the seed corpus)")
    e.add_argument("--details", action="store_true", help="also list every miss (missed, spurious, wrong label)")

    r = sub.add_parser("report", help="run every notebook with papermill into reports/ (HTML + index)")
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook parameter, e.g. -p actor_a Kosovo (repeatable)")
    r.add_argument("--out", type=Path, default=ROOT / "reports", help="report folder (default: reports/)")
    sub.add_parser("readme", help="recompute the README's Findings section and its charts (docs/findings/)")
    n = sub.add_parser("notebooks", help="re-execute the committed notebooks in place (how their outputs are made)")
    n.add_argument("notebooks", nargs="*", type=Path, help="notebook files (default: every notebooks/NN_*.ipynb)")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            check_output_folder(args.out)
            build(args.corpus or None, args.out, fmt="csv" if args.csv else "parquet", engine=args.engine,
                  workers=args.workers, scheduler=args.scheduler, strict=args.strict, use_cache=not args.no_cache,
                  progress=not args.quiet)
        elif args.command == "evaluate":
            return _evaluate(args)
        elif args.command == "report":
            from .notebook.report import run_reports  # deferred: papermill and nbconvert load slowly

            run = run_reports(dict(args.parameter), args.out)
            if run.failed:
                print(f"error: {run.summary_line()}", file=sys.stderr)
                return 1
        elif args.command == "readme":
            from .notebook.readme import write  # deferred: matplotlib and the pages load slowly

            for path in write():
                print(f"wrote {path.relative_to(ROOT)}")
        elif args.command == "notebooks":
            from .notebook.execute import execute_all  # deferred: the notebook client loads slowly

            execute_all(args.notebooks)
    except (OSError, RuntimeError, ValueError) as err:
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return 1
    return 0


def check_output_folder(out: Path) -> None:
    """Refuse an --out that is a file, or a non-empty folder that is not a tables folder (it would be replaced)."""
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"cannot write output folder {out}: it is an existing file")
    blocker = next((p for p in out.absolute().parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise NotADirectoryError(f"cannot write output folder {out}: {blocker} is a file, not a folder")
    if out.is_dir() and not (out / "manifest.json").exists() and any(out.iterdir()):
        raise FileExistsError(f"cannot write output folder {out}: it holds files and is not a tables folder "
                              "(no manifest.json); choose an empty or new folder")


def _one_line(err: BaseException) -> str:
    """Render an error as one line: its message, or the OS reason and file name."""
    text = str(err) if not (isinstance(err, OSError) and err.strerror) else (
        f"{err.strerror}: {err.filename}" if err.filename else err.strerror)
    return " ".join(text.split()) or type(err).__name__


def _evaluate(args: argparse.Namespace) -> int:
    """Print precision, recall and F1 per table."""
    folder = args.tables or build(None, DEFAULT_OUT, progress=False).out
    errors: list[dict] = []
    scores = evaluate(args.gold, read_tables(folder).tables, errors)
    with pd.option_context("display.width", 120, "display.max_columns", 20):
        print(scores.to_string(index=False))
    if args.details:
        for e in errors:
            print(f"{e['table']:8} {e['article_id']}  {e['error']:14}  gold={e['gold']}  predicted={e['predicted']}")
    return 0
