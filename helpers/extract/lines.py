"""One line of a page: its words, the furniture patterns it may match whole (`data/furniture.yaml`), and whether
it is a date line. The rules that look at a line's place among the others are `helpers.extract.layout`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..lexicon import load, word_list
from .alternation import Alternation, LiteralScan, fold
from .dates import extract_timexes
from .document import ArticleDoc
from .patterns import UPPER, trie_pattern

SENTENCE_END = ".!?;:,"
STOPS = (".", "!", "?", "”", '"')
NOT_TITLE_END = (*SENTENCE_END, "”", '"', "’", ")", "…")
_QUOTATION_MARK = re.compile(r"[“”\"«»]")
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?|\b)|\b(?:GMT|UTC|CET|CEST|EET|EEST)(?:\s*[+-]\s*\d{1,2})?",
                    re.I)
_CAPITALS = re.compile(r"\b([A-Z])([A-Z]{2,})\b")
MERIDIEM = re.compile(r"\b[ap]\.m\.$", re.I)
_YEAR_DOT = re.compile(r"\b\d{4}\.$")
_YMD_DOT = re.compile(r"\b\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$")  # Hungarian "2023.05.30."
_DASHED_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_SPACED_DOTS = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b")  # "15. 06. 2023."
_COMMA_BEFORE_YEAR = re.compile(r"(?<=[^\W\d_])[^\S\n]+,[^\S\n]*(\d{4})\b")  # "11 October ,2024", "31 May , 2023"
_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d{2})")  # a copied wire stamp: "September 24, 202310:58 PM"
_GLUED_DATE = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2} [^\W\d_]{3,9} (?:19|20)\d\d\b)")  # "1 Dec 20241 Dec 2024"
_YEAR_DIGITS = re.compile(r"\d{4}")  # what every full date of a date line holds
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|until|till)\s*", re.I)  # between the two dates of a span
_DAY_DOT = re.compile(r"\b\d{1,2}\.(?:\s*\d{1,2}\.|\s+\w)")
_WORD = re.compile(r"(?:https?://|www\.)[^\s)\]]+|\w+")  # a web address is one word
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}\b")
_SEGMENT_SEP = re.compile(r"\s[·|•]\s")
DATE_LINE_MAX_WORDS = 24  # a furniture line
DATE_LINE_PLAIN_WORDS = 14  # any other line


@lru_cache(maxsize=1)
def furniture_rules() -> dict:
    """Load and compile the page-furniture patterns from data/furniture.yaml."""
    spec = load("furniture")
    fill = {"<networks>": _alternation(spec.get("social_networks", [])),
            "<agencies>": _alternation(spec.get("agencies", [])),
            **{f"<{k}>": _alternation(v) for k, v in (spec.get("labels") or {}).items()}}

    def branches(key: str) -> list[str]:
        patterns = []
        for p in spec[key]:
            for name, alternatives in fill.items():
                p = p.replace(name, alternatives or "(?!)")
            patterns.append(f"(?:{p})")
        return patterns

    def compile_all(key: str) -> re.Pattern:
        return re.compile("|".join(branches(key)), re.I)

    def alternation(key: str) -> Alternation:
        return Alternation(branches(key))

    lists = {key: alternation(key) for key in ("line", "long_line", "long_anywhere", "page_note", "caption")}
    return {
        # the long lists: each line is matched only against the branches it can satisfy (see alternation.py), the
        # literals that tell which being found for all five lists in one pass ("literals")
        **lists,
        "literals": LiteralScan(set().union(*(alt.required for alt in lists.values()))),
        "email_forward": {k: re.compile(v, re.I) for k, v in spec["email_forward"].items()},
        "link_after": compile_all("link_after"),
        "tail": compile_all("tail_markers"),
        "tail_max_words": int(spec.get("tail_max_words", 20)),
        "line_max_words": int(spec.get("line_max_words", 25)),
        "breadcrumb": tuple(spec.get("breadcrumb_prefixes", [])),
        "page_note_max_words": int(spec.get("page_note_max_words", 40)),
        "credit": compile_all("credit"),
        "caption_max_words": int(spec.get("caption_max_words", 70)),
        "section": _section_line(spec.get("section_labels", [])),
        "menu": dict(spec["menu"]),
        "counter": re.compile(spec["counter"], re.I),
        "not_page_date": re.compile(rf"(?:{'|'.join(spec['not_page_date_labels'])})\b", re.I),
        "scene": _scene_caption(spec.get("scene_caption") or {}),
        "author_bio": _author_bio(spec.get("author_bio_roles", [])),
        "contents": {"label": _label(_any_of(spec["contents"]["labels"])),
                     "max_words": int(spec["contents"]["max_words"])},
        "summary": {"label": _label(_any_of(spec["summary"]["labels"])),
                    "facts": _label(_any_of(spec["summary"]["fact_labels"])),
                    "numbers": _label(_any_of(spec["summary"]["number_labels"])),
                    "sources": _label(_any_of(spec["summary"]["source_labels"])),
                    "bullet": re.compile(spec["summary"]["bullets"] + r"\s"),
                    "max_words": int(spec["summary"]["max_words"])},
        "related": {"label": _label(_any_of(spec["related"]["labels"])),
                    "list": _label(_any_of(spec["related"]["list_labels"])),
                    "max_words": int(spec["related"]["max_words"]), "max_lines": int(spec["related"]["max_lines"]),
                    "prose_start": frozenset(spec["related"]["prose_start"]),
                    "past_verbs": frozenset(spec["related"]["past_verbs"]),
                    "auxiliaries": frozenset(spec["related"]["auxiliaries"])},
        "video": {"title": re.compile(spec["video"]["title"], re.I),
                  "length": re.compile(spec["video"]["length"], re.I), "max_lines": int(spec["video"]["max_lines"])},
        "notes": {"label": _label(_any_of(spec["notes"]["labels"])),
                  "max_words": int(spec["notes"]["max_words"])},
        **{box: {"label": _label(_alternation(spec[box]["labels"])),
                 "control": re.compile(_any_of(spec[box]["controls"]), re.I),
                 "max_lines": int(spec[box]["max_lines"])} for box in ("poll", "signup")},
        "colon_labels": frozenset(w.lower() for w in spec.get("colon_labels", [])),
        "date_in_phrase": re.compile(rf"\b(?:{_alternation(spec['date_in_phrase'])})\s*$", re.I),
        "url_date": re.compile(spec["url_date"], re.I),
        "date_label": re.compile(rf"(?:{_any_of(spec['date_labels'])})(?:\s+on)?\b\s*:?\s*(?=\d)", re.I),
        "page_repeats": {**{k: int(v) for k, v in spec["page_repeats"].items() if k != "marker"},
                         "marker": re.compile(spec["page_repeats"]["marker"], re.I)},
        "caption_sentence": _caption_sentence(spec.get("caption_sentence") or {},
                                              (spec.get("scene_caption") or {}).get("past_verbs", [])),
        "comments": {"marker": re.compile(_any_of(spec["comments"]["markers"]), re.I),
                     "control": re.compile(_any_of(spec["comments"]["controls"]), re.I),
                     "min_controls": int(spec["comments"]["min_controls"]),
                     "control_within": int(spec["comments"]["control_within"])},
        "run": {**{k: v for k, v in (spec.get("headline_run") or {}).items() if isinstance(v, int)},
                "dangling": frozenset(spec.get("headline_run", {}).get("dangling_words", []))},
    }


def _scene_caption(spec: dict) -> dict:
    """Compile the shape of a photo caption that describes its scene in the present tense ("Police officers stand
    guard near the bridge in Mitrovica."): a subject of a few words, a scene verb, a place."""
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in spec.get("verbs", [])) or "(?!)"
    subject = int(spec.get("subject_words", 6))
    return {
        "max_words": int(spec.get("max_words", 25)),
        "subject_verb": re.compile(rf"(?P<subject>(?:[\w’'-]+\s+){{1,{subject}}})(?<!-)(?:{verbs})(?=[\s,.])"),
        "not_in_subject": frozenset(spec.get("not_after", [])) | frozenset(spec.get("past_verbs", [])),
        "past": frozenset(spec.get("past_verbs", [])), "determiners": frozenset(spec.get("determiners", [])),
        "speech": re.compile(rf"\b(?:{'|'.join(re.escape(v) for v in word_list('speech_verbs'))})\b", re.I),
        # "in Mitrovica", "on the Ibar bridge", "near the village of Banjska"
        "place": re.compile(r"\b(?:in|near|at|outside|on|in front of)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+of\s+)?"
                            rf"(?!{_WEEKDAY}\b|(?:{MONTHS})\b)[{UPPER}]"),
        "object_place": re.compile(rf"\s+the\s+[{UPPER}]"),  # "… crosses the Jarinje border point."
    }


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")  # + "day", in Monday-first order
_WEEKDAY = rf"(?:{'|'.join(WEEKDAY_STEMS)})day"
# a line that says when: a weekday, "March 3", "3 March", "Oct. 11", a year
WHEN = re.compile(rf"\b(?:{_WEEKDAY}|(?:{MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})"
                  r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}|(?:19|20)\d\d)\b")


# an entry of a timeline or a "Key dates" box: a date, then a colon or a dash, then what happened ("December 17:
# Serbia holds elections", "1 September 2010 – The agreement takes effect", "October 2017 – …", "2010: …")
_MONTH_WORD = rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"  # not "Mayor:", "Decision:"
DATED_ENTRY = re.compile(rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_WORD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
                         rf"(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d|(?:19|20)\d\d)"
                         r"\s*(?::|[–—-])\s+\S")


def _caption_sentence(spec: dict, past_verbs: list[str]) -> dict:
    """Compile the shape of a photo caption written as a sentence under its credit line (see data/furniture.yaml
    caption_sentence): its length, a place, a time, the finite verbs of a story's sentence (past and future), the
    verbs a caption above its credit may have (`caption_may`: the present, and scene_caption's past_verbs, which may
    be participles: "held", "made"), and the words after which an -ed word is a verb."""
    return {"max_words": int(spec.get("max_words", 45)), "place": re.compile(spec.get("place", "(?!)")),
            "when": WHEN, "verbs": frozenset(spec.get("verbs", [])),
            "caption_may": frozenset(spec.get("present_verbs", [])) | frozenset(past_verbs),
            "present": frozenset(spec.get("present_verbs", [])),
            "object_start": frozenset(spec.get("object_start", [])),
            "ed_verb_before": frozenset(spec.get("ed_verb_before", [])),
            "fronted": frozenset(spec.get("fronted_phrase", []))}


def _author_bio(roles: list[str]) -> regex.Pattern:
    """Compile the shape of an author's bio as a plain sentence ("Jana Roe is a senior fellow at …"): the name is
    group "name"."""
    role = _alternation(roles) or "(?!)"
    word = r"\p{Lu}[\p{L}\p{M}’'-]+"
    return regex.compile(rf"(?P<name>{word}(?:\s+{word}){{1,2}})\s+(?:is\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
                         rf"(?i:{role})\b|(?:reports|writes)\s+(?:on|about|from)\s|covers\s).*")


def _alternation(words: list[str]) -> str:
    """Join words into a regex alternation, longest first, a space matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _label(alternation: str) -> re.Pattern:
    """Compile a box's label line: one of the alternatives, an optional colon ("Key points:") or arrow ("Read More
    »")."""
    return re.compile(f"(?:{alternation})" + r"\s*:?\s*[»›→]?", re.I)


def _any_of(patterns: list[str]) -> str:
    """Join regex patterns into one alternation, each in its own group."""
    return "|".join(f"(?:{p})" for p in patterns)


def _section_line(labels: list[str]) -> re.Pattern:
    """Compile the pattern of a line made only of section labels ("Politics", "World | Europe", "(WORLD)")."""
    label = _alternation(labels) or "(?!)"
    return re.compile(rf"[(\[]?\s*(?:{label})(?:\s*[|/›»>,]\s*(?:{label}))*\s*[)\]]?", re.I)


@lru_cache(maxsize=8192)
def n_words(text: str) -> int:
    """Count the words of a text (remembered: the furniture rules ask about the same lines many times)."""
    return len(_WORD.findall(text))


def ends_dangling(line: str) -> bool:
    """Tell whether a line stops on a word that cannot end a title or a paragraph ("… were elected in"): one of
    headline_run's dangling words (data/furniture.yaml)."""
    words = line.split()
    return bool(words) and words[-1].lower() in furniture_rules()["run"]["dangling"]


def line_status(stripped: list[str]) -> Iterator[tuple[int, bool]]:
    """Yield (index, is furniture) for each non-empty stripped line, in order, breadcrumb trails aside.

    A line's status depends only on the lines before it, so a caller may stop at the first line it needs.
    """
    rules = furniture_rules()
    in_tail = after_link = body_seen = False
    above: list[str] = []  # the non-empty lines so far
    for i, s in enumerate(stripped):
        if not s:
            continue
        furniture = after_link or is_furniture_line(s)
        after_link = bool(rules["link_after"].fullmatch(s))  # the next non-empty line is a linked story's title
        if rules["tail"].fullmatch(s):
            # a "Topics" item of a menu starts no list of linked titles; "Related Posts" under the story's tags goes
            # on with the tail (a marker in the menus above the story ends it: "Top stories" … "Most read")
            in_tail = (in_tail and body_seen) or not _menu_item(s, above)
        elif n_words(s) >= rules["tail_max_words"]:
            in_tail, body_seen = False, True
        elif in_tail and (not s.endswith((".", "!", "”", '"')) or _INITIALS_END.search(s)):
            furniture = True  # a linked title may be a question ("Who guards Kosovo's bridges?") or end "… of D.C."
        above.append(s)
        yield i, furniture


def _menu_item(s: str, above: list[str]) -> bool:
    """Tell whether a one- or two-word line stands in a menu: the two lines above it are such items too ("DW",
    "Topics", "Germany", "World" down the page's head), or it opens the page's menu under the site's name ("Global
    News", "Top Stories", "Canada", …)."""
    short = [t for t in above[-2:] if n_words(t) <= 2 and not t.endswith((".", ":", "?"))]
    return n_words(s) <= 2 and not s.endswith(":") and (len(short) == 2 or len(short) == len(above) == 1)


@lru_cache(maxsize=8192)
def is_furniture_line(s: str) -> bool:
    """Tell whether one stripped line is furniture by itself: a known short line, a caption or credit, a section
    label, or a long disclaimer (remembered: the layout rules ask about the same line several times)."""
    rules = furniture_rules()
    words, found = n_words(s), rules["literals"](fold(s))
    if words <= rules["line_max_words"] and (rules["line"].fullmatch(s, found) or rules["section"].fullmatch(s)):
        return True
    if words <= rules["caption_max_words"] and rules["caption"].search(s, found):
        return True
    if (words <= rules["page_note_max_words"] and rules["page_note"].search(s, found)
            and not _QUOTATION_MARK.search(s)):
        return True
    if rules["long_line"].fullmatch(s, found):
        return True
    return rules["long_anywhere"].search(s, found)


@lru_cache(maxsize=1)
def _line_months() -> tuple[re.Pattern, dict[str, str], re.Pattern, re.Pattern]:
    """Compile the date-line month names of other languages (data/dates.yaml) and the day/year orders around them."""
    names = {w.lower(): english for english, words in load("dates")["date_line_months"].items() for w in words}
    foreign = re.compile(rf"(?<!\w)(?:{trie_pattern(sorted(names))})(?!\w)", re.I)  # a trie: ~4x a flat list
    english = "|".join(load("dates")["date_line_months"])
    year_first = re.compile(rf"\b(\d{{4}})\.\s*({english})\s+(\d{{1,2}})\.?")  # Hungarian "2023. május 31."
    short = "|".join(sorted({m[:3] for m in load("dates")["date_line_months"]} | {"Sept"}))
    day_dot = re.compile(rf"\b(\d{{1,2}})\.\s+({english}|{short})\b")  # "30. maj 2023.", "15. Sep 2023, 07:44"
    return foreign, names, year_first, day_dot


def english_months(line: str) -> str:
    """Write a date line's month in English and its day before the month ("2023. május 31." -> "31 May 2023")."""
    foreign, names, year_first, day_dot = _line_months()
    if not any(map(str.isdigit, line)):
        return line
    out = _DASHED_DATE.sub(r"\1.\2.\3", foreign.sub(lambda m: names[m.group().lower()], line))  # "15-06-2023"
    return day_dot.sub(r"\1 \2", year_first.sub(r"\3 \2 \1", out))


_DATE_FILLERS = re.compile(r"\((?:[A-Z][\w.-]*)(?:\s[A-Z][\w.-]*)?\)|\b(?:published|updated|posted|modified|on|at)\b",
                           re.I)
_PUBLISHED_LABEL = re.compile(r"(?:first |last )?(?:published|updated|posted)\b", re.I)
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "D.C.", "U.S.": an abbreviation, not a sentence's stop
_NAME_SEGMENT = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")  # "TOI World Desk", "TIMESOFINDIA.COM"


def _named_head(head: str) -> int:
    """Count the words of the desk and outlet names that stand before a date line's own segment, split by slashes
    ("TOI World Desk / TIMESOFINDIA.COM / Updated: Sep 24, 2024, 21:18 IST")."""
    parts = [p.strip() for p in re.split(r"\s/\s", head)]
    return sum(n_words(p) for p in parts[:-1] if _NAME_SEGMENT.fullmatch(p))


_POSTED_BY = re.compile(rf"(?:(?:posted|written|published) )?by\s+[{UPPER}]", re.I)


def _labels(segment: str) -> bool:
    """Tell whether a segment of a date line is a list of the page's topics ("Western Balkans, EU enlargement"):
    a few words, every comma-separated item capitalised, no final stop."""
    return (0 < n_words(segment) <= 6 and not segment.endswith(STOPS)
            and all(item.strip()[:1].isupper() for item in segment.split(",")))


_WEEKDAY_SHORT_DATE = re.compile(rf"(?P<wd>{'|'.join(WEEKDAY_STEMS)})day,?\s+(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})"
                                 r"[./](?P<y>\d{2})", re.I)


def _weekday_checked(m: re.Match) -> dt.date | None:
    """Return the date of "Friday 11/10/24": the one reading (day or month first, 19xx or 20xx) that falls on its
    weekday; None when none or several do."""
    a, b, yy = int(m["a"]), int(m["b"]), int(m["y"])
    found = set()
    for year in (1900 + yy, 2000 + yy):
        for day, month in ((a, b), (b, a)):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == [w.lower() for w in WEEKDAY_STEMS].index(m["wd"].lower()):
                found.add(d)
    return found.pop() if len(found) == 1 else None


def _capital_date(line: str) -> bool:
    """Tell whether a line in capitals holds no word but month names and short ones ("MARCH 21, 2024 | 10:45 AM")."""
    words = re.findall(r"[A-Za-z]{2,}", line)
    return bool(words) and line.isupper() and all(len(w) <= 3 or w.title() in _MONTH_WORDS for w in words)


_MONTH_WORDS = frozenset(MONTHS.split("|")) | {"Sept"}  # and every word of three letters: "MAR", "AM", "GMT"


def date_line(line: str, furniture: bool = False) -> dt.date | None:
    """Read a line that only gives a full date, with labels, times or an outlet around it.

    "Published: 13 June 2023", "04 March 2024 13:05 | N1 Belgrade", "21.01.2025 14:10", "Commentary | 12 May 2024".
    A line already known as page furniture may be longer and give several dates ("May 31, 2023 at 6:02 a.m. |
    Updated May 31, 2023 at 11:47 a.m."): the first is the publication's.
    """
    if furniture_rules()["not_page_date"].match(line.strip()):
        return None  # "Date of statement: 13 June 2024": the rated statement's day, not the page's
    if (short := _WEEKDAY_SHORT_DATE.fullmatch(line.strip())) is not None:
        return _weekday_checked(short)  # "Friday 11/10/24": the weekday vouches for a year in two figures
    if not _YEAR_DIGITS.search(line):
        return None  # a full date needs its year in four figures (a line alone has no publication date to lean on,
        # and the date extractor reads no two-digit year: "15.06.23" is XXXX-06-15)
    if n_words(line) > (DATE_LINE_MAX_WORDS if furniture else DATE_LINE_PLAIN_WORDS):
        return None  # too long already: the rewriting below never takes a word away (dots, spaces, month names)
    line = _GLUED_TIME.sub(r"\1 \2", _SPACED_DOTS.sub(r"\1.\2.\3", line))  # "15. 06. 2023."; "202310:58 PM"
    line = _GLUED_DATE.sub(r"\1 ", line)  # the date twice, run together by the copy
    line = _COMMA_BEFORE_YEAR.sub(r", \1", line)  # Al Arabiya's "11 October ,2024: 05:41 PM GST"
    # "30. maj 2023." / "08.02.2024.": a date written with a dot after the day and the year is no sentence
    serbian_dot = (_DAY_DOT.search(line) is not None and _YEAR_DOT.search(line) is not None
                   or _YMD_DOT.search(line) is not None)
    line = english_months(line)
    serbian_dot = serbian_dot and not LOWER_WORD.search(line)
    ends_like_sentence = line.endswith(("?", "!", '"', "”")) or (
        line.endswith(".") and not MERIDIEM.search(line) and not serbian_dot)
    if (n_words(line) > (DATE_LINE_MAX_WORDS if furniture else DATE_LINE_PLAIN_WORDS) or ends_like_sentence
            or line.endswith((",", ";"))):  # "- 8 pct bonds due March 1, 1994,": a list item goes on
        return None
    cased = (_CAPITALS.sub(lambda m: m[1] + m[2].lower(), line) if furniture or _capital_date(line)
             else line)  # "🕑 04 JUNE 2023", a line of a date in capitals: "MARCH 21, 2024" (not "ELECTIONS ON …")
    rows = [r for r in extract_timexes(ArticleDoc("", cased, [(0, len(cased))]))
            if r["precision"] == "day" and r["value"][:4].isdigit()]
    if not rows or len(rows) > 1 and not furniture:
        return None
    if len(rows) == 2 and _RANGE_GAP.fullmatch(line, rows[0]["end"], rows[1]["start"]):
        return None  # "16 Oct 2024 - 03 Nov 2024": a span (an archive's captures), not the page's date
    rest, end = [], 0
    for r in rows:
        rest.append(line[end:r["start"]])
        end = r["end"]
    rest.append(line[end:])
    if furniture_rules()["date_in_phrase"].search(rest[0]):
        return None  # "bonds due March 1, 1994": the date of something in a phrase, not the page's
    rest_text = CLOCK.sub(" ", " ".join(rest))
    if _PUBLISHED_LABEL.match(line):  # "Published on April 22, 2024, at 11:14 am (Paris), updated at 3:02 pm (Paris)"
        rest_text = _DATE_FILLERS.sub(" ", rest_text)
    if furniture and (sep := _SEGMENT_SEP.search(line, rows[0]["end"])) is not None:
        # after the date's own segment, page controls do not count: "… · 4 min read · Share this article",
        # "13.12.2023 | Source: Ministry of Defence | Print | Email"
        tail = [p for p in _SEGMENT_SEP.split(line[sep.start():]) if p.strip()]
        head = [p for p in _SEGMENT_SEP.split(line[:rows[0]["start"]]) if p.strip()]
        dropped = sum(n_words(p) for p in tail if is_furniture_line(p.strip()) or _labels(p.strip()))
        dropped += sum(n_words(p) for p in head if _POSTED_BY.match(p.strip()))  # "Posted by Jana Roe | …"
        if n_words(rest_text) - dropped > 6:
            return None
    elif n_words(rest_text) - _named_head(line[:rows[0]["start"]]) > 6:
        return None
    return dt.date.fromisoformat(rows[0]["value"])  # "Published … | Updated …": the first date
