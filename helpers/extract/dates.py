"""Calendar expressions (timexes) in news text, resolved to TIMEX3 values against the publication date.

A few fast precompiled "trigger" patterns (4-digit numbers, month names, weekdays, relative words, "ago", holiday
names, phrases such as "that year" that count from the date before them) scan the article text once each; around
every trigger, anchored head/tail patterns grow the expression (modifier, weekday, day, year, "last year" ...).
Context checks drop numbers that are not years (counts, identifiers, page footers,
URLs, phone numbers, clock times), overlapping candidates keep the longest, and each survivor is resolved to a
TIMEX3 value, precision and covered interval, against `doc.published` where the text leaves the date relative.
Word lists (month names, modifiers, count nouns, future cues ...) live in data/dates.yaml.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..lexicon import load
from ..schema import columns
from .document import ArticleDoc
from .patterns import first_letter, trie_pattern

COLUMNS = columns("timexes")
_YEAR_RX = r"(?:19|20)\d\d"
_ANY_YEAR_RX = r"(?:1[0-9]|20)\d\d"
_SPACE = r"[^\S\n]"  # whitespace that does not cross a line break


@dataclass
class _Cand:
    """One candidate expression before resolution."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    modifier: str | None = None
    shift: int | None = None
    unit: str | None = None
    year2: int | None = None
    name: str | None = None


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Return the word lists of data/dates.yaml with the shared month names."""
    shared = load("lexicon")
    return {**load("dates"), "months": shared["months"], "month_abbreviations": shared["month_abbreviations"]}


@lru_cache(maxsize=1)
def _day_numbers() -> dict[str, int]:
    """Map each ordinal word of data/dates.yaml day_ordinals to its day ("first" -> 1)."""
    return {w.lower(): n for n, w in enumerate(lexicon()["day_ordinals"], start=1)}


def _alt(words, flags: str = "") -> str:
    """Build a regex alternation of literal phrases, longest first, with flexible inner whitespace.

    Built as a character trie: of the phrases matching at one position each is a prefix of the next longer, so
    it tries them in the same order as a flat longest-first alternation, without testing each one in turn.
    """
    body = trie_pattern(sorted({str(w) for w in words}), space=r"\s+")
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _words_re(words) -> re.Pattern:
    """Compile a case-insensitive whole-phrase matcher anchored at the end of a string."""
    return re.compile(r"(?:^|(?<=[^\w]))" + _alt(words) + r"\s*$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """Compile the trigger patterns (fast scans) and the head/tail patterns tried around each trigger."""
    lx = lexicon()
    full = "|".join(sorted(lx["months"], key=len, reverse=True))
    abbr = "|".join(sorted(lx["month_abbreviations"], key=len, reverse=True))
    wday = "|".join(lx["weekdays"])
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?\b(?![-–/.:]\d))?"
    year = rf"(?P<year>{_ANY_YEAR_RX})(?!\d)"
    shifts = _alt([k for k, v in lx["relative_shifts"].items() if v is not None], "i")
    rel_words = [k for k, v in lx["relative_shifts"].items() if v is not None] + list(lx["relative_days"])
    units = _alt(lx["relative_units"], "i")
    units1 = _alt([w for w, n in lx["number_words"].items() if 1 <= n <= 9 and w not in ("a", "an")], "i")
    tens = _alt([w for w, n in lx["number_words"].items() if n in range(20, 100, 10)], "i")
    rels = {
        # triggers, scanned over the whole text
        "number": r"(?:1\d|20)\d\d",
        "short_decade": r"['’](?P<dd>\d)0s\b",
        "month": rf"(?:{full}|{abbr})\b",
        "weekday": rf"(?:{wday})\b",
        "relative": rf"\b{first_letter(rel_words)}(?:{shifts}|{_alt(lx['relative_days'], 'i')})\b",
        "generic_today": rf"['’]s\s+(?:\w+\s+)?{_alt(lx['generic_nouns'], 'i')}\b",
        "period_end": rf"\b{_alt(lx['period_ends'], 'i')}(?![\w-])(?!\s+\d)",
        "spoken_decade": rf"\b(?P<tens>{_alt(lx['spoken_decades'], 'i')})\b",
        "anaphoric": rf"\b{_alt(lx['anaphoric'], 'i')}\b",
        "holiday": rf"\b(?:{_alt(lx['holidays'])})(?!\w)",
        "spoken_year": rf"\b(?:(?i:nineteen)\s+(?P<tens>{_alt(lx['spoken_tens'], 'i')})(?:(?:-|\s)(?P<unit>{units1}))?"
                       rf"|(?i:the\s+year\s+two\s+thousand)(?:\s+(?i:and)\s+(?P<unit2>{units1}))?)\b",
        # literal first, then a fixed-width lookbehind: the scan jumps from one candidate word to the next
        "ago": "(?:" + "|".join(rf"{w}(?<=\b{w})" for w in ["ago", *lx["anchored_shifts"]]) + r")\b",
        # tails, matched right at or after a trigger
        # "2024-05-29", "2024/05/29", "2024.05.29", and Hungarian pages' "2024. 05. 29."
        "iso": rf"(?P<year>{_ANY_YEAR_RX})(?P<sep>[-/.]|\.[^\S\n])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
               r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d]|[-/.]\d)",
        "range": rf"(?P<year>{_YEAR_RX})\s?[-–—/]\s?(?P<year2>{_YEAR_RX}|\d\d)(?![\w]|[.,:/-]\d)",
        "decade": r"(?P<dec>1\d\d|20\d)0['’]?s\b",
        "year": rf"(?P<year>{_YEAR_RX})(?![\w]|[.,:/]\d|[-–—]\d|%)",
        "old_year": r"(?P<year>1[0-8]\d\d)(?![\w]|[.,:/]\d|[-–—]\d|%)",
        "old_year_head": rf"\b{_alt(lx['old_year_prepositions'], 'i')}\s+$",
        "any_year": rf"(?P<year>{_ANY_YEAR_RX})(?![\d]|[-/.]\d)",
        "day_tail": rf"\.?\s*{day}(?:(?:,\s*|\s+)(?:of\s+)?{year})?",
        "year_tail": rf"\.?,?\s+(?:of\s+)?{year}",
        "unit_tail": rf"\s+(?:{_alt(lx['unit_qualifiers'], 'i')}\s+)?(?P<unit>{units})\b",
        "rel_year_tail": rf",?\s+(?:of\s+)?(?P<shift>{shifts})\s+(?i:year)\b",
        "range_year_tail": rf"\.?\s*(?:-|–|and|to|through|until|till)\s*(?:[0-3]?\d\s+)?(?P<m2>{full}|{abbr})\.?"
                           rf"(?:\s*[0-3]?\d(?:st|nd|rd|th)?)?,?\s+{year}",
        # heads, matched so as to end right before a trigger
        "mod_head": rf"\b(?P<mod>{_alt(lx['modifiers'], 'i')})(?:\s+|\s*-\s*)$",
        "the_head": r"\b(?i:the)\s+$",
        "num_head": r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)$",
        # a 12-hour clock or an American time zone: the text writes slash dates month first ("6/5/2023 4:22 PM EDT")
        "us_clock": rf"\b\d{{1,2}}:\d{{2}}\s*[AaPp]\.?[Mm]\b|\b(?:{'|'.join(lx['us_time_zones'])})\b",
        "day_head": r"\b(?:(?i:the)\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
                    r"\s+(?:of\s+)?$",
        "ordinal_day_head": rf"\b(?i:the)\s+(?P<ord>{_alt(lx['day_ordinals'], 'i')})\s+(?i:of)\s+$",
        "weekday_head": rf"\b(?:{wday}),?\s+$",
        "shift_head": rf"\b(?P<shift>{shifts})\s+$",
        "anaphoric_weekday_head": rf"\b(?P<ah>{_alt(lx['anaphoric_weekday_heads'], 'i')})\s+$",
        "pre_head": rf"\b(?P<pre>{_alt(lx['relative_prefixes'], 'i')})(?:\s|-)+$",
        "period_prep_head": rf"\b{_alt(lx['period_end_prepositions'], 'i')}\s+$",
        "week_of_head": rf"\b{_alt(lx['week_of_heads'], 'i')}\s+$",
        "day_shift_head": rf"\b(?P<ds>{_alt(lx['day_shift_heads'], 'i')})\s+$",
        "year_prefix_head": rf"\b{_alt(lx['year_prefixes'], 'i')}-$",
        "month_head": rf"\b(?P<m>{full})\s+$",
        "month_set_head": rf"\b{_alt(lx['month_set_words'], 'i')}\s+$",
        "generic_day_head": rf"\b(?i:the)\s+[a-z]+\s+{_alt(lx['generic_day_heads'], 'i')}\s+$",
        "second_day": rf"\s+(?i:and)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![-–/.:,]?\d)(?:,?\s+{year})?",
        "current_year": rf"\b(?P<frame>{_alt(lx['current_year_frames'], 'i')})\s+(?P<the>(?i:the)\s+"
                        rf"(?:{_alt(lx['current_year_qualifiers'], 'i')}\s+)?year)\b(?![-'’\w])"
                        rf"(?!\s+(?:{_alt(lx['current_year_stops'], 'i')}\b|\d))"
                        rf"(?!\s+{_alt(lx['current_year_date_stops'], 'i')}\s+[A-Z\d])",
        "ago_this": rf"\s+(?:(?i:this)\s+(?P<this>{_alt(lx['ago_this_units'], 'i')})|(?P<today>(?i:today)))\b",
        "ago_head": rf"\b(?P<n>\d{{1,3}}|(?:{tens}(?:-|\s))?{_alt(lx['number_words'], 'i')})\s+"
                    rf"(?P<unit>{_alt(lx['ago_units'], 'i')})\s+$",  # "twenty-five years later"
    }
    return {k: re.compile(v.replace(r"\s", _SPACE)) for k, v in rels.items()}


def _head(name: str, text: str, pos: int, width: int = 32) -> re.Match | None:
    """Match a head pattern ending exactly at `pos` (looking back at most `width` characters)."""
    return _patterns()[name].search(text, max(0, pos - width), pos)


@lru_cache(maxsize=1)
def _context() -> dict[str, re.Pattern]:
    """Compile the context checks (left/right of a candidate) from the lexicon."""
    lx = lexicon()
    fill = _alt(lx["count_fillers"])
    noun = _alt(lx["count_nouns"])
    figure_numbers = [w for w in lx["number_words"] if w not in ("a", "an")]
    return {
        "count": re.compile(rf"^\s*(?:-\s*)?(?:{fill}\s+)?{noun}\b|^\s+(?:and|or|to|-|–)\s+[\d,.]+\s+(?:{fill}\s+)?"
                            rf"{noun}\b", re.I),
        "plural_verb": re.compile(r"^\s+(?:were|are|have)\b"),
        "year_prep": _words_re(lx["year_prepositions"]),
        "year_frame": re.compile(r"\b" + _alt(lx["year_frame_words"]) + r"\s+(?:the\s+year\s+)?$", re.I),
        "relative_year": re.compile(r"(?:" + _alt(lx["year_frame_relatives"]) + r")\s+year", re.I),
        "hedge": _words_re(lx["quantity_hedges"]),
        "ident": _words_re(lx["identifier_words"]),
        "footer_before": re.compile(_alt(lx["footer_before"]) + r"\s*$", re.I),
        "footer_after": re.compile(r"^\W{0,3}" + _alt(lx["footer_after"]), re.I),
        "month_cue": _words_re(lx["month_cue_words"]),
        "wd_block": re.compile(r"\b" + _alt(lx["weekday_blockers"]) + r"\s+$", re.I),
        "wd_name": re.compile(r"\s+" + _alt(lx["weekday_name_followers"]) + r"\b"),
        # a later member of a recurring list: "every Tuesday and Friday", "each Monday, Wednesday and Friday"
        "wd_set_list": re.compile(rf"\b{_alt(lx['month_set_words'])}\s+(?:{'|'.join(lx['weekdays'])})"
                                  rf"(?:\s*,\s*(?:{'|'.join(lx['weekdays'])}))*(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)$",
                                  re.I),
        "wd_set": re.compile(rf"(?:,?\s+(?:and|or|&)\s+(?:{'|'.join(lx['weekdays'])}))*\s+"
                             + _alt(lx["weekday_set_followers"]) + r"\b"),
        "rel_block": re.compile(r"\b" + _alt(lx["relative_blockers"]) + r"\s+$", re.I),
        "future": re.compile(r"(?:(?:\b|(?<=\w))" + _alt(lx["future_cues"]) + r"|\b(?:is|are|am)\s+"
                             + _alt(lx["progressive_future_verbs"]) + r")\b", re.I),
        "breaks": re.compile(r"[;:—–]|\b" + _alt(lx["clause_breaks"]) + r"\b", re.I),
        "relative_open": re.compile(r"(?:who|which|whose)\b", re.I),
        "second_predicate": re.compile(r"\b" + _alt(lx["second_predicates"]) + r"\b", re.I),
        "comma_breaks": re.compile(r",\s+" + _alt(lx["comma_clause_breaks"]) + r"\s", re.I),
        # "that June" ending its phrase ("arrived that June, and …"; not "estimated that February orders rose") and
        # no reported speech before it ("said that October would be hard")
        "that_month_end": re.compile(r"\s*(?:[.,;:!?)]|$|\s" + _alt(lx["clause_breaks"] + lx["comma_clause_breaks"])
                                     + r"\b)", re.I),
        "that_reported": re.compile(r"\b" + _alt(lx["reporting_verbs"]) + r",?\s+[Tt]hat\s+$", re.I),
        "reporting": re.compile(r"(?s:.*)\b" + _alt(lx["reporting_verbs"])
                                + r"\b(?P<gap>[^.;:!?\"“”]{0,60}?)\s(?:on\s+)?$", re.I),
        "weak_future": re.compile(r"\b" + _alt(lx["weak_future_cues"]) + r"\b", re.I),
        "modal_ahead": re.compile(r"\b" + _alt(lx["deadline_modals"]) + r"\b", re.I),
        "open_weekday": re.compile(r"\b" + _alt(lx["open_weekday_cues"]) + r"\b(?!\s+not\b)", re.I),
        "url": re.compile(r"https?:|www\.|\w\.(?:com|org|net|gov|int|edu|info|io|co|uk|eu|rs|tr|al)\b|\w@\w"
                          r"|/[A-Za-z][\w-]*/", re.I),
        "phone_left": re.compile(r"\d[ ]$|\+\d*\s*$"),
        "phone_right": re.compile(r"^ \d{3,}\b"),
        "past_cue": re.compile(r"(?<![-\w])" + _alt(lx["past_cues"]) + r"\b", re.I),  # not "NATO-led"
        # between a quotation and the date of its attribution: ",” the ministry said in a statement on " (no
        # reported clause: "” and recalled that … on Saturday" dates something else)
        "attribution_gap": re.compile(r"[^\"“”.;]{0,60}?\b" + _alt(lx["reporting_verbs"])
                                      + r"\b(?:(?!\bthat\b)[^\"“”.;]){0,40}", re.I),
        # between the date of an attribution and the quotation after it: ", Jane Roe said: " (no other sentence,
        # clause or quotation in between)
        "attribution_lead": re.compile(r"[^\"“”.;]{0,80}?\b" + _alt(lx["reporting_verbs"])
                                       + r"\b[^\"“”.;]{0,30}?[:,]?\s*$", re.I),
        # an attribution closing the sentence: ", the ministry announced.", ", Jane Roe told reporters."
        "trailing_attribution": re.compile(r",\s+[^,;:\"“”]{1,80}?\b" + _alt(lx["reporting_verbs"])
                                           + r"\b(?:(?!\bthat\b)[^,;:\"“”]){0,30}(?:$|(?=,\s))", re.I),
        "possessive": re.compile(r"['’]s\b"),
        "deadline": re.compile(r"\b" + _alt(lx["deadline_words"]) + r"\b(?:\s+\S+){0,3}\s+$", re.I),
        "future_lead": re.compile(r"\b" + _alt(lx["future_leads"]) + r"\b(?:\s+\S+){0,4}\s+$", re.I),
        "past_ed": re.compile(r"(?<![-\w])[a-z]{2,}ed\b"),
        "word_before": re.compile(r"(\S+)\s+$"),
        "period_after": re.compile(r"^\s+" + _alt(lx["report_period_words"]) + r"\b", re.I),
        "quarter_before": re.compile(r"\b" + _alt(lx["quarter_words"]) + r"\s+of\s+$", re.I),
        "quarter_after": re.compile(r"^(?:['’]s)?\s+(?:" + _alt(lx["quarter_ordinals"]) + r"(?:\s+|-))?"
                                    + _alt(lx["quarter_words"]) + r"\b", re.I),
        "year_ago_end": re.compile(r"\b" + _alt(lx["year_ago_periods"]) + r"\s+(?:[\w-]+\s+){0,2}?"
                                   + _alt(lx["year_ago_nouns"]) + r"\b.*\b" + _alt(lx["period_end_words"]) + r"\s+$",
                                   re.I | re.S),
        "shift_block": re.compile(r"\b" + _alt(lx["anchored_shift_blockers"]) + r"\s+$", re.I),
        "figure_after": re.compile(r"\s+of\s+\D{0,3}\d"),
        "comparison": re.compile(r"(?:\b" + _alt([*lx["comparison_heads"], *lx["figure_words"], *figure_numbers])
                                 + r"|\d%?)[\s,]*$", re.I),
        "fronted": re.compile(r"\W*(?:\w+\s+)?"),  # a sentence start and at most one word: "In ", "By "
    }


def _month_number(name: str) -> int:
    """Map a month name or abbreviation (with or without period) to 1..12."""
    lx = lexicon()
    name = name.rstrip(".")
    return lx["months"].get(name) or lx["month_abbreviations"][name]


def _shift_value(word: str | None) -> int | None:
    """Map last/this/next to -1/0/+1."""
    if not word:
        return None
    return lexicon()["relative_shifts"].get(word.lower())


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """Tell whether day/month (and year, when known) make a real calendar day."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year else 2000, month)[1]


def _two_digit_end(y1: int, y2: int) -> int:
    """Complete the short end year of "1998-99" to a full year after `y1`."""
    if y2 >= 100:
        return y2
    full = y1 // 100 * 100 + y2
    return full if full > y1 else full + 100


def _mod_of(m: re.Match | None) -> str | None:
    """Return the TIMEX3 modifier named by a mod_head match, if any."""
    if m is None:
        return None
    return lexicon()["modifiers"].get(re.sub(r"\s+", " ", m["mod"].lower()))


def _date_cand(start: int, end: int, year: int | None, month: int, day: int, mod: str | None = None) -> _Cand | None:
    """Build a day-precise candidate if the day exists."""
    if not _valid_day(year, month, day):
        return None
    return _Cand(start, end, "date", year, month, day, mod)


_BAD_BEFORE_YEAR = set(".,:/@#$€£¥©+&-–—_")
_SLASH_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)/([0-3]?\d)/\d{4}\b")


def _month_first(text: str) -> bool:
    """Tell whether a text writes its slash dates month first, as American pages do: it holds one that only reads so
    ("6/19/2024") and none that only reads day first ("19/06/2024"); with neither, a 12-hour clock or an American
    time zone ("4:22 PM EDT") says month first, anything else day first ("03/10/2023 - 12:15" is 3 October)."""
    if "/" not in text:
        return False
    pairs = [(int(a), int(b)) for a, b in _SLASH_DATE.findall(text)]
    if any(a > 12 for a, _ in pairs):
        return False
    return any(b > 12 for _, b in pairs) or _patterns()["us_clock"].search(text) is not None


def _number_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield candidates triggered by a 4-digit number: ISO and numeric dates, ranges, decades, years."""
    pats = _patterns()
    month_first = _month_first(text)
    for t in pats["number"].finditer(text):
        p = t.start()
        iso = pats["iso"].match(text, p)
        if iso and not (p and text[p - 1] in "0123456789/.-"):
            yield "date", _date_cand(p, iso.end(), int(iso["year"]), int(iso["month"]), int(iso["day"]))
        num = _head("num_head", text, p, 7)
        yr = pats["any_year"].match(text, p)
        if num and yr:
            yield "date", _numeric_date(num, yr, month_first)
        prev = text[p - 1] if p else " "
        if prev.isdigit():
            continue
        mod = _head("mod_head", text, p)
        if mod is None and (prev.isalnum() or prev in _BAD_BEFORE_YEAR) \
                and not (prev == "-" and _head("year_prefix_head", text, p, 6)):
            continue
        yield from _year_cands(text, p, mod)


def _numeric_date(head: re.Match, yr: re.Match, month_first: bool = False) -> _Cand | None:
    """Build the date of "19.06.2023" (day first), "06/19/2023" (month first, as it can only be read) or "03/10/2023"
    (day first unless the text writes its slash dates month first)."""
    a, b = int(head["a"]), int(head["b"])
    day, month = (b, a) if head["sep"] == "/" and month_first else (a, b)
    if month > 12:
        day, month = month, day
    return _date_cand(head.start(), yr.end(), int(yr["year"]), month, day)


def _year_cands(text: str, p: int, mod: re.Match | None) -> Iterator[tuple[str, _Cand | None]]:
    """Yield the range, decade and year readings of the number at `p`."""
    pats = _patterns()
    start, modifier = (mod.start(), _mod_of(mod)) if mod else (p, None)
    rng = pats["range"].match(text, p)
    if rng:
        y1 = int(rng["year"])
        y2 = _two_digit_end(y1, int(rng["year2"]))
        if y1 < y2 <= y1 + 30:
            yield "year", _Cand(start, rng.end(), "year", y1, modifier=modifier, year2=y2)
    dec = pats["decade"].match(text, p)
    if dec:
        the = None if mod else _head("the_head", text, p, 8)
        yield "decade", _Cand(the.start() if the else start, dec.end(), "decade", int(dec["dec"]) * 10,
                              modifier=modifier)
    yr = pats["year"].match(text, p) or (pats["old_year"].match(text, p) if _head("old_year_head", text, p, 10)
                                          else None)
    if yr:
        yield "year", _Cand(start, yr.end(), "year", int(yr["year"]), modifier=modifier)


def _short_decade_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield decades written "'90s"."""
    for t in _patterns()["short_decade"].finditer(text):
        mod = _head("mod_head", text, t.start())
        the = None if mod else _head("the_head", text, t.start(), 8)
        start = mod.start() if mod else the.start() if the else t.start()
        yield "decade", _Cand(start, t.end(), "decade", None, day=int(t["dd"]), modifier=_mod_of(mod))


def _spoken_year_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield years spelt out as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
    if "ineteen" not in text and "thousand" not in text:  # a cheap test spares most articles the scan
        return
    lx = lexicon()
    for t in _patterns()["spoken_year"].finditer(text):
        unit = t["unit"] or t["unit2"]
        ones = lx["number_words"][unit.lower()] if unit else 0
        year = 1900 + lx["spoken_tens"][t["tens"].lower()] + ones if t["tens"] else 2000 + ones
        month = _head("month_head", text, t.start(), 12)
        if month:  # "January nineteen ninety-seven"
            yield "month", _Cand(month.start(), t.end(), "month", year, _month_number(month["m"]))
        yield "year", _Cand(t.start(), t.end(), "year", year)


def _spoken_decade_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield decades spelt out after "the": "the nineties", "the early eighties" (resolved like "the '90s")."""
    if "ties" not in text:  # a cheap test spares most articles the scan
        return
    for t in _patterns()["spoken_decade"].finditer(text):
        mod = _head("mod_head", text, t.start())
        the = _head("the_head", text, t.start(), 8)
        if not (the or (mod and mod["mod"].lower().startswith("the"))):
            continue
        yield "decade", _Cand(mod.start() if mod else the.start(), t.end(), "decade", None,
                              day=lexicon()["spoken_decades"][t["tens"].lower()], modifier=_mod_of(mod))


def _month_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield candidates triggered by a month name: full dates, month-year, bare months."""
    pats = _patterns()
    full_names = lexicon()["months"]
    for t in pats["month"].finditer(text):
        p, e = t.start(), t.end()
        if p and text[p - 1].isalnum():
            continue
        month = _month_number(t.group())
        mod = _head("mod_head", text, p)
        start = mod.start() if mod else p
        wd = _head("weekday_head", text, start)
        day = pats["day_tail"].match(text, e)
        if day:
            year, end = _stated_year(text, day)
            second = None if year else _second_day(text, day.end())
            year = year or (second.year if second else None)
            yield "date", _with_year_tail(text, _Cand(wd.start() if wd else start, end, "date", year, month,
                                                      int(day["day"]), _mod_of(mod)))
            if second:
                second.month = month
                yield "date", second
        yt = pats["year_tail"].match(text, e)
        yt = yt if yt and not _is_count(text, yt.end()) else None
        yield from _day_first(text, p, e, month, yt)
        if yt:
            yield "month", _Cand(start, yt.end(), "month", int(yt["year"]), month, modifier=_mod_of(mod))
        elif t.group() in full_names and not day:
            yield "m", _bare_month(text, start, e, month, mod)


def _bare_month(text: str, start: int, end: int, month: int, mod: re.Match | None) -> _Cand:
    """Build a month named without a year: "in October", "late September", "last July", "March and May 2004"."""
    shift = None if mod else _head("shift_head", text, start, 12)
    c = _Cand(shift.start() if shift else start, end, "month", None, month, modifier=_mod_of(mod),
              shift=_shift_value(shift["shift"]) if shift else None)
    later = _patterns()["range_year_tail"].match(text, end)
    if later and shift is None and not _is_count(text, later.end()):
        c.year = int(later["year"]) - (month > _month_number(later["m2"]))
        return c
    return _with_year_tail(text, c)


def _second_day(text: str, pos: int) -> _Cand | None:
    """Return the second day of "April 24 and 25" (month filled in by the caller), unless it counts something."""
    m = _patterns()["second_day"].match(text, pos)
    if m is None or _is_count(text, m.end("day")):
        return None
    year, end = _stated_year(text, m)
    return _Cand(m.start("day"), end, "date", year, None, int(m["day"]))


def _is_count(text: str, pos: int) -> bool:
    """Tell whether a counted noun follows `pos` ("1400 GMT", "2000 people"); not a verb with its own count after it
    ("riots in May 2021 injured 41 guards": the year, then "injured 41")."""
    m = _context()["count"].search(text[pos:pos + 60])
    return bool(m) and not _COUNT_OBJECT.match(text, pos + m.end())


_COUNT_OBJECT = re.compile(r"\s+(?:\d|(?:about|some|nearly|more than|at least|dozens|hundreds|scores)\b)", re.I)


def _stated_year(text: str, m: re.Match) -> tuple[int | None, int]:
    """Return the year of a date match and its end, ignoring a "year" that is really a count or a clock time."""
    if not m["year"]:
        return None, m.end()
    if _is_count(text, m.end()):
        return None, m.end("day")
    return int(m["year"]), m.end()


def _with_year_tail(text: str, c: _Cand) -> _Cand:
    """Attach a following "last/this/next year" to a year-less date or month ("in July last year")."""
    if c.year is None and c.shift is None:
        ry = _patterns()["rel_year_tail"].match(text, c.end)
        if ry:
            c.end, c.unit, c.shift = ry.end(), "year", _shift_value(ry["shift"])
    return c


def _day_first(text: str, p: int, e: int, month: int, yt: re.Match | None) -> Iterator[tuple[str, _Cand | None]]:
    """Yield the day-first date ("19 June 2023", "the 9th of October") ending in the month name at [p, e)."""
    dh = _head("day_head", text, p, 14)
    if dh is not None:
        day = int(dh["day"])
    elif (dh := _head("ordinal_day_head", text, p, 30)) is not None:  # "the first of February"
        day = _day_numbers()[dh["ord"].lower()]
    if dh is None or not _valid_day(int(yt["year"]) if yt else None, month, day):
        return
    wd = _head("weekday_head", text, dh.start())
    c = _Cand(wd.start() if wd else dh.start(), yt.end() if yt else e, "date", int(yt["year"]) if yt else None,
              month, day)
    yield "date", _with_year_tail(text, c)


def _starts_sentence(text: str, pos: int) -> bool:
    """Tell whether `pos` begins a sentence, a line or a quotation (so a capital letter says nothing)."""
    before = text[max(0, pos - 4):pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"“‘'`(:—–-"


def _relative_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield relative expressions: today/yesterday, last/this/next week|month|year, weekdays, "N units ago"."""
    lx, pats = lexicon(), _patterns()
    for t in pats["relative"].finditer(text):
        word = t.group().lower()
        if word in lx["relative_days"]:
            if (t.group()[0].isupper() and not _starts_sentence(text, t.start())) \
                    or _patterns()["generic_today"].match(text, t.end()) \
                    or _head("generic_day_head", text, t.start(), 30):
                continue
            yield "relday", _Cand(t.start(), t.end(), "relday", shift=lx["relative_days"][word])
            continue
        unit = pats["unit_tail"].match(text, t.end())
        if unit:
            if word in lx["definite_shifts"]:  # "the current year": the article belongs to it
                pre, modifier = _head("the_head", text, t.start(), 8), None
            else:
                pre = _head("pre_head", text, t.start(), 12)
                modifier = lx["relative_prefixes"].get(pre["pre"].lower()) if pre else None
            yield "relunit", _Cand(pre.start() if pre else t.start(), unit.end(), "relunit", modifier=modifier,
                                   shift=_shift_value(word), unit=unit["unit"].lower(), name=word)
    for t in pats["weekday"].finditer(text):
        if t.start() and text[t.start() - 1].isalnum():
            continue
        back = _head("anaphoric_weekday_head", text, t.start(), 16)
        if back:  # "the previous Friday": counted from the day mentioned before it
            yield "weekday", _Cand(back.start(), t.end(), "anaphoric", day=lx["weekdays"][t.group()], unit="weekday",
                                   shift=lx["anaphoric_weekday_heads"][re.sub(r"\s+", " ", back["ah"].lower())])
            continue
        shift = _head("shift_head", text, t.start(), 12)
        yield "weekday", _Cand(shift.start() if shift else t.start(), t.end(), "weekday",
                               day=lx["weekdays"][t.group()], shift=_shift_value(shift["shift"]) if shift else None)
    for t in pats["ago"].finditer(text):
        yield from _ago_cand(text, t)


def _ago_cand(text: str, t: re.Match) -> Iterator[tuple[str, _Cand | None]]:
    """Yield "two weeks ago" (from publication) or "three days later" / "a year earlier" (anchored)."""
    lx = lexicon()
    head = _head("ago_head", text, t.start(), 40)
    if head is None:
        return
    n = re.sub(r"\s+", " ", head["n"].lower())
    count = int(n) if n.isdigit() else sum(lx["number_words"][w] for w in re.split(r"[-\s]", n))
    unit = lx["ago_units"][head["unit"].lower()]
    word = t.group().lower()
    if word == "ago":
        this = _patterns()["ago_this"].match(text, t.end())
        if this is not None and not this["today"] and unit != "year":
            this = None  # "a year ago this month"; "a year ago today", "six months ago today": any unit
        yield "ago", _Cand(head.start(), this.end() if this else t.end(), "ago", shift=count, unit=unit,
                           name=(this["this"] or this["today"]).lower() if this else None)
    elif not _context()["shift_block"].search(text, max(0, head.start() - 10), head.start()):
        ctx = _context()
        before = text[max(0, head.start() - 30):head.start()]
        comparison = bool((ctx["comparison"].search(before) and not ctx["hedge"].search(before))
                          or ctx["figure_after"].match(text, t.end()))
        yield "after", _Cand(head.start(), t.end(), "after", shift=count * lx["anchored_shifts"][word], unit=unit,
                             name="comparison" if comparison else None)


def _holiday_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield named holidays: "Thanksgiving Day", "last Thanksgiving", "Easter week" (see `holidays`)."""
    lx = lexicon()
    for t in _patterns()["holiday"].finditer(text):
        before = _context()["word_before"].search(text, max(0, t.start() - 12), t.start())
        if before and before.group(1) in lx["holiday_blockers"]:
            continue
        shift = _head("shift_head", text, t.start(), 12)
        name = re.sub(r"\s+", " ", t.group())
        yield "holiday", _Cand(shift.start() if shift else t.start(), t.end(), "holiday", name=name,
                               shift=_shift_value(shift["shift"]) if shift else None,
                               unit=lx["holidays"][name].get("unit", "day"))


def _period_end_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield the end of this year or month named without "this": "by year-end", "by the end of the month"."""
    lx = lexicon()
    for t in _patterns()["period_end"].finditer(text):
        name = re.sub(r"\s+", " ", t.group().lower())
        if name in lx["need_preposition"] and not _head("period_prep_head", text, t.start(), 10):
            continue
        yield "period_end", _Cand(t.start(), t.end(), "period_end", modifier="END", unit=lx["period_ends"][name])


def _anaphoric_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield phrases that count from the date before them: "that year", "the following month", "the next morning"."""
    phrases = lexicon()["anaphoric"]
    for t in _patterns()["anaphoric"].finditer(text):
        unit, shift = phrases[re.sub(r"\s+", " ", t.group().lower())]
        yield "anaphoric", _Cand(t.start(), t.end(), "anaphoric", shift=shift, unit=unit)


def _current_year_cands(text: str) -> Iterator[tuple[str, _Cand | None]]:
    """Yield "the (full) year" of a report after "for", "earlier in" ...: the publication year, like "this year"."""
    if "year" not in text:  # a cheap test spares most articles the scan
        return
    for t in _patterns()["current_year"].finditer(text):
        sentence = text[max(0, t.start() - 200):t.start()].rsplit(". ", 1)[-1]
        if not re.search(_ANY_YEAR_RX, sentence):  # "In 1995 sales for the year rose": not this year
            yield "current_year", _Cand(t.start("the"), t.end("the"), "current_year", shift=0, unit="year",
                                        name=re.sub(r"\s+", " ", t["frame"].lower()))


def _in_url(text: str, start: int, end: int) -> bool:
    """Tell whether the whitespace-delimited token around [start, end) looks like a URL or an e-mail address."""
    left = text.rfind(" ", max(0, start - 200), start) + 1
    right_ws = re.search(r"\s", text[end:end + 200])
    right = end + right_ws.start() if right_ws else min(len(text), end + 200)
    return bool(_context()["url"].search(text, max(left, start - 200), right))


def _is_footer(text: str, start: int, end: int) -> bool:
    """Tell whether a candidate sits in a copyright line ("© 2023", "@2030 All Right Reserved")."""
    ctx = _context()
    return bool(ctx["footer_before"].search(text[max(0, start - 25):start])
                or ctx["footer_after"].search(text[end:end + 40]))


def _bare_number_ok(text: str, c: _Cand) -> bool:
    """Tell whether a bare 4-digit number (or range) is a year: not a count, identifier, phone number or quarter."""
    ctx = _context()
    before, after = text[max(0, c.start - 30):c.start], text[c.end:c.end + 60]
    if ctx["quarter_before"].search(before) or ctx["quarter_after"].match(after):
        return False
    if c.year2 is None and ctx["period_after"].match(after):  # "in the 1988 period": a report's quarter
        return False
    if ctx["count"].search(after) or ctx["phone_right"].search(after) or ctx["phone_left"].search(before):
        return False
    if c.modifier or ctx["year_prep"].search(before):
        return True
    return not (ctx["hedge"].search(before) or ctx["ident"].search(before) or ctx["plural_verb"].search(after))


def _month_ok(text: str, c: _Cand) -> bool:
    """Tell whether a month name standing alone is a month (not "May" the verb nor "June Smith")."""
    if _head("month_set_head", text, c.start, 10):
        return False
    if c.modifier or c.shift is not None:
        return True
    name = text[c.start:c.end]
    before = text[max(0, c.start - 25):c.start]
    if _context()["month_cue"].search(before):
        return True
    if name in lexicon()["ambiguous_months"]:
        return False
    nxt = re.match(r"\s+(\w)", text[c.end:c.end + 5])
    return not (nxt and nxt.group(1).isupper())


def _keep(text: str, check: str, c: _Cand) -> bool:
    """Apply the context checks of one candidate kind."""
    if c.kind == "date" and not _valid_day(c.year, c.month, c.day):
        return False
    if _in_url(text, c.start, c.end) or _is_footer(text, c.start, c.end):
        return False
    ctx = _context()
    if check == "year":
        return _bare_number_ok(text, c)
    if check == "m":
        return _month_ok(text, c)
    if check == "weekday":
        return not (ctx["wd_block"].search(text, max(0, c.start - 20), c.start)
                    or ctx["wd_set_list"].search(text, max(0, c.start - 60), c.start)
                    or ctx["wd_name"].match(text, c.end) or ctx["wd_set"].match(text, c.end))
    if check == "ago":  # "up from $10 million a year ago": the year-earlier period of a report, no calendar year
        return not (c.unit == "year" and ctx["comparison"].search(text, max(0, c.start - 30), c.start))
    if check == "relunit" and c.unit == "year" and ctx["quarter_after"].match(text[c.end:c.end + 30]):
        return False  # "this year's third quarter": a quarter, like "the third quarter of 1990"
    if check == "relunit":  # a capitalised unit makes a title, not a date: ABC's "This Week"
        return c.shift is not None and not text[c.start:c.end].split()[-1][0].isupper() \
            and (c.modifier is not None or c.name in lexicon()["definite_shifts"]
                 or not ctx["rel_block"].search(text, max(0, c.start - 20), c.start))
    return True


@lru_cache(maxsize=1)
def _capital_month() -> re.Pattern:
    """A month in capitals after a dateline's place and before the day, as agencies write it: "ROME, OCT 10 -"."""
    lx = lexicon()
    names = "|".join(sorted((n.upper() for n in (*lx["months"], *lx["month_abbreviations"])), key=len, reverse=True))
    return re.compile(rf"(?<=[A-Z], )(?:{names})(?=\.?\s\d{{1,2}}\b)")


def _capital_months(text: str) -> str:
    """Write a dateline's month in capitals as a name ("ROME, OCT 10" -> "ROME, Oct 10"); the text keeps its length,
    so every offset still points into the original."""
    return _capital_month().sub(lambda m: m.group().title(), text)


def _candidates(text: str) -> list[_Cand]:
    """Find all candidates in `text`, keeping the longest of overlapping ones."""
    found: list[_Cand] = []
    for source in (_number_cands, _short_decade_cands, _spoken_year_cands, _spoken_decade_cands, _month_cands,
                   _relative_cands, _holiday_cands, _period_end_cands, _anaphoric_cands, _current_year_cands):
        for check, c in source(text):
            if c is not None and c.end > c.start and _keep(text, check, c):
                found.append(c)
    return _longest_first(found)


def _longest_first(found: list[_Cand]) -> list[_Cand]:
    """Resolve overlaps: longer spans win, then earlier ones; return the kept candidates by start."""
    found.sort(key=lambda c: (c.start - c.end, c.start))
    starts: list[int] = []
    kept: list[_Cand] = []
    for c in found:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


# ---------------------------------------------------------------- resolution


def _ts(d: dt.date) -> pd.Timestamp:
    """Convert a date to a pandas Timestamp."""
    return pd.Timestamp(d.year, d.month, d.day)


def _month_bounds(year: int, month: int, modifier: str | None) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a month, narrowed by an early/mid/late modifier."""
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}.get(modifier or "", (1, last))
    return dt.date(year, month, lo), dt.date(year, month, hi)


def _year_bounds(year: int, modifier: str | None, last_year: int | None = None) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a year (or range of years), narrowed by a modifier."""
    if last_year:
        return dt.date(year, 1, 1), dt.date(last_year, 12, 31)
    lo, hi = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}.get(modifier or "", (1, 12))
    return dt.date(year, lo, 1), dt.date(year, hi, calendar.monthrange(year, hi)[1])


def _decade_bounds(start: int, modifier: str | None) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a decade, narrowed by a modifier."""
    lo, hi = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}.get(modifier or "", (0, 9))
    return dt.date(start + lo, 1, 1), dt.date(start + hi, 12, 31)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Shift a (year, month) by n months."""
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def _iso_week(d: dt.date) -> str:
    """Return the TIMEX3 ISO-week value of a day, e.g. 2023-W24."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _sentence_window(doc: ArticleDoc, c: _Cand) -> tuple[int, int]:
    """Return the bounds of the sentence around a candidate, at most 300 characters on either side."""
    if doc.sentences:
        s_start, s_end = doc.sentences[doc.sentence_of(c.start)]
        s_end = max(s_end, c.end)
    else:
        s_start, s_end = doc.text.rfind("\n", 0, c.start) + 1, len(doc.text)
    return max(s_start, c.start - 300), min(s_end, c.end + 300)


def _clause(text: str, c: _Cand, lo: int, hi: int) -> tuple[str, str]:
    """Return the clause text left and right of a candidate within the sentence window [lo, hi)."""
    ctx = _context()
    left = text[lo:c.start]
    breaks = list(ctx["breaks"].finditer(left))
    if breaks:
        left = left[breaks[-1].start():]
    right = text[c.end:hi]
    stop = ctx["breaks"].search(right)
    right = right[:stop.start()] if stop else right
    if (second := ctx["second_predicate"].search(right)) and any(_cues(left, k) for k in ("past", "future")):
        right = right[:second.start()]  # "deployed to Kosovo in October and is due to return": deployed
    if ctx["relative_open"].match(left) and "," in right:
        right = right[:right.index(",")]  # ", who leaves office in October, said …": the aside ends at its comma
    return left, right


def _tense(doc: ArticleDoc, c: _Cand, wide: bool = True, reach: int | None = None) -> str | None:
    """Tell whether a candidate speaks of the future or of the past ("future", "past", None).

    After "as early as", "deadline" ... it is future; right after a reporting verb ("said on Monday") it is past,
    unless a future cue comes between ("said it will ... on Monday"; a weak one such as "would" leaves it open).
    A weekday (`wide`) is future after a future cue in its clause, else past after a past cue (said, met, -ed,
    since, "Friday's") anywhere in its sentence; a year-less date follows the cue nearest to it in its clause,
    but after a deadline word ("payable", "by") only a future cue counts, even after a reporting verb ("declared a
    dividend payable Dec. 15", "will double its flights by August"); a cue more than `reach` characters away from
    the date does not count there. With no cue at all the caller decides.
    """
    text, ctx = doc.text, _context()
    lo, hi = _sentence_window(doc, c)
    if ctx["future_lead"].search(text, max(lo, c.start - 60), c.start):
        return "future"
    if wide and _WEEKDAY_NAMED.match(text, c.end, hi):
        return None  # "announced that Wednesday would be …", "declared Wednesday a day of mourning": no tense
    deadline = not wide and ctx["deadline"].search(text, max(lo, c.start - 40), c.start)
    left, right = _clause(text, c, lo, hi)
    if wide and ctx["deadline"].search(text, max(lo, c.start - 12), c.start) and ctx["modal_ahead"].search(left):
        return "future"  # "said supplies should be back to normal by Wednesday": a deadline ahead
    said = None if deadline else ctx["reporting"].match(text, max(lo, c.start - 90), c.start)
    if said and not ctx["breaks"].search(said["gap"]):
        if ctx["future"].search(said["gap"]):
            return "future"
        if not ctx["weak_future"].search(said["gap"]):
            return "past"
    if deadline:
        ahead = ctx["future"].search(left) or ctx["future"].search(right) or ctx["weak_future"].search(left)
        return "future" if ahead else None  # "will double its flights by August", "would stay until December"
    if not wide:
        return _clause_tense(text, c, (lo, hi), left, right, reach)
    left, right = _weekday_clause(left, right)
    if ctx["future"].search(left):
        return "future"
    if ctx["future"].search(right):
        # a past tense right before the weekday rules over a future further after it: "As the ban came into force
        # on Thursday, Serbs queued …, unsure how they will be paid" (not after a deadline: "settled by Thursday")
        past = [len(left) - m.end() for m in _cues(left, "past")]
        ahead = min(m.start() for m in _cues(right, "future"))
        deadline_before = ctx["deadline"].search(text, max(lo, c.start - 12), c.start)
        return "past" if past and min(past) < ahead and not deadline_before else "future"
    if ctx["possessive"].match(text, c.end):
        return "past"
    if ctx["open_weekday"].search(left):
        return None  # "… would be traveling Thursday"
    right_part = text[c.end:hi]
    fronted = ctx["fronted"].fullmatch(text, lo, c.start) is not None  # "On Tuesday, it added reserves …"
    if not fronted and (attribution := ctx["trailing_attribution"].search(right_part)) is not None:
        # "… takes over on Tuesday, the ministry announced."; in mid-sentence only the attribution goes: "… on
        # Friday, another trader said, the stock jumped" keeps its verb
        right_part = right_part[:attribution.start()] + right_part[attribution.end():]
    left_part = _RELATIVE_ASIDE.sub(",", text[lo:c.start])  # "X, who has led the force since 2022, hands over …"
    if _cues(left_part, "past") or _cues(right_part, "past"):
        return "past"
    return None


# the weekday is the subject or the object named ("Wednesday would be a day of mourning", "declared Wednesday a day
# of national mourning"): no tense of its own
_WEEKDAY_NAMED = re.compile(r"\s+(?:would|could|might)\s+be\b|\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}day\s+of\b")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|whom)\b[^,;:]*,")  # a person's relative clause set off by commas


def _weekday_clause(left: str, right: str) -> tuple[str, str]:
    """Narrow a weekday's clause at ", and" / ", but": "soldiers arrived on Sunday, and more are due to follow by
    Friday"; on its left only when the narrower clause has a verb of its own ("the tender will be on Tuesday, and its
    result on Wednesday" shares one). A month's clause is not narrowed ("will be issued in October, and for
    grapefruit in January")."""
    breaks = list(_context()["comma_breaks"].finditer(left))
    if breaks and any(_cues(left[breaks[-1].end():], kind) for kind in ("future", "weak", "past")):
        left = left[breaks[-1].end():]
    stop = _context()["comma_breaks"].search(right)
    return left, right[:stop.start()] if stop else right


_QUOTE_MARK = re.compile(r"[”\"»]")


def _clause_tense(text: str, c: _Cand, window: tuple[int, int], left: str, right: str,
                  reach: int | None) -> str | None:
    """Return the tense of the cue nearest a date in its clause; a near cue (`reach`) stops at a comma on the right
    ("in early March, an official said" is no past March); a date fronted before a comma with no cue in its clause
    takes the cue nearest after it in the sentence ("In January, a week after the anniversary, a bombing killed")."""
    if reach is not None:
        return _nearest_cue(left, right.split(",", 1)[0], reach)
    right = _QUOTE_MARK.split(right, 1)[0]  # "… will run on 15 August," Roe said: the quotation's tense, not hers
    found = _nearest_cue(left, right)
    if found is None and _context()["fronted"].fullmatch(text, window[0], c.start) \
            and text[c.end:c.end + 2].lstrip().startswith(","):
        return _nearest_cue("", text[c.end:window[1]])
    return found


def _cues(part: str, kind: str) -> list[re.Match]:
    """Find the cues of one kind in a text: "future" (will ...), "weak" (would ...) or "past" (said, -ed ...; not a
    code in capitals: "Sabiha Gökçen (SAW)")."""
    ctx = _context()
    if kind != "past":
        return list(ctx["future" if kind == "future" else "weak_future"].finditer(part))
    not_past = lexicon()["not_past"]
    found = [*ctx["past_cue"].finditer(part), *(m for m in ctx["past_ed"].finditer(part) if m.group() not in not_past)]
    return [m for m in found if not _after_participle_word(part, m) and not m.group().isupper()]  # not "(SAW)"


def _after_participle_word(part: str, m: re.Match) -> bool:
    """Tell whether the word before a past form makes it a participle or adjective ("to be held", "a still
    unspecified date": one of not_past_after in data/dates.yaml) or an aside ("as planned": aside_participles)."""
    before = _context()["word_before"].search(part, max(0, m.start() - 12), m.start())
    if not before:
        return False
    word = before.group(1).lower()
    return word in _not_past_after() or (word == "as" and m.group().lower() in lexicon()["aside_participles"])


@lru_cache(maxsize=1)
def _not_past_after() -> frozenset[str]:
    """Return the words after which a past form is no past tense, as a set."""
    return frozenset(lexicon()["not_past_after"])


def _nearest_cue(left: str, right: str, reach: int | None = None) -> str | None:
    """Return the tense of the cue nearest to a date within its clause (a weak future cue counts left only and
    leaves the date "open": the nearest reading, a later one not held back), none when no cue lies within `reach`
    characters of it."""
    best: tuple[int, str | None] | None = None
    for kind, tense in (("future", "future"), ("weak", "open"), ("past", "past")):
        dists = [len(left) - m.end() for m in _cues(left, kind)]
        dists += [m.start() for m in _cues(right, kind)] if kind != "weak" else []
        dists = [d for d in dists if reach is None or d <= reach]
        if dists and (best is None or min(dists) < best[0]):
            best = (min(dists), tense)
    return best[1] if best else None


def _row(value: str, precision: str, bounds: tuple[dt.date, dt.date] | None, anchor: str,
         basis: str | None) -> dict:
    """Assemble the resolved fields of one row."""
    lo, hi = (_ts(bounds[0]), _ts(bounds[1])) if bounds else (None, None)
    return {"value": value, "precision": precision, "anchor": anchor, "date_start": lo, "date_end": hi,
            "reference_basis": basis}


def _resolve_date(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a day-precise date, completing a missing year from the publication date."""
    pub = doc.published
    if c.year is not None:
        d = dt.date(c.year, c.month, c.day)
        return _row(d.isoformat(), "day", (d, d), "absolute", None)
    if pub is None:
        return _row(f"XXXX-{c.month:02d}-{c.day:02d}", "day", None, "relative", None)
    if c.unit == "year":
        d = dt.date(pub.year + c.shift, c.month, c.day)
        return _row(d.isoformat(), "day", (d, d), "relative", doc.published_basis)
    years = [y for y in (pub.year - 1, pub.year, pub.year + 1) if _valid_day(y, c.month, c.day)]
    y = _pick_year(years, lambda y: (dt.date(y, c.month, c.day) - pub).days, _tense(doc, c, wide=False),
                   float("inf") if _led_ahead(doc, c) else lexicon()["tense_weight"])
    if _ends_year_ago_period(doc, c) and _valid_day(y - 1, c.month, c.day):
        y -= 1  # "the year-ago quarter ended Oct. 31": a year before this year's quarter end
    d = dt.date(y, c.month, c.day)
    return _row(d.isoformat(), "day", (d, d), "relative", doc.published_basis)


def _led_ahead(doc: ArticleDoc, c: _Cand) -> bool:
    """Tell whether a future lead stands right before a date ("ahead of the election on 9 February", "postponed
    until 3 May"): the date lies ahead of the report, however far."""
    lo, _ = _sentence_window(doc, c)
    return _context()["future_lead"].search(doc.text, max(lo, c.start - 60), c.start) is not None


def _ends_year_ago_period(doc: ArticleDoc, c: _Cand) -> bool:
    """Tell whether a year-less date ends a year-earlier period of a report: "in the comparable year-ago quarter, the
    second quarter ended Oct. 31" (`year_ago_periods` ... `period_end_words` in its clause)."""
    lo, hi = _sentence_window(doc, c)
    left, _ = _clause(doc.text, c, max(lo, c.start - 100), hi)
    return bool(_context()["year_ago_end"].search(left))


def _pick_year(years: list[int], offset, tense: str | None, against: float) -> int:
    """Pick the year whose reading lies nearest publication (`offset`: signed distance), a reading against the
    tense counting `against` times as far and an unmarked future one `future_weight` (data/dates.yaml) times."""
    ahead = lexicon()["future_weight"]

    def cost(y: int) -> float:
        off = offset(y)
        if (tense == "future" and off < 0) or (tense == "past" and off > 0):
            return abs(off) * against
        return off * ahead if off > 0 and tense is None else abs(off)

    return min(years, key=lambda y: (cost(y), y))


def _resolve_month(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a month, completing a missing year from the publication date."""
    pub = doc.published
    if c.year is not None:
        return _row(f"{c.year:04d}-{c.month:02d}", "month", _month_bounds(c.year, c.month, c.modifier),
                    "absolute", None)
    if pub is None:
        return _row(f"XXXX-{c.month:02d}", "month", None, "relative", None)
    if c.unit == "year":
        y = pub.year + c.shift
    elif c.shift == 0:
        y = pub.year
    elif c.shift is not None:
        y = _shifted_month_year(c.month, pub, c.shift)
    else:  # a month never goes against a cue near it; against a farther one, it counts tense_weight times as far
        near = _tense(doc, c, wide=False, reach=lexicon()["month_cue_reach"])
        y = _pick_year([pub.year - 1, pub.year, pub.year + 1], lambda y: (y - pub.year) * 12 + c.month - pub.month,
                       near or _tense(doc, c, wide=False),
                       float("inf") if near or _led_ahead(doc, c) else lexicon()["tense_weight"])
    return _row(f"{y:04d}-{c.month:02d}", "month", _month_bounds(y, c.month, c.modifier), "relative",
                doc.published_basis)


def _shifted_month_year(month: int, pub: dt.date, shift: int) -> int:
    """Return the year of "next July" (strictly after the publication month) or "last July" (strictly before)."""
    if shift == 1:
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if month < pub.month else pub.year - 1


def _resolve_year(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a year or a range of years (value of the first year)."""
    return _row(f"{c.year:04d}", "year", _year_bounds(c.year, c.modifier, c.year2), "absolute", None)


def _resolve_decade(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a decade ("the 1990s", "the '90s") to 199X."""
    start = c.year
    if start is None:
        ref = (doc.published or dt.date.today()).year
        start = 1900 + c.day * 10 if 2000 + c.day * 10 > ref else 2000 + c.day * 10
    return _row(f"{start // 10}X", "decade", _decade_bounds(start, c.modifier), "absolute", None)


def _resolve_relday(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve today/yesterday/tomorrow."""
    d = doc.published + dt.timedelta(days=c.shift)
    return _row(d.isoformat(), "day", (d, d), "relative", doc.published_basis)


def _resolve_relunit(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve last/this/next week, weekend (2024-W11-WE, Saturday to Sunday), month or year."""
    pub, basis = doc.published, doc.published_basis
    if c.unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=c.shift)
        return _row(_iso_week(monday), "week", (monday, monday + dt.timedelta(days=6)), "relative", basis)
    if c.unit == "weekend":
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=c.shift, days=5)
        return _row(_iso_week(saturday) + "-WE", "weekend", (saturday, saturday + dt.timedelta(days=1)), "relative",
                    basis)
    if c.unit == "month":
        y, m = _add_months(pub.year, pub.month, c.shift)
        return _row(f"{y:04d}-{m:02d}", "month", _month_bounds(y, m, c.modifier), "relative", basis)
    y = pub.year + c.shift
    return _row(f"{y:04d}", "year", _year_bounds(y, c.modifier), "relative", basis)


def _resolve_current_year(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve "the (full) year" of a report to the publication year; after "for" in a past clause only late in the
    year (`annual_results_months`)."""
    if c.name in lexicon()["past_open_frames"] and doc.published.month <= lexicon()["annual_results_months"] \
            and _tense(doc, c, wide=False) == "past":
        return None  # "reported a loss for the year" in March: maybe the year before
    return _resolve_relunit(c, doc)


def _resolve_period_end(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve "year-end" / "the end of the month": this year's (month's) end, the last one in a past clause."""
    back = -1 if _tense(doc, c, wide=False, reach=lexicon()["month_cue_reach"]) == "past" else 0
    return _resolve_relunit(_Cand(c.start, c.end, "relunit", modifier=c.modifier, shift=back, unit=c.unit), doc)


def _resolve_weekday(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a weekday: the last one before publication in a past report, the next one in a future clause (the
    publication's own day when it is that weekday: "will present its findings on Monday", published on a Monday,
    is that Monday; "next Monday" is a week later)."""
    pub = doc.published
    back = (pub.weekday() - c.day) % 7
    ahead = (c.day - pub.weekday()) % 7
    tense = _tense(doc, c) if c.shift in (None, 0) else None
    if c.shift == 1 or (c.shift in (None, 0) and tense != "past"):
        d = pub + dt.timedelta(days=ahead or (7 if c.shift == 1 else 0))
    elif c.shift is None:  # a past report: the most recent such day on or before publication
        d = pub - dt.timedelta(days=back)
    else:  # "last Tuesday", said on a Tuesday, is a week earlier
        d = pub - dt.timedelta(days=back or 7)
    return _row(d.isoformat(), "day", (d, d), "relative", doc.published_basis)


def _resolve_ago(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve "N days/weeks/months/years ago"; "N decades ago" is the year 10 N years back (2014 in 2024); "a year
    ago this month (week)" the publication's month (ISO week) a year back; "a year ago today" its day a year back."""
    pub, basis, n = doc.published, doc.published_basis, c.shift
    if c.name == "today":  # "a year ago today": the publication's day that many units back
        if c.unit in ("day", "week"):
            d = pub - dt.timedelta(days=n * (7 if c.unit == "week" else 1))
        else:
            y, m = _add_months(pub.year, pub.month, -n * {"month": 1, "year": 12, "decade": 120}[c.unit])
            d = dt.date(y, m, min(pub.day, calendar.monthrange(y, m)[1]))
        return _row(d.isoformat(), "day", (d, d), "relative", basis)
    if c.name == "month":
        return _row(f"{pub.year - n:04d}-{pub.month:02d}", "month", _month_bounds(pub.year - n, pub.month, None),
                    "relative", basis)
    if c.name == "week":
        d = pub.replace(year=pub.year - n, day=min(pub.day, calendar.monthrange(pub.year - n, pub.month)[1]))
        monday = d - dt.timedelta(days=d.weekday())
        return _row(_iso_week(d), "week", (monday, monday + dt.timedelta(days=6)), "relative", basis)
    if c.unit == "day":
        d = pub - dt.timedelta(days=n)
        return _row(d.isoformat(), "day", (d, d), "relative", basis)
    if c.unit == "week":
        d = pub - dt.timedelta(weeks=n)
        monday = d - dt.timedelta(days=d.weekday())
        return _row(_iso_week(d), "week", (monday, monday + dt.timedelta(days=6)), "relative", basis)
    if c.unit == "month":
        y, m = _add_months(pub.year, pub.month, -n)
        return _row(f"{y:04d}-{m:02d}", "month", _month_bounds(y, m, None), "relative", basis)
    y = pub.year - n * (10 if c.unit == "decade" else 1)  # "a decade ago" is the year ten years back
    return _row(f"{y:04d}", "year", _year_bounds(y, None), "relative", basis)


def _resolve_after(c: _Cand, doc: ArticleDoc, anchor: dict | None) -> dict | None:
    """Resolve "three days later" / "a year earlier" from the full date just before it (same or previous sentence);
    with no such anchor it is a comparison ("from $3 a year earlier") or a narrative step, left out."""
    if anchor is None or c.unit == "decade":
        return None
    base, basis = anchor["date_start"].date(), anchor["reference_basis"]
    if c.unit in ("day", "week"):
        d = base + dt.timedelta(days=c.shift * (7 if c.unit == "week" else 1))
    else:
        y, m = _add_months(base.year, base.month, c.shift * (12 if c.unit == "year" else 1))
        d = dt.date(y, m, min(base.day, calendar.monthrange(y, m)[1]))
    return _row(d.isoformat(), "day", (d, d), "relative", basis)


def _holiday_date(name: str, year: int) -> dt.date:
    """Return the day a holiday of data/dates.yaml falls on in `year`."""
    rule = lexicon()["holidays"][name]
    if "easter" in rule:
        return _easter(year) + dt.timedelta(days=rule["easter"])
    d = dt.date(year, rule["month"], rule["day"])
    return d + dt.timedelta(days=(rule["weekday"] - d.weekday()) % 7) if "weekday" in rule else d


def _easter(year: int) -> dt.date:
    """Return Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _resolve_holiday(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve a holiday: "last" the one before publication, "next" the one after, "this" the publication year's,
    else the year nearest publication, weighed by tense like a year-less date."""
    pub = doc.published
    years = (pub.year - 1, pub.year, pub.year + 1)
    if c.shift == 0:
        d = _holiday_date(c.name, pub.year)
    elif c.shift == -1:
        d = max(x for x in (_holiday_date(c.name, y) for y in years) if x < pub)
    elif c.shift == 1:
        d = min(x for x in (_holiday_date(c.name, y) for y in years) if x > pub)
    else:
        y = _pick_year(list(years), lambda y: (_holiday_date(c.name, y) - pub).days, _tense(doc, c, wide=False),
                       lexicon()["tense_weight"])
        d = _holiday_date(c.name, y)
    if c.unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return _row(_iso_week(d), "week", (monday, monday + dt.timedelta(days=6)), "relative", doc.published_basis)
    return _row(d.isoformat(), "day", (d, d), "relative", doc.published_basis)


_RESOLVERS = {"date": _resolve_date, "month": _resolve_month, "year": _resolve_year, "decade": _resolve_decade,
              "relday": _resolve_relday, "relunit": _resolve_relunit, "weekday": _resolve_weekday,
              "ago": _resolve_ago, "holiday": _resolve_holiday, "period_end": _resolve_period_end,
              "current_year": _resolve_current_year}
_NEEDS_PUB = {"relday", "relunit", "weekday", "ago", "holiday", "period_end", "current_year"}


def _resolve(c: _Cand, doc: ArticleDoc) -> dict | None:
    """Resolve one candidate to its row fields, or None when it cannot be placed on the calendar."""
    if c.kind in _NEEDS_PUB and doc.published is None:
        return None
    try:
        return _RESOLVERS[c.kind](c, doc)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+$")  # "that June": the month of the year last written
_OF_THAT_YEAR = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?(?:that|the[^\S\n]+same)[^\S\n]+year\b")


def _in_stated_year(c: _Cand, doc: ArticleDoc, prev: dict) -> dict | None:
    """Resolve a year-less month or date in the year an earlier row wrote ("in June 2023 … in September of that
    year", "in May 2023 … arrived that June")."""
    c.year = prev["date_start"].year
    fields = _resolve(c, doc)
    return fields and {**fields, "anchor": "relative", "reference_basis": prev["reference_basis"]}


def _last_stated_year(rows: list[dict]) -> dict | None:
    """Return the last row whose text writes its year ("April 1989"), the year "of that year" names ("… April 1989
    with the others arriving in May, June and September of that year": 1989, not the year-less June's)."""
    return next((r for r in reversed(rows) if r["date_start"] is not None and _YEAR_WRITTEN.search(r["text"])), None)


def extract_timexes(doc: ArticleDoc) -> list[dict]:
    """Return one row per calendar expression of the article, ordered by start."""
    text = doc.text or ""
    rows: list[dict] = []
    dated: dict | None = None  # the last row on the calendar so far (the anchor of "that year")
    ctx = _context()
    for c in _candidates(_capital_months(text)):
        sentence = doc.sentence_of(c.start)
        if c.kind == "after":
            fields = _resolve_after(c, doc, _anchor(rows, sentence, stated=c.name == "comparison"))
        elif c.kind == "anaphoric":
            fields = _resolve_anaphoric(c, _previous_date(dated, c.unit))
        elif c.kind in ("month", "date") and c.year is None and c.shift is None and c.unit is None and (
                _OF_THAT_YEAR.match(text, c.end)) and (prev := _last_stated_year(rows)) is not None:
            fields = _in_stated_year(c, doc, prev)  # "in June 2023 … the attack in September of that year": 2023-09
        elif c.kind == "month" and c.year is None and c.shift is None and c.unit is None and c.modifier is None and (
                that := _THAT_BEFORE.search(text, max(0, c.start - 8), c.start)) and ctx["that_month_end"].match(
                text, c.end) and not ctx["that_reported"].search(text, max(0, c.start - 40), c.start) and (
                prev := _last_stated_year(rows)) is not None:
            c.start = that.start()
            fields = _in_stated_year(c, doc, prev)  # "in May 2023 … arrived that June": 2023-06
        elif c.kind == "date" and c.year is None and c.shift is None and c.unit is None and (
                start := _range_start(text, rows, c)) is not None:
            fields = _resolve(c, doc)
            if fields and fields["date_start"] is not None and fields["date_start"].date() < start and (
                    start > doc.published or _tense(doc, c, wide=False) == "future"):
                c.year = start.year if (c.month, c.day) >= (start.month, start.day) else start.year + 1
                fields = _resolve(c, doc)  # "will fly from 2 July to 27 September": the end after the start
                fields = fields and {**fields, "anchor": "relative", "reference_basis": doc.published_basis}
        elif c.kind in ("month", "date") and c.year is None and c.shift is None and c.unit is None and (
                frame := _year_frame(doc, rows, sentence)) is not None:
            c.year = frame  # "Last year, … clashes in May and an attack in September": that year's May and September
            fields = _resolve(c, doc)
            fields = fields and {**fields, "anchor": "relative", "reference_basis": doc.published_basis}
        else:
            fields = _resolve(c, doc)
        if fields is None:
            continue
        fields = _day_heads(text, c, fields)
        row = {"article_id": doc.article_id, "sentence_id": sentence, "start": c.start,
               "end": c.end, "text": text[c.start:c.end], "modifier": c.modifier}
        row.update(fields)
        rows.append({k: row[k] for k in COLUMNS})
        # "the previous Friday" anchors no later one: "up from the previous Friday ... down from the previous Friday"
        # both count from the day before them
        dated = rows[-1] if row["date_start"] is not None and c.unit != "weekday" else dated
    return _quoted_days(doc, rows)


_RANGE_DASH = re.compile(r"[^\S\n]*[-–—][^\S\n]*$")  # "May 10-June 10", "Nov 20 – Dec 10"
_RANGE_TO = re.compile(r"[^\S\n]+(?:to|until|till|through)[^\S\n]+$")  # "from 2 July to 27 September"
_RANGE_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)[^\S\n]+$")


def _range_start(text: str, rows: list[dict], c: _Cand) -> dt.date | None:
    """Return the day a span of days opens with, when a year-less date closes it: the previous row, a year-less day
    right before it, joined by a dash ("May 10-June 10") or opened by "from" ("from 2 July to 27 September")."""
    prev = rows[-1] if rows else None
    if prev is None or prev["precision"] != "day" or prev["date_start"] is None or _YEAR_WRITTEN.search(prev["text"]):
        return None
    dash = _RANGE_DASH.fullmatch(text, prev["end"], c.start)
    opened = _RANGE_TO.fullmatch(text, prev["end"], c.start) and _RANGE_FROM.search(
        text, max(0, prev["start"] - 10), prev["start"])
    return prev["date_start"].date() if dash or opened else None


_CLOSING = "”\"»"  # closing quotation marks


def _quoted_days(doc: ArticleDoc, rows: list[dict]) -> list[dict]:
    """Date "today" (yesterday, tomorrow) inside a quotation by the day its attribution names after it, not by the
    publication: "“The soldiers are today in a stable condition,” the ministry said on Thursday."."""
    days = lexicon()["relative_days"]
    for k, r in enumerate(rows):
        if r["text"].lower() not in days or r["anchor"] != "relative":
            continue
        lo, hi = doc.sentences[r["sentence_id"]] if doc.sentences else (0, len(doc.text))
        before = doc.text[lo:r["start"]]
        opened = sum(before.count(q) for q in "“«") - sum(before.count(q) for q in "”»") + before.count('"') % 2
        close = next((i for i in range(r["end"], hi) if doc.text[i] in _CLOSING), None)
        if opened <= 0 or close is None:
            continue
        said = next((x for x in rows if x["sentence_id"] == r["sentence_id"] and x["start"] > close
                     and x["precision"] == "day" and x["text"].lower() not in days), None)
        if said is None or not _context()["attribution_gap"].fullmatch(doc.text, close + 1, said["start"]):
            said = _day_before_quotation(doc, rows, r, lo)
        if said is not None:
            d = said["date_start"].date() + dt.timedelta(days=days[r["text"].lower()])
            rows[k] = {**r, **_row(d.isoformat(), "day", (d, d), "relative", said["reference_basis"])}
    return rows


def _day_before_quotation(doc: ArticleDoc, rows: list[dict], r: dict, lo: int) -> dict | None:
    """Return the day an attribution before a quotation names ("Speaking to reporters on Tuesday, Stoltenberg said:
    “… tomorrow …”"): a dated row of the same sentence, then the speech verb, then the opening mark; else None."""
    opening = max(doc.text.rfind(q, lo, r["start"]) for q in "“«\"")
    days = lexicon()["relative_days"]
    said = next((x for x in reversed(rows) if x["sentence_id"] == r["sentence_id"] and x["end"] <= opening
                 and x["precision"] == "day" and x["text"].lower() not in days), None)
    if said is None or not _context()["attribution_lead"].fullmatch(doc.text, said["end"], opening):
        return None
    return said


def _year_frame(doc: ArticleDoc, rows: list[dict], sentence: int) -> int | None:
    """Return the year that frames a sentence: a year at its start that sets the time of what follows ("In 2023, …",
    "Last year, …", "But during 2022 …"), not one inside it ("a program approved in 1987 …") nor one that starts or
    ends a span ("Since 2008, …")."""
    text, ctx = doc.text, _context()
    first = next((r for r in rows if r["sentence_id"] == sentence), None)
    if first is None or first["precision"] != "year" or not first["value"][:4].isdigit():
        return None
    lead = text[doc.sentences[sentence][0]:first["start"]]
    if len(lead.split()) > YEAR_FRAME_LEAD_WORDS:
        return None
    if ctx["year_frame"].search(lead) or ctx["relative_year"].fullmatch(first["text"]):
        return int(first["value"][:4])
    return None


def _day_heads(text: str, c: _Cand, fields: dict) -> dict:
    """Widen a day's row over a head before it: "the week of March 6" (its ISO week), "the day before last Tuesday"
    (a day earlier); the candidate's start moves to the head's."""
    if fields["precision"] != "day" or fields["date_start"] is None:
        return fields
    day = fields["date_start"].date()
    week = _head("week_of_head", text, c.start, 16)
    if week:
        c.start, monday = week.start(), day - dt.timedelta(days=day.weekday())
        return {**fields, **_row(_iso_week(day), "week", (monday, monday + dt.timedelta(days=6)), fields["anchor"],
                                 fields["reference_basis"])}
    shift = _head("day_shift_head", text, c.start, 16)
    if shift:
        c.start, d = shift.start(), day + dt.timedelta(days=lexicon()["day_shift_heads"][
            re.sub(r"\s+", " ", shift["ds"].lower())])
        return {**fields, **_row(d.isoformat(), "day", (d, d), fields["anchor"], fields["reference_basis"])}
    return fields


YEAR_FRAME_LEAD_WORDS = 3  # words before a sentence's framing year: "But then, in 2023, …"
_ANAPHOR_PRECISIONS = {"year": {"day", "week", "weekend", "month", "year"}, "month": {"day", "week", "month"},
                       "day": {"day"}, "weekday": {"day"}}


def _previous_date(row: dict | None, unit: str) -> dict | None:
    """Return the last calendar row so far if it is precise enough to anchor "that <unit>" (any calendar row for a
    year, a day for a day), else None."""
    return row if row is not None and row["precision"] in _ANAPHOR_PRECISIONS[unit] else None


def _resolve_anaphoric(c: _Cand, anchor: dict | None) -> dict | None:
    """Resolve "that year" / "the following month" / "the next morning" / "the previous Friday" from the date
    mentioned before it."""
    if anchor is None:
        return None
    base, basis = anchor["date_start"].date(), anchor["reference_basis"]
    if c.unit == "year":
        y = base.year + c.shift
        return _row(f"{y:04d}", "year", _year_bounds(y, None), "relative", basis)
    if c.unit == "month":
        y, m = _add_months(base.year, base.month, c.shift)
        return _row(f"{y:04d}-{m:02d}", "month", _month_bounds(y, m, None), "relative", basis)
    if c.unit == "weekday":  # the last such weekday before the anchor (shift -1), or the first after it (+1)
        gap = (base.weekday() - c.day) % 7 if c.shift < 0 else (c.day - base.weekday()) % 7
        d = base + dt.timedelta(days=c.shift * (gap or 7))
        return _row(d.isoformat(), "day", (d, d), "relative", basis)
    d = base + dt.timedelta(days=c.shift)
    return _row(d.isoformat(), "day", (d, d), "relative", basis)


def _anchor(rows: list[dict], sentence: int, stated: bool = False) -> dict | None:
    """Return the last row in the same or the previous sentence if it is a full date (the anchor of "three days
    later"); for a comparison (`stated`) only a date written with its day number in the same sentence, the end of
    the reported period ("the six months ended Aug. 12 ... compared with C$18.1 million a year earlier")."""
    if not rows or rows[-1]["precision"] != "day" or rows[-1]["date_start"] is None:
        return None
    if stated:
        return rows[-1] if rows[-1]["sentence_id"] == sentence and re.search(r"\d", rows[-1]["text"]) else None
    return rows[-1] if rows[-1]["sentence_id"] >= sentence - 1 else None
