"""Execute the notebooks in place, outputs committed with them (`python -m helpers notebooks`)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import IO, Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from .. import load_corpus
from ..paths import ROOT

NOTEBOOKS = ROOT / "notebooks"
KERNEL = "python3"
TIMEOUT = 600


# The kernel's own log is noise on the terminal: every start warns "Kernel is running over TCP without encryption",
# and jupyter_client interrupts (SIGINT) every kernel it shuts down, so a kernel still finishing its last reply logs
# the ERROR "KeyboardInterrupt caught in kernel." now and then (a race; it failed one CI run). A notebook's own errors
# reach its report page and the run's result, not this log, so only CRITICAL is let through.
# (Unix-socket kernels were tried: libzmq then sometimes aborts at shutdown.)
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


class _QuietKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels write their own terminal output to the file `terminal`."""

    terminal: IO[bytes] | None = None

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        """Launch the kernel with its stdout and stderr going to `terminal` (jupyter_client's documented override)."""
        kw.setdefault("stdout", self.terminal)
        kw.setdefault("stderr", self.terminal)
        await super()._async_launch_kernel(kernel_cmd, **kw)


# A kernel's own stderr is not the notebook's: what a cell prints reaches the notebook over zmq. What is left is noise
# from outside any cell -- libzmq now and then aborts a kernel at shutdown with "Assertion failed: pfd.revents & POLLIN
# (src/signaler.cpp:238)" after the notebook has finished (it failed one CI run), C libraries' warnings at exit. So
# it goes to a file; when a notebook fails, its last line joins the error (see `kernel_said`).
def quiet_kernel(log: IO[bytes]) -> type[AsyncKernelManager]:
    """A kernel-manager class for nbclient/papermill whose kernels write their terminal output to `log`."""
    return type("QuietKernelManager", (_QuietKernelManager,), {"terminal": log})


def kernel_said(log: IO[bytes]) -> str:
    """The last non-blank line a kernel wrote to its `log`, '' when it wrote none."""
    log.seek(0)
    lines = [line.strip() for line in log.read().decode(errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


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
    with tempfile.TemporaryFile() as log:
        try:
            NotebookClient(nb, timeout=TIMEOUT, kernel_name=KERNEL, resources={"metadata": {"path": str(path.parent)}},
                           record_timing=False, extra_arguments=KERNEL_ARGUMENTS,
                           kernel_manager_class=quiet_kernel(log)).execute()
        except Exception as err:
            if not isinstance(err, CellExecutionError) and (said := kernel_said(log)):
                err.add_note(f"the kernel printed: {said}")  # a dead kernel's last words; a cell's error says why
            raise
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
