"""Reports: run every notebook with papermill into an output folder, with code-free HTML and an index page."""

from __future__ import annotations

import ast
import html
import logging
import os
import warnings
from pathlib import Path

import nbformat
import papermill
import yaml
from nbconvert import HTMLExporter

from ..build.inputs import SUFFIXES
from ..paths import ROOT

NOTEBOOKS = ROOT / "notebooks"
PATH_PARAMETERS = ("corpus",)
OUTPUT_PARAMETERS = ("summary_out",)


def declared(notebooks: list[Path]) -> dict[str, dict[str, object]]:
    """Return {notebook name: {parameter: default value}} for the parameters each notebook declares."""
    out = {}
    for path in notebooks:
        params = papermill.inspect_notebook(str(path))
        out[path.stem] = {name: ast.literal_eval(p["default"]) for name, p in params.items()}
    return out


def convert(name: str, value: str, default: object) -> object:
    """Convert a string given on the command line to the type of the parameter's default."""
    if isinstance(default, str):
        return str(value)
    try:
        parsed = yaml.safe_load(value) if isinstance(value, str) else value
    except yaml.YAMLError as err:
        raise ValueError(f"parameter {name}: cannot read {value!r} ({err})") from None
    if isinstance(default, list) and not isinstance(parsed, list):
        parsed = [] if parsed is None else [parsed]
    if isinstance(default, float) and isinstance(parsed, int) and not isinstance(parsed, bool):
        parsed = float(parsed)
    if type(parsed) is not type(default):
        raise ValueError(f"parameter {name}: expected {type(default).__name__}, got {value!r}")
    return parsed


def check_path(name: str, value: str, out: Path) -> str:
    """Check a path parameter (relative to the current folder): an existing corpus folder or input file."""
    if not str(value).strip():
        return value
    p = Path(value).expanduser().resolve()
    if not p.exists():
        raise ValueError(f"parameter {name}: {value!r} does not exist (paths are relative to {Path.cwd()})")
    if not (p.is_dir() or p.suffix.lower() in SUFFIXES):
        kinds = ", ".join(sorted(SUFFIXES))
        raise ValueError(f"parameter {name}: {value!r} is neither a folder nor an input file ({kinds})")
    if p.is_relative_to(out):
        raise ValueError(f"parameter {name}: {value!r} lies inside the report folder")
    return str(p)


def check_output(name: str, value: str, out: Path) -> str:
    """Resolve an output-folder parameter; it must stay inside the report folder."""
    p = Path(value).expanduser()
    p = (p if p.is_absolute() else out / p).resolve()
    if not p.is_relative_to(out):
        raise ValueError(f"parameter {name}: {value!r} would write outside the report folder {out}")
    return str(p)


def resolve(params: dict[str, str], decl: dict[str, dict[str, object]], out: Path) -> dict[str, dict[str, object]]:
    """Map each notebook to the converted parameters it declares; reject parameters no notebook declares."""
    known = {name for d in decl.values() for name in d}
    unknown = sorted(set(params) - known)
    if unknown:
        raise ValueError(f"unknown parameter(s) {', '.join(unknown)}: the notebooks declare {', '.join(sorted(known))}")
    per_nb: dict[str, dict[str, object]] = {}
    for nb, defaults in decl.items():
        chosen = {}
        for name, default in defaults.items():
            if name in OUTPUT_PARAMETERS:
                chosen[name] = check_output(name, params.get(name, "summaries"), out)
            elif name in params:
                value = convert(name, params[name], default)
                chosen[name] = check_path(name, value, out) if name in PATH_PARAMETERS else value
        per_nb[nb] = chosen
    return per_nb


def to_html(notebook: Path) -> str:
    """Render an executed notebook as HTML without its code cells."""
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.sanitize_html = True
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    return body


def title_of(notebook: Path) -> str:
    """Return the first Markdown heading of a notebook (its title), else its file name."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("# ").strip()
    return notebook.stem


def index_page(entries: list[tuple[str, str, str]], params: dict[str, str]) -> str:
    """Build index.html linking every report (every text escaped)."""
    items = "\n".join(f'<li><a href="{html.escape(name, quote=True)}.html">{html.escape(title)}</a> '
                      f'(<a href="{html.escape(name, quote=True)}.ipynb">notebook</a>){html.escape(status)}</li>'
                      for name, title, status in entries)
    given = "".join(f"<li><code>{html.escape(k)}</code> = <code>{html.escape(str(v))}</code></li>"
                    for k, v in sorted(params.items())) or "<li>none (defaults)</li>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reports</title></head>\n"
            f"<body>\n<h1>Reports</h1>\n<ol>\n{items}\n</ol>\n<h2>Parameters</h2>\n<ul>{given}</ul>\n</body></html>\n")


def run_reports(params: dict[str, str], out: Path, notebooks: list[Path] | None = None) -> list[Path]:
    """Run every notebook with papermill into `out` (<name>.ipynb + code-free <name>.html) and write out/index.html."""
    notebooks = notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    out = Path(out).resolve()
    per_nb = resolve(dict(params), declared(notebooks), out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLBACKEND", "agg")
    logging.getLogger("papermill").setLevel(logging.WARNING)
    entries, written = [], []
    for path in notebooks:
        target = out / f"{path.stem}.ipynb"
        status = ""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                papermill.execute_notebook(str(path), str(target), parameters=per_nb[path.stem], kernel_name="python3",
                                           cwd=str(path.parent), progress_bar=False, log_output=False)
            except papermill.PapermillExecutionError as err:
                status = f" — failed: {err.ename}: {err.evalue}"
        (out / f"{path.stem}.html").write_text(to_html(target), encoding="utf-8")
        entries.append((path.stem, title_of(path), status))
        written += [target, out / f"{path.stem}.html"]
    (out / "index.html").write_text(index_page(entries, params), encoding="utf-8")
    print(f"wrote {len(entries)} reports and index.html to {out}")
    return [*written, out / "index.html"]
