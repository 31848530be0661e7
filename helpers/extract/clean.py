"""Cleaning one article: page furniture out (kept aside), title, dateline and byline found, publication date and basis.

Furniture patterns live in `data/furniture.yaml`; nothing here names a site or an article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil import parser

from ..lexicon import load
from .dates import extract_timexes
from .document import ArticleDoc, RawArticle
from .repeats import line_key, reads_as_furniture
from .repeats import rules as repeats_rules
from .segment import is_hard_wrapped

_SENTENCE_END = ".!?;:,"
_STOPS = (".", "!", "?", "”", '"')
_QUOTATION_MARK = re.compile(r"[“”\"«»]")
_DIGIT = re.compile(r"\d")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,4}")  # "U.S." in a menu
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}")
_PULL_QUOTE = re.compile(r"[“\"«]([^“”\"«»]{10,300})[”\"»]")
_PULL_QUOTE_NOT_END = (".", "!", "?", ",", ";", ":")
_LABEL_COLON = re.compile(r"[\w’'-]+:\s")  # "Q: …", "Claim: …", "KURTI: …": content in the outlet's own layout
_NOT_TITLE_END = (*_SENTENCE_END, "”", '"', "’", ")", "…")
_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"  # capitals, with Latin Extended-A (ZVEČAN, ŠTRPCE); its small letters rarely stand in capitals
_DATELINE_LINE = re.compile(rf"^[{_UP}][{_UP} .'’-]{{2,40}}(?:,\s*[A-ZÀ-Þ][\w.'’ -]{{1,40}})?$")
_DATELINE_INLINE = re.compile(
    rf"^(?P<dl>[{_UP}][{_UP} ./'’-]{{2,40}}(?:,\s*(?!{_MONTH}\b)[A-ZÀ-Þ][\w.'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){{0,2}})?)"
    rf"(?:,\s*{_MONTH}[a-z]*\.?\s+\d{{1,2}})?\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*[-–—]+\s+"
)  # "PRISTINA, Kosovo (AP) — ", "PRISTINA/BELGRADE, May 30 (Reuters) - "
_BYLINE = re.compile(r"^by\s+(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+(?:[A-ZÀ-Þ][\w.'’-]+|and|&|van|de|der|von|al-?))*)"
                     r"\s*(?:[,|–—-].*)?$", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\b\.?)?|\b(?:GMT|UTC|CET|CEST|EET|EEST)(?:\s*[+-]\s*\d{1,2})?",
                    re.I)
_CAPITALS = re.compile(r"\b([A-Z])([A-Z]{2,})\b")
_MERIDIEM = re.compile(r"\b[ap]\.m\.$", re.I)
HEAD_LINES = 6
NAME_MAX_WORDS = 6
HEADLINE_MIN_LOWER = 3
SECTION_WORDS = 3  # a section label between an outlet's name and the headline
SINGLE_LINE_PARAGRAPHS = 4
DATE_LINE_WORDS = 6
DATE_LINE_MAX_WORDS = 24  # a furniture line
DATE_LINE_PLAIN_WORDS = 14  # any other line
STORY_LINE_WORDS = 15  # a sentence this long that is no furniture: the story has begun
HEAD_SENTENCES = 2
CREDIT_WORDS = 8  # a credit line is short ("AA Photo", "Photo: Jane Roe / Agency")
DATELINE_PARAGRAPH_WORDS = 8  # the date of the page is read above the second such line
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NAME_GLUE = frozenset({"the", "and", "for", "of"})
_LABEL_LINE = re.compile(r"[A-ZÀ-Þ][\w’'&-]*(?:[ \t]+[A-ZÀ-Þ][\w’'&-]*){0,2}")
_WORD = re.compile(r"\w+")
_INNER_STOP = re.compile(r"[a-z]{2}[.!?;]\s")
_ENUMERATED = re.compile(r"\(?\d{1,2}[).]\s")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}\b")
PUBLISHED_KEYS = ("published", "date", "published_at", "pubdate", "publication_date", "datetime")
TITLE_KEYS = ("title", "headline")


@dataclass
class Cleaned:
    """The cleaned body and what was found around it."""

    text: str
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    published: dt.date | None = None
    published_basis: str = "unknown"
    warnings: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def furniture_rules() -> dict:
    """Load and compile the page-furniture patterns from data/furniture.yaml."""
    spec = load("furniture")

    fill = {"<networks>": "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in spec.get("social_networks", [])),
            "<agencies>": "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in spec.get("agencies", []))}

    def compile_all(key: str) -> re.Pattern:
        patterns = []
        for p in spec[key]:
            for name, alternatives in fill.items():
                p = p.replace(name, alternatives or "(?!)")
            patterns.append(f"(?:{p})")
        return re.compile("|".join(patterns), re.I)

    return {
        "line": compile_all("line"),
        "long_line": compile_all("long_line"),
        "long_anywhere": compile_all("long_anywhere"),
        "long_anywhere_cues": tuple(spec["long_anywhere_cues"]),
        "link_after": compile_all("link_after"),
        "tail": compile_all("tail_markers"),
        "tail_max_words": int(spec.get("tail_max_words", 20)),
        "line_max_words": int(spec.get("line_max_words", 25)),
        "breadcrumb": tuple(spec.get("breadcrumb_prefixes", [])),
        "page_note": compile_all("page_note"),
        "page_note_max_words": int(spec.get("page_note_max_words", 40)),
        "caption": compile_all("caption"),
        "credit": compile_all("credit"),
        "caption_max_words": int(spec.get("caption_max_words", 70)),
        "section": _section_line(spec.get("section_labels", [])),
        "menu": dict(spec.get("menu") or {"min_lines": 4, "max_words": 4}),
        "run": {**{k: v for k, v in (spec.get("headline_run") or {}).items() if isinstance(v, int)},
                "dangling": frozenset(spec.get("headline_run", {}).get("dangling_words", []))},
    }


def _section_line(labels: list[str]) -> re.Pattern:
    """Compile the pattern of a line made only of section labels ("Politics", "World | Europe", "(WORLD)")."""
    label = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[(\[]?\s*(?:{label})(?:\s*[|/›»>,]\s*(?:{label}))*\s*[)\]]?", re.I)


@lru_cache(maxsize=8192)
def n_words(text: str) -> int:
    """Count the words of a text (remembered: the furniture rules ask about the same lines many times)."""
    return len(_WORD.findall(text))


def _is_headline(line: str) -> bool:
    """Tell whether a line reads like a headline: short, and not ending like a sentence (a question may)."""
    s = line.strip()
    ends_like_sentence = s.endswith(tuple(_SENTENCE_END)) and not s.endswith(("?", "!", "...", "…"))
    return 0 < n_words(s) <= 25 and len(s) <= 250 and not ends_like_sentence


def _name_line(line: str) -> bool:
    """Tell whether a short head line is a name (an outlet, a section), not a headline: few words, at most one
    lower-case word besides "the", "of", "and" ("Rheinwelle English", "THE DANUBE MERIDIAN", "Frontline Europe – the
    podcast")."""
    lower = [w for w in _LOWER_WORD.findall(line) if w not in _NAME_GLUE]
    return n_words(line) <= NAME_MAX_WORDS and len(lower) <= 1 and not line.endswith(tuple(_SENTENCE_END))


def _story_line(s: str) -> bool:
    """Tell whether a line reads as a paragraph of the story: a sentence, or several words."""
    return n_words(s) >= DATELINE_PARAGRAPH_WORDS or s.endswith(_STOPS)


def _headline_follows(lines: list[str], later: list[int], repeated: set[int] = frozenset()) -> bool:
    """Tell whether a real headline (several lower-case words, no final stop) comes next, past the lines that the
    corpus repeats (a slogan) and one section label ("Nation & World")."""
    labels = 0
    for j in later:
        s = lines[j].strip()
        if j in repeated:
            continue
        if labels < 1 and _name_line(s) and n_words(s) <= SECTION_WORDS:
            labels += 1
            continue
        return _is_headline(s) and (len(_LOWER_WORD.findall(s)) >= HEADLINE_MIN_LOWER
                                    or n_words(s) > NAME_MAX_WORDS and _title_case(s))
    return False


def unwrap(text: str) -> str:
    """Join hard-wrapped lines into paragraphs (a blank line or an indented line starts a paragraph).

    A page whose paragraphs are single lines between blank lines, with at most one block of several lines (a list
    of linked stories under the story), is not hard-wrapped, however many of its lines end without a stop."""
    if not is_hard_wrapped(text):
        return text
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
    multi = sum(1 for b in blocks if "\n" in b.strip())
    if multi <= 1 and len(blocks) - multi >= SINGLE_LINE_PARAGRAPHS:
        return text
    text = re.sub(r"\n[ \t]*\n\s*|\n[ \t]{2,}", "\n\n", text)
    return re.sub(r"(?<!\n)\n(?!\n)[ \t]*", " ", text)


def furniture_lines(lines: list[str]) -> set[int]:
    """Return the indices of lines that are page furniture."""
    stripped = [ln.strip() for ln in lines]
    out = {i for i, furniture in line_status(stripped) if furniture}
    out |= menu_runs(stripped, out, furniture_rules()["menu"]) | stamp_lines(stripped, out)
    out |= social_posts(stripped, out)
    out |= headline_runs(stripped, out, furniture_rules()["run"])
    out |= pull_quotes(stripped, out) | credited_captions(stripped, out)
    return out | breadcrumb_lines(stripped, furniture_rules()["breadcrumb"])


def menu_runs(stripped: list[str], furniture: set[int], menu: dict) -> set[int]:
    """Find menus and tag lists: at least `min_lines` short items (`max_words` words, no final stop, no digit) one
    under the other, with no blank line between (furniture lines among them do not break the run)."""
    def item(s: str) -> bool:  # rows of a table of figures ("Shr 24 cts", "Net 412,737") are no menu
        return (n_words(s) <= menu["max_words"] and (not s.endswith(_STOPS) or bool(_ABBREVIATION.fullmatch(s)))
                and not _DIGIT.search(s))

    return runs_of(stripped, furniture, 0, item, menu["min_lines"])


def runs_of(stripped: list[str], furniture: set[int], start: int, shaped, min_lines: int) -> set[int]:
    """Return the lines of every run of at least `min_lines` consecutive lines from `start` on that `shaped`
    accepts; furniture lines inside a run are passed over, a blank or any other line ends it."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(start, len(stripped) + 1):
        s = stripped[i] if i < len(stripped) else ""
        if s and i in furniture:
            continue
        if s and shaped(s):
            run.append(i)
            continue
        if len(run) >= min_lines:
            out.update(run)
        run = []
    return out


def stamp_lines(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find the page's date-and-time stamps ("June 15, 2023 11:48 GMT", "7:58 PM · May 29, 2023"): a short line with
    a clock time that gives a date. A date alone on a line is the story's, not a stamp."""
    return {i for i, s in enumerate(stripped) if s and i not in furniture and len(s.split()) <= DATE_LINE_PLAIN_WORDS
            and (not s.endswith(".") or _MERIDIEM.search(s)) and _CLOCK.search(s)
            and date_line(s, furniture=True) is not None}


def social_posts(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find an embedded social-media post as a page copies it: the author's name, the @handle line, the post and
    its time stamp (the story quotes what it needs in its own words)."""
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s.startswith("@") or not _HANDLE.fullmatch(s):
            continue
        out.add(i)
        if i > 0 and stripped[i - 1] and n_words(stripped[i - 1]) <= NAME_MAX_WORDS:
            out.add(i - 1)
        after = [j for j in range(i + 1, min(len(stripped), i + 5)) if stripped[j]]
        stamp = next((j for j in after if j in furniture or _CLOCK.search(stripped[j])
                      and date_line(stripped[j], furniture=True)), None)
        if stamp is not None:
            out.update(range(i + 1, stamp + 1))
    return {i for i in out if stripped[i]}


def credited_captions(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find a photo caption by the credit line under it ("AA Photo", "Photo: Jane Roe", "REUTERS/Jane Roe")."""
    rules = furniture_rules()
    out = set()
    for i, s in enumerate(stripped):
        if not s or n_words(s) > CREDIT_WORDS or not rules["credit"].fullmatch(s):
            continue
        prev = next((j for j in range(i - 1, -1, -1) if stripped[j]), None)
        if prev is not None and prev not in furniture and n_words(stripped[prev]) <= rules["caption_max_words"] // 2:
            out.add(prev)
    return out


def pull_quotes(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find pull quotes once the story has begun: a line that is only a quotation with no closing stop
    ("“Kosovo will never again be defenceless”"), and the short line naming its speaker under it."""
    out: set[int] = set()
    started = False
    for i, s in enumerate(stripped):
        if not s or i in furniture:
            continue
        if not started:
            started = n_words(s) >= STORY_LINE_WORDS and s.endswith((".", "”", '"'))
            continue
        m = _PULL_QUOTE.fullmatch(s) if s[0] in "“\"«" else None
        if m is None or m.group(1).rstrip().endswith(_PULL_QUOTE_NOT_END):
            continue
        out.add(i)
        nxt = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)
        if nxt is not None and n_words(stripped[nxt]) <= NAME_MAX_WORDS + 2 and not stripped[nxt].endswith(_STOPS):
            out.add(nxt)
    return out


def _headline_shaped(s: str, run: dict) -> bool:
    """Tell whether a stripped line looks like a linked story's title: a capital (or a quote, a digit) first, a few
    words with some lower-case ones among them (a headline has a verb; "Chelsea v Arsenal" in a fixture list does
    not), at most one number (not a row of a table), no final stop or closing quotation mark (a question may end
    it), no sentence end inside ("… vs same. REUTER"), not an enumerated item ("2) to increase …") and no last word
    that leaves the sentence hanging (a hard-wrapped line ends "… operations of")."""
    return (bool(s) and not s.endswith(_NOT_TITLE_END) and (s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'")
            and run["min_words"] <= n_words(s) <= run["max_words"]
            and len(_LOWER_WORD.findall(s)) >= run["min_lowercase_words"]
            and len(_NUMBER.findall(s)) <= run["max_numbers"] and s.rsplit(None, 1)[-1] not in run["dangling"]
            and not _INNER_STOP.search(s) and not _ENUMERATED.match(s))


def _title_case(s: str) -> bool:
    """Tell whether a line is a headline in title case ("Kosovo Deputy PM: Serbia Is Taking 'Hostages'"): no final
    stop, and three in four of its words capitalised."""
    words = s.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1] in "\"“‘'" and w[1:2].isupper())
    return not s.endswith(_NOT_TITLE_END) and capitals * 4 >= len(words) * 3


def headline_runs(stripped: list[str], furniture: set[int], run: dict) -> set[int]:
    """Find runs of linked-story titles without a marker line before them, once the story has begun (data in
    data/furniture.yaml headline_run): a run of at least `tail_lines` title-shaped lines after which only furniture
    follows, or of at least `block_lines` such lines set one under the other with no blank line between them."""
    if not run:
        return set()
    body = [i for i, s in enumerate(stripped) if s and i not in furniture]
    started = next((k for k, i in enumerate(body)
                    if n_words(stripped[i]) >= run["body_words"] and stripped[i].endswith((".", "”", '"'))), None)
    if started is None:
        return set()
    out: set[int] = set()
    tail: list[int] = []  # the title-shaped lines at the end of the body, last first
    for i in reversed(body[started + 1:]):
        if not _headline_shaped(stripped[i], run):
            break
        tail.append(i)
    if len(tail) >= run["tail_lines"]:
        out.update(tail)
    for k in range(started + 1, len(body) - 1):  # one linked title or caption between two paragraphs of the story
        i = body[k]
        s = stripped[i]
        if (n_words(s) >= run["single_words"] and (_headline_shaped(s, run) or _title_case(s))
                and not _LABEL_COLON.match(s)
                and stripped[body[k - 1]].endswith(_STOPS) and stripped[body[k + 1]].endswith(_STOPS)):
            out.add(i)
    # title-shaped lines one under the other (furniture lines between them are skipped)
    return out | runs_of(stripped, furniture, body[started] + 1, lambda s: _headline_shaped(s, run),
                         run["block_lines"])


def line_status(stripped: list[str]) -> Iterator[tuple[int, bool]]:
    """Yield (index, is furniture) for each non-empty stripped line, in order, breadcrumb trails aside.

    A line's status depends only on the lines before it, so a caller may stop at the first line it needs.
    """
    rules = furniture_rules()
    in_tail = after_link = False
    for i, s in enumerate(stripped):
        if not s:
            continue
        furniture = after_link or is_furniture_line(s, rules)
        after_link = bool(rules["link_after"].fullmatch(s))  # the next non-empty line is a linked story's title
        if rules["tail"].fullmatch(s):
            in_tail = True
        elif in_tail and n_words(s) >= rules["tail_max_words"]:
            in_tail = False
        elif in_tail and not s.endswith((".", "!", "?", "”", '"')):
            furniture = True
        yield i, furniture


def is_furniture_line(s: str, rules: dict) -> bool:
    """Tell whether one stripped line is furniture by itself: a known short line, a caption or credit, a section
    label, or a long disclaimer."""
    words = n_words(s)
    if words <= rules["line_max_words"] and (rules["line"].fullmatch(s) or rules["section"].fullmatch(s)):
        return True
    if words <= rules["caption_max_words"] and rules["caption"].search(s):
        return True
    if words <= rules["page_note_max_words"] and rules["page_note"].search(s) and not _QUOTATION_MARK.search(s):
        return True
    if rules["long_line"].fullmatch(s):
        return True
    low = s.lower()
    return any(cue in low for cue in rules["long_anywhere_cues"]) and bool(rules["long_anywhere"].search(s))


def breadcrumb_lines(stripped: list[str], prefixes: tuple[str, ...]) -> set[int]:
    """Find breadcrumb trails near the top: 'Home Section <title>' followed by the title line itself."""
    out = set()
    top = [i for i, s in enumerate(stripped) if s][:8]
    for i in top:
        if not stripped[i].startswith(prefixes):
            continue
        for j in top:
            t = stripped[j]
            if j != i and len(t) >= 10 and stripped[i].endswith(t) and len(stripped[i]) > len(t):
                out.add(i)
    return out


def parse_date(value) -> dt.date | None:
    """Parse a metadata or date-line value into a date, or None when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    if not re.search(r"\d", s) or not re.search(r"\d{4}", s):
        return None
    try:
        return parser.parse(s, fuzzy=False, dayfirst=True, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None


def metadata_date(meta: dict, warnings: list[str], today: dt.date) -> dt.date | None:
    """Return the publication date given in metadata, warning about values that are not dates or in the future."""
    for key in PUBLISHED_KEYS:
        if key in meta and meta[key] not in (None, ""):
            value = meta[key]
            date = parse_date(value)
            if date is None:
                warnings.append(f"metadata {key} {str(value)[:40]!r} is not a date; ignored")
                return None
            if date > today:
                warnings.append(f"metadata {key} {date.isoformat()} is in the future; ignored")
                return None
            return date
    return None


def clean(raw: RawArticle, today: dt.date | None = None, repeated: frozenset[int] = frozenset()) -> Cleaned:
    """Clean one raw article: furniture out, title/dateline/byline found, publication date from metadata or text.

    `repeated` holds the keys of lines that the build found in different stories of the corpus (see
    `helpers.extract.repeats`): such a line is furniture where it reads as such, unless the head of the page takes
    it as the dateline, byline or date line, or no other line can be the title."""
    today = today or dt.date.today()
    warnings = list(raw.warnings)
    lines = unwrap(raw.text).split("\n")
    furn = furniture_lines(lines)
    rep = repeated_lines(lines, repeated, furn)
    boilerplate = [lines[i].strip() for i in sorted(furn)]
    keep = [i for i in range(len(lines)) if i not in furn]
    meta = dict(raw.meta)
    title = _meta_str(meta, TITLE_KEYS)
    dateline = _meta_str(meta, ("dateline",))
    byline = _meta_str(meta, ("author", "byline", "authors"))
    text_date = parse_date(meta.get("text_date"))

    for i in sorted(furn):  # schema.org JSON-LD scraped along with the page: metadata, not text
        for key, value in json_ld(lines[i]).items():
            meta.setdefault(key, value)
    title = title or _meta_str(meta, TITLE_KEYS)
    byline = byline or _meta_str(meta, ("author", "byline", "authors"))
    if text_date is None:
        text_date = _furniture_date(lines, furn)

    nonempty = [i for i in keep if lines[i].strip()]
    drop: set[int] = set()
    body_started = False
    fallback_title = None  # a repeated line in the title's place: the title only if no other line is
    head = head_lines(nonempty, rep)
    for k, i in enumerate(head):
        s = lines[i].strip()
        rest = [j for j in nonempty if j > i]
        if title and s == title.strip():
            drop.add(i)
        elif (title is None and not body_started and _name_line(s) and _headline_follows(lines, head[k + 1:], rep)
              and date_line(s) is None):
            furn.add(i)  # the outlet's or section's name above the headline ("The Lakeshore Tribune", "BALKAN PRESS")
        elif _DATELINE_LINE.match(s) and rest and not dateline and _story_line(lines[rest[0]].strip()):
            dateline = s
            drop.add(i)
        elif _BYLINE.match(s) and n_words(s) <= 8:
            byline = byline or _BYLINE.match(s).group("name").strip()
            drop.add(i)
        elif text_date is None and (d := date_line(s)) is not None:
            text_date = d
            drop.add(i)
        elif title is None and not body_started and rest and _is_headline(s) and i in rep:
            fallback_title = fallback_title or (i, s)
        elif title is None and not body_started and rest and _is_headline(s):
            title = s
            drop.add(i)
        elif title is not None and not body_started and rest and _LABEL_LINE.fullmatch(s):
            furn.add(i)  # an outlet or section name between the headline and the story ("Kosovo Online")
        elif i not in rep:
            body_started = True
    if title is None and fallback_title is not None:
        title = fallback_title[1]
        drop.add(fallback_title[0])
    furn |= rep - drop
    boilerplate = [lines[i].strip() for i in sorted(furn)]
    body_lines = [lines[i] for i in keep if i not in drop and i not in furn]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip()
    # "PRISTINA, Kosovo (Reuters) - …" opens the story: one of its first paragraphs (captions may stand before it)
    for para in [p for p in text.split("\n") if n_words(p) >= DATELINE_PARAGRAPH_WORDS][:3]:
        if not dateline and (m := _DATELINE_INLINE.match(para.strip())):
            dateline = m.group("dl").strip()

    if not text:
        warnings.append("no body text left after removing page furniture, title, dateline and byline")
    published = metadata_date(meta, warnings, today)
    basis = "metadata" if published else "unknown"
    if published is None and text_date is not None:
        if text_date > today:
            warnings.append(f"date line {text_date.isoformat()} is in the future; ignored")
        else:
            published, basis = text_date, "text"
    return Cleaned(text, title, dateline, byline, boilerplate, published, basis, warnings, meta)


def head_lines(nonempty: list[int], repeated: set[int]) -> list[int]:
    """Return the indices of the page's head: its first HEAD_LINES lines, with the repeated lines among them."""
    head: list[int] = []
    plain = 0
    for i in nonempty:
        if plain == HEAD_LINES:
            break
        head.append(i)
        plain += i not in repeated
    return head


def repeated_lines(lines: list[str], repeated: frozenset[int], furniture: set[int]) -> set[int]:
    """Return the indices of lines, not yet furniture, that the corpus repeats in different stories and that read
    as furniture; none when they would take more than `max_share` of the page's words (rows of a data table that
    many reports repeat, "Shr six cts vs five cts", are the story, not its wrapper)."""
    if not repeated:
        return set()
    found = {i for i, ln in enumerate(lines) if i not in furniture and (s := ln.strip())
             and line_key(s) in repeated and reads_as_furniture(s) and not _dated_short_line(s)}
    if not found:
        return found
    words = sum(n_words(ln) for i, ln in enumerate(lines) if i not in furniture)
    taken = sum(n_words(lines[i]) for i in found)
    return found if taken <= repeats_rules()["max_share"] * words else set()  # a table of data, not a wrapper


def _dated_short_line(s: str) -> bool:
    """Tell whether a short line gives a date ("Tuesday, 1 March" over a fixture list): the story's, not the page's."""
    return n_words(s) <= DATE_LINE_WORDS and any(r["precision"] in ("day", "week", "month") for r in
                                                 extract_timexes(ArticleDoc("", s, [(0, len(s))])))


def _furniture_date(lines: list[str], furn: set[int]) -> dt.date | None:
    """Read the publication date from a furniture line above the story ("NEWS 29.05.2023 14:35 0 comments"),
    however many widget and menu lines come first: the search ends with the second sentence-long line (a standfirst
    may come before the date line, the story's first paragraph after it)."""
    sentences = 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        if i not in furn:
            sentences += n_words(s) >= STORY_LINE_WORDS and s.endswith((".", "”", '"'))
            if sentences == HEAD_SENTENCES:
                return None
            continue
        if (d := date_line(s, furniture=True)) is not None:
            return d
    return None


def date_line(line: str, furniture: bool = False) -> dt.date | None:
    """Read a line that only gives a full date, with labels, times or an outlet around it.

    "Published: 13 June 2023", "04 March 2024 13:05 | N1 Belgrade", "21.01.2025 14:10", "Commentary | 12 May 2024".
    A line already known as page furniture may be longer and give several dates ("May 31, 2023 at 6:02 a.m. |
    Updated May 31, 2023 at 11:47 a.m."): the first is the publication's.
    """
    ends_like_sentence = line.endswith(("?", "!", '"', "”")) or line.endswith(".") and not _MERIDIEM.search(line)
    if n_words(line) > (DATE_LINE_MAX_WORDS if furniture else DATE_LINE_PLAIN_WORDS) or ends_like_sentence:
        return None
    cased = _CAPITALS.sub(lambda m: m[1] + m[2].lower(), line) if furniture else line  # "🕑 04 JUNE 2023"
    rows = [r for r in extract_timexes(ArticleDoc("", cased, [(0, len(cased))]))
            if r["precision"] == "day" and r["value"][:4].isdigit()]
    if not rows or len(rows) > 1 and not furniture:
        return None
    rest, end = [], 0
    for r in rows:
        rest.append(line[end:r["start"]])
        end = r["end"]
    rest.append(line[end:])
    if n_words(_CLOCK.sub(" ", " ".join(rest))) > 6:
        return None
    return dt.date.fromisoformat(rows[0]["value"])  # "Published … | Updated …": the first date


def json_ld(line: str) -> dict:
    """Read publication metadata from a schema.org JSON-LD line ({"@type": "NewsArticle", "datePublished": …})."""
    s = line.strip()
    if not (s.startswith("{") and s.endswith("}") and '"@' in s):
        return {}
    try:
        data = json.loads(s)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    author = data.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    found = {"published": data.get("datePublished"), "title": data.get("headline"), "author": author,
             "url": data.get("url"), "language": data.get("inLanguage")}
    return {k: v for k, v in found.items() if isinstance(v, str) and v.strip()}


def _meta_str(meta: dict, keys: tuple[str, ...]) -> str | None:
    """Return the first non-empty metadata value among `keys` as a string."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value not in (None, "") and str(value).strip():
            return str(value).strip()
    return None


def only_furniture(text: str) -> str | None:
    """Describe a text whose every non-empty line is page furniture ; None for real text."""
    stripped = [ln.strip() for ln in text.split("\n")]
    crumbs = breadcrumb_lines(stripped, furniture_rules()["breadcrumb"])  # the only status set by later lines
    # line_status goes in order, so the first plain line ends the scan
    if any(not furniture and i not in crumbs for i, furniture in line_status(stripped)):
        return None
    shown = [s for s in stripped if s]
    return f"only page furniture ({len(shown)} lines: {'; '.join(shown[:3])[:120]})"
