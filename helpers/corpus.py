"""Reading a corpus: files and records in, raw articles and problems out (nothing dropped silently).

Supported inputs, found recursively under a folder or given as files:
- `.txt` / `.md`: one article per file, with optional `---` YAML front matter and an optional
  `date YYYY-MM-DD` prefix; an optional sidecar `metadata.csv` (column `file`) adds metadata by file name;
- `.jsonl` / `.ndjson`: one article per JSON record, streamed line by line;
- `.csv`: one article per row (a `text` column), streamed; a CSV with a `file` column and no text column is
  a sidecar instead;
- `.html` / `.htm`: main text and metadata extracted with trafilatura.
Every input becomes a `RawArticle` or a problem row (source, record, reason, detail).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SIDECAR_NAMES = {"metadata.csv", "_metadata.csv", "sidecar.csv"}
DOC_NAME = re.compile(r"^(readme|license|licence|changelog|copying)(\.[a-z0-9]+)?$", re.I)
TEXT_KEYS = ("text", "body", "content", "article", "maintext")
ID_KEYS = ("id", "article_id", "doc_id", "docid", "uid")
FILE_KEYS = ("file", "filename", "path", "name")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_DATE_PREFIX = re.compile(r"\A\s*date[ :]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class RawArticle:
    """One article as read: decoded, normalised text plus whatever metadata the input carried."""

    article_id: str
    source: str
    record: str | None
    text: str
    sha256: str
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """An input that did not become an article, and why."""

    source: str
    record: str | None
    reason: str
    detail: str = ""

    def as_row(self) -> dict:
        """Return the problem as a `problems` table row."""
        return {"source": self.source, "record": self.record, "reason": self.reason, "detail": self.detail}


class CorpusPathError(FileNotFoundError):
    """The corpus path itself is missing or unusable: a problem with the whole run."""


# --------------------------------------------------------------------------- decoding


def looks_binary(data: bytes) -> bool:
    """Tell whether bytes are a binary file (NUL bytes or many control characters) rather than text."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM has NULs by design
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 (BOM), else cp1252/Latin-1 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        where = f"invalid UTF-8 at byte {err.start}"
    try:
        return data.decode("cp1252"), [f"{where}; decoded as cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [f"{where}; decoded as Latin-1"]


def normalise(text: str) -> str:
    """Normalise line ends (CRLF, CR to LF), drop a stray BOM, and compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- text files


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Split a leading `---` YAML block from text; return (metadata, body, warnings)."""
    if not text.startswith("---"):
        return {}, text, []
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, ["front matter not closed by '---'; read as body text"]
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as err:
        first = str(err).splitlines()[0] if str(err) else "invalid YAML"
        return {}, text[m.end():], [f"front matter is not valid YAML ({first}); ignored"]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, text[m.end():], ["front matter is not a mapping; ignored"]
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end():], []


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """Split the one-line `date YYYY-MM-DD` prefix some scraped files start with."""
    m = _DATE_PREFIX.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def read_text_file(path: Path, data: bytes, article_id: str, sidecar: dict) -> RawArticle | Problem:
    """Read one .txt/.md article from its bytes."""
    if not data.strip():
        return Problem(str(path), None, "empty file", f"{len(data)} bytes, no text")
    if looks_binary(data):
        return Problem(str(path), None, "binary file", "contains NUL or control bytes; not text")
    text, warnings = decode(data)
    text = normalise(text)
    meta, body, fm_warnings = split_front_matter(text)
    warnings += fm_warnings
    prefix_date, body = split_date_prefix(body)
    if prefix_date:
        meta.setdefault("text_date", prefix_date)
    for key, value in sidecar.items():
        meta.setdefault(key, value)
    if not body.strip():
        return Problem(str(path), None, "no text", "only front matter or a date line, no body")
    return RawArticle(article_id, str(path), None, body, sha256(data), meta, warnings)


# --------------------------------------------------------------------------- records


def _first(record: dict, keys: tuple[str, ...]):
    """Return the first present, non-empty value among `keys` of a record."""
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def record_to_article(record: dict, source: str, where: str, default_id: str) -> RawArticle | Problem:
    """Turn one JSON/CSV record into a RawArticle, or a Problem when it has no usable text."""
    record = {str(k).lower(): v for k, v in record.items()}
    rid = _first(record, ID_KEYS)
    article_id = str(rid) if rid is not None else default_id
    text = _first(record, TEXT_KEYS)
    if text is None or not isinstance(text, str) or not text.strip():
        return Problem(source, where, "record without text", f"id {article_id}")
    meta = {k: v for k, v in record.items() if k not in TEXT_KEYS and k not in ID_KEYS}
    raw = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return RawArticle(article_id, source, where, normalise(text), sha256(raw), meta, [])


def read_jsonl(path: Path) -> Iterator[RawArticle | Problem]:
    """Stream a JSON-lines file: one article or problem per non-empty line."""
    yield from read_jsonl_range(path, 0, -1, 1)


def read_jsonl_range(path: Path, start: int, end: int, first_line: int) -> Iterator[RawArticle | Problem]:
    """Stream the lines of a JSON-lines file from byte `start` to byte `end` (-1: to the end of the file)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        pos, lineno = start, first_line
        for line in fh:
            if 0 <= end <= pos:
                break
            pos += len(line)
            where = f"line {lineno}"
            lineno += 1
            if line.strip():
                yield parse_json_line(line, path, where)


def parse_json_line(line: bytes, path: Path, where: str) -> RawArticle | Problem:
    """Parse one JSON-lines record into an article or a problem."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return Problem(str(path), where, "invalid JSON", str(err).splitlines()[0])
    if not isinstance(record, dict):
        return Problem(str(path), where, "record is not an object", type(record).__name__)
    return record_to_article(record, str(path), where, f"{path.stem}-{where.split()[-1]}")


def _csv_lines(path: Path) -> Iterator[str]:
    """Yield decoded lines of a CSV file (UTF-8, falling back to cp1252 for the whole file)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            yield from fh
    except UnicodeDecodeError:
        with open(path, encoding="cp1252", errors="replace", newline="") as fh:
            yield from fh


def csv_columns(path: Path) -> list[str]:
    """Return the lower-cased header of a CSV file (empty when unreadable)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            return [c.strip().lower() for c in next(csv.reader(fh), [])]
    except OSError:
        return []


def is_sidecar(path: Path) -> bool:
    """Tell whether a CSV holds metadata for other files (a file column, no text column)."""
    cols = csv_columns(path)
    has_file = any(k in cols for k in FILE_KEYS)
    has_text = any(k in cols for k in TEXT_KEYS)
    return path.name.lower() in SIDECAR_NAMES or (has_file and not has_text)


def read_csv_articles(path: Path) -> Iterator[RawArticle | Problem]:
    """Stream a CSV file with one article per row."""
    cols = csv_columns(path)
    if not any(k in cols for k in TEXT_KEYS):
        yield Problem(str(path), None, "CSV without a text column", f"columns: {', '.join(cols) or 'none'}")
        return
    try:
        for rowno, row in enumerate(csv.DictReader(_csv_lines(path)), start=1):
            row = {k: v for k, v in row.items() if k is not None}
            yield record_to_article(row, str(path), f"row {rowno}", f"{path.stem}-{rowno}")
    except csv.Error as err:
        yield Problem(str(path), None, "malformed CSV", str(err))


def read_sidecar(path: Path) -> dict[str, dict]:
    """Read a sidecar metadata CSV into {file name: metadata}."""
    out: dict[str, dict] = {}
    for row in csv.DictReader(_csv_lines(path)):
        row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        name = _first(row, FILE_KEYS)
        if name:
            out[Path(str(name)).name] = {k: v for k, v in row.items() if k not in FILE_KEYS and v not in (None, "")}
    return out


# --------------------------------------------------------------------------- HTML


def read_html(path: Path, data: bytes, article_id: str, sidecar: dict) -> RawArticle | Problem:
    """Extract main text and metadata from an HTML page with trafilatura."""
    import trafilatura

    if not data.strip():
        return Problem(str(path), None, "empty file", f"{len(data)} bytes, no text")
    html, warnings = decode(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        return Problem(str(path), None, "no main text in HTML", "trafilatura found no article body")
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = doc.get("text") or ""
    if not text.strip():
        return Problem(str(path), None, "no main text in HTML", "trafilatura found no article body")
    meta = {k: doc.get(src) for k, src in
            (("title", "title"), ("author", "author"), ("url", "url"), ("published", "date"), ("outlet", "sitename"),
             ("language", "language")) if doc.get(src)}
    for key, value in sidecar.items():
        meta.setdefault(key, value)
    return RawArticle(article_id, str(path), None, normalise(text), sha256(data), meta, warnings)


# --------------------------------------------------------------------------- walking


def walk(root: Path, problems: list[Problem], skipped: list[str]) -> list[Path]:
    """List the files under `root` in sorted order, following symlinks once and recording loops/unreadables."""
    found: list[Path] = []
    seen_dirs: set[str] = set()

    def visit(folder: Path) -> None:
        real = os.path.realpath(folder)
        if real in seen_dirs:
            problems.append(Problem(str(folder), None, "symlink loop", f"directory already visited as {real}"))
            return
        seen_dirs.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            problems.append(Problem(str(folder), None, "unreadable directory", err.strerror or str(err)))
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError as err:
                problems.append(Problem(str(path), None, "unreadable entry", err.strerror or str(err)))
                continue
            if is_dir:
                visit(path)
            elif entry.is_symlink() and not path.exists():
                problems.append(Problem(str(path), None, "broken symlink", "link target does not exist"))
            elif DOC_NAME.match(entry.name):
                skipped.append(str(path))
            else:
                found.append(path)

    visit(root)
    return found


def iter_inputs(paths: list[Path], skipped: list[str] | None = None) -> Iterator[RawArticle | Problem]:
    """Yield a RawArticle or Problem for every input under `paths` (folders, files), in a stable order.

    Documentation files (README, LICENSE…) are not inputs: their paths are appended to `skipped`.
    """
    for root in paths:
        if not root.exists():
            raise CorpusPathError(f"corpus path does not exist: {root}")
    skipped = [] if skipped is None else skipped
    for root in paths:
        problems: list[Problem] = []
        files = walk(root, problems, skipped) if root.is_dir() else [root]
        yield from problems
        sidecars = [p for p in files if p.suffix.lower() in CSV_SUFFIXES and is_sidecar(p)]
        meta_by_name: dict[str, dict] = {}
        for sc in sidecars:
            meta_by_name.update(read_sidecar(sc))
        for path in files:
            if path in sidecars:
                continue
            yield from read_path(path, meta_by_name.get(path.name, {}))


def read_path(path: Path, sidecar: dict) -> Iterator[RawArticle | Problem]:
    """Read one input file of any supported type."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _guard(path, lambda: read_jsonl(path))
        return
    if suffix in CSV_SUFFIXES:
        yield from _guard(path, lambda: read_csv_articles(path))
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Problem(str(path), None, "unsupported file type", f"suffix {suffix or '(none)'}")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Problem(str(path), None, "unreadable file", err.strerror or str(err))
        return
    reader = read_html if suffix in HTML_SUFFIXES else read_text_file
    yield reader(path, data, path.stem, sidecar)


def _guard(path: Path, make: Callable[[], Iterator]) -> Iterator[RawArticle | Problem]:
    """Run a streaming reader, turning an OS error into a problem row instead of a crash."""
    try:
        yield from make()
    except OSError as err:
        yield Problem(str(path), None, "unreadable file", err.strerror or str(err))
