"""Execute the notebooks in place, outputs committed with them (`python -m helpers notebooks`)."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from traitlets import CaselessStrEnum, Unicode
from traitlets import default as trait_default

from .. import load_corpus
from ..paths import ROOT

NOTEBOOKS = ROOT / "notebooks"
KERNEL = "python3"
TIMEOUT = 600
_SOCKETS = Path(tempfile.gettempdir())


class IPCKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels talk over Unix sockets in the temporary folder, not unencrypted TCP."""

    transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)
    ip = Unicode(config=True)

    @trait_default("ip")
    def _ip_default(self) -> str:
        """Put the kernel's socket files in the temporary folder (short paths, never in the notebooks' folder)."""
        return str(_SOCKETS / f"helpers-kernel-{uuid.uuid4().hex[:12]}")


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
    os.environ.setdefault("MPLBACKEND", "agg")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=TIMEOUT, kernel_name=KERNEL, resources={"metadata": {"path": str(path.parent)}},
                   record_timing=False, kernel_manager_class=IPCKernelManager).execute()
    clean(nb)
    nbformat.write(nb, path)
    return time.perf_counter() - start


def execute_all(paths: list[Path] | None = None) -> float:
    """Execute the given notebooks (default: every notebooks/NN_*.ipynb) in place; print and return the seconds."""
    paths = [Path(n).resolve() for n in paths or []] or notebook_paths()
    load_corpus()  # build the default corpus first, so its time is not charged to a notebook
    total = 0.0
    for path in paths:
        seconds = execute(path)
        total += seconds
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}: {seconds:.1f} s")
    print(f"total: {total:.1f} s")
    return total
