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
    """Serbian officials praising Türkiye are not Serbia–Kosovo agreement: only passages about the other side count."""
    nb, s = run("03_relations", tmp_path, actor_a="Kosovo", actor_b="Serbia")
    assert s["sides"] == {"Kosovo": ["XKX"], "Serbia": ["SRB"]}
    assert s["passages"] == {"Kosovo": 0, "Serbia": 1}  # "our people in Kosovo" is a place, not an addressee
    assert s["Serbia → Kosovo"] == {"agreement": 0, "disagreement": 1}
    assert s["Kosovo → Serbia"] == {"agreement": 0, "disagreement": 0}


def test_relations_default_sides_count_copies_once(tmp_path: Path) -> None:
    """Seed 004 rewords 002: Aksoy's two passages about Serbia appear in both and count once each."""
    _, s = run("03_relations", tmp_path)
    assert s["passages"]["Türkiye"] == 2
    assert s["Türkiye → Serbia"] == {"agreement": 2, "disagreement": 0}


def test_chronology_restricted_to_2023(tmp_path: Path) -> None:
    nb, s = run("01_chronology", tmp_path, date_from="2023-01-01", date_to="2023-12-31")
    assert (s["dated_events"], s["first"], s["last"]) == (4, "2023-05-01", "2023-06-19")
    timeline = next(c for c in nb.cells if c.cell_type == "code" and 'page.show("events")' in c.source)
    assert "image/png" in json.dumps(timeline.outputs)


def test_force_posture_for_another_contributor(tmp_path: Path) -> None:
    """Strengths stay a series (3,800 then 4,511), reinforcements are never strengths; Italy has no contingent."""
    _, s = run("02_force_posture", tmp_path, contributor="Italy")
    assert s["strength_points"] == [["2023-06-13", 3800.0], ["2023-06-19", 4511.0]]
    assert s["contingent_points"] == []
    assert sorted(v for _, v, _ in s["reinforcements"]) == [500.0, 500.0, 700.0, 700.0]
    assert s["ledger"] == {"rounding": 1, "disagreement": 0}


def test_unknown_actor_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    nb, s = run("03_relations", tmp_path, actor_a="Atlantis")
    assert s["notes"] == ["The side 'Atlantis' matches no actor of this corpus or the actor dictionary."]
    text = text_outputs(nb)
    assert "Atlantis" in text and "Traceback" not in text
    assert all(o.output_type != "error" for c in nb.cells for o in c.get("outputs", []))


def test_empty_date_range_gives_a_message(tmp_path: Path) -> None:
    nb, s = run("01_chronology", tmp_path, date_from="1900-01-01", date_to="1900-12-31", actors=["Nowhere Land"])
    assert (s["dated_events"], s["first"], s["last"]) == (0, "", "")
    assert s["findings"][0] == "No dated event in the selection"
    assert "Nowhere Land" in text_outputs(nb)


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
