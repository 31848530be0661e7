"""The report command: parameters checked before anything runs, a self-contained HTML site (index, navigation,
rendered Markdown and tables, embedded images, no network reference), failures that do not stop the run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient.exceptions import DeadKernelError

from helpers.analysis import date_bound, overlaps_range
from helpers.cli import main
from helpers.notebook import report
from helpers.notebook.display import md_escape
from helpers.notebook.execute import execute as execute_in_place
from helpers.notebook.report import convert, run_reports
from helpers.paths import CORPUS, ROOT

NAMES = ["00_corpus_and_sources", "01_chronology", "02_force_posture", "03_relations"]
DATE_ERROR = "'notadate' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"


class Page(HTMLParser):
    """The parts of an HTML page the tests check: tags with attributes, tables' cells, title, navigation, text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.tables: list[dict[str, int]] = []
        self.title = ""
        self.navs: list[list[tuple[str, str]]] = []
        self.text: list[str] = []
        self._stack: list[str] = []
        self._href: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "table":
            self.tables.append({"th": 0, "thead_th": 0, "td": 0})
        elif tag in ("th", "td") and self.tables:
            self.tables[-1][tag] += 1
            if tag == "th" and "thead" in self._stack:
                self.tables[-1]["thead_th"] += 1
        elif tag == "nav":
            self.navs.append([])
        elif tag == "a":
            self._href = a.get("href")
        if tag not in ("img", "meta", "br", "hr", "input", "link"):
            self._stack.append(tag)

    def handle_endtag(self, tag) -> None:
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass
        if tag == "a":
            self._href = None

    def handle_data(self, data) -> None:
        if "title" in self._stack:
            self.title += data
        elif "style" not in self._stack and "script" not in self._stack:
            self.text.append(data)
            if "nav" in self._stack and self._href is not None and data.strip():
                self.navs[-1].append((self._href, data.strip()))

    def urls(self) -> list[str]:
        """Every src and href value."""
        return [v for _, a in self.tags for k, v in a.items() if k in ("src", "href") and v is not None]


def page(out: Path, name: str) -> Page:
    """Parse one page of a report folder."""
    return Page((out / f"{name}.html").read_text(encoding="utf-8"))


def notebook(path: Path, cells: list[tuple[str, str]], parameters: str | None = None) -> Path:
    """Write a tiny notebook: (kind, source) cells, with an optional parameters cell after the first."""
    nb = nbformat.v4.new_notebook()
    made = [nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src)
            for kind, src in cells]
    if parameters is not None:
        p = nbformat.v4.new_code_cell(parameters)
        p.metadata["tags"] = ["parameters"]
        made.insert(1, p)
    nb.cells = made
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def ok_notebook(path: Path, title: str = "Fine") -> Path:
    """A notebook that runs: a title, a question, a finding in its summary, a table and a chart."""
    return notebook(path, [
        ("md", f"# {title}\n\n**Question:** does it run?"),
        ("code", "import pandas as pd\nfrom helpers import notebook as nb\nfrom helpers.notebook import charts\n"
                 "nb.setup()\nnb.findings([f\"It ran {nb.md_escape('<b>once</b>')}.\"])\n"
                 "nb.show_table(pd.DataFrame({'a': [1, 2]}))\n"
                 "charts.show(charts.bars(pd.Series([3, 1], index=['x', 'y']), 'Tiny bars', 'n', 'k'), 'A caption.')\n"
                 "nb.write_summary(summary_out, path_name, {'answer': 42})"),
    ], parameters=f"summary_out = ''\npath_name = {path.stem!r}\nactor_a = 'Serbia'\ncorpus = ''")


def bad_notebook(path: Path) -> Path:
    """A notebook that shows something, then fails with ZeroDivisionError."""
    return notebook(path, [("md", "# Broken\n\n**Question:** what if it fails?"),
                           ("code", "print('before the failure')"), ("code", "1 / 0"),
                           ("code", "print('never reached')")], parameters="summary_out = ''")


# ---------------------------------------------------------------- the default corpus, every notebook


def test_run_reports_writes_html_index_summaries_and_charts(report_site) -> None:
    out = report_site.out
    assert [p.name for p in report_site.pages] == NAMES and report_site.failed == [] and report_site.warnings == []
    for name in NAMES:
        assert (out / f"{name}.ipynb").exists()
        text = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "nb.setup()" not in text  # code cells are hidden
        assert "Traceback" not in text and "<script" not in text.lower()
    assert sorted(p.name for p in (out / "summaries").iterdir()) == [f"{n}.json" for n in NAMES]
    assert not list(out.parent.glob("*.json"))
    # every chart of every notebook saved once, as PNG and CSV: as many as the notebook displays images
    pngs = sorted(p.stem for p in (out / "charts").glob("*.png"))
    assert pngs == sorted(p.stem for p in (out / "charts").glob("*.csv"))
    for name in NAMES:
        shown = sum("image/png" in o.get("data", {}) for c in nbformat.read(out / f"{name}.ipynb", 4).cells
                    for o in c.get("outputs", []))
        assert len([s for s in pngs if s.startswith(f"{name}-")]) == shown
        assert len(report_site.pages[NAMES.index(name)].charts) == shown
    assert len(pngs) == sum(len(p.charts) for p in report_site.pages)


@pytest.mark.parametrize("name", NAMES)
def test_report_page_renders_markdown_tables_and_images(report_site, name: str) -> None:
    out = report_site.out
    text = (out / f"{name}.html").read_text(encoding="utf-8")
    doc = page(out, name)
    title = report.title_of(ROOT / "notebooks" / f"{name}.ipynb")
    assert doc.title == title
    assert [t for t, _ in doc.tags].count("h1") == 1
    assert any(t == "h2" for t, _ in doc.tags)  # headings are elements, not text
    visible = "".join(doc.text)
    for literal in ("<h1", "<h2", "<p>", "<style", "<table", "<th", "&lt;", "&gt;"):
        assert literal not in visible, literal
    assert "&lt;h2" not in text and "&lt;table" not in text and "&lt;p&gt;" not in text
    assert doc.tables, "every notebook shows at least one table"
    for table in doc.tables:
        assert table["thead_th"] >= 1 and table["td"] >= 1, table
    images = [a for t, a in doc.tags if t == "img"]
    assert len(images) == len(report_site.pages[NAMES.index(name)].charts)
    assert all(a["src"].startswith("data:image/png;base64,") for a in images)


@pytest.mark.parametrize("name", ["index", *NAMES])
def test_pages_reference_nothing_outside_the_report_folder(report_site, name: str) -> None:
    out = report_site.out
    doc = page(out, name)
    for url in doc.urls():
        assert url.startswith(("data:", "#")) or not re.match(r"^[a-z][a-z0-9+.-]*:|^//", url, re.I), url
        if not url.startswith(("data:", "#")):
            assert (out / url.split("#")[0]).exists(), url
    assert not [t for t, _ in doc.tags if t in ("script", "link", "iframe", "object", "embed")]
    assert "require.js" not in (out / f"{name}.html").read_text(encoding="utf-8")


def test_every_page_has_navigation_at_top_and_bottom(report_site) -> None:
    out = report_site.out
    titles = [report.title_of(ROOT / "notebooks" / f"{n}.ipynb") for n in NAMES]
    for i, name in enumerate(NAMES):
        doc = page(out, name)
        expected = ([(f"{NAMES[i - 1]}.html", f"← {titles[i - 1]}")] if i else []) + \
                   [("index.html", "Index of reports")] + \
                   ([(f"{NAMES[i + 1]}.html", f"{titles[i + 1]} →")] if i + 1 < len(NAMES) else [])
        assert doc.navs == [expected, expected]


def test_index_shows_corpus_parameters_questions_findings_and_links(report_site) -> None:
    out = report_site.out
    doc = page(out, "index")
    visible = " ".join(" ".join(doc.text).split())
    assert doc.title == "Reports"
    assert "Corpus data/articles (5 articles)" in visible
    assert re.search(r"Run \d{4}-\d{2}-\d{2} \d{2}:\d{2}", visible)
    assert "Notebooks all 4 ran" in visible
    assert "actor_a = Kosovo actor_b = Serbia date_from = 2023-01-01" in visible
    hrefs = doc.urls()
    for name in NAMES:
        source = ROOT / "notebooks" / f"{name}.ipynb"
        assert f"{name}.html" in hrefs and f"{name}.ipynb" in hrefs and f"summaries/{name}.json" in hrefs
        assert report.title_of(source) in visible
        assert f"Question: {report.question_of(source)}" in visible
        summary = json.loads((out / "summaries" / f"{name}.json").read_text(encoding="utf-8"))
        assert summary["findings"], name
        for finding in summary["findings"]:
            assert " ".join(finding.split()) in visible
    assert report.question_of(ROOT / "notebooks" / "01_chronology.ipynb") == \
        "What happened, when, and according to how many independent sources?"


# ---------------------------------------------------------------- failures


def test_a_failing_notebook_does_not_stop_the_others(tmp_path: Path) -> None:
    books = [ok_notebook(tmp_path / "a_first.ipynb", "First"), bad_notebook(tmp_path / "b_broken.ipynb"),
             ok_notebook(tmp_path / "c_last.ipynb", "Last")]
    out = tmp_path / "reports"
    run = run_reports({}, out, notebooks=books)
    assert [p.name for p in run.failed] == ["b_broken"]
    # a cell's error alone: what the kernel printed on its way out is left aside (a loaded machine once had libzmq
    # print an assertion there)
    error = run.failed[0].error
    assert error == "ZeroDivisionError: division by zero"
    assert run.summary_line() == f"1 of 3 notebooks failed: b_broken ({error}); see {out / 'index.html'}"
    for name in ("a_first", "c_last"):
        doc = page(out, name)
        assert "It ran <b>once</b>." in " ".join(doc.text)  # the finding, escaped: shown as text
        assert json.loads((out / "summaries" / f"{name}.json").read_text())["findings"] == ["It ran <b>once</b>."]
        assert sorted(p.name for p in (out / "charts").glob(f"{name}-*")) == [f"{name}-tiny-bars.csv",
                                                                              f"{name}-tiny-bars.png"]
    broken = (out / "b_broken.html").read_text(encoding="utf-8")
    text = " ".join(" ".join(Page(broken).text).split())
    assert "This notebook failed. ZeroDivisionError: division by zero" in text
    assert "before the failure" in text and "never reached" not in text
    assert "Traceback" not in broken and "\x1b[" not in broken and "papermill" not in broken.lower()
    assert text.count("ZeroDivisionError") == 2  # the banner and the failing cell, nothing else
    index = " ".join(" ".join(page(out, "index").text).split())
    assert "Notebooks 1 of 3 failed" in index
    assert "Broken Failed: ZeroDivisionError: division by zero Question: What if it fails?" in index
    assert "First Question: Does it run? Key findings It ran <b>once</b>." in index
    assert page(out, "c_last").navs[0] == [("b_broken.html", "← Broken"), ("index.html", "Index of reports")]


def test_cli_exits_1_with_one_line_when_a_notebook_fails(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    ok_notebook(folder / "00_fine.ipynb")
    bad_notebook(folder / "01_broken.ipynb")
    monkeypatch.setattr(report, "NOTEBOOKS", folder)
    out = tmp_path / "reports"
    assert main(["report", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (f"error: 1 of 2 notebooks failed: 01_broken (ZeroDivisionError: division by zero); "
                   f"see {out / 'index.html'}\n")
    assert (out / "00_fine.html").exists() and (out / "01_broken.html").exists()


# ---------------------------------------------------------------- parameters


@pytest.mark.parametrize(("value", "message"), [
    ("notadate", DATE_ERROR),
    ("2023-13", "'2023-13' is not a date (no such day or month)"),
    ("2023-02-30", "'2023-02-30' is not a date (no such day or month)"),
])
def test_an_invalid_date_is_an_error_before_anything_runs(tmp_path: Path, capsys, value: str, message: str) -> None:
    out = tmp_path / "reports"
    assert main(["report", "-p", "date_from", value, "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"error: parameter date_from: {message}\n"
    assert not out.exists()


def test_a_range_that_ends_before_it_starts_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["report", "-p", "date_from", "2024", "-p", "date_to", "2023-06", "--out", str(tmp_path / "r")]) == 1
    assert capsys.readouterr().err == ("error: parameters date_from '2024' and date_to '2023-06': the range ends "
                                       "before it starts\n")


def test_date_bounds_cover_the_whole_year_or_month() -> None:
    assert date_bound("2023", end=False) == pd.Timestamp("2023-01-01")
    assert date_bound("2023", end=True) == pd.Timestamp("2023-12-31")
    assert date_bound("2023-06", end=True) == pd.Timestamp("2023-06-30")
    assert date_bound("2024-02", end=True) == pd.Timestamp("2024-02-29")
    assert date_bound("2023-06-05", end=True) == pd.Timestamp("2023-06-05")
    assert date_bound(" ", end=True) is None
    with pytest.raises(ValueError, match=re.escape(DATE_ERROR)):
        date_bound("notadate", end=False)
    start = pd.Series(pd.to_datetime(["2023-12-31", "2024-01-01", "2023-06-30", "2023-07-01", "2022-01-01"]))
    end = pd.Series(pd.to_datetime(["2023-12-31", "2024-01-31", None, None, "2022-12-31"]))
    assert overlaps_range(start, end, "", "2023").tolist() == [True, False, True, True, True]
    assert overlaps_range(start, end, "2023-06", "2023-06").tolist() == [False, False, True, False, False]
    assert overlaps_range(start, end, "2023-07-01", "").tolist() == [True, True, False, True, False]


def test_an_actor_that_matches_nothing_is_a_printed_warning(tmp_path: Path, capsys) -> None:
    out = tmp_path / "reports"
    run = run_reports({"actor_a": "Narnia"}, out, notebooks=[ok_notebook(tmp_path / "t.ipynb")])
    warning = ("parameter actor_a: 'Narnia' matches no actor in the corpus or the actor dictionary; the reports "
               "will say so (use a country, organisation or person name, alias or id)")
    assert run.warnings == [warning] and run.failed == []
    assert f"warning: {warning}\n" in capsys.readouterr().err
    assert f"Warnings {warning}" in " ".join(" ".join(page(out, "index").text).split())


def test_cli_warns_on_an_unmatched_actor_and_exits_0(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    ok_notebook(folder / "00_fine.ipynb")
    monkeypatch.setattr(report, "NOTEBOOKS", folder)
    assert main(["report", "-p", "actor_a", "Kosovo", "--out", str(tmp_path / "ok")]) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(["report", "-p", "actor_a", "Narnia", "--out", str(tmp_path / "narnia")]) == 0
    assert capsys.readouterr().err.startswith("warning: parameter actor_a: 'Narnia' matches no actor")


def test_a_relative_corpus_path_is_read_from_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "work" / "mycorpus"
    corpus.mkdir(parents=True)
    first = sorted(CORPUS.glob("*.txt"))[0]
    shutil.copy(first, corpus / first.name)
    monkeypatch.chdir(tmp_path / "work")
    out = tmp_path / "work" / "reports"
    book = notebook(tmp_path / "t.ipynb", [("md", "# T"), ("code", "print(corpus)")], parameters="corpus = ''")
    run = run_reports({"corpus": "mycorpus"}, out, notebooks=[book])
    assert run.corpus == "mycorpus" and run.n_articles == 1
    executed = nbformat.read(out / "t.ipynb", 4)
    assert executed.cells[-1].outputs[0].text == f"{corpus}\n"
    assert "Corpus mycorpus (1 article)" in " ".join(" ".join(page(out, "index").text).split())


def test_no_kernel_or_progress_warnings_reach_the_terminal(tmp_path: Path, capfd) -> None:
    run_reports({}, tmp_path / "reports", notebooks=[ok_notebook(tmp_path / "t.ipynb")])
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == f"wrote 1 reports and index.html to {tmp_path / 'reports'}\n"


# libzmq now and then aborts a kernel at shutdown, after its notebook has finished, writing this line on the kernel's
# own stderr (it failed one CI run); a kernel's exit handler writes the same line here, every time.
AT_EXIT = ('import atexit, os\n'
           'atexit.register(os.write, 2, b"Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)\\n")')


def test_what_a_kernel_prints_at_exit_does_not_reach_the_terminal(tmp_path: Path, capfd) -> None:
    book = notebook(tmp_path / "t.ipynb", [("md", "# T"), ("code", AT_EXIT)])
    run = run_reports({}, tmp_path / "reports", notebooks=[book])
    captured = capfd.readouterr()
    assert (run.failed, captured.err) == ([], "")


def test_a_dead_kernels_last_words_join_the_notebooks_error(tmp_path: Path, capfd) -> None:
    dying = "import os\nos.write(2, b'out of memory, giving up\\n')\nos._exit(3)"
    books = [notebook(tmp_path / "a_dies.ipynb", [("md", "# Dies"), ("code", dying)]),
             ok_notebook(tmp_path / "b.ipynb")]
    run = run_reports({}, tmp_path / "reports", notebooks=books)
    assert [(p.name, p.error) for p in run.failed] == [
        ("a_dies", "DeadKernelError: Kernel died (the kernel printed: out of memory, giving up)")]
    assert capfd.readouterr().err == ""


def test_executing_in_place_keeps_the_kernels_terminal_output_too(tmp_path: Path, capfd) -> None:
    book = notebook(tmp_path / "t.ipynb", [("md", "# T"), ("code", AT_EXIT + "\nprint('ran')")])
    execute_in_place(book)
    assert capfd.readouterr().err == ""
    assert nbformat.read(book, 4).cells[-1].outputs[0].text == "ran\n"
    dying = notebook(tmp_path / "d.ipynb", [("code", "import os\nos.write(2, b'segfault in libfoo\\n')\nos._exit(3)")])
    with pytest.raises(DeadKernelError) as caught:
        execute_in_place(dying)
    assert caught.value.__notes__ == ["the kernel printed: segfault in libfoo"]
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("value", ["/tmp/elsewhere", "../outside", "summaries/../../outside"])
def test_output_path_cannot_leave_the_report_folder(tmp_path: Path, value: str) -> None:
    with pytest.raises(ValueError, match="outside the report folder"):
        run_reports({"summary_out": value}, tmp_path / "reports")
    assert not (tmp_path / "reports").exists() and not (tmp_path / "outside").exists()


def test_missing_corpus_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        run_reports({"corpus": "no/such/folder"}, tmp_path / "reports")


def test_unknown_parameter_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown parameter.*colour"):
        run_reports({"colour": "red"}, tmp_path / "reports")


def test_values_are_converted_to_the_declared_type() -> None:
    assert convert("actors", "[Serbia, Kosovo]", []) == ["Serbia", "Kosovo"]
    assert convert("actors", "Serbia", []) == ["Serbia"]
    assert convert("date_from", "2023-01-01", "") == "2023-01-01"
    assert convert("n", "3", 1) == 3
    with pytest.raises(ValueError, match="expected int"):
        convert("n", "three", 1)


def test_markdown_escaping_neutralises_article_text() -> None:
    hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> [link](http://evil.example) &amp; *b* `c`'
    safe = md_escape(hostile)
    assert "<" not in safe and ">" not in safe and "](" not in safe and "&amp;amp;" in safe
    assert "\\*b\\*" in safe and "\\`c\\`" in safe


# ---------------------------------------------------------------- make lab


def test_make_lab_allows_root_only_as_root() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}  # under make test
    dry = subprocess.run(["make", "--no-print-directory", "-n", "-o", ".venv/.installed", "lab"], cwd=ROOT,
                         capture_output=True, text=True, check=True, env=env).stdout.strip().splitlines()
    expected = ".venv/bin/jupyter lab notebooks" + (" --allow-root" if os.geteuid() == 0 else "")
    assert dry[-1] == expected


def test_index_shows_summary_keys_escaped(tmp_path: Path) -> None:
    pages = [report.Page("n1", "Title from the notebook", "Question from the notebook?", summary={
        "title": "Summary <script>alert(1)</script> title", "question": "Is <b>this</b> shown?",
        "findings": ["One & two.", "<img src=x onerror=alert(2)>"], "notes": "actor 'Narnia' matched nothing"}),
             report.Page("n2", "Second", error="KeyError: 'x'")]
    run = report.Run(tmp_path, pages, ["a <warning>"], "data/articles", 1)
    text = report.index_page(run, {"actor_a": "<Narnia>"}, "2026-01-01 00:00 UTC")
    doc = Page(text)
    assert not [t for t, _ in doc.tags if t in ("script", "b") or (t == "img")]
    visible = " ".join(" ".join(doc.text).split())
    assert ("Corpus data/articles (1 article) Run 2026-01-01 00:00 UTC Notebooks 1 of 2 failed "
            "Parameters actor_a = <Narnia> Warnings a <warning>") in visible
    assert ("Summary <script>alert(1)</script> title Question: Is <b>this</b> shown? Key findings One & two. "
            "<img src=x onerror=alert(2)> Notes actor 'Narnia' matched nothing report · notebook · summary (JSON)"
            ) in visible
    assert "Second Failed: KeyError: 'x' report · notebook" in visible
