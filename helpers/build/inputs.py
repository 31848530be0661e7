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
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..extract.clean import only_furniture
from ..extract.document import RawArticle
from ..extract.markup import unmark

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES  # every input a build reads
SIDECAR_NAMES = {"metadata.csv", "_metadata.csv", "sidecar.csv"}
DOC_NAME = re.compile(r"^(readme|license|licence|changelog|copying)(\.[a-z0-9]+)?$", re.I)
TEXT_KEYS = ("text", "body", "content", "article", "maintext")
ID_KEYS = ("id", "article_id", "doc_id", "docid", "uid")
FILE_KEYS = ("file", "filename", "path", "name")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_DATE_PREFIX = re.compile(r"\A\s*date[ :]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


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
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"]
        except UnicodeDecodeError as err:
            return (data.decode("utf-16", errors="replace"),
                    [f"invalid UTF-16 at byte {err.start}; decoded as UTF-16 (byte order mark), "
                     "bad bytes replaced by U+FFFD"])
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        where = f"invalid UTF-8 at byte {err.start}"
    try:
        return data.decode("cp1252"), [f"{where}; decoded as cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [f"{where}; decoded as Latin-1"]


def normalise(text: str) -> str:
    """Normalise line ends (CRLF, CR to LF), drop a stray BOM and control characters, compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x0c", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- text files


class _FrontMatterLoader(yaml.SafeLoader):
    """A safe YAML loader that keeps dates as the strings written (a bad date is a warning, not a crash)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SCALARS = (str, int, float, bool)


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Split a leading `---` YAML block from text; return (metadata, body, warnings).

    Only scalar values and lists of scalars are kept; other values (nested mappings, lists of lists) are dropped
    with a warning. YAML is parsed with the safe loader: tags that would construct objects are an error.
    """
    if not text.startswith("---"):
        return {}, text, []
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, ["front matter not closed by '---'; read as body text"]
    try:
        meta = yaml.load(m.group(1), Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        return {}, text[m.end():], ["front matter is not valid YAML (nested too deeply); ignored"]
    except (yaml.YAMLError, ValueError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        return {}, text[m.end():], [f"front matter is not valid YAML ({first}); ignored"]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, text[m.end():], ["front matter is not a mapping; ignored"]
    out, warnings = {}, []
    for key, value in meta.items():
        if value is None or isinstance(value, _SCALARS) or (
                isinstance(value, list) and all(isinstance(v, _SCALARS) for v in value)):
            out[str(key).lower()] = value
        else:
            warnings.append(f"front matter key {str(key)[:40]!r} is not a value or a list of values; ignored")
    return out, text[m.end():], warnings


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
    body, feed_meta = _unmarked(body, warnings)
    prefix_date, body = split_date_prefix(body)
    if prefix_date:
        meta.setdefault("text_date", prefix_date)
    for key, value in {**sidecar, **feed_meta}.items():
        meta.setdefault(key, value)
    if not body.strip():
        return Problem(str(path), None, "no text", "only front matter or a date line, no body")
    if (furniture := only_furniture(body)) is not None:
        return Problem(str(path), None, "no text", furniture)
    return RawArticle(article_id, str(path), None, body, sha256(data), meta, warnings)


def _unmarked(text: str, warnings: list[str]) -> tuple[str, dict]:
    """Plain text of a body that still carries feed, HTML or Markdown markup, with a warning saying so."""
    plain, meta, kind = unmark(text)
    if kind:
        warnings.append(f"{kind} markup converted to plain text" + (" (the first item)" if kind == "feed" else ""))
    return plain, meta


# --------------------------------------------------------------------------- records


def _first(record: dict, keys: tuple[str, ...]):
    """Return the first present, non-empty value among `keys` of a record."""
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def record_to_article(record: dict, source: str, where: str, default_id: str,
                      warnings: list[str] | None = None) -> RawArticle | Problem:
    """Turn one JSON/CSV record into a RawArticle, or a Problem when it has no usable text."""
    record = {str(k).lower(): v for k, v in record.items()}
    rid = _first(record, ID_KEYS)
    article_id = str(rid) if rid is not None else default_id
    text = _first(record, TEXT_KEYS)
    if text is None or not isinstance(text, str) or not text.strip():
        return Problem(source, where, "record without text", f"id {article_id}")
    warnings = list(warnings or [])
    text, feed_meta = _unmarked(normalise(text), warnings)
    if not text.strip():
        return Problem(source, where, "record without text", f"id {article_id}")
    if (furniture := only_furniture(text)) is not None:
        return Problem(source, where, "no text", furniture)
    meta = {**feed_meta, **{k: v for k, v in record.items() if k not in TEXT_KEYS and k not in ID_KEYS}}
    raw = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return RawArticle(article_id, source, where, text, sha256(raw), meta, warnings)


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
    text, warnings = decode(line)
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        return Problem(str(path), where, "invalid JSON", (str(err).splitlines() or [type(err).__name__])[0])
    if not isinstance(record, dict):
        return Problem(str(path), where, "record is not an object", type(record).__name__)
    return record_to_article(record, str(path), where, f"{path.stem}-{where.split()[-1]}", warnings)


def _csv_lines(path: Path, fallbacks: list[str] | None = None) -> Iterator[str]:
    """Yield decoded lines of a CSV file: UTF-8, each invalid line decoded as cp1252 (warnings to `fallbacks`)."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            text, warnings = decode(raw)
            if warnings and fallbacks is not None:
                fallbacks.append(f"CSV line {lineno}: {warnings[0]}")
            yield text


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
    fallbacks: list[str] = []
    try:
        for rowno, row in enumerate(csv.DictReader(_csv_lines(path, fallbacks)), start=1):
            row = {k: v for k, v in row.items() if k is not None}
            warnings, fallbacks[:] = list(fallbacks), []
            yield record_to_article(row, str(path), f"row {rowno}", f"{path.stem}-{rowno}", warnings)
    except csv.Error as err:
        yield Problem(str(path), None, "malformed CSV", str(err))


def read_sidecar(path: Path) -> dict[str, dict]:
    """Read a sidecar metadata CSV into {file name: metadata}."""
    out: dict[str, dict] = {}
    try:
        for row in csv.DictReader(_csv_lines(path)):
            row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
            name = _first(row, FILE_KEYS)
            if name:
                out[Path(str(name)).name] = {k: v for k, v in row.items()
                                             if k not in FILE_KEYS and v not in (None, "")}
    except (OSError, csv.Error):
        pass  # a sidecar that cannot be read adds no metadata; the articles themselves are still read
    return out


# --------------------------------------------------------------------------- HTML


def read_html(path: Path, data: bytes, article_id: str, sidecar: dict) -> RawArticle | Problem:
    """Extract main text and metadata from an HTML page with trafilatura."""
    import trafilatura  # deferred: optional and slow to import; only HTML inputs need it

    if not data.strip():
        return Problem(str(path), None, "empty file", f"{len(data)} bytes, no text")
    if looks_binary(data):
        return Problem(str(path), None, "binary file", "contains NUL or control bytes; not text")
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
    text = normalise(text)
    if (furniture := only_furniture(text)) is not None:
        return Problem(str(path), None, "no text", furniture)
    return RawArticle(article_id, str(path), None, text, sha256(data), meta, warnings)


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
            elif not entry.is_file():
                problems.append(Problem(str(path), None, "not a regular file", "a FIFO, socket or device; not read"))
            else:
                found.append(path)

    visit(root)
    return found


def article_id_for(path: Path, root: Path) -> str:
    """Return the stable id of a file article: its path below the corpus root, without suffix."""
    rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    return rel.with_suffix("").as_posix()


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
        files = list_inputs(root, problems, skipped)
        yield from problems
        for path, sidecar in files:
            yield from read_path(path, sidecar, article_id_for(path, root))


def list_inputs(root: Path, problems: list[Problem], skipped: list[str]) -> list[tuple[Path, dict]]:
    """List the input files under `root` with the sidecar metadata of each (sidecar CSVs are not inputs)."""
    files = walk(root, problems, skipped) if root.is_dir() else [root]
    sidecars = [p for p in files if p.suffix.lower() in CSV_SUFFIXES and is_sidecar(p)]
    meta_by_name: dict[str, dict] = {}
    for sc in sidecars:
        meta_by_name.update(read_sidecar(sc))
    return [(p, meta_by_name.get(p.name, {})) for p in files if p not in sidecars]


def read_path(path: Path, sidecar: dict, article_id: str | None = None) -> Iterator[RawArticle | Problem]:
    """Read one input file of any supported type (a file article gets `article_id`, default: the file name's stem)."""
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
    yield from _guard(path, lambda: iter([reader(path, data, article_id or path.stem, sidecar)]))


def _guard(path: Path, make: Callable[[], Iterator]) -> Iterator[RawArticle | Problem]:
    """Run a reader, turning an OS error or any other failure into a problem row instead of a crash."""
    try:
        yield from make()
    except OSError as err:
        yield Problem(str(path), None, "unreadable file", err.strerror or str(err))
    except Exception as err:  # noqa: BLE001 - one bad input must not stop the build
        yield Problem(str(path), None, "reader error", f"{type(err).__name__}: {str(err)[:200]}")
