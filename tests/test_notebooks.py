"""The notebooks: papermill runs with non-default parameters, clear messages for empty selections, committed state."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import papermill
import pytest

from helpers.paths import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["00_corpus_and_sources", "01_chronology", "02_force_posture", "03_relations"]
ABSOLUTE = re.compile(r"(?:/home/|/work/|/tmp/|/Users/|[A-Z]:\\\\)|" + re.escape(str(ROOT)))
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def run(name: str, tmp_path: Path, **params) -> tuple[nbformat.NotebookNode, dict]:
    """Execute a notebook with papermill and return it with the headline numbers it wrote."""
    summary = tmp_path / "summary"
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out), kernel_name="python3",
                               parameters={**params, "summary_out": str(summary)}, cwd=str(NOTEBOOKS),
                               progress_bar=False, log_output=False)
    return nbformat.read(out, as_version=4), json.loads((summary / f"{name}.json").read_text(encoding="utf-8"))


def text_outputs(nb: nbformat.NotebookNode) -> str:
    """Concatenate every text output of a notebook (streams, plain text, Markdown, HTML)."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for mime in ("text/plain", "text/markdown", "text/html"):
                parts.append(out.get("data", {}).get(mime, ""))
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def test_relations_kosovo_and_serbia(tmp_path: Path) -> None:
    _, s = run("03_relations", tmp_path, actor_a="Kosovo", actor_b="Serbia")
    assert s["resolved"] and s["actor_a"] == ["XKX"] and s["actor_b"] == ["SRB"]
    assert s["co_sentences"] > 0 and s["speakers"] > 0 and s["quotes_b"] > 0
    assert s["agreement"] + s["disagreement"] > 0


def test_chronology_restricted_to_2023(tmp_path: Path) -> None:
    nb, s = run("01_chronology", tmp_path, date_from="2023-01-01", date_to="2023-12-31")
    assert s["dated_events"] > 0 and s["evidence_rows"] > 0
    assert s["first_year"] == 2023 and s["last_year"] == 2023
    [timeline] = [c for c in nb.cells if "charts.timeline(" in c.source]
    assert "image/png" in json.dumps(timeline.outputs)


def test_force_posture_for_another_contributor(tmp_path: Path) -> None:
    _, s = run("02_force_posture", tmp_path, contributor="italy")
    assert s["contributor"] == ["ITA"]
    assert s["force_strengths"] > 0 and s["injuries"] > 0 and s["contributor_injuries"] > 0 and s["ledger_pairs"] > 0


def test_unknown_actor_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    nb, s = run("03_relations", tmp_path, actor_a="Atlantis")
    assert not s["resolved"]
    text = text_outputs(nb)
    assert "No actor in this corpus matches" in text and "Atlantis" in text
    assert "Traceback" not in text and all(o.output_type != "error" for c in nb.cells for o in c.get("outputs", []))


def test_empty_date_range_gives_a_message(tmp_path: Path) -> None:
    nb, s = run("01_chronology", tmp_path, date_from="1900-01-01", date_to="1900-12-31", actors=["Nowhere Land"])
    assert s["dated_events"] == 0
    text = text_outputs(nb)
    assert "No dated event matches the selection" in text and "Nowhere Land" in text


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_is_clean(name: str) -> None:
    path = NOTEBOOKS / f"{name}.ipynb"
    assert path.stat().st_size < 1_000_000
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    outputs = [o for c in code for o in c.outputs]
    assert all(o.output_type != "error" for o in outputs)
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    text = text_outputs(nb)
    assert not ABSOLUTE.search(text), ABSOLUTE.search(text)
    assert not ADDRESS.search(text), ADDRESS.search(text)
    assert not TIMESTAMP.search(text), TIMESTAMP.search(text)
    assert "<Figure size" not in text
