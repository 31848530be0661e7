"""Research-database exports (Nexis Uni, Factiva, ProQuest, Gale, EBSCO): a record's fields around the story, its
headline and its publication date. The labels, codes and markers are data (`data/records.yaml`); the cleaner
(`helpers.extract.clean`) takes what this module finds before it reads the page as a web page."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load
from .lines import STOPS, date_line, n_words

_MDY = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Record:
    """What a database record says around its story: the lines that are no story, the headline and where it
    stands, the publication date and the byline."""

    furniture: frozenset[int]
    title: str | None
    title_line: int | None
    published: dt.date | None
    byline: str | None
    documents: int = 1  # how many documents the file holds (a multi-document download counts each)


@dataclass(frozen=True)
class _Line:
    """One classified line of a record: a field (with its lower-case label and value) or a marker."""

    kind: str  # "field" or "marker"
    label: str
    value: str


@lru_cache(maxsize=1)
def rules() -> dict:
    """Load and compile data/records.yaml once."""
    spec = load("records")
    labels = sorted({str(x).lower() for x in spec["labels"]}, key=len, reverse=True)
    codes = sorted({str(x) for x in spec["codes"]}, key=len, reverse=True)
    label_alt = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in labels)  # "company / organization"
    return {
        "field": re.compile(rf"(?P<label>{label_alt})\s*:\s*(?P<value>.*)", re.I),
        "code": re.compile(rf"(?P<label>{'|'.join(map(re.escape, codes))})(?:\s+(?P<value>\S.*))?"),
        "marker": re.compile("|".join(f"(?:{m})" for m in spec["markers"]), re.I),
        "cover": re.compile(spec["cover_entry"]),
        "body": frozenset(str(x).lower().rstrip(":") for x in spec["body_fields"]),
        "title": frozenset(str(x).lower() for x in spec["title_fields"]),
        "dates": {str(k).lower(): str(v) for k, v in spec["date_fields"].items()},
        "bylines": frozenset(str(x).lower() for x in spec["byline_fields"]),
        "min_fields": int(spec["min_fields"]), "min_lines": int(spec["min_field_lines"]),
        "value_words": int(spec["value_words"]),
        "document_end": re.compile(spec["document_end"], re.I),
    }


def _classify(s: str, r: dict) -> _Line | None:
    """Tell what a stripped line is in a record: a marker, a Factiva code, a labelled field, or None (text)."""
    if r["marker"].fullmatch(s):
        return _Line("marker", s.lower().rstrip(": "), "")
    if (m := r["code"].fullmatch(s)) is not None:
        return _Line("field", m["label"].lower(), (m["value"] or "").strip())
    if (m := r["field"].fullmatch(s)) is not None:
        return _Line("field", " ".join(m["label"].lower().split()), m["value"].strip())
    return None


def read_record(lines: list[str]) -> Record | None:
    """Read a page as a database record, or return None when it holds too few of a record's fields."""
    r = rules()
    rows = [i for i, s in enumerate(lines) if s.strip()]
    kinds = {i: k for i in rows if (k := _classify(lines[i].strip(), r)) is not None}
    fields = [k for k in kinds.values() if k.kind == "field"]
    if len({k.label for k in fields}) < r["min_fields"] or len(fields) < r["min_lines"]:
        return None
    values = _bare_values(lines, rows, kinds, r)
    body = _body(rows, kinds, values, r)
    first = min(body, default=len(lines))  # once: a download of many documents has thousands of lines
    head = [i for i in rows if i not in kinds and i not in values and i < first]
    title, title_line = _title(lines, head, kinds, values, r)
    furniture = frozenset(i for i in rows if i not in body and i != title_line)
    ends = sum(1 for k in kinds.values() if k.kind == "marker" and r["document_end"].fullmatch(k.label))
    starts = max(Counter(k.label for k in kinds.values() if k.label in r["body"] and not k.value).values(),
                 default=1)
    return Record(furniture, title, title_line, _published(lines, head, kinds, values, r),
                  _byline(lines, kinds, values, r), max(ends, starts, 1))


def _bare_values(lines: list[str], rows: list[int], kinds: dict[int, _Line], r: dict) -> dict[int, int]:
    """Map each line that is the value of a bare label ("Authors:" over "Whitaker, Frank") to its label's line: the
    first line under the label always, the next ones while they are short items and no field or marker."""
    values: dict[int, int] = {}
    for k, i in enumerate(rows):
        line = kinds.get(i)
        if line is None or line.kind != "field" or line.value or line.label in r["body"]:
            continue
        for n, j in enumerate(rows[k + 1:]):
            s = lines[j].strip()
            if j in kinds or n and (n_words(s) > r["value_words"] or s.endswith(STOPS)):
                break
            values[j] = i
    return values


def _body(rows: list[int], kinds: dict[int, _Line], values: dict[int, int], r: dict) -> set[int]:
    """Return the story's lines: after each body field up to the record's next field or marker, or, where the
    record has none (EBSCO), its longest run of lines that are no field, marker or value."""
    starts = [k for k, i in enumerate(rows) if (f := kinds.get(i)) is not None and f.label in r["body"] and not f.value]
    body: set[int] = set()
    if starts:
        for k in starts:
            for j in rows[k + 1:]:
                if j in kinds:
                    break
                body.add(j)
        return body
    run: list[int] = []
    best: list[int] = []
    for i in rows:
        if i in kinds or i in values:
            run = []
            continue
        run.append(i)
        if len(run) > len(best):
            best = list(run)
    return set(best)


def _title(lines: list[str], head: list[int], kinds: dict[int, _Line], values: dict[int, int],
           r: dict) -> tuple[str | None, int | None]:
    """Return the headline and the line that holds it alone: a title field's value, else the first line of the
    record's head that is no date and no entry of the download's cover page."""
    for i, k in kinds.items():
        if k.kind == "field" and k.label in r["title"]:
            under = next((j for j, owner in values.items() if owner == i), None)
            text = k.value or (lines[under].strip() if under is not None else "")
            if text:
                own = under if under is not None else next((j for j in head if lines[j].strip() == text), None)
                return text, own
    for i in head:
        s = lines[i].strip()
        if not r["cover"].fullmatch(s) and date_line(s) is None and n_words(s) >= 3:
            return s, i
    return None, None


def _published(lines: list[str], head: list[int], kinds: dict[int, _Line], values: dict[int, int],
               r: dict) -> dt.date | None:
    """Return the publication date a record gives: its first date field, else the first date line of its head
    (never the download's, load or access date: those fields are none of `date_fields`)."""
    for i, k in sorted(kinds.items()):
        mode = r["dates"].get(k.label) if k.kind == "field" else None
        if mode is None:
            continue
        text = k.value or " ".join(lines[j].strip() for j, owner in sorted(values.items()) if owner == i)
        if (d := _field_date(text, mode)) is not None:
            return d
    return next((d for i in head if (d := date_line(lines[i].strip())) is not None), None)


def _field_date(text: str, mode: str) -> dt.date | None:
    """Read a date field's value: as a date line, or ("mdy") the first numeric date written month first in it."""
    if mode == "mdy":
        if (m := _MDY.search(text)) is None:
            return None
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    return date_line(text, furniture=True)


def _byline(lines: list[str], kinds: dict[int, _Line], values: dict[int, int], r: dict) -> str | None:
    """Return the first byline field's value (inline, or the first line under a bare label)."""
    for i, k in sorted(kinds.items()):
        if k.kind != "field" or k.label not in r["bylines"]:
            continue
        under = min((j for j, owner in values.items() if owner == i), default=None)
        if text := k.value or (lines[under].strip() if under is not None else ""):
            return text
    return None
