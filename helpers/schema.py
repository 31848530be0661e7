"""The tables' columns, types and sort order: the one definition every layer and the README's dictionary follow.

Each table is a list of (column, Arrow type). Offsets (`start`, `end`) are character offsets into
`articles.text`; `text[start:end]` is the row's `text`.
"""

from __future__ import annotations

import pyarrow as pa

S, INT, F = pa.string(), pa.int64(), pa.float64()
TS = pa.timestamp("us")
LS = pa.list_(pa.string())
OFFSETS = [("article_id", S), ("sentence_id", INT), ("start", INT), ("end", INT), ("text", S)]

SCHEMAS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [("article_id", S), ("title", S), ("dateline", S), ("byline", S), ("outlet", S), ("url", S),
                 ("published", TS), ("published_basis", S), ("language", S), ("text", S), ("boilerplate", LS),
                 ("n_words", INT), ("n_sentences", INT), ("sha256", S), ("source", S), ("record", S), ("warnings", LS),
                 ("extra", S), ("duplicate_group", S)],
    "problems": [("source", S), ("record", S), ("reason", S), ("detail", S)],
    "sentences": OFFSETS,
    "mentions": OFFSETS + [("actor", S), ("actor_id", S), ("actor_type", S), ("country", S), ("role", S)],
    "timexes": OFFSETS + [("value", S), ("precision", S), ("modifier", S), ("anchor", S), ("date_start", TS),
                          ("date_end", TS), ("reference_basis", S)],
    "figures": OFFSETS + [("value", F), ("unit", S), ("category", S), ("approx", S), ("subject", S),
                          ("subject_actor", S), ("whole", F), ("number_start", INT), ("number_end", INT)],
    "claims": OFFSETS + [("measure", S), ("subject", S), ("value", F), ("unit", S), ("approx", S), ("date_start", TS),
                         ("date_end", TS), ("date_basis", S), ("claim_id", S), ("n_sources", INT)],
    "quotes": OFFSETS + [("speaker", S), ("speaker_name", S), ("speaker_role", S), ("cue", S), ("kind", S),
                         ("n_words", INT)],
    "events": [("event_id", S), ("article_id", S), ("sentence_id", INT), ("start", INT), ("end", INT), ("text", S),
               ("value", S), ("precision", S), ("modifier", S), ("date_start", TS), ("date_end", TS),
               ("actors", LS), ("label", S), ("sentence", S), ("n_sources", INT)],
}
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "problems": ["source", "record", "reason"],
    "sentences": ["article_id", "start", "end"],
    "mentions": ["article_id", "start", "end"],
    "timexes": ["article_id", "start", "end"],
    "figures": ["article_id", "start", "end"],
    "claims": ["article_id", "start", "end"],
    "quotes": ["article_id", "start", "end"],
    "events": ["event_id", "article_id", "start"],
}
TABLES = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    """Return the column names of `table`, in order."""
    return [name for name, _ in SCHEMAS[table]]


def shared_columns(table: str, source: str) -> list[str]:
    """Return the columns of `table` that it takes from `source` (events take these from timexes), in order."""
    have = set(columns(source))
    return [c for c in columns(table) if c in have]
