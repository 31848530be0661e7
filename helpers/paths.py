"""Project paths, anchored at the repository root so code works from any working directory."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CORPUS = DATA / "articles"
GOLD = DATA / "gold" / "seeds.yaml"
SHARED = ROOT.parent / "shared"
