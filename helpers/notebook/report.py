"""Reports: run every notebook with papermill into an output folder, as a small self-contained HTML site.

`run_reports` checks the parameters before anything runs (unknown names, wrong types, paths, dates; actor names
that match nothing are warned about), runs each notebook (one failing notebook does not stop the others), and
writes for each `<name>.ipynb`, `<name>.html` (no code, no scripts, images embedded, navigation at top and bottom),
its summary JSON under `summaries/` and its charts (PNG + CSV) under `charts/`, then `index.html`.
"""

from __future__ import annotations

import ast
import html
import json
import logging
import os
import re
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat
import papermill
import yaml
from nbconvert import HTMLExporter

from .. import load_corpus
from ..analysis.actors import resolve_actor
from ..analysis.chronology import date_bound
from ..build.inputs import SUFFIXES
from ..paths import CORPUS, ROOT
from . import charts
from .execute import KERNEL_ARGUMENTS, kernel_said, quiet_kernel

NOTEBOOKS = ROOT / "notebooks"
PATH_PARAMETERS = ("corpus",)
OUTPUT_PARAMETERS = ("summary_out",)
DATE_PARAMETERS = {"date_from": False, "date_to": True}  # name: is it an end bound
ACTOR_PARAMETERS = ("actor_a", "actor_b", "actors", "contributor", "force")
SUMMARY_DIR = "summaries"
CHARTS_DIR = "charts"
DROPPED_MIMETYPES = ("application/javascript", "application/vnd.jupyter.widget-view+json",
                     "application/vnd.jupyter.widget-state+json")
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.S | re.I)

CSS = """
:root { --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --accent: #1f5fa8; --bad: #a32020; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 0.5rem 1.5rem 2rem; }
h1 { font-size: 1.7rem; margin: 1.2rem 0 0.6rem; } h2 { font-size: 1.3rem; margin: 1.6rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
h1, h2, h3 { line-height: 1.25; } a { color: var(--accent); }
a.anchor-link { display: none; }
code { font-size: 0.9em; background: #f1f3f6; padding: 0 0.2em; border-radius: 3px; }
pre { background: #f6f7f9; border: 1px solid var(--line); padding: 0.5rem 0.7rem; overflow-x: auto; font-size: 13px; }
img { max-width: 100%; height: auto; display: block; margin: 0.6rem 0; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 13px; display: block; overflow-x: auto;
        max-width: 100%; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; position: sticky; top: 0; }
tbody th { background: #f7f8fa; font-weight: normal; color: var(--muted); }
tbody tr:nth-child(even) td { background: #fafbfc; }
nav.pages { display: flex; justify-content: space-between; gap: 1rem; padding: 0.6rem 1.5rem;
            background: #f3f5f8; border-bottom: 1px solid var(--line); font-size: 14px; }
nav.pages.bottom { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 2rem; }
nav.pages span { flex: 1; } nav.pages .prev { text-align: left; } nav.pages .home { text-align: center; }
nav.pages .next { text-align: right; }
.failed, .error { color: var(--bad); } .notes li, .warning { color: var(--warn); }
div.error, div.failed { border: 1px solid var(--bad); background: #fdf3f3; padding: 0.6rem 0.8rem; margin: 1rem 0; }
.report { border-top: 1px solid var(--line); padding-top: 0.4rem; margin-top: 1.2rem; }
.report h2 { margin-bottom: 0.2rem; } .meta { color: var(--muted); font-size: 14px; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; } dl.run dt { font-weight: bold; }
dl.run dd { margin: 0; }
"""


@dataclass
class Page:
    """One notebook's report: where its files are, what its summary says, and its error if it failed."""

    name: str
    title: str
    question: str = ""
    summary: dict = field(default_factory=dict)
    error: str | None = None
    charts: list[Path] = field(default_factory=list)


@dataclass
class Run:
    """What a report run wrote: the folder, one Page per notebook, the parameter warnings, the corpus."""

    out: Path
    pages: list[Page]
    warnings: list[str]
    corpus: str
    n_articles: int

    @property
    def failed(self) -> list[Page]:
        """The pages of the notebooks that failed."""
        return [p for p in self.pages if p.error]

    @property
    def written(self) -> list[Path]:
        """Every notebook and HTML file written, then index.html."""
        return [*(self.out / f"{p.name}{s}" for p in self.pages for s in (".ipynb", ".html")),
                self.out / "index.html"]

    def summary_line(self) -> str:
        """One line for the terminal: how many notebooks failed and why (empty when none did)."""
        if not self.failed:
            return ""
        which = "; ".join(f"{p.name} ({p.error})" for p in self.failed)
        return (f"{len(self.failed)} of {len(self.pages)} notebooks failed: {which}; "
                f"see {self.out / 'index.html'}")


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


def check_dates(params: dict[str, str]) -> None:
    """Refuse a date bound that is not YYYY, YYYY-MM or YYYY-MM-DD, and a range that ends before it starts."""
    bounds = {}
    for name, end in DATE_PARAMETERS.items():
        if name in params:
            try:
                bounds[name] = date_bound(params[name], end=end)
            except ValueError as err:
                raise ValueError(f"parameter {name}: {err}") from None
    lo, hi = bounds.get("date_from"), bounds.get("date_to")
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"parameters date_from {params['date_from']!r} and date_to {params['date_to']!r}: "
                         "the range ends before it starts")


def resolve(params: dict[str, str], decl: dict[str, dict[str, object]], out: Path) -> dict[str, dict[str, object]]:
    """Map each notebook to the converted parameters it declares; reject parameters no notebook declares."""
    known = {name for d in decl.values() for name in d}
    unknown = sorted(set(params) - known)
    if unknown:
        raise ValueError(f"unknown parameter(s) {', '.join(unknown)}: the notebooks declare {', '.join(sorted(known))}")
    check_dates(params)
    per_nb: dict[str, dict[str, object]] = {}
    for nb, defaults in decl.items():
        chosen = {}
        for name, default in defaults.items():
            if name in OUTPUT_PARAMETERS:
                chosen[name] = check_output(name, params.get(name, SUMMARY_DIR), out)
            elif name in params:
                value = convert(name, params[name], default)
                chosen[name] = check_path(name, value, out) if name in PATH_PARAMETERS else value
        per_nb[nb] = chosen
    return per_nb


def corpus_of(per_nb: dict[str, dict[str, object]]) -> Path:
    """Return the corpus the notebooks will read (the `corpus` parameter, else the default corpus)."""
    given = next((str(p["corpus"]) for p in per_nb.values() if str(p.get("corpus", "")).strip()), "")
    return Path(given) if given else CORPUS


def shown_path(path: Path) -> str:
    """Show a path relative to the current folder when it lies below it, else in full."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return str(path)


def check_actors(params: dict[str, str], per_nb: dict[str, dict[str, object]], mentions) -> list[str]:
    """Return one warning per actor parameter value that matches no actor of the corpus (none if all match)."""
    out = []
    for name in ACTOR_PARAMETERS:
        if name not in params:
            continue
        value = next(p[name] for p in per_nb.values() if name in p)
        for given in value if isinstance(value, list) else [value]:
            if not resolve_actor(str(given), mentions)[0]:
                out.append(f"parameter {name}: {str(given)!r} matches no actor in the corpus or the actor "
                           "dictionary; the reports will say so (use a country, organisation or person name, alias "
                           "or id)")
    return out


def title_of(notebook: Path) -> str:
    """Return the first Markdown heading of a notebook (its title), else its file name."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("# ").strip()
    return notebook.stem


def question_of(notebook: Path) -> str:
    """Return the notebook's question (the text after "**Question:**" in a Markdown cell), else ""."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"\*\*Question:?\*\*:?\s*(.+?)(?:\n\s*\n|$)", cell.source, re.S)
            if m:
                text = " ".join(m[1].split())
                return text[0].upper() + text[1:]
    return ""


def _report_ready(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Prepare an executed notebook for reading: no scripts or widgets, no stderr noise, no pandas <style> blocks,
    papermill's error banner cells removed and each error shown as its name and message only."""
    nb = nbformat.from_dict(nb)
    nb.cells = [c for c in nb.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream" and out.name == "stderr":
                continue
            if out.output_type == "error":
                text = html.escape(f"{out.ename}: {out.evalue}")
                outputs.append(nbformat.v4.new_output(
                    "display_data", data={"text/html": f'<div class="error"><strong>Error</strong> {text}</div>'}))
                continue
            data = out.get("data")
            if data is not None:
                for mime in DROPPED_MIMETYPES:
                    data.pop(mime, None)
                if "text/html" in data:
                    data["text/html"] = _STYLE_BLOCK.sub("", "".join(data["text/html"]))
                if not data:
                    continue
            outputs.append(out)
        cell.outputs = outputs
    return nb


def to_html(notebook: Path | nbformat.NotebookNode) -> str:
    """Render an executed notebook's content as an HTML fragment without its code cells.

    Markdown and HTML outputs are kept as they are (not sanitised), so the report's own headings and tables render:
    article text is escaped where the notebooks display it (`md_escape`, pandas' HTML escaping). Scripts and
    widgets are dropped, and images are embedded as data: URLs.
    """
    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, Path) else notebook
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    exporter.sanitize_html = False
    body, _ = exporter.from_notebook_node(_report_ready(nb))
    return body


def _nav(pages: list[Page], i: int, where: str) -> str:
    """Build the navigation bar of page i: previous report, index, next report."""
    def link(j: int, cls: str, arrow: str) -> str:
        if not 0 <= j < len(pages):
            return f'<span class="{cls}"></span>'
        text = f"{arrow} {pages[j].title}" if cls == "prev" else f"{pages[j].title} {arrow}"
        return f'<span class="{cls}"><a href="{html.escape(pages[j].name, quote=True)}.html" rel="{cls}">' \
               f"{html.escape(text)}</a></span>"

    return (f'<nav class="pages {where}">{link(i - 1, "prev", "←")}'
            f'<span class="home"><a href="index.html" rel="index">Index of reports</a></span>'
            f'{link(i + 1, "next", "→")}</nav>')


def page_html(title: str, body: str, nav: str = "", nav_bottom: str = "") -> str:
    """Wrap a body in a complete, self-contained HTML page (inline CSS, no script, no external resource)."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{nav}\n"
            f"<main>\n{body}\n</main>\n{nav_bottom}\n</body>\n</html>\n")


def error_body(page: Page, notebook: Path) -> str:
    """The body of a failed notebook's page: the error, then whatever the notebook showed before it failed."""
    banner = (f'<div class="failed"><strong>This notebook failed.</strong> {html.escape(page.error or "")}'
              "</div>\n")
    if not notebook.exists():
        return f"<h1>{html.escape(page.title)}</h1>\n{banner}"
    return banner + to_html(notebook)


def _items(values: object) -> list[str]:
    """Read a summary value that should be a list of sentences (a single string counts as one)."""
    if values is None:
        return []
    if isinstance(values, str):
        return [values] if values.strip() else []
    return [str(v) for v in values if str(v).strip()] if isinstance(values, list) else [str(values)]


def index_page(run: Run, params: dict[str, str], when: str) -> str:
    """Build index.html: the run (corpus, parameters, date), warnings, then each report with its question, key
    findings, notes and links (every text escaped)."""
    e = html.escape
    given = "".join(f"<li><code>{e(k)}</code> = <code>{e(str(v))}</code></li>"
                    for k, v in sorted(params.items())) or "<li>none (defaults)</li>"
    status = (f'<span class="failed">{len(run.failed)} of {len(run.pages)} failed</span>' if run.failed
              else f"all {len(run.pages)} ran")
    parts = [f"<h1>Reports</h1>\n<dl class=\"run\"><dt>Corpus</dt><dd><code>{e(run.corpus)}</code> "
             f"({run.n_articles} article{'s' if run.n_articles != 1 else ''})</dd>"
             f"<dt>Run</dt><dd>{e(when)}</dd><dt>Notebooks</dt><dd>{status}</dd>"
             f"<dt>Parameters</dt><dd><ul>{given}</ul></dd></dl>"]
    if run.warnings:
        parts.append('<h2>Warnings</h2>\n<ul class="notes">'
                     + "".join(f"<li>{e(w)}</li>" for w in run.warnings) + "</ul>")
    for p in run.pages:
        s = p.summary
        title = str(s.get("title") or p.title)
        question = str(s.get("question") or p.question)
        name = e(p.name, quote=True)
        block = [f'<section class="report" id="{name}">',
                 f'<h2><a href="{name}.html">{e(title)}</a></h2>']
        if p.error:
            block.append(f'<p class="failed"><strong>Failed:</strong> {e(p.error)}</p>')
        if question:
            block.append(f"<p><strong>Question:</strong> {e(question)}</p>")
        findings, notes = _items(s.get("findings")), _items(s.get("notes"))
        if findings:
            block.append("<p><strong>Key findings</strong></p>\n<ul class=\"findings\">"
                         + "".join(f"<li>{e(f)}</li>" for f in findings) + "</ul>")
        if notes:
            block.append("<p><strong>Notes</strong></p>\n<ul class=\"notes\">"
                         + "".join(f"<li>{e(n)}</li>" for n in notes) + "</ul>")
        links = [f'<a href="{name}.html">report</a>', f'<a href="{name}.ipynb">notebook</a>']
        if s:
            links.append(f'<a href="{SUMMARY_DIR}/{name}.json">summary (JSON)</a>')
        charts_note = f"; {len(p.charts)} chart{'s' if len(p.charts) != 1 else ''} (PNG + CSV) in " \
                      f"<code>{CHARTS_DIR}/</code>" if p.charts else ""
        block.append(f'<p class="meta">{" · ".join(links)}{charts_note}</p>\n</section>')
        parts.append("\n".join(block))
    return page_html("Reports", "\n".join(parts))


def _load_summary(folder: Path | None, name: str) -> dict:
    """Read a notebook's summary JSON ({} when absent or unreadable)."""
    if folder is None or not (folder / f"{name}.json").exists():
        return {}
    try:
        data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _one_line(err: BaseException) -> str:
    """An exception as `Name: message` on one line."""
    if isinstance(err, papermill.PapermillExecutionError):
        name, text = err.ename, err.evalue
    else:
        name, text = type(err).__name__, str(err)
    text = " ".join(str(text).split())
    return f"{name}: {text}" if text else name


def execute(path: Path, target: Path, parameters: dict, charts_folder: Path) -> str | None:
    """Run one notebook with papermill into `target`; return its error as one line, None when it ran."""
    saved = {k: os.environ.get(k) for k in (charts.CHARTS_ENV, charts.NOTEBOOK_ENV)}
    os.environ[charts.CHARTS_ENV], os.environ[charts.NOTEBOOK_ENV] = str(charts_folder), path.stem
    log = tempfile.TemporaryFile()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            papermill.execute_notebook(str(path), str(target), parameters=parameters, kernel_name="python3",
                                       cwd=str(path.parent), progress_bar=False, log_output=False,
                                       extra_arguments=KERNEL_ARGUMENTS, kernel_manager_class=quiet_kernel(log))
        return None
    except Exception as err:  # noqa: BLE001 -- any failure of one notebook is reported, the others still run
        # a cell's own error says why; what the kernel printed matters when the kernel itself died (a loaded machine
        # once had libzmq print an assertion while a failed notebook's kernel shut down)
        said = "" if isinstance(err, papermill.PapermillExecutionError) else kernel_said(log)
        return _one_line(err) + (f" (the kernel printed: {said})" if said else "")
    finally:
        log.close()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_reports(params: dict[str, str], out: Path, notebooks: list[Path] | None = None) -> Run:
    """Run every notebook with papermill into `out` and write the report site; return what was run.

    Parameters are checked first (ValueError before anything runs). A notebook that fails gets a page showing its
    error and is marked failed in the index; the others still run (see `Run.failed`).
    """
    notebooks = [Path(n) for n in notebooks] if notebooks else sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    out = Path(out).resolve()
    params = dict(params)
    per_nb = resolve(params, declared(notebooks), out)
    corpus = corpus_of(per_nb)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = load_corpus(corpus, progress=False)
    notes = check_actors(params, per_nb, loaded.mentions)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLBACKEND", "agg")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    logging.getLogger("papermill").setLevel(logging.WARNING)
    charts_folder = out / CHARTS_DIR
    pages = [Page(p.stem, title_of(p), question_of(p)) for p in notebooks]
    run = Run(out, pages, notes, shown_path(corpus), len(loaded.articles))
    for i, (path, page) in enumerate(zip(notebooks, pages)):
        target = out / f"{path.stem}.ipynb"
        summary_dir = Path(per_nb[path.stem]["summary_out"]) if "summary_out" in per_nb[path.stem] else None
        stale = [*charts_folder.glob(f"{path.stem}-*.*")]
        if summary_dir is not None:
            stale.append(summary_dir / f"{path.stem}.json")
        for f in [target, *stale]:
            f.unlink(missing_ok=True)
        page.error = execute(path, target, per_nb[path.stem], charts_folder)
        page.summary = _load_summary(summary_dir, path.stem)
        page.charts = sorted(charts_folder.glob(f"{path.stem}-*.png"))
        body = error_body(page, target) if page.error else to_html(target)
        (out / f"{path.stem}.html").write_text(
            page_html(page.title, body, _nav(pages, i, "top"), _nav(pages, i, "bottom")), encoding="utf-8")
    when = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    (out / "index.html").write_text(index_page(run, params, when), encoding="utf-8")
    print(f"wrote {len(pages)} reports and index.html to {shown_path(out)}"
          + (f" ({len(run.failed)} failed)" if run.failed else ""))
    return run
