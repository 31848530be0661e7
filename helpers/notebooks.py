"""Execute the project's notebooks in place (outputs committed with them): `python -m helpers.notebooks execute`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .paths import ROOT

NOTEBOOKS = ROOT / "notebooks"
KERNEL = "python3"
TIMEOUT = 600


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """List the numbered notebooks in reading order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if p.is_file())


def clean(nb) -> None:
    """Drop volatile metadata so that the committed file only changes when outputs change."""
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        for key in ("execution", "papermill", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)


def execute(path: Path) -> float:
    """Execute one notebook top to bottom in its folder, write it back in place, return the seconds it took."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.setdefault("MPLBACKEND", "agg")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=TIMEOUT, kernel_name=KERNEL, resources={"metadata": {"path": str(path.parent)}},
                   record_timing=False).execute()
    clean(nb)
    nbformat.write(nb, path)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Command line: `python -m helpers.notebooks execute [NOTEBOOK ...]`."""
    p = argparse.ArgumentParser(prog="python -m helpers.notebooks", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("execute", help="execute notebooks in place (default: every notebooks/NN_*.ipynb)")
    e.add_argument("notebooks", nargs="*", type=Path)
    args = p.parse_args(argv)
    paths = [Path(n).resolve() for n in args.notebooks] or notebook_paths()
    import helpers

    helpers.load_corpus()  # build the default corpus first, so its time is not charged to a notebook
    total = 0.0
    for path in paths:
        seconds = execute(path)
        total += seconds
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}: {seconds:.1f} s")
    print(f"total: {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
