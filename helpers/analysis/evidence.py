"""Evidence tables: any rows joined to the sentence they were read from."""

from __future__ import annotations

import re

import pandas as pd


def evidence(rows: pd.DataFrame, sentences: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """Return an evidence table: the given columns plus article_id, sentence_id and the sentence text, sorted."""
    columns = [c for c in (columns or []) if c in rows.columns and c not in ("article_id", "sentence_id")]
    base = rows[["article_id", "sentence_id", *columns]].copy()
    sent = sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"})
    out = base.merge(sent, on=["article_id", "sentence_id"], how="left")
    out["sentence"] = out["sentence"].fillna("").map(lambda s: re.sub(r"\s+", " ", s).strip())
    return out.sort_values(["article_id", "sentence_id", *columns[:1]], kind="stable").reset_index(drop=True)
