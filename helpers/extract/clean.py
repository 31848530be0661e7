"""Cleaning one article: page furniture out (kept aside), title, dateline and byline found, publication date and basis.

Furniture patterns live in `data/furniture.yaml`; nothing here names a site or an article. A line's own patterns are
`helpers.extract.lines`, the rules that read a line's place among the others `helpers.extract.layout`, lines that the
corpus repeats in different stories `helpers.extract.repeats`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from dateutil import parser

from ..lexicon import word_list
from .actors import dictionary
from .dates import extract_timexes
from .document import ArticleDoc, RawArticle
from .layout import (
    HEADLINE_LOWER,
    NAME_MAX_WORDS,
    breadcrumb_lines,
    furniture_lines,
    name_line,
    spaced_line_by_line,
    story_sentence,
    title_case,
)
from .lines import (
    CLOCK,
    DATED_ENTRY,
    LOWER_WORD,
    SENTENCE_END,
    STOPS,
    date_line,
    ends_dangling,
    furniture_rules,
    line_status,
    n_words,
)
from .patterns import UPPER
from .records import read_record
from .repeats import line_key, reads_as_furniture
from .repeats import rules as repeats_rules
from .segment import is_hard_wrapped

_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_UP = UPPER  # a short name for the capitals (ZVEČAN, ŠTRPCE) in the long dateline patterns below
_PLACE_WORDS = rf"[{_UP}][a-zà-ÿā-ž'’-]{{2,30}}(?:\s[{_UP}][a-zà-ÿā-ž'’-]{{2,30}})?"  # "Pristina", "North Mitrovica"
_NUMBER_GOES_ON = re.compile(r"\d[\d,.]*\s+[a-z]")  # a wrapped line may go on with a number (not "1. Item")
WRAP_MIN_LINES = 4  # lines after the first of a page's multi-line blocks, to tell items from wrapped lines
_LOGO = re.compile(r"[a-z]{3,}[a-z0-9]*\.")  # one lower-case word and its dot, at the head of the page
_DATELINE_LINE = re.compile(rf"^[{_UP}][{_UP} .'’-]{{2,40}}(?:,\s*[{_UP}][\w.'’ -]{{1,40}})?$")
_DATELINE_INLINE = re.compile(
    rf"^(?:{_MONTH}[a-z]*\.?\s+\d{{1,2}}\s*[-–—]+\s*)?"  # a feed's date before the place ("Oct. 14—PRISTINA")
    rf"(?:\((?-i:[A-Z]{{2,8}})\)\s*[-–—]+\s*)?"  # the agency before it: "(ANSA) - ROME, OCT 10 - "
    rf"(?:(?P<dl>[{_UP}][{_UP} ./'’-]{{2,40}}(?:,\s*(?!{_MONTH}\b)[{_UP}][\w.'’-]+(?:\s[{_UP}][\w.'’-]+){{0,2}})?)"
    rf"(?:,\s*(?:(?i:{_MONTH})[a-z]*\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}[a-z]*\.?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}\.?))?"
    # a place in small letters only with a date after it: "Pristina, 30.05.2023 – "
    rf"|(?P<place>{_PLACE_WORDS}(?:/{_PLACE_WORDS})?)"  # "Budapest/Pristina, 16 January 2024 – "
    rf",\s*(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}\.?|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+{_MONTH}[a-z]*\.?\s+\d{{4}}"
    rf"|{_MONTH}[a-z]*\.?\s+\d{{1,2}},\s*\d{{4}}"
    # ... or a day without the year, a time perhaps, then a dash or the agency: "Sofia, September 25 (BTA) - ",
    # "Ljubljana, 2 December - ", "Pristina, 18 Oct 14:22 - (Agenzia Nova) - "
    rf"|(?:{_MONTH}[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}[a-z]*\.?)(?:\s+\d{{1,2}}:\d{{2}})?"
    rf"(?=\s*(?:\([^)]{{1,40}}\)\s*)?[-–—]|,\s*(?-i:[A-Z]{{2,8}})\.\s|\s*\((?-i:[A-Z]{{2,8}})\)\s+(?-i:[A-Z])))"
    # or with the agency or outlet after it: "Pristina, Kosovo CNN — ", "United Nations (United States) (AFP) – "
    rf"|(?P<named>(?!(?:The|An?|In|On|At|But|And|This|That|It|He|She|They|We|Its|His|Her|Their)\b)"
    rf"{_PLACE_WORDS}(?:(?:,\s*{_PLACE_WORDS}|\s\([{_UP}][\w ]{{2,30}}\))(?=\s*\((?-i:[A-Z]{{2,8}})\)\s*[-–—])"
    rf"|(?=\s*\((?-i:[A-Z][A-Za-z]{{1,7}})\)\s*[-–—])|,\s*{_PLACE_WORDS}(?=\s+(?-i:[A-Z]{{2,8}})\s*[-–—]))))"
    # "PRISTINA (KOSOVO) (ITALPRESS) - ": the country in brackets before the agency
    rf"\s*(?:(?:\((?-i:[A-Z][A-Za-z ]{{2,30}})\)\s*)?\((?P<agency>[^)]{{1,40}})\)\s*[-–—]+"
    rf"|\((?-i:[A-Z])[^)]{{0,39}}\)\s*:|(?-i:[A-Z]{{2,8}})\s*[-–—]+|[-–—]+"
    rf"|/(?-i:[A-Z])[\w .]{{1,30}}/\s*[-–—]+"  # a press-release wire: "WASHINGTON, March 14, 2024 /PRNewswire/ -- "
    rf"|\((?-i:[A-Z]{{2,8}})\)(?=\s+(?-i:[A-Z]))"  # IANS: "Pristina, Nov 30 (IANS) Kosovo Police …"
    rf"|\.\s*/(?-i:[A-Z]{{2,8}})/\.?|,\s*(?-i:[A-Z]{{2,8}})\.)(?:\s+|(?<=\d[–—])(?=[{_UP}]))"  # TASS: "UNITED
    # NATIONS, February 8. /TASS/. …"; CPJ: "New York, February 13, 2024—Kosovo …" (a dash glued to the date)
    # AZERTAC: "Ankara, February 27, AZERTAC. …"
)  # "PRISTINA, Kosovo (AP) — ", "PRISTINA/BELGRADE, May 30 (Reuters) - ", "PRISTINA, 6 June 2023 – ",
#    "STRASBOURG (Nordlys): " (an agency's name, not a transcript's "FROST (voice-over): "), "Brussels, 03/07/2024
#    (Agence Europe) - "
_COLON_DATELINE = re.compile(rf"(?P<dl>[{_UP}][{_UP}'’-]{{3,30}}(?:\s[{_UP}][{_UP}'’-]{{1,30}})?):\s+(?=[{_UP}])")
_COLON_DATELINE_TITLED = re.compile(rf"(?P<dl>[^\W\d_][\w'’-]{{2,30}}(?:\s[^\W\d_][\w'’-]{{1,30}})?):\s+(?=[{_UP}])")
_BYLINE = re.compile(rf"^by:?\s+(?P<name>[{_UP}][\w.'’-]+(?:\s+(?:[{_UP}][\w.'’-]+|and|&|van|de|der|von|al-?))*)"
                     r"\s*(?:[,|–—-].*)?$", re.I)
# "By Jana Roe, a staff writer at Northland Weekly.": the author and a role at the outlet, with a final stop
_BYLINE_ROLE = re.compile(rf"by\s+[{_UP}][\w.'’-]+(?:\s+[{_UP}][\w.'’-]+){{0,3}},\s+(?:a|an|the)\s+[^,.;:]{{2,60}}?\s+"
                          rf"(?:at|for|with|of)\s+(?:the\s+)?[{_UP}][^,;:]{{1,50}}\.", re.I)
HEAD_LINES = 6
_PLACE_DASH = re.compile(rf"(?P<dl>[{_UP}][\w’'-]+)\s+[-–—]\s+(?P<next>[{_UP}][\w’'-]*)")  # "Bern - The …"
_DATELINE_BRACKETED = re.compile(rf"\((?P<dl>{_PLACE_WORDS}),\s*(?P<date>[^()]{{4,30}}?\d{{4}})\)\s*[-–—]+\s+")
_DATELINE_GLUED = re.compile(rf"(?P<dl>[{_UP}][{_UP}]{{2,}}(?:[ .'’-][{_UP}]{{2,}})*)—(?=[A-Z])")  # "ANKARA—When"
# a wire's opening on a line of its own: the place, the date and the agency ("Pristina, April 22, 2024/Independent
# Balkan News Agency", "Belgrade, 3 May 2024 (Tanjug)")
_DATED_PLACE_LINE = re.compile(rf"(?P<place>{_PLACE_WORDS}),\s*(?P<date>[^/()]{{6,30}}?)\s*"
                               rf"(?:/\s*[{_UP}][\w .&'’-]{{1,60}}|\([{_UP}][\w .&'’-]{{1,60}}\))")
# a US stamp with a two-figure year and a clock time after a byline: "06/28/23 5:12 PM ET"
_US_SHORT_DATE = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2})\s+\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)\b.{0,10}",
                            re.I)
_BYLINE_PARTS = re.compile(r"\s+[-–—|·•]\s+")  # "By Jana Roe - Associated Press - Sunday, September 24, 2023"
BYLINE_WORDS = 8  # a byline line's words ("By Jana Roe, Northland Press")
BYLINE_MAX_WORDS = 12  # "By Jana Roe and Ivo Doe, Northland Press Agency": longer than 8 words, no final stop
SECTION_WORDS = 3  # a section label between an outlet's name and the headline
BRAND_WORDS = 2  # a site's brand over its menu ("NATO", "N1 Info"); "Blackburn v Burnley" is a headline
BRAND_MAX_WORDS = 8  # a brand over a section label ("The German Marshall Fund of the United States" / "Insights")
_SECTION_LINE = regex.compile(r"\p{Lu}[\p{L}’'&-]*(?:[ \t]+[\p{L}’'&-]+){0,2}")  # "Commentary", "Expert comment"
SINGLE_LINE_PARAGRAPHS = 4
DATE_LINE_WORDS = 6
HEAD_SENTENCES = 2  # the date of the page is read above the second sentence-long line of the story
DATELINE_PARAGRAPH_WORDS = 8
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
REFLOW_MIN_LINES = 10  # a hard-wrapped text of this many lines with no paragraph break at all: a PDF or OCR copy
REFLOW_SHORT = 0.75  # of the wrap width: a shorter line may end its paragraph
REFLOW_WIDE = 1.3  # of the wrap width: a longer line spans the columns (a headline, a running head) and stands alone
_REFLOW_END = re.compile(r"[.!?:…\"”’)]$")
_REFLOW_NEXT = regex.compile(r"[\p{Lu}\d•▪●■–—-]|www\.|https?://")
_REFLOW_SEPARATED = re.compile(r"\S\s+[|·•]\s+\S.*\S\s+[|·•]\s+\S")  # "10 | TUESDAY, 23 APRIL 2024 | THE OUTLET"
_REFLOW_ITEM = regex.compile(r"(?:[•▪●■–—-]|\d{1,2}[.)]?)\s+\p{Lu}")  # a bullet, a numbered item or footnote
_LABEL_LINE = regex.compile(r"\p{Lu}[\w’'&-]*(?:[ \t]+\p{Lu}[\w’'&-]*){0,2}")  # "Kosovo Online", "Burak Şahin"
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


def _is_headline(line: str) -> bool:
    """Tell whether a line reads like a headline: short, and not ending like a sentence (a question may; so may a
    headline in title case: "A Turkish General Takes Command in Kosovo. Expect Less Than Either Side Hopes.")."""
    s = line.strip()
    s = s[:-1] if s.endswith(")") and s[:-1].endswith(tuple(SENTENCE_END)) else s  # "adjourn.—(Mr Roe.)"
    ends_like_sentence = s.endswith(tuple(SENTENCE_END)) and not s.endswith(("?", "!", "...", "…")) and not (
        s.endswith(".") and n_words(s) > NAME_MAX_WORDS and title_case(s[:-1]))
    return 0 < n_words(s) <= 25 and len(s) <= 250 and not ends_like_sentence


def _real_headline(s: str) -> bool:
    """Tell whether a line is a real headline rather than a name: several lower-case words, or a long line in title
    case, its numbers aside ("Court Jails Five Over Arms Ring That Moved Rifles", "Briefing by Spokeswoman Jana Roe,
    Northtown, September 28, 2023"); no final stop, and no place and date opening a story ("Northtown, April 22,
    2024/Agency"); a question in title case is one ("Kosovo's Recall Petitions: What Comes Next in the North?")."""
    words = " ".join(w for w in s.split() if not w[:1].isdigit()).rstrip("?!")  # a question may be in title case
    return _is_headline(s) and not _DATED_PLACE_LINE.fullmatch(s) and (
        len(LOWER_WORD.findall(s)) >= HEADLINE_LOWER or n_words(s) > NAME_MAX_WORDS and title_case(words))


def _brand_over_section(lines: list[str], i: int) -> bool:
    """Tell whether a short head line is the site's brand: a section label under it ("War on the Rocks" /
    "Commentary", "The German Marshall Fund of the United States" / "Insights"), then the headline, then a name or
    a date line (a headline is never followed by a section label)."""
    nxt = [s for s in (ln.strip() for ln in lines[i + 1:i + 12]) if s][:3]  # the label may be furniture already
    if len(nxt) < 3 or not _SECTION_LINE.fullmatch(nxt[0]) or date_line(nxt[0]) is not None:
        return False
    head = nxt[1]
    return (_is_headline(head) and (len(LOWER_WORD.findall(head)) >= HEADLINE_LOWER or title_case(head.rstrip(".")))
            and (name_line(nxt[2]) or date_line(nxt[2]) is not None or _BYLINE.match(nxt[2]) is not None))


def _weak_headline(s: str) -> bool:
    """Tell whether a head line is a name rather than a headline: a name line, or no lower-case word at all ("NATO -
    Allied Joint Force Command Naples"; "Prime minister's questions" may be a headline)."""
    return name_line(s) or not LOWER_WORD.search(s)


def _titled_with_site(s: str, lines: list[str], later: list[int]) -> bool:
    """Tell whether a head line is the page's title with the site's name after a bar ("Headline | Northtown Post")
    while the headline alone stands on one of the next few lines (a browser's print header, a reader view)."""
    head, bar, site = s.rpartition(" | ")
    return bool(bar) and n_words(site) <= BRAND_MAX_WORDS and any(
        lines[j].strip() == head.strip() for j in later[:HEAD_LINES])


def _story_line(s: str) -> bool:
    """Tell whether a line reads as a paragraph of the story: a sentence, or several words not in title case (not
    "The Union of Chambers and Commodity Exchanges of Türkiye" under a logo)."""
    if s.endswith(STOPS):
        return True
    words = s.split()
    return len(words) >= DATELINE_PARAGRAPH_WORDS and sum(w[:1].isupper() for w in words) <= len(words) // 2


def _headline_follows(lines: list[str], later: list[int], repeated: set[int] = frozenset()) -> bool:
    """Tell whether a real headline (several lower-case words, no final stop) comes next, past the lines that the
    corpus repeats (a slogan) and one section label ("Nation & World", or a programme's name in capitals: "THE
    WORLD DESK WITH JANA ROE")."""
    labels = 0
    for j in later:
        s = lines[j].strip()
        if j in repeated or date_line(s) is not None:
            continue  # a slogan, a date line ("Issue 47 · Friday 6 October 2023") between the name and the headline
        if _BYLINE.match(s):
            return False  # "By Jana Roe and Ivo Doe, Associated Press" is the byline under the headline, none itself
        if labels < 1 and (name_line(s) and n_words(s) <= SECTION_WORDS or s.isupper()):
            labels += 1
            continue
        return _real_headline(s) and not _title_tail(s)  # not a heading's second line under its first
    return False


def _place(word: str) -> bool:
    """Tell whether a title-case word is a capital or a place of the actor dictionary ("Pristina", "Zvečan")."""
    entry = dictionary().get(word)
    return entry is not None and (entry.capital_of is not None or entry.type == "place")


def _colon_label(word: str) -> bool:
    """Tell whether a word in capitals before a colon is a label ("UPDATE", "WATCH", a section), not a place."""
    rules = furniture_rules()
    return word.lower() in rules["colon_labels"] or rules["section"].fullmatch(word) is not None


def _headline_before_story(lines: list[str], later: list[int]) -> bool:
    """Tell whether a real headline (several lower-case words, or a long one in title case; no final stop) stands
    among the head lines before the first line that reads as the story's."""
    for j in later:
        s = lines[j].strip()
        if _real_headline(s):
            return True
        if _story_line(s):
            return False
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
    if "\n\n" in text.strip() and _items_not_wraps(blocks):
        return text
    text = re.sub(r"\n[ \t]*\n\s*|\n[ \t]{2,}", "\n\n", text)
    if "\n\n" not in text.strip() and text.strip().count("\n") >= REFLOW_MIN_LINES - 1:
        return reflow(text.strip("\n").split("\n"))
    return re.sub(r"(?<!\n)\n(?!\n)[ \t]*", " ", text)


def _items_not_wraps(blocks: list[str]) -> bool:
    """Tell whether the lines of a page's multi-line blocks are items (a menu, a list of linked headlines) rather
    than a paragraph's wrapped lines: wrapped prose goes on in small letters most of the time, items start with a
    capital (at least WRAP_MIN_LINES of them, none in small letters or with a number and a word) and no line of a
    block stops on a dangling word ("and", "the")."""
    lines = [[ln.strip() for ln in b.strip().split("\n") if ln.strip()] for b in blocks]
    nexts = [ln for block in lines for ln in block[1:]]
    small = sum(1 for ln in nexts if ln[0].islower() or _NUMBER_GOES_ON.match(ln))  # "190,000 consumer accounts"
    dangling = any(ends_dangling(ln) for block in lines for ln in block[:-1])  # "… Conservation Service and"
    return len(nexts) >= WRAP_MIN_LINES and small == 0 and not dangling


def reflow(lines: list[str]) -> str:
    """Join the lines of a hard-wrapped text that has no paragraph break at all (a PDF or OCR copy) into paragraphs.

    A line much shorter than the wrap width ends its paragraph when it ends a sentence or the next line starts
    with a capital, a digit, a bullet or a web address; a short line with no final punctuation between such lines
    (a heading, an author line, a page counter) also starts one, and so does a bullet, numbered item or footnote
    after a sentence's end; a line much wider than the wrap (a headline over narrow columns) or cut by two
    separators ("10 | TUESDAY, 23 APRIL 2024 | THE OUTLET") stands alone; a line ending on a dangling word ("… were
    elected in") goes on. So running heads, headings, list items and table rows stand alone."""
    lines = [ln.strip() for ln in lines if ln.strip()]  # a line of spaces at either end is no line
    width = sorted(len(ln) for ln in lines)[int(0.9 * (len(lines) - 1))]
    stop = [bool(_REFLOW_END.search(ln)) for ln in lines]  # the line ends a sentence or a quotation
    ends = [i + 1 < len(lines) and (
        len(ln) < REFLOW_SHORT * width and not ends_dangling(ln)  # "… were elected in" / "April 2023 …" goes on
        and (stop[i] or bool(_REFLOW_NEXT.match(lines[i + 1])))
        or stop[i] and bool(_REFLOW_ITEM.match(lines[i + 1]))) for i, ln in enumerate(lines)]
    apart = [len(ln) > REFLOW_WIDE * width or bool(_REFLOW_SEPARATED.search(ln)) for ln in lines]
    out = []
    for i, line in enumerate(lines):
        if i:
            alone = ends[i] and not stop[i] and not line.endswith((",", ";")) and bool(_REFLOW_NEXT.match(line))
            out.append("\n\n" if ends[i - 1] or alone or apart[i] or apart[i - 1] else " ")
        out.append(line)
    return "".join(out)


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


def _byline_and_date(s: str) -> tuple[str, dt.date] | None:
    """Read a byline and the publication date set on one line with dashes or bars between them, an agency or outlet
    of a few words allowed in the middle ("By Jana Roe and Ivo Doe - Associated Press - Sunday, September 24, 2023");
    else None."""
    parts = _BYLINE_PARTS.split(s)
    if len(parts) < 2 or not (m := _BYLINE.match(parts[0])) or n_words(parts[0]) > BYLINE_MAX_WORDS:
        return None
    if any(n_words(p) > 4 or p.endswith(STOPS) for p in parts[1:-1]):
        return None
    d = date_line(parts[-1]) or _us_short_date(parts[-1])
    return (m.group("name").strip(), d) if d is not None else None


def _us_short_date(s: str) -> dt.date | None:
    """Read a US stamp with a two-figure year and a clock time after a byline ("06/28/23 5:12 PM ET"); else None."""
    m = _US_SHORT_DATE.fullmatch(s.strip())
    try:
        return dt.date(2000 + int(m["y"]), int(m["m"]), int(m["d"])) if m else None
    except ValueError:
        return None


def clean(raw: RawArticle, today: dt.date | None = None, repeated: frozenset[int] = frozenset()) -> Cleaned:
    """Clean one raw article: furniture out, title/dateline/byline found, publication date from metadata or text.

    `repeated` holds the keys of lines that the build found in different stories of the corpus (see
    `helpers.extract.repeats`): such a line is furniture where it reads as such, unless the head of the page takes
    it as the dateline, byline or date line, or no other line can be the title."""
    today = today or dt.date.today()
    warnings = list(raw.warnings)
    lines = unwrap(raw.text).split("\n")
    spaced = spaced_line_by_line(lines)
    if spaced:  # read it as a page with one item per line; its paragraphs get their blank lines back at the end
        lines = [ln for ln in lines if ln.strip()]
    furn = furniture_lines(lines)
    record = read_record(lines)  # a research database's export: its fields are furniture, its headline the title
    if record is not None:
        furn = (furn | record.furniture) - {record.title_line}
        if record.documents > 1:
            warnings.append(f"the file holds {record.documents} database documents, read as one article: split "
                            "the download into one file per document")
    wrapper = email_wrapper(lines)  # a forwarded mail's menu, subject, note and stamps
    furn |= wrapper
    rep = repeated_lines(lines, repeated, furn)
    boilerplate = [lines[i].strip() for i in sorted(furn)]
    keep = [i for i in range(len(lines)) if i not in furn]
    meta = dict(raw.meta)
    title = _meta_str(meta, TITLE_KEYS) or (record.title if record else None)
    dateline = _meta_str(meta, ("dateline",))
    byline = _meta_str(meta, ("author", "byline", "authors")) or (record.byline if record else None)
    text_date = parse_date(meta.get("text_date")) or (record.published if record else None)

    for i in sorted(furn):  # schema.org JSON-LD scraped along with the page: metadata, not text
        for key, value in json_ld(lines[i]).items():
            meta.setdefault(key, value)
    title = title or _meta_str(meta, TITLE_KEYS)
    byline = byline or _meta_str(meta, ("author", "byline", "authors"))
    if text_date is None:
        text_date = _furniture_date(lines, furn, start=max(wrapper, default=-1) + 1)

    nonempty = [i for i in keep if lines[i].strip()]
    drop: set[int] = set()
    cut: list[str] = []  # furniture cut from the end of a line that stays
    body_started = False
    fallback_title = None  # a repeated line in the title's place: the title only if no other line is
    title_at = -2  # where in the head the title's line stands (none: no line can continue it)
    head = head_lines(nonempty, rep)
    for k, i in enumerate(head):
        s = lines[i].strip()
        rest = [j for j in nonempty if j > i]
        if title and s == title.strip():
            drop.add(i)
        elif title is None and not body_started and _LOGO.fullmatch(s):
            furn.add(i)  # the site's logo copied as a word above the headline ("euronews.")
        elif (title is None and not body_started and _weak_headline(s)
              and _headline_follows(lines, head[k + 1:], rep) and date_line(s) is None):
            furn.add(i)  # the outlet's or section's name above the headline ("The Lakeshore Tribune", "BALKAN PRESS")
        elif (_DATELINE_LINE.match(s) and rest and not dateline and _story_line(lines[rest[0]].strip())
              and not _colon_label(s)  # "DISPROOF" over a fact-check's paragraph is a section, no place
              and f"({s})" not in lines[rest[0]]):  # "IPA" over "ANTALYA, March 2 (IPA) - …" is the agency
            dateline = s
            drop.add(i)
        elif (not dateline and (m := _DATED_PLACE_LINE.fullmatch(s)) and rest and _story_line(lines[rest[0]].strip())
              and (d := date_line(m["date"])) is not None):  # "Pristina, April 22, 2024/Independent Balkan News
            dateline, text_date = m["place"], text_date or d  # Agency" over the story: the story's first line,
            lines[i] = lines[i].replace(s, s[:m.end("date")])  # without the agency (the outlet is no story)
            cut.append(s[m.end("date"):].strip(" /()"))
            body_started = True
        elif (bd := _byline_and_date(s)) is not None:  # "By Jana Roe - Associated Press - Sunday, September 24, 2023"
            byline = byline or bd[0]
            text_date = text_date or bd[1]
            drop.add(i)
        elif _BYLINE.match(s) and (n_words(s) <= BYLINE_WORDS or _BYLINE_ROLE.fullmatch(s)
                                   or n_words(s) <= BYLINE_MAX_WORDS and not s.endswith(STOPS)):
            byline = byline or _BYLINE.match(s).group("name").strip()
            drop.add(i)
        elif (d := date_line(s)) is not None and text_date in (None, d):  # a line that is only a date (again:
            text_date = d  # "08.06.2023." over "Last modified: 08.06.2023. 16:02", which gave it first)
            drop.add(i)
        elif title is None and not body_started and _SPACED_MENU.fullmatch(s):
            furn.add(i)  # "NEWS   WORLD   ECONOMY   SPORTS" above the headline (not a table's header row further down)
        elif title is None and not body_started and _is_headline(s) and _nav_then_headline(lines, i, furn):
            furn.add(i)  # the site's name or slogan above its menu; the headline comes after the menu
        elif title is None and not body_started and rest and _is_headline(s) and i in rep:
            fallback_title = fallback_title or (i, s)
        elif (title is None and not body_started and n_words(s) <= BRAND_WORDS and s[:1].isupper()
              and not any(w[:1].islower() for w in s.split()) and not date_line(s)
              and _headline_before_story(lines, rest)):
            furn.add(i)  # a brand name of the site's head ("NATO", "N1") with the real headline further down
            if (more := next((j for j in nonempty if j > head[-1]), None)) is not None:
                head.append(more)  # the head reaches one line further
        elif (title is None and not body_started and n_words(s) <= BRAND_MAX_WORDS and _is_headline(s)
              and _brand_over_section(lines, i)):
            furn.add(i)  # the site's brand over its section label and the headline
        elif title is None and not body_started and rest and _titled_with_site(s, lines, rest):
            furn.add(i)  # a printed page's title "Headline | Site" over the headline itself
        elif title is None and not body_started and rest and _is_headline(s):
            title, title_at = s, k
            drop.add(i)
        elif title_at == k - 1 and not body_started and _title_tail(s):
            title = f"{title} {s}"  # a heading broken over two lines: "Reconstruction of the road" / "begins …"
            drop.add(i)
        elif title is not None and not body_started and rest and _LABEL_LINE.fullmatch(s):
            furn.add(i)  # an outlet or section name between the headline and the story ("Kosovo Online")
        elif i not in rep:
            body_started = True
    if title is None and fallback_title is not None:
        title = fallback_title[1]
        drop.add(fallback_title[0])
    if text_date is None:
        text_date = _labelled_date(lines, furn) or _url_date(lines)
    furn |= rep - drop
    furn |= _echoes(lines, furn, drop)
    for _ in range(STAMP_REACH):  # the outlet's name next to the stamp, then the author's name next to it
        if not (more := _stamp_bylines(lines, furn, drop) - furn):
            break
        furn |= more
    boilerplate = [lines[i].strip() for i in sorted(furn)] + cut  # and what was cut from a kept line
    body_lines = [lines[i] for i in keep if i not in drop and i not in furn]
    text = re.sub(r"\n{3,}", "\n\n", ("\n\n" if spaced else "\n").join(body_lines)).strip()
    # "PRISTINA, Kosovo (Reuters) - …" opens the story: one of its first paragraphs (captions may stand before it)
    paras = [p for p in text.split("\n") if n_words(p) >= DATELINE_PARAGRAPH_WORDS]
    for para in paras[:3]:
        if not dateline and (m := _DATELINE_INLINE.match(para.strip())):
            # "BELGRADE -- …": without its dashes
            dateline = (m.group("dl") or m.group("place") or m.group("named")).strip(" -–—/")
        elif not dateline and (m := _DATELINE_GLUED.match(para.strip())):
            dateline = m.group("dl")  # The Wall Street Journal's "ANKARA—When …"
        elif not dateline and (m := _DATELINE_BRACKETED.match(para.strip())) and date_line(m["date"]):
            dateline = m.group("dl")  # Human Rights Watch's "(Pristina, June 3, 2024) – …"
        elif not dateline and (m := _PLACE_DASH.match(para.strip())) and _place(m["dl"]) and not _place(m["next"]):
            dateline = m.group("dl")  # "Bern - The number of …": a known place, then a spaced dash (not "Belgrade -
            # Pristina talks …")
    colons = [k for k, p in enumerate(paras) if _COLON_DATELINE.match(p.strip())]
    if not dateline and len(colons) == 1 and colons[0] < 3 and not _colon_label(
            (m := _COLON_DATELINE.match(paras[colons[0]].strip())).group("dl")):
        dateline = m.group("dl")  # "ANTALYA: …" opens the story, under its standfirst or a caption (a transcript's
        # "FROST: …" opens many paragraphs)
    if not dateline and paras and (m := _COLON_DATELINE_TITLED.match(paras[0].strip())) and _place(m.group("dl")):
        dateline = m.group("dl")  # The Sydney Morning Herald's "Pristina: A Kosovo police officer …": a known place

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


def _title_tail(s: str) -> bool:
    """Tell whether a line right under the headline ends it: a few words opening in lower case, no sentence's end,
    no date ("begins after ten years of waiting" under "Reconstruction of the Zubin Potok – Brnjak road")."""
    return s[:1].islower() and n_words(s) <= TITLE_TAIL_WORDS and not s.endswith(STOPS) and date_line(s) is None


TITLE_TAIL_WORDS = 10


def _echoes(lines: list[str], furn: set[int], drop: set[int]) -> set[int]:
    """Return the lines that repeat word for word a name line already found to be furniture on this page (the
    outlet's name at the top, and again as the byline above the date stamp)."""
    names = {s for i in furn if (s := lines[i].strip()) and name_line(s)}
    if not names:
        return set()
    return {i for i, ln in enumerate(lines) if i not in furn and i not in drop and ln.strip() in names}


# three items or more, no digits: "Home › Politics › Kosovo", a name in three languages "Qeveria – Vlada – Government"
# (not a date range, nor a credit "Agency / Jane Roe")
_NAV_LINE = re.compile(r"[^|›»>/·–\d]{1,40}(?:(?:[ \t][|›»>/·–][ \t]|[ \t]{3,})[^|›»>/·–\d]{1,40}){2,}")
_SPACED_MENU = re.compile(r"(?:[^\s\d.!?]{1,20}(?: [^\s\d.!?]{1,20}){0,2}(?:\t+| {2,})){3,}[^\s\d.!?]{1,20}"
                          r"(?: [^\s\d.!?]{1,20}){0,2}")  # four or more items set apart by runs of spaces
NAV_LOOKAHEAD = 4  # non-furniture lines searched past a head line for its menu and the headline after it
MENU_ITEM_WORDS, MENU_RUN = 3, 3  # three furniture lines of up to three words each in a row make a menu


def _nav_then_headline(lines: list[str], i: int, furn: set[int]) -> bool:
    """Tell whether a menu or breadcrumb line ("Home | Politics | Region", "Home › Politics › Kosovo") follows line
    `i` and a real headline follows that menu, before the story starts: line `i` is then the site's name or slogan."""
    nav, seen, items = False, 0, 0
    for j in range(i + 1, len(lines)):
        s = lines[j].strip()
        if not s:
            continue
        spaced = _SPACED_MENU.fullmatch(s) is not None
        if j in furn or spaced or _NAV_LINE.fullmatch(s):  # a menu on one line, or the name in three languages
            # ("Dhomat e … | Specijalizovana … | Northtown Chambers")
            items += n_words(s) <= MENU_ITEM_WORDS  # a menu one item per line: "News" / "Politics" / "Budapest" …
            nav = nav or spaced or _NAV_LINE.fullmatch(s) is not None or items >= MENU_RUN
            continue
        if nav and (_real_headline(s) or _is_headline(s) and _date_or_byline_next(lines, j)):
            return True  # "Minister Roe hosts Minister Doe in Northtown" over "19.09.2024.": a headline of names
        seen += 1
        slogan = not s.endswith(STOPS) and all(w[:1].isupper() for w in s.split() if len(w) > 3)  # "The Magazine
        # for Diplomacy and Business in Serbia", "Ministry of Defence of the Republic of Serbia": a name, no story
        if (_story_line(s) and not slogan) or seen >= NAV_LOOKAHEAD:
            return False
    return False


def _date_or_byline_next(lines: list[str], j: int) -> bool:
    """Tell whether the next non-empty line after line `j` is a date line or a byline."""
    nxt = next((t.strip() for t in lines[j + 1:] if t.strip()), "")
    return date_line(nxt) is not None or _BYLINE.match(nxt) is not None


_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:[’'-]\p{Lu}?[\p{Ll}\p{M}]+)?"
_CAPITAL_WORD = r"\p{Lu}[\p{L}\p{M}’'-]*"
_ACRONYM = r"\p{Lu}[\p{Lu}\d/&.-]{1,7}"  # an outlet's short name: "BIRN", "N1", "RFE/RL"
# "Mirela Đorđević", "Deniz Karahan - Ankara", "Petra Novak, Vienna / Ardit Dema, North Mitrovica", "Jana Roe in
# Northtown", "Arlind Maloku BIRN Pristina", "Jordan Pike, The Prairie Courier (Topeka, Kan.)"; or the outlet and its
# desk's city alone ("N1 Beograd")
_PLACE_TAIL = rf"(?:[ \t]*[-–—|,/][ \t]*|[ \t]+(?:in|and)[ \t]+){_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}}"
_PERSON_LINE = regex.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}(?:(?:{_PLACE_TAIL})+"
                             rf"(?:[ \t]+\([\p{{Lu}}][\p{{L}}\p{{M}}., ]{{1,40}}\))?)?"
                             rf"|(?:{_NAME_WORD}[ \t]+){{2,3}}{_ACRONYM}(?:[ \t]+{_CAPITAL_WORD}){{0,2}}"
                             rf"|{_ACRONYM}(?:[ \t]+{_CAPITAL_WORD}){{1,2}}")
# "Senior Fellow, Balkan Security Programme": capitalised words with a role noun, under the author's name
_ROLE_LINE = regex.compile(rf"{_CAPITAL_WORD}(?:,?[ \t]+(?:{_CAPITAL_WORD}|of|for|and|the|on|&))*")
ROLE_LINE_WORDS = 8
STAMP_REACH = 2  # furniture lines between a bare author name and its date stamp (the outlet's name, a role line)


def _stamp(line: str, j: int, furn: set[int]) -> bool:
    """Tell whether line `j` is a furniture stamp: a date line or a clock time ("Last updated 14:40 CEST")."""
    return j in furn and (date_line(line, furniture=True) is not None or CLOCK.search(line) is not None)


def _stamp_near(lines: list[str], filled: list[int], k: int, step: int, furn: set[int]) -> bool:
    """Tell whether a stamp is the next non-empty line from `filled[k]` in direction `step`, past at most
    STAMP_REACH other furniture lines ("Marc Tremblay" / "The Lakeshore Tribune" / "Mon., April 22, 2024")."""
    j = k + step
    for _ in range(STAMP_REACH + 1):
        if not 0 <= j < len(filled) or filled[j] not in furn:
            return False
        if _stamp(lines[filled[j]].strip(), filled[j], furn):
            return True
        j += step
    return False


def _role_line(line: str) -> bool:
    """Tell whether a short line of capitalised words holds a role noun ("Senior Fellow, Balkan Security Programme"),
    or opens with one before a bar ("Senior Adviser, Northern Security | Former mission liaison officer")."""
    first = line.split(" | ", 1)[0]
    return (n_words(first) <= ROLE_LINE_WORDS and _ROLE_LINE.fullmatch(first) is not None
            and any(w.lower() in _role_nouns() for w in regex.findall(r"[\p{L}-]+", first)))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Return the one-word role nouns (data/lexicon.yaml), lower case."""
    return frozenset(w.lower() for w in word_list("role_nouns") if " " not in w)


def _stamp_bylines(lines: list[str], furn: set[int], drop: set[int]) -> set[int]:
    """Return the bare author-name lines right above or below a furniture stamp ("Mirela Đorđević" over "Feb 5,
    2024 · 9:14 AM CET"; "Deniz Karahan - Ankara"), with a role line between name and stamp: bylines without "By"."""
    out: set[int] = set()
    aside = furn | drop  # a date line taken as the page's date is a stamp too
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    for k, i in enumerate(filled):
        if not _PERSON_LINE.fullmatch(lines[i].strip()):
            continue
        role = k + 1 < len(filled) and _role_line(lines[filled[k + 1]].strip())
        if i in aside:
            if role and filled[k + 1] not in aside and any(_stamp_near(lines, filled, k, d, aside) for d in (-1, 1)):
                out.add(filled[k + 1])  # the role line under a name the head already took as furniture
            continue
        if any(_stamp_near(lines, filled, k, d, aside) for d in (-1, 1)):
            out.add(i)
            if role:
                out.add(filled[k + 1])  # "12th March 2024" / "Daniel Frost" / "Research Analyst for …"
        elif role and k + 2 < len(filled) and _stamp(lines[filled[k + 2]].strip(), filled[k + 2], aside):
            out |= {i, filled[k + 1]}
        elif role and (k > 0 and filled[k - 1] in aside or k + 2 >= len(filled) or filled[k + 2] in aside):
            out |= {i, filled[k + 1]}  # an author box between furniture lines: "Adam Whitfield" / "Research Fellow"
    return out


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


def _heads_timeline(lines: list[str], i: int) -> bool:
    """Tell whether a line heads a timeline: the next non-empty line is a dated entry ("Key dates" over "December
    17: Serbia holds elections"): a box of the story, whatever other stories repeat its heading."""
    nxt = next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")
    return n_words(lines[i]) <= 4 and DATED_ENTRY.match(nxt) is not None


def repeated_lines(lines: list[str], repeated: frozenset[int], furniture: set[int]) -> set[int]:
    """Return the indices of lines, not yet furniture, that the corpus repeats in different stories and that read
    as furniture, not a timeline's heading; none when they would take more than `max_share` of the page's words
    (rows of a data table that many reports repeat, "Shr six cts vs five cts", are the story, not its wrapper)."""
    if not repeated:
        return set()
    found = {i for i, ln in enumerate(lines) if i not in furniture and (s := ln.strip())
             and line_key(s) in repeated and reads_as_furniture(s) and not _dated_short_line(s)
             and not _heads_timeline(lines, i)}
    if not found:
        return found
    words = sum(n_words(ln) for i, ln in enumerate(lines) if i not in furniture)
    taken = sum(n_words(lines[i]) for i in found)
    return found if taken <= repeats_rules()["max_share"] * words else set()  # a table of data, not a wrapper


def _dated_short_line(s: str) -> bool:
    """Tell whether a short line gives a date ("Tuesday, 1 March" over a fixture list): the story's, not the page's."""
    return n_words(s) <= DATE_LINE_WORDS and any(r["precision"] in ("day", "week", "month") for r in
                                                 extract_timexes(ArticleDoc("", s, [(0, len(s))])))


def email_wrapper(lines: list[str]) -> set[int]:
    """Return the lines of a forwarded e-mail's wrapper: every non-empty line down to the end of the forwarded
    message's header (`email_forward` in data/furniture.yaml); none when the page is no forwarded mail."""
    rules = furniture_rules()["email_forward"]
    marker = next((i for i, ln in enumerate(lines) if rules["marker"].fullmatch(ln.strip())), None)
    if marker is None:
        return set()
    end = marker
    for i in range(marker + 1, min(len(lines), marker + 12)):
        s = lines[i].strip()
        if s and not rules["header"].fullmatch(s):
            break
        end = i if s else end
    return {i for i in range(end + 1) if lines[i].strip()}


def _furniture_date(lines: list[str], furn: set[int], start: int = 0) -> dt.date | None:
    """Read the publication date from a furniture line above the story ("NEWS 29.05.2023 14:35 0 comments"),
    however many widget and menu lines come first, unless a plain date line comes before it: the search ends with
    the second sentence-long line (a standfirst may come before the date line, the story's first paragraph after
    it)."""
    sentences = 0
    for i, ln in enumerate(lines[start:], start):
        s = ln.strip()
        if not s:
            continue
        if i not in furn:
            if (d := date_line(s)) is not None:
                return _first_published(lines, i) or d  # the page's own date line comes first ("2 June 2023"
                # over "Updated 5 June 2023")
            sentences += story_sentence(s)
            if sentences == HEAD_SENTENCES:
                return None
            continue
        if (d := date_line(s, furniture=True)) is not None:
            return _first_published(lines, i) or d
    return None


_UPDATED = re.compile(r"\W*(?:last\s+)?(?:updated|modified|edited)\b", re.I)
_PUBLISHED = re.compile(r"\W*(?:first\s+|originally\s+)?(?:published|posted)\b", re.I)


def _first_published(lines: list[str], i: int) -> dt.date | None:
    """Return the first-publication date of the line under an update stamp ("Updated 11.35, 30 Nov 2024" over
    "First published 22.10, 29 Nov 2024"), if line `i` is such a stamp and one of the next lines gives it."""
    if not _UPDATED.match(lines[i]):
        return None
    for ln in [t.strip() for t in lines[i + 1:i + 6] if t.strip()][:2]:
        if _PUBLISHED.match(ln) and (d := date_line(ln, furniture=True)) is not None:
            return d
    return None


def _url_date(lines: list[str]) -> dt.date | None:
    """Read the publication date from the page's own address on one of its first lines, when nothing else gives one
    ("https://example.info/2024/04/19/will-anyone-vote/", `url_date`)."""
    for s in [t.strip() for t in lines if t.strip()][:URL_LINES]:
        if (m := furniture_rules()["url_date"].fullmatch(s)) is not None:
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


URL_LINES = 3  # how far down the page its own address may stand (over the site's name and menu)


def _labelled_date(lines: list[str], furn: set[int]) -> dt.date | None:
    """Read the publication date from a labelled date line anywhere among the furniture, when the page's head has
    none: "Date 30.09.2023" above "Author …" at the foot of a broadcaster's page (`date_labels`)."""
    label = furniture_rules()["date_label"]
    for i in sorted(furn):
        s = lines[i].strip()
        if label.match(s) and (d := date_line(s, furniture=True)) is not None:
            return d
    return None


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
