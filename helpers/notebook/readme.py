"""The README's "Findings" section: computed from the default corpus by the same pages the notebooks show.

`python -m helpers readme` rewrites the block between the FINDINGS markers in README.md and the chart images (PNG
plus the CSV of their data) under docs/findings/; `tests/test_readme.py` fails when either is out of date.
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .. import load_corpus
from ..paths import GOLD, ROOT
from . import charts, chronology, posture, relations, sources
from .page import Page

README = ROOT / "README.md"
DOCS = ROOT / "docs" / "findings"
START, END = "<!-- FINDINGS:START (python -m helpers readme) -->", "<!-- FINDINGS:END -->"
# (page name, finding key, file stem): the charts the README shows
PICTURES = [("02_force_posture", "strength", "kfor-strength"), ("02_force_posture", "casualties", "casualties"),
            ("03_relations", "stance", "serbia-turkiye-stance")]


def pages() -> list[Page]:
    """Build the four notebooks' pages on the default corpus with their default parameters."""
    charts.style()
    corpus = load_corpus(progress=False)
    return [sources.build(corpus, gold=GOLD), chronology.build(corpus), posture.build(corpus),
            relations.build(corpus)]


def repository() -> str:
    """Return the GitHub "owner/name" of the project ([tool.kosovo-kfor] repository in pyproject.toml)."""
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return spec.get("tool", {}).get("kosovo-kfor", {}).get("repository", "")


def badges(repo: str) -> str:
    """Return the nbviewer and Binder launch badges for a GitHub repository ("" when none is configured)."""
    if not repo:
        return ""
    binder = f"https://mybinder.org/v2/gh/{repo}/HEAD?labpath=notebooks"
    viewer = f"https://nbviewer.org/github/{repo}/tree/HEAD/notebooks/"
    return (f"[![Binder](https://mybinder.org/badge_logo.svg)]({binder}) "
            f"[![nbviewer](https://img.shields.io/badge/render-nbviewer-orange.svg)]({viewer})\n\n")


def block(built: list[Page]) -> str:
    """Return the Markdown of the Findings section (between the markers)."""
    lines = [START, "", badges(repository()).rstrip(), ""] if repository() else [START, ""]
    lines.append("Computed from the five default articles by `python -m helpers readme` (the same code as the "
                 "notebooks; a test keeps this section current). Each notebook states its findings first, then the "
                 "chart and the evidence rows behind each one.")
    lines.append("")
    for page in built:
        lines.append(f"**[{page.title}](notebooks/{page.name}.ipynb)** — {page.question}")
        lines.append("")
        lines += [f"- {f.heading}" for f in page.findings]
        lines.append("")
    for name, key, stem in PICTURES:
        page = next(p for p in built if p.name == name)
        lines.append(f"![{page.get(key).heading}](docs/findings/{stem}.png)")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def chart_files(built: list[Page]) -> dict[str, bytes]:
    """Render the README's charts: {file name: bytes} for each PNG and the CSV of its data."""
    out = {}
    for name, key, stem in PICTURES:
        finding = next(p for p in built if p.name == name).get(key)
        fig = finding.chart()
        charts.caption(fig, finding.caption)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=charts.DPI, metadata={"Software": None})
        plt.close(fig)
        out[f"{stem}.png"] = buf.getvalue()
        data = finding.data if isinstance(finding.data, pd.DataFrame) else pd.DataFrame(finding.data)
        out[f"{stem}.csv"] = data.to_csv(index=False).encode("utf-8")
    return out


def current_readme(text: str, new_block: str) -> str:
    """Return README text with its Findings block replaced (the markers must be present)."""
    if START not in text or END not in text:
        raise ValueError(f"README.md has no findings markers ({START} … {END})")
    head, rest = text.split(START, 1)
    return head + new_block + rest.split(END, 1)[1]


def write() -> list[Path]:
    """Rewrite README.md's Findings block and docs/findings/; return the files written."""
    built = pages()
    README.write_text(current_readme(README.read_text(encoding="utf-8"), block(built)), encoding="utf-8")
    DOCS.mkdir(parents=True, exist_ok=True)
    written = [README]
    for file, data in chart_files(built).items():
        (DOCS / file).write_bytes(data)
        written.append(DOCS / file)
    return written
