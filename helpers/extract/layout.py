"""Page furniture found by its place among the lines: menus and tag lists, date-and-time stamps, embedded social
posts, pull quotes, the caption above a credit line, runs of linked-story titles, breadcrumb trails."""

from __future__ import annotations

import re
from bisect import bisect_right

from .language import guess_language, line_language
from .lines import (
    CLOCK,
    DATE_LINE_PLAIN_WORDS,
    DATED_ENTRY,
    LOWER_WORD,
    MERIDIEM,
    MONTHS,
    NOT_TITLE_END,
    SENTENCE_END,
    STOPS,
    WHEN,
    date_line,
    ends_dangling,
    furniture_rules,
    is_furniture_line,
    line_status,
    n_words,
)
from .patterns import UPPER

_DIGIT = re.compile(r"\d")
_LONE_NUMBER = re.compile(r"\b\d")  # a number, not a digit inside a name ("N1 Srbija", "B92")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,4}")  # "U.S." in a menu
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}")
# the signature under an embedded post: "— Jana Roe (@janaroe) May 2, 2023"
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^()@\n]{2,60}\(@[A-Za-z0-9_]{2,30}\)\s*.{0,40}")
EMBED_WORDS = 60  # a post has at most 280 characters
EMBED_LINES = 2  # ... on one or two lines
ISLAND_WORDS = 14  # an island line of the page's tail (a source's name or headline) is short
_PULL_QUOTE = re.compile(r"[“\"«]([^“”\"«»]{10,300})[”\"»]")
_PULL_QUOTE_NOT_END = (".", "!", "?", ",", ";", ":")
_LABEL_COLON = re.compile(r"[\w’'-]+:\s")  # "Q: …", "Claim: …", "KURTI: …": content in the outlet's own layout
_INNER_STOP = re.compile(r"[a-z]{2}[.!?;]\s")
_ENUMERATED = re.compile(r"\(?\d{1,2}[).]\s")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]*)[\"”»]")  # a quoted span
# a caption may say when ("at an arms fair in 2022", "… on September 25."): a year or a date is no figure
_CAPTION_DATE = re.compile(rf"\b(?:(?:{MONTHS})\s+\d{{1,2}}\b(?:,\s*(?:19|20)\d\d\b)?|\d{{1,2}}\s+(?:{MONTHS})\b"
                           r"|(?:19|20)\d\d\b)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_SCENE = re.compile(r"[\"“”«»:;,\d]|[a-z]{2}[.!?]\s")  # a quotation, a clause, a figure or a second sentence
NAME_MAX_WORDS = 6
MASTHEAD_WORDS = 4  # a print page's masthead line above the headline: the paper's name, the section
STORY_LINE_WORDS = 15  # a sentence this long that is no furniture: the story has begun
CREDIT_WORDS = 8  # a credit line is short ("AA Photo", "Photo: Jane Roe / Agency")
BIO_WORDS = 60  # an author's bio at the end of the page is one or two sentences
BARE_DATE_WORDS = 4  # "October 14th 2023", "Tuesday, 26 September 2023": a date and nothing else
HEADLINE_MIN_WORDS = 4  # a linked headline under a related-stories label has at least this many words
HEADLINE_LOWER = 3  # lower-case words of three letters or more in a headline (a name has at most one)
_STORY_END = (".", "”", '"')
SPACED_SHARE = 0.95  # a page whose lines all (but this share) stand between blank lines is spaced line by line
SPACED_MIN_LINES = 12
SPACED_HEAD_LINES = 4  # ... and has at least this many short lines (a menu, labels) above its first story sentence


def story_sentence(s: str, words: int = STORY_LINE_WORDS) -> bool:
    """Tell whether a line reads as the story's own prose: at least `words` words, ending with a stop or a closing
    quotation mark (the story has begun)."""
    return n_words(s) >= words and s.endswith(_STORY_END)


def is_stamp(s: str) -> bool:
    """Tell whether a line is a date-and-time stamp ("June 15, 2023 11:48 GMT", "7:58 PM · May 29, 2023"): a clock
    time, and a date the line gives as a page's date line."""
    return bool(CLOCK.search(s)) and date_line(s, furniture=True) is not None


def spaced_line_by_line(lines: list[str]) -> bool:
    """Tell whether a web page puts a blank line after every line, menu items and headlines too (some browsers copy
    every block that way): its blank lines then mark no paragraph or box. A plain text whose paragraphs stand
    between blank lines (a title, then the story) is not one: its lists are the story's."""
    filled = [i for i, s in enumerate(lines[:-1]) if s.strip()]
    spaced = sum(1 for i in filled if not lines[i + 1].strip())
    if len(filled) < SPACED_MIN_LINES or spaced < SPACED_SHARE * len(filled):
        return False
    head = next((k for k, i in enumerate(filled) if story_sentence(s := lines[i].strip())
                 and not is_furniture_line(s)), len(filled))
    return head >= SPACED_HEAD_LINES


def furniture_lines(lines: list[str]) -> set[int]:
    """Return the indices of lines that are page furniture."""
    stripped = [ln.strip() for ln in lines]
    own = {i for i, furniture in line_status(stripped) if furniture}  # furniture by their own words
    out = set(own) | counter_lines(stripped, own)
    out |= menu_runs(stripped, out, furniture_rules()["menu"]) | stamp_lines(stripped, out)
    out |= social_posts(stripped, out) | tweet_embeds(stripped) | video_blocks(stripped)
    out |= headline_runs(stripped, out, furniture_rules()["run"])
    out |= pull_quotes(stripped, out) | credited_captions(stripped, out) | scene_captions(stripped, out)
    out |= foreign_lines(stripped, out) | comment_sections(stripped, furniture_rules()["comments"])
    out |= breadcrumb_lines(stripped, furniture_rules()["breadcrumb"])
    out |= contents_boxes(stripped) | summary_boxes(stripped) | related_boxes(stripped) | notes_boxes(stripped)
    out |= polls(stripped) | signup_boxes(stripped) | page_repeats(stripped)
    out |= caption_heads(stripped, out, own) | author_bios(stripped, out)
    return out | tail_islands(stripped, out)


def tail_islands(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find short lines without a final stop between two furniture lines below the story's last sentence: the
    outlet names and headlines of an aggregator's source list ("Northtown Post" / "Lean Left · Factuality: High" /
    "Mayors face recall vote" / "5 hours ago"). A subheading inside the story has sentences after it; lower-case
    auto-captions between their time stamps are no names or headlines."""
    filled = [i for i, s in enumerate(stripped) if s]
    last = max((i for i in filled if i not in furniture and story_sentence(stripped[i])), default=None)
    out: set[int] = set()
    if last is None:
        return out  # no sentence at all (auto-captions between their time stamps): no tail to tell
    for k in range(1, len(filled) - 1):
        i = filled[k]
        s = stripped[i]
        if (i > last and i not in furniture and s[:1].isupper() and n_words(s) <= ISLAND_WORDS
                and not s.endswith(STOPS)
                and filled[k - 1] in furniture | out and filled[k + 1] in furniture):
            out.add(i)
    return out


def counter_lines(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find reaction counters alone on their lines ("23", "1.4K") right above or below a furniture line ("Share",
    "Reply", "Upvote") or another such counter (`counter` in data/furniture.yaml)."""
    shape = furniture_rules()["counter"]
    filled = [i for i, s in enumerate(stripped) if s]
    counts = [k for k, i in enumerate(filled) if shape.fullmatch(stripped[i])]
    out: set[int] = set()
    grew = True
    while grew:  # "23" over "4" over "Share": the counter next to the control, then the one next to it
        grew = False
        for k in counts:
            i = filled[k]
            if i not in out and any(filled[j] in furniture or filled[j] in out
                                    for j in (k - 1, k + 1) if 0 <= j < len(filled)):
                out.add(i)
                grew = True
    return out


def contents_boxes(stripped: list[str]) -> set[int]:
    """Find an explainer's contents box: its label ("In this article") and the short entries under it, down to the
    next blank line ("1. The night of the attack")."""
    rules = furniture_rules()["contents"]
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if s and rules["label"].fullmatch(s):
            out |= _box_under(stripped, i, lambda t: n_words(t) <= rules["max_words"]
                              and not (t.endswith(STOPS) and not _ENUMERATED.match(t)))
    return out


def _box_under(stripped: list[str], i: int, entry) -> set[int]:
    """Return a box's label line `i` and the lines under it that `entry` accepts, down to a blank line or the first
    line it refuses; none when no line under the label is an entry."""
    n = next((k for k, t in enumerate(stripped[i + 1:]) if not t or not entry(t)), len(stripped) - i - 1)
    return set(range(i, i + 1 + n)) if n else set()


def related_boxes(stripped: list[str]) -> set[int]:
    """Find a box of links to other stories: its label ("More on this story") and the headlines and teasers under it,
    down to the next blank line, if all of them are short and unquoted; under a list label ("Most Popular"), or
    where no blank line closes the box, the lines directly under the label that read as headlines (see
    `headline_entry` and `related` in data/furniture.yaml)."""
    rules = furniture_rules()["related"]
    out: set[int] = set()
    story = None
    for i, s in enumerate(stripped):
        listed = bool(s) and rules["list"].fullmatch(s) is not None
        if not s or not (listed or rules["label"].fullmatch(s)):
            continue
        story = next((j for j, t in enumerate(stripped) if t and story_sentence(t)), len(stripped)) \
            if story is None else story
        if i < story and _dated_head(stripped, i, story):
            continue  # a menu's last item ("Latest News") over the page's own headline, byline and date
        stop = min(len(stripped), i + 2 + rules["max_lines"])
        end = next((j for j in range(i + 1, stop) if not stripped[j]), None)
        if end is not None and not any(stripped[end:]):  # the end of the page: the box ends at the footer, if any
            end = next((j for j in range(i + 2, end) if is_furniture_line(stripped[j])), None)
        if end == i + 1:  # a page that spaces its lines: the headlines stand one blank line apart under the label
            out |= {i} | _spaced_headlines(stripped, i, rules)
            continue
        if end is not None and all(_box_entry(t, rules) and (not listed or headline_entry(t, rules))
                                   for t in stripped[i + 1:end]):
            out.update(range(i, end))  # a box closed by a blank line
            continue
        n = next((k for k, t in enumerate(stripped[i + 1:stop]) if not t or not (
            _box_entry(t, rules) and headline_entry(t, rules))), stop - i - 1)
        out.update(range(i, i + 1 + n))  # the label and the headlines directly under it
    return out


def _dated_head(stripped: list[str], i: int, story: int) -> bool:
    """Tell whether the lines between a box label at `i` and the story's first sentence end with a date line right
    over the story (the page's own headline and date, not a box of other stories' links)."""
    above = _line_above(stripped, story) if story < len(stripped) else None
    return above is not None and above > i + 1 and date_line(stripped[above]) is not None


def _spaced_headlines(stripped: list[str], i: int, rules: dict) -> set[int]:
    """Return the headlines under the label at `i` of a page that puts a blank line after each line: the lines one
    blank line apart that read as headlines, up to `max_lines` of them, down to the first that does not."""
    out: set[int] = set()
    j = i + 2
    while len(out) < rules["max_lines"] and j < len(stripped) and not stripped[j - 1] and stripped[j] and (
            _box_entry(stripped[j], rules) and headline_entry(stripped[j], rules)):
        out.add(j)
        j += 2
    return out


def _box_entry(s: str, rules: dict) -> bool:
    """Tell whether a line may be an entry of a related-stories box: short, with no quotation mark but a headline's
    quoted phrase ("Vučić sends letter to EU leaders, rejects “de facto recognition”")."""
    return n_words(s) <= rules["max_words"] and (not _QUOTE_MARK.search(s) or _quoted_phrase_only(s)
                                                  or _QUOTED_HEADLINE.fullmatch(s) is not None)


# a headline that quotes a named speaker: "Kosovo, Tajani: “Italy ready to do its part in KFOR”"
_QUOTED_HEADLINE = re.compile(rf"(?:[{UPPER}][\w’'.-]*,?[ \t]+){{0,3}}[{UPPER}][\w’'.-]*:[ \t]*[\"“«„]"
                              rf"[^\"“”«»\n]{{3,120}}[\"”»]")


def _quoted_phrase_only(s: str) -> bool:
    """Tell whether a line's quotation marks only set off short phrases inside it, as headlines do: it opens with no
    quotation mark, ends with no full stop, and each quoted span is shorter than a quotation (six words)."""
    spans = _QUOTED.findall(s)
    return (not _QUOTE_MARK.match(s) and not s.rstrip("\"”»").endswith((".", "!")) and bool(spans)
            and len(_QUOTE_MARK.findall(s)) == 2 * len(spans) and all(n_words(q) < 6 for q in spans))


def headline_entry(s: str, rules: dict) -> bool:
    """Tell whether a line under a related-stories label reads as a linked headline, not the story's sentence: at
    least four words, and no final full stop, a question, "Name: words", or a sentence in headline grammar (no prose
    opening, no clause after a comma, past tense, "has" + participle or "now"; see `related` in
    data/furniture.yaml)."""
    if n_words(s) < HEADLINE_MIN_WORDS:
        return False  # "Trade first": a subheading of the story
    if not s.endswith(".") or "?" in s or _HEADLINE_COLON.match(s):
        return True
    words = _TOKEN.findall(s)
    lower = [w.lower() for w in words]
    if not lower or lower[0] in rules["prose_start"] or _CLAUSE_COMMA.search(s):
        return False
    shape = furniture_rules()["caption_sentence"]
    for k, w in enumerate(lower):
        before, after = (lower[k - 1] if k else ""), (lower[k + 1] if k + 1 < len(lower) else "")
        if w in rules["past_verbs"] or w in shape["verbs"]:
            return False
        if w in ("has", "have", "had") and after.endswith(("ed", "en")):
            return False
        if (k and words[k].islower() and w.endswith("ed") and len(w) > 4 and before not in rules["auxiliaries"]
                and (not after or after in shape["ed_verb_before"])):
            return False
    return True


_CLAUSE_COMMA = re.compile(r",\s+[a-z]")  # "…in Serbia, most of them in textiles.": a sentence's clause
_HEADLINE_COLON = re.compile(r"[^:.\"“”]{2,40}:\s+\S")  # "KFOR commander: we will not allow new attacks."


def summary_boxes(stripped: list[str]) -> set[int]:
    """Find a box of key points under its label ("Key points" over "• …" lines; "By the numbers" over short lines
    with figures; "Key facts" over any lines): the label and its lines (see `summary` in data/furniture.yaml)."""
    rules = furniture_rules()["summary"]
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s:
            continue
        numbers = rules["numbers"].fullmatch(s) is not None
        facts = not numbers and rules["facts"].fullmatch(s) is not None
        if rules["sources"].fullmatch(s):
            out |= _box_under(stripped, i, lambda t: n_words(t) <= rules["max_words"] and not t.endswith(STOPS)
                              and not _QUOTE_MARK.search(t))
            continue
        if not (numbers or facts or rules["label"].fullmatch(s)):
            continue
        out |= _box_under(stripped, i, lambda t, facts=facts, numbers=numbers: n_words(t) <= rules["max_words"] and (
            facts or rules["bullet"].match(t) is not None or numbers and _DIGIT.search(t) and not t.endswith(STOPS)))
    return out


def notes_boxes(stripped: list[str]) -> set[int]:
    """Find a press release's notes: their label ("Notes to editors") and the numbered lines under it ("1. KFOR has
    been deployed in Kosovo since …"), down to the first line that is not numbered."""
    rules = furniture_rules()["notes"]
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s or not rules["label"].fullmatch(s):
            continue
        out.add(i)
        for j in range(i + 1, len(stripped)):
            t = stripped[j]
            if not t:
                continue
            if not _ENUMERATED.match(t) or n_words(t) > rules["max_words"]:
                break
            out.add(j)
    return out


def polls(stripped: list[str]) -> set[int]:
    """Find a reader poll: its label ("POLL"), the question and options, the voting control ("Vote now") within a
    few lines, and the vote count under it."""
    return _label_to_control(stripped, furniture_rules()["poll"])


def signup_boxes(stripped: list[str]) -> set[int]:
    """Find a newsletter box in mid-story: its label ("NEWSLETTER"), the pitch ("Get the Morning Brief") and the
    control ("Sign up") within a few lines."""
    return _label_to_control(stripped, furniture_rules()["signup"])


def _label_to_control(stripped: list[str], rules: dict) -> set[int]:
    """Find boxes that run from a label line to a control line within `max_lines` lines, with no blank line between
    (and the control lines right under the first: "Vote now" / "1,284 votes so far")."""
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s or not rules["label"].fullmatch(s):
            continue
        window = range(i + 1, min(len(stripped), i + 1 + rules["max_lines"]))
        control = next((j for j in window if stripped[j] and rules["control"].fullmatch(stripped[j])), None)
        if control is None or not all(stripped[j] for j in range(i + 1, control)):
            continue
        end = control
        while end + 1 < len(stripped) and stripped[end + 1] and rules["control"].fullmatch(stripped[end + 1]):
            end += 1
        out.update(range(i, end + 1))
    return out


def page_repeats(stripped: list[str]) -> set[int]:
    """Find a print copy's running head: a short line with a digit and hardly a lower-case word, found at least
    twice on the page, each time next to a page marker ("Page 2 of 3" / "THE NORTHTOWN HERALD   Tuesday 26
    September 2023")."""
    rules = furniture_rules()["page_repeats"]
    filled = [i for i, s in enumerate(stripped) if s]
    markers = {k for k, i in enumerate(filled) if rules["marker"].fullmatch(stripped[i])}
    if not markers:
        return set()
    seen: dict[str, list[int]] = {}
    for k, i in enumerate(filled):
        s = stripped[i]
        if (any(abs(k - m) <= rules["reach"] for m in markers) and _DIGIT.search(s)
                and n_words(s) <= rules["max_words"] and not s.endswith(STOPS)
                and len(LOWER_WORD.findall(s)) <= rules["max_lower"]):
            seen.setdefault(s, []).append(i)
    return {i for where in seen.values() if len(where) > 1 for i in where}


def caption_heads(stripped: list[str], furniture: set[int], own: set[int]) -> set[int]:
    """Find the first half of a photo caption split over two lines: a line that stops mid-phrase (on a comma or
    one of headline_run's dangling words: "… during the ceremony marking the"; or the next line goes on in lower
    case) right above a caption line (a caption or credit pattern, or the caption above a credit; `own`: the lines
    that are furniture by their own words, a byline or a label, which are no caption)."""
    rules = furniture_rules()
    out: set[int] = set()
    for i, s in enumerate(stripped[:-1]):
        nxt = stripped[i + 1]
        if (not s or not nxt or i in furniture or i + 1 not in furniture or s.endswith(STOPS)
                or n_words(s) + n_words(nxt) > rules["caption_max_words"]):
            continue
        if not (s.endswith(",") or ends_dangling(s) or nxt[0].islower()):
            continue
        if rules["caption"].search(nxt) or rules["credit"].fullmatch(nxt):
            out.add(i)
            continue
        under = stripped[i + 2] if i + 2 < len(stripped) else ""
        if (under and n_words(under) <= CREDIT_WORDS and rules["credit"].fullmatch(under)
                and i + 1 not in own):  # the caption above the credit, not a byline ("di Jana Roe") over it
            out.add(i)
    return out


def author_bios(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find the author's bio at the end of the page written as a plain sentence ("Jana Roe is a senior fellow at
    the Centre for Balkan Studies."; data/furniture.yaml author_bio_roles), with the author box's name line over it:
    only furniture or other bios after it, and the name in none of the story's sentences (a story's last line about
    a person it named stays)."""
    shape = furniture_rules()["author_bio"]
    out: set[int] = set()
    for i in range(len(stripped) - 1, -1, -1):
        s = stripped[i]
        if not s or i in furniture:
            continue
        m = shape.fullmatch(s) if n_words(s) <= BIO_WORDS else None
        if m is None:
            break
        surname = m.group("name").split()[-1]
        if any(surname in t for j, t in enumerate(stripped) if j != i and j not in furniture and j not in out
               and n_words(t) > NAME_MAX_WORDS + 2):
            break
        out.add(i)
        above = _line_above(stripped, i)
        if above is not None and stripped[above] == m.group("name").strip():
            out.add(above)  # the author box's name line over the bio
    return out


def comment_sections(stripped: list[str], comments: dict) -> set[int]:
    """Find a section of reader comments: every line from its marker ("47 Comments", "Join the discussion...") to the
    end of the page, when comment controls ("Reply", "Like 14") follow the marker, the first of them soon after it."""
    filled = [i for i, s in enumerate(stripped) if s]
    controls = [k for k, i in enumerate(filled) if comments["control"].fullmatch(stripped[i])]  # positions in filled
    for k, i in enumerate(filled):
        if comments["marker"].fullmatch(_LEAD_SYMBOLS.sub("", stripped[i])):  # "💬 Comments (12)"
            first = bisect_right(controls, k)  # the first control under the marker (one pass: no rescan per marker)
            if (len(controls) - first >= comments["min_controls"]
                    and controls[first] - k - 1 < comments["control_within"]):
                return {j for j in range(i, len(stripped)) if stripped[j]}
            if (n := _comment_count(stripped[i])) and all(
                    _HANDLE_COMMENT.fullmatch(stripped[j]) for j in filled[k + 1:k + 1 + n]) and k + n < len(filled):
                return {i, *filled[k + 1:k + 1 + n]}  # "Comments (2)" over two "Handle: text" lines
    return set()


def _comment_count(s: str) -> int:
    """Return the number a comment counter gives ("Comments (2)", "2 comments"), 0 where it gives none."""
    m = _COUNTER.fullmatch(s)
    return int(m["n"] or m["m"]) if m else 0


_BYLINE_NAME = re.compile(rf"(?i:by)\s+[{UPPER}][\w.'’-]+"
                          rf"(?:\s+(?:[{UPPER}][\w.'’-]+|and|&))*")  # "by Jana Roe", "by Željko Šarić"
_LEAD_SYMBOLS = re.compile(r"^[^\w\s]+\s*")  # an app's icon before a label ("💬 Comments (12)")
_COUNTER = re.compile(r"(?i:comments?\s*\((?P<n>\d{1,2})\)|(?P<m>\d{1,2})\s+comments?)")
_HANDLE_COMMENT = re.compile(r"[\w.@-]{2,30}:\s+\S.{0,300}")  # a reader's comment: "Nikola_PG: The same story …"


def menu_runs(stripped: list[str], furniture: set[int], menu: dict) -> set[int]:
    """Find menus and tag lists: at least `min_lines` short items (`max_words` words, no final stop, no number) one
    under the other, with no blank line between (furniture lines among them do not break the run)."""
    def item(s: str) -> bool:  # rows of a table of figures ("Shr 24 cts", "Net 412,737") are no menu, nor a
        # sentence cut by a page break ("The new arrivals were")
        return (n_words(s) <= menu["max_words"] and (not s.endswith(STOPS) or bool(_ABBREVIATION.fullmatch(s)))
                and not _LONE_NUMBER.search(s) and not ends_dangling(s))

    out = runs_of(stripped, furniture, 0, item, menu["min_lines"])
    filled = [i for i in sorted(out) if stripped[i]]
    for a, b in zip(filled, filled[1:]):  # a short headline and its byline run on from the menu ("THE NORTHTOWN
        if _BYLINE_NAME.fullmatch(stripped[b]) and not stripped[a].lower().startswith("by "):  # GOALKEEPER" / "by
            out -= {a, b}  # Jana Roe"): they are no menu items
    return out


def runs_of(stripped: list[str], furniture: set[int], start: int, shaped, min_lines: int) -> set[int]:
    """Return the lines of every run of at least `min_lines` consecutive lines from `start` on that `shaped`
    accepts; furniture lines inside a run are passed over (counted when `shaped` accepts them: "Join channel" is
    one of a menu's items), a blank or any other line ends it."""
    out: set[int] = set()
    run: list[int] = []
    known = 0  # furniture lines of the run's shape
    for i in range(start, len(stripped) + 1):
        s = stripped[i] if i < len(stripped) else ""
        if s and i in furniture:
            known += bool(run) and shaped(s)
            continue
        if s and shaped(s):
            run.append(i)
            continue
        if run and len(run) + known >= min_lines:
            out.update(run)
        run, known = [], 0
    return out


def stamp_lines(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find the page's date-and-time stamps ("June 15, 2023 11:48 GMT", "7:58 PM · May 29, 2023"): a short line with
    a clock time that gives a date. A date alone on a line is the story's, not a stamp, unless furniture stands
    right above and below it (a print edition's "October 14th 2023" among the page's foot links)."""
    return {i for i, s in enumerate(stripped) if s and i not in furniture and len(s.split()) <= DATE_LINE_PLAIN_WORDS
            and (not s.endswith(".") or MERIDIEM.search(s))
            and (is_stamp(s) or n_words(s) <= BARE_DATE_WORDS and _between_furniture(stripped, i, furniture)
                 and date_line(s) is not None)}


def _between_furniture(stripped: list[str], i: int, furniture: set[int]) -> bool:
    """Tell whether the nearest non-empty lines above and below line `i` are both furniture."""
    above, below = _line_above(stripped, i), _line_below(stripped, i)
    return above in furniture and below in furniture


def video_blocks(stripped: list[str]) -> set[int]:
    """Find a video block: its title line ("Video: …"), the clip's description under it and its length line
    ("Duration 2:31") at most a few lines below (see `video` in data/furniture.yaml)."""
    rules = furniture_rules()["video"]
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s or not rules["title"].fullmatch(s):
            continue
        for j in range(i + 1, min(len(stripped), i + 2 + rules["max_lines"])):
            if not stripped[j]:
                break
            if rules["length"].fullmatch(stripped[j]):
                out.update(range(i, j + 1))
                break
    return out


def tweet_embeds(stripped: list[str]) -> set[int]:
    """Find an embedded post as X/Twitter's embed code prints it: the post's text, then "— Name (@handle) date"
    under it (the lines above the signature down to a blank line, at most two; one on a page without blank lines)."""
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s or not _EMBED_SIGNATURE.fullmatch(s):
            continue
        out.add(i)
        above = []
        for j in range(i - 1, max(-1, i - 1 - EMBED_LINES), -1):
            if not stripped[j] or n_words(stripped[j]) > EMBED_WORDS:
                break
            above.append(j)
        if len(above) == EMBED_LINES and i - 1 - EMBED_LINES >= 0 and stripped[i - 1 - EMBED_LINES]:
            above = above[:1]  # no blank line above the post: the story runs on above it, only the post's line
        out.update(above)
    return out


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
        stamp = next((j for j in after if j in furniture or is_stamp(stripped[j])), None)
        if stamp is not None:
            out.update(range(i + 1, stamp + 1))
    return {i for i in out if stripped[i]}


def credited_captions(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find a photo caption by the credit line under it ("AA Photo", "Photo: Jane Roe", "REUTERS/Jane Roe")."""
    rules = furniture_rules()
    out = set()
    story = next((i for i, s in enumerate(stripped) if s and story_sentence(s)), len(stripped))
    for i, s in enumerate(stripped):
        if not s or n_words(s) > CREDIT_WORDS or not rules["credit"].fullmatch(s):
            continue
        out.add(i)  # the credit itself ("MTI/Zoltán Balogh")
        if (i < story and n_words(s) <= AGENCY_BYLINE_WORDS and not _LABELLED.search(s)
                and (nxt := _line_below(stripped, i)) is not None and date_line(stripped[nxt]) is not None):
            continue  # an agency's bare name over the page's date ("PTI" / "Updated On Dec 02, 2024"): a byline;
            # the line above is the headline, no caption (not "FOTO: …" over a dated caption)
        prev = _line_above(stripped, i)
        headline = (prev is not None and prev < story and not stripped[prev].endswith(STOPS)
                    and all(j in furniture or not stripped[j] or name_line(stripped[j]) for j in range(prev)))
        # the caption is under the credit only where the line above is no caption: furniture, the headline, or a
        # standfirst under a headline
        head_above = prev is None or prev in furniture or headline or _headline_line(stripped, prev, furniture)
        if head_above and (below := caption_below(stripped, i, furniture, rules)) is not None:
            out.add(below)
            continue
        if headline or _standfirst(stripped, prev, furniture):
            continue  # above the story, the first line that is no name, over the lead photo's credit, is the headline
        if (prev is not None and prev not in furniture and n_words(stripped[prev]) <= rules["caption_max_words"] // 2
                and not (stripped[prev].endswith(STOPS)
                         and (_story_verb(stripped[prev], rules["caption_sentence"], rules["scene"], past=True)
                              or _attributed(stripped[prev], rules["scene"])))):
            out.add(prev)
            alt = _line_above(stripped, prev)  # image alt text above the caption, under other furniture
            if (alt is not None and alt not in furniture and n_words(stripped[alt]) <= CREDIT_WORDS
                    and not stripped[alt].endswith(NOT_TITLE_END)
                    and ((above := _line_above(stripped, alt)) is None or above in furniture)):
                out.add(alt)
    return out


AGENCY_BYLINE_WORDS = 2  # "PTI", "PA Media": an agency's bare name as a byline
_LABELLED = re.compile(r"[:/©]")  # "Photo: …", "REUTERS/Jane Roe", "© AP": a credit's shapes, no byline's


def _attributed(s: str, scene: dict) -> bool:
    """Tell whether a line says who said it: a speech verb right after a capitalised word ("…, Dushi said, with …",
    "Roe told reporters"), which a story's paragraph has and a photo's caption above its credit has not."""
    return any(_NAME_BEFORE.search(s, max(0, m.start() - 40), m.start()) for m in scene["speech"].finditer(s))


_NAME_BEFORE = re.compile(rf"[{UPPER}][\w’'-]+[ \t]+$")


def _standfirst(stripped: list[str], i: int | None, furniture: set[int]) -> bool:
    """Tell whether line `i` is the standfirst right under the page's headline: the only line above it that is no
    furniture reads as a headline (no final stop, several lower-case words), and the line says no when (a caption
    there does: "Roe and Doe review an honour guard in Northtown on Oct. 11.")."""
    above = _line_above(stripped, i) if i is not None else None
    if above is None or above in furniture or any(stripped[j] and j not in furniture and not _masthead(stripped[j])
                                                  for j in range(above)):
        return False
    if WHEN.search(stripped[i]):
        return False
    head = stripped[above]
    return not head.endswith(STOPS) and len(LOWER_WORD.findall(head)) >= HEADLINE_LOWER


def _masthead(s: str) -> bool:
    """Tell whether a head line is the print page's masthead: a date line, or a short name with no lower-case word
    ("New Straits Times", "13 Jun 2024", "WORLD")."""
    return date_line(s) is not None or (n_words(s) <= MASTHEAD_WORDS and LOWER_WORD.search(s) is None)


def caption_below(stripped: list[str], i: int, furniture: set[int], rules: dict) -> int | None:
    """Return the line under the credit line `i` when it is the photo's caption, else None. Only in the page head
    (a headline above the credit, at most one sentence-long line, no date stamp under the line): the caption is a
    short line that is no story's short sentence ("Italian KFOR soldiers during the ceremony at Camp Film City"), or
    a caption written as a sentence (see `caption_sentence`) with the story's lead under it."""
    below = _line_below(stripped, i)
    if below is None or below in furniture or not _headline_line(stripped, i, furniture):
        return None
    s = stripped[below]
    if sum(1 for j in range(i) if stripped[j] and j not in furniture and story_sentence(stripped[j])) > 1:
        return None  # the story has begun (one sentence-long line above may be the standfirst)
    after = _line_below(stripped, below)
    if after is not None and date_line(stripped[after], furniture=True) is not None:
        return None  # the page's headline over its date stamp, under a section label shaped like a credit
    shape, scene = rules["caption_sentence"], rules["scene"]
    if not story_sentence(s):  # a short sentence with a story's verb is a short lead ("Police arrested eight.")
        short = n_words(s) <= rules["caption_max_words"] // 2
        story = s.endswith(STOPS) and (_story_verb(s, shape, scene) or scene["speech"].search(s) is not None)
        return below if short and not story else None  # not "Serbia moved troops …, officials said."
    lead_follows = after is not None and story_sentence(stripped[after])
    return below if lead_follows and caption_sentence(s, shape, scene) else None


def _headline_line(stripped: list[str], i: int, furniture: set[int]) -> bool:
    """Tell whether a line above line `i` reads as a headline: no furniture, no name, at least HEADLINE_LOWER
    lower-case words and no final stop ("Turkish general takes command of KFOR for the first time")."""
    return any(s and j not in furniture and not s.endswith(STOPS) and not name_line(s)
               and len(LOWER_WORD.findall(s)) >= HEADLINE_LOWER for j, s in enumerate(stripped[:i]))


def caption_sentence(s: str, shape: dict, scene: dict) -> bool:
    """Tell whether a sentence is a photo caption ("Damage to the Ibar-Lepenac canal near Varage on 30 November
    2024. The canal supplies …"): at most `max_words` words; its first clause names a place and has no finite verb
    of a story's sentence (see `_story_verb`); the line says when."""
    return (n_words(s) <= shape["max_words"] and shape["when"].search(s) is not None
            and shape["place"].search(_FIRST_CLAUSE.split(s, maxsplit=1)[0]) is not None
            and not _story_verb(s, shape, scene))


def _story_verb(s: str, shape: dict, scene: dict, past: bool = False) -> bool:
    """Tell whether the first clause of a line has a finite verb of a story's sentence: a past or future tense
    ("were", "will"), a speech verb, an -ed word used as a verb ("arrested eight"; not "armoured vehicles"). With
    `past` (a line above a credit), a present tense is a caption's ("Injured soldiers are carried from …"), and a
    form that may be a participle ("held", "hung", "seized") is a verb only before its object ("Kosovo held a
    day of mourning"; not "a banner hung on the station")."""
    parts = _FIRST_CLAUSE.split(s, maxsplit=2)
    first = parts[0]
    if len(parts) > 1 and _TOKEN.match(first) and _TOKEN.match(first)[0].lower() in shape["fronted"]:
        first = f"{first}, {parts[1]}"  # "At the post office in North Mitrovica, 200 people were waiting …"
    if scene["speech"].search(first):
        return True
    tokens = _TOKEN.findall(first)
    words = [w.lower() for w in tokens]
    if not past:
        return any(w in shape["verbs"] or w in shape["caption_may"] or (w.endswith("ed") and (
            k + 1 == len(words) or words[k + 1] in shape["ed_verb_before"]
            or 0 < k and tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper()))  # "Güler visited Turkish …"
                   for k, w in enumerate(words))
    ambiguous = shape["caption_may"] - shape["present"]  # "held", "made": a past tense or a participle
    return any(w in shape["verbs"] or ((w in ambiguous or w.endswith("ed")) and k + 1 < len(words)
                                       and (words[k + 1] in shape["object_start"] or words[k + 1].isdigit()))
               for k, w in enumerate(words))


_TOKEN = re.compile(r"[\w’'-]+")
_FIRST_CLAUSE = re.compile(r"[,;:]\s|[.!?]\s+(?=[A-Z])")
_NAME_GLUE = frozenset({"the", "and", "for", "of"})


def name_line(line: str) -> bool:
    """Tell whether a short line is a name (an outlet, a section), not a headline: few words, at most one
    lower-case word besides "the", "of", "and" ("Rheinwelle English", "THE DANUBE MERIDIAN", "Frontline Europe – the
    podcast")."""
    lower = [w for w in LOWER_WORD.findall(line) if w not in _NAME_GLUE]
    return n_words(line) <= NAME_MAX_WORDS and len(lower) <= 1 and not line.endswith(tuple(SENTENCE_END))


def _line_above(stripped: list[str], i: int) -> int | None:
    """Return the index of the nearest non-empty line above line `i`, or None."""
    return next((j for j in range(i - 1, -1, -1) if stripped[j]), None)


def _line_below(stripped: list[str], i: int) -> int | None:
    """Return the index of the nearest non-empty line below line `i`, or None."""
    return next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)


def scene_caption(s: str, scene: dict) -> bool:
    """Tell whether a line is a photo caption without credit that describes its scene in the present tense ("Kosovo
    police officers stand guard on the main bridge in Mitrovica."): one short sentence, a subject of a few words and
    a scene verb (data/furniture.yaml scene_caption), a place (or "the" and a name right after the verb: "… crosses
    the Jarinje border point."); no quotation, comma, figure or speech verb (the story's "The force stands at some
    4,500 troops" is no caption)."""
    if not (s.endswith(".") and s[0].isupper() and n_words(s) <= scene["max_words"]) \
            or _NOT_SCENE.search(_CAPTION_DATE.sub("", s[:-1])):
        return False
    m = scene["subject_verb"].match(s)
    return (m is not None and not any(w.lower() in scene["not_in_subject"] or w.endswith("ed")
                                      for w in m["subject"].split())
            and any(w.lower() not in scene["determiners"] for w in m["subject"].split())  # "The board heard …"
            and not _past_next(s, m.end(), scene)
            and (scene["place"].search(s) is not None or scene["object_place"].match(s, m.end()) is not None)
            and not scene["speech"].search(s))


def _past_next(s: str, end: int, scene: dict) -> bool:
    """Tell whether the word after a scene verb is a past tense, so the verb was a noun ("The board heard …")."""
    nxt = _TOKEN.match(s, end + 1) if end < len(s) and s[end].isspace() else None
    return nxt is not None and (nxt[0] in scene["past"] or nxt[0].endswith("ed"))


def scene_captions(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find photo captions without credit: present-tense scene lines that are not furniture yet (see
    `scene_caption`), wherever they stand (under a credit line, between two paragraphs, above the lead)."""
    scene = furniture_rules()["scene"]
    return {i for i, s in enumerate(stripped) if s and i not in furniture and scene_caption(s, scene)}


def foreign_lines(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find lines in another language than the page's (an embedded post, an image's alt text, a widget's label):
    the page's language is guessed from its other lines; a page in no known language has none."""
    page = guess_language("\n".join(s for i, s in enumerate(stripped) if s and i not in furniture))
    if page == "und":
        return set()
    return {i for i, s in enumerate(stripped) if s and i not in furniture and line_language(s, page) is not None}


def pull_quotes(stripped: list[str], furniture: set[int]) -> set[int]:
    """Find pull quotes once the story has begun: a line that is only a quotation with no closing stop
    ("“Kosovo will never again be defenceless”"), and the short line naming its speaker under it."""
    out: set[int] = set()
    started = False
    for i, s in enumerate(stripped):
        if not s or i in furniture:
            continue
        if not started:
            started = story_sentence(s)
            continue
        m = _PULL_QUOTE.fullmatch(s) if s[0] in "“\"«" else None
        if m is None or m.group(1).rstrip().endswith(_PULL_QUOTE_NOT_END):
            continue
        nxt = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)
        speaker = (nxt is not None and n_words(stripped[nxt]) <= NAME_MAX_WORDS + 2 and "," in stripped[nxt]
                   and not stripped[nxt].endswith(STOPS))  # "Jane Roe, defence minister"
        if not speaker and not _repeated_in(m.group(1), stripped, i):
            continue  # a quoted subheading says something new
        out.add(i)
        if nxt is not None and n_words(stripped[nxt]) <= NAME_MAX_WORDS + 2 and not stripped[nxt].endswith(STOPS):
            out.add(nxt)
    return out


def _repeated_in(quote: str, stripped: list[str], i: int) -> bool:
    """Tell whether the words of a pull quote stand in another line of the page (a pull quote repeats the story; a
    quoted subheading, "“We will not accept a Republika Srpska inside Kosovo”", says something new): four words in a
    row."""
    words = _TOKEN.findall(quote.lower())
    runs = {" ".join(words[k:k + 4]) for k in range(max(1, len(words) - 3))}
    return any(any(r in " ".join(_TOKEN.findall(t.lower())) for r in runs)
               for j, t in enumerate(stripped) if t and j != i)


def _headline_shaped(s: str, run: dict) -> bool:
    """Tell whether a stripped line looks like a linked story's title: a capital (or a quote, a digit) first, a few
    words with some lower-case ones among them (a headline has a verb; "Chelsea v Arsenal" in a fixture list does
    not), at most one number (not a row of a table), no final stop or closing quotation mark (a question may end
    it), no sentence end inside ("… vs same. REUTER"), not an enumerated item ("2) to increase …") and no last word
    that leaves the sentence hanging (a hard-wrapped line ends "… operations of"), not a timeline's entry
    ("December 17: Serbia holds elections")."""
    return (bool(s) and not s.endswith(NOT_TITLE_END) and (s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'")
            and run["min_words"] <= n_words(s) <= run["max_words"]
            and len(LOWER_WORD.findall(s)) >= run["min_lowercase_words"]
            and len(_NUMBER.findall(s)) <= run["max_numbers"] and not ends_dangling(s)
            and not _INNER_STOP.search(s) and not _ENUMERATED.match(s) and not DATED_ENTRY.match(s))


def _lone_question(s: str) -> bool:
    """Tell whether a line is a question standing alone: no quotation mark, no label ("Q:"), no other sentence or
    clause ("If they can fund football, why not fund music?" is a reader's)."""
    return (s.endswith("?") and not _INNER_STOP.search(s) and not _LABEL_COLON.match(s) and s[0] not in "\"“‘'«"
            and "," not in s and n_words(s) <= 20)


def title_case(s: str) -> bool:
    """Tell whether a line is a headline in title case ("Kosovo Deputy PM: Serbia Is Taking 'Hostages'"): no final
    stop, and three in four of its words capitalised."""
    words = s.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1] in "\"“‘'" and w[1:2].isupper())
    return not s.endswith(NOT_TITLE_END) and capitals * 4 >= len(words) * 3


def _time_line(s: str) -> bool:
    """Tell whether a line is a time, alone or with its date ("9.48pm", "14:32 CET", "Nov 30, 2024 17:05 IST")."""
    if not s or n_words(s) > 6 or CLOCK.search(s) is None:
        return False
    return (n_words(s) <= 3 and CLOCK.match(s) is not None) or date_line(s, True) is not None


def _after_clock(stripped: list[str], i: int) -> bool:
    """Tell whether line `i` heads a live blog's entry: a time line above it, on a page of several (one date and
    time under the headline is the page's, and the line under it a caption or a linked title)."""
    above = next((t for t in reversed(stripped[:i]) if t), "")
    return _time_line(above) and any(_time_line(t) for t in stripped if t != above)


def headline_runs(stripped: list[str], furniture: set[int], run: dict) -> set[int]:
    """Find runs of linked-story titles without a marker line before them, once the story has begun (data in
    data/furniture.yaml headline_run): a run of at least `tail_lines` title-shaped lines after which only furniture
    follows, or of at least `block_lines` such lines set one under the other with no blank line between them."""
    if not run:
        return set()
    body = [i for i, s in enumerate(stripped) if s and i not in furniture]
    started = next((k for k, i in enumerate(body) if story_sentence(stripped[i], run["body_words"])), None)
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
    questions = [i for i in body if _lone_question(stripped[i])]
    singles = []
    for k in range(started + 1, len(body) - 1):  # one linked title or caption between two paragraphs of the story
        i = body[k]
        s = stripped[i]
        if len(questions) == 1 and questions[0] == i:
            s = s[:-1]  # the page's only question line is a linked title; an explainer's questions are its sections
        if (n_words(s) >= run["single_words"] and (_headline_shaped(s, run) or title_case(s))
                and not _LABEL_COLON.match(s) and not _after_clock(stripped, i)
                and stripped[body[k - 1]].endswith(STOPS) and stripped[body[k + 1]].endswith(STOPS)):
            singles.append(i)
    capitals = [i for i in singles if stripped[i].isupper()]
    out.update(i for i in singles if len(capitals) < 2 or i not in capitals)  # two or more in capitals head the
    # items of one page (a press review's "KFOR STEPS UP PATROLS"); one alone is a linked title
    # title-shaped lines one under the other (furniture lines between them are skipped)
    return out | runs_of(stripped, furniture, body[started] + 1, lambda s: _headline_shaped(s, run),
                         run["block_lines"])


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
