"""The report command: parameters checked and converted, HTML without code, an escaped index, no writes outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.notebook.display import md_escape
from helpers.notebook.report import convert, run_reports


def test_run_reports_writes_html_and_index(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    run_reports({"actor_a": "Kosovo", "actor_b": "Serbia", "date_from": "2023-01-01"}, out)
    names = ["00_corpus_and_sources", "01_chronology", "02_force_posture", "03_relations"]
    for name in names:
        assert (out / f"{name}.ipynb").exists()
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "nb.setup()" not in page  # code cells are hidden
        assert "Traceback" not in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{n}.html"' in index for n in names)
    assert sorted(p.name for p in (out / "summaries").iterdir()) == [f"{n}.json" for n in names]
    assert not list(tmp_path.glob("*.json"))


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
