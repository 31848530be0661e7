"""Actor mentions: dictionary matching (data/actors.yaml) plus discovery of people the dictionary does not know.

A mention row: article_id, sentence_id, start, end, text, actor, actor_id, actor_type, country, role.
`actor_id` is the scoring key: ISO3 for countries, acronym for organisations, folded surname for people.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex as re
from unidecode import unidecode

from ..lexicon import load, word_list
from .document import ArticleDoc
from .patterns import trie_pattern

SCORED_TYPES = ("country", "organisation", "person")
_ROLE_LEAD = frozenset("in on at for from with by of to and but or as after before during while when speaking over "
                       "was were is are according meanwhile however also the a an".split())
_ROLE_KEEP = frozenset("acting outgoing incoming retired leading ruling elected designated appointed serving "
                       "governing presiding managing supervising".split())
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|from|to|into|around|via|toward|towards|the|of)\s+)$", re.I)
_NAME_TOKEN = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+|[’']\p{Lu}[\p{Ll}\p{M}]+)?"
_PARTICLE = r"(?:von der|van der|von|van|de|del|da|di|al-|bin|ibn|el-)"
_INITIAL = r"(?:\p{Lu}\.\s+)?"  # a middle initial: "Admiral Stuart B. Munsch", "Edward E. Lucente"
# a middle initial before a name word ("Edward E. Lucente, an IBM vice president, said"; `clean_name` drops what
# stands before an initial that two name words follow: "the activist Malcolm X. Attallah Shabazz said")
TURN_LABELS = 2  # a name that opens this many paragraphs with a colon is a transcript's speaker
NAME = rf"{_NAME_TOKEN}(?:\s+{_INITIAL}(?:{_PARTICLE}\s*)?{_NAME_TOKEN}){{1,3}}"
# A speaker named in capitals at a paragraph's start, then a comma, "of" or "(" (UN meetings coverage, transcripts):
# "CAROLINE ZIADEH, Special Representative …, said" / "DONIKA GËRVALLA-SCHWARZ of Kosovo said"
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}]+(?:[-’']\p{Lu}[\p{Lu}\p{M}]+)?"
_CAPS_NAME = re.compile(rf"^(?:{_CAPS_WORD}[ \t]+){{1,3}}{_CAPS_WORD}(?=,[ \t]|[ \t]+(?:of|\()[ \t])"
                        r"(?!,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?[ \t]*[-–—(])", re.M)  # not a dateline
# a transcript's turn label in capitals ("ROE:", "GEN. ROE:", "MIRA ROE: (Through interpreter)")
_CAPS_LABEL = re.compile(rf"^(?:{_CAPS_WORD}\.?[ \t]+){{0,5}}{_CAPS_WORD}(?=(?:[ \t]*\([^()\n]{{1,40}}\))?:[ \t])",
                         re.M)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor."""

    id: str
    name: str
    type: str
    country: str | None
    capital_of: str | None = None
    roles: tuple = ()


def fold(text: str) -> str:
    """ASCII-fold a string (Türkiye → Turkiye, Vučić → Vucic)."""
    return unidecode(text)


def transliterate(name: str, scheme: dict[str, str]) -> str:
    """Spell a name with another language's letters ("Vučić" → "Vuçiq" with data/people.yaml's Albanian scheme)."""
    for letters in sorted(scheme, key=len, reverse=True):
        name = name.replace(letters, scheme[letters])
    return name


def person_key(name: str) -> str:
    """Return the scoring key of a person: the ASCII-folded lower-case surname."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in _name_suffixes():
        words.pop()  # "Oscar S. Wyatt Jr", "Guy Mansfield QC": Wyatt, Mansfield
    return re.sub(r"[^a-z-]", "", fold(words[-1]).lower())


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    """Return data/people.yaml's name_suffixes: generations and post-nominal letters after a surname."""
    return frozenset(load("people")["name_suffixes"])


@lru_cache(maxsize=1)
def dictionary() -> dict[str, Entry]:
    """Load data/actors.yaml into {surface form: Entry}, with ASCII-folded variants added."""
    spec = load("actors")
    table: dict[str, Entry] = {}

    schemes = load("people").get("transliterations", {})

    def add(surface: str, entry: Entry) -> None:
        forms = {surface, fold(surface)}
        if entry.type == "person":
            spelled = {transliterate(surface, scheme) for scheme in schemes.values()}
            forms |= spelled | {fold(form) for form in spelled}
        for form in sorted(forms):
            table.setdefault(form, entry)

    kinds = {"countries": "country", "organisations": "organisation", "groups": "group", "places": "place",
             "people": "person"}
    for section, kind in kinds.items():
        for item in spec.get(section, []):
            country = item["id"] if kind == "country" else item.get("country")
            entry = Entry(item["id"], item["name"], kind, country, roles=tuple(
                r.get("role") for r in item.get("roles", []) or []))
            for alias in [item["name"], *item.get("aliases", []), *item.get("demonyms", [])]:
                add(alias, entry)
            for cap in [item.get("capital"), *item.get("capital_aliases", [])]:
                if cap:
                    add(cap, Entry(cap, cap, "place", item["id"], capital_of=item["id"]))
    return table


def _office_words(text: str) -> str:
    """Normalise an office's words for comparison: lower case, hyphens as spaces, single spaces."""
    return " ".join(text.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def office_holders() -> dict[tuple[str, str], list[tuple[str, str | None, str | None]]]:
    """Map (body id, office words) to the people of data/actors.yaml who held that office, with their dates
    ("NATO Secretary General" -> (NATO, "secretary general"); "President of Serbia" -> (SRB, "president"))."""
    table = dictionary()
    bodies = sorted((s for s, e in table.items() if e.type in ("organisation", "country") and e.capital_of is None),
                    key=len, reverse=True)
    out: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = {}
    for item in load("actors").get("people", []):
        for r in item.get("roles") or []:
            role = r.get("role") or ""
            if not (r.get("from") or r.get("since")):
                continue  # an office without dates names nobody at a date
            for surface in bodies:
                if (m := re.search(rf"(?:\s+(?:of|to|for)\s+(?:the\s+)?)?\b{re.escape(surface)}\b", role)) is None:
                    continue
                office = _office_words(role[:m.start()] + " " + role[m.end():])
                if office:
                    start, end = str(r.get("from") or r.get("since")), str(r.get("to") or "") or None
                    out.setdefault((table[surface].id, office), []).append((item["id"], start, end))
                break
    return out


def office_holder(body: str, office: str, on: dt.date | None) -> Entry | None:
    """Return the one person who held `office` of `body` on a date ("secretary general" of NATO in May 2023:
    its holder that year); None when nobody or more than one fits (with no date, only a sole holder ever fits)."""
    held = office_holders().get((body, _office_words(office)), [])
    if on is not None:
        day = on.isoformat()
        held = [h for h in held if (h[1] is None or h[1] <= day) and (h[2] is None or day < h[2])]
    people = entries_by_id("person")
    return people.get(held[0][0]) if len(held) == 1 else None


def capital_of(surface: str) -> str | None:
    """Return the country whose capital a surface form names ("Belgrade" → SRB), else None."""
    entry = dictionary().get(surface)
    return entry.capital_of if entry is not None else None


@lru_cache(maxsize=8)
def entries_by_id(kind: str) -> dict[str, Entry]:
    """Return the dictionary's entries of one actor type by actor id (looked up per mention, so built once)."""
    return {e.id: e for e in dictionary().values() if e.type == kind}


@lru_cache(maxsize=1)
def people_cues() -> dict:
    """Return data/people.yaml (titles, name stopwords, unit nouns) with the shared role nouns and speech verbs."""
    return {**load("people"), "role_nouns": word_list("role_nouns"), "speech_verbs": word_list("speech_verbs")}


@lru_cache(maxsize=1)
def alias_regex() -> re.Pattern:
    """Compile the whole-word, case-sensitive matcher for every dictionary surface form."""
    return re.compile(rf"(?<!\w){trie_pattern(sorted(dictionary()))}(?!\w)")


@lru_cache(maxsize=1)
def discovery_regexes() -> dict[str, re.Pattern]:
    """Compile the person-discovery patterns from the cue lists in data/people.yaml."""
    cues = people_cues()
    roles = trie_pattern(sorted(cues["role_nouns"]))
    roles_lower = trie_pattern(sorted(r for r in cues["role_nouns"] if r.islower()))
    titles = trie_pattern(sorted(cues["titles"]))
    verbs = trie_pattern(sorted(cues["speech_verbs"]))
    after = trie_pattern(sorted(set(cues["speech_verbs"]) - set(word_list("not_before_speakers"))))
    units = trie_pattern(sorted(cues["unit_nouns"]))
    life = trie_pattern(sorted(cues["life_verbs"]))
    role_phrase = (rf"(?!(?i:who|whom|whose|which|that)\b)(?:[\p{{L}}’'-]+\s+|\p{{L}}+-){{0,3}}?(?i:{roles})\b"
                   rf"[^,.;:“”\"()\n]{{0,90}}")  # never a relative clause ("X, who met President Y")
    # after "Name, the": up to four words before the role noun ("the White House national security spokesman"); a
    # hyphenated prefix joins the noun ("vice-president")
    appositive_role = rf"(?:[\p{{L}}\d’'-]+\s+|\p{{L}}+-){{0,4}}?(?i:{roles})\b[^,.;:“”\"()\n]{{0,90}}"
    # "X, 67, said", "X, a medic, said", "X, from Y, said", "X, one of the leaders, said"
    described = (rf",\s+(?:\d{{1,3}}|(?:a|an|from|one\s+of)\s[^,;:“”\"()\n]{{1,100}})"
                 rf"(?:,\s+[^,;:“”\"()\n]{{1,80}})?,\s+(?:who\s+)?(?:also\s+)?(?:{verbs})\b")
    aged = r",\s+\d{1,3}(?:,\s|\.(?:\s|$))"  # "X, 67, said", "said one of them, X, 47."
    return {
        "appositive": re.compile(rf"(?P<name>{NAME}),\s+(?:(?:(?:then|now|once|formerly)\s+)?(?:the|a|an)\s+"
                                 rf"(?P<role>{appositive_role})"
                                 rf"|(?P<role2>{role_phrase}))"),
        "name_between_commas": re.compile(rf",\s+(?P<name>{NAME})(?:,|\.(?:\s|$))"),  # ", Jane Roe," / ", Jane Roe."
        "role_before": re.compile(rf"(?:^|(?<=[\s(]))(?P<role>(?:[Tt]he\s+)?{role_phrase})$"),
        # "Ambassador Ana Kelmendi", "Russian Ambassador to Serbia Alexander Botsan-Kharchenko"
        "title": re.compile(rf"(?P<role>(?:\p{{Lu}}[\p{{L}}’'-]+\s+){{0,2}}(?:{titles})"
                            rf"(?:\s+(?:to|in|for)\s+(?:the\s+)?\p{{Lu}}[\p{{L}}’'-]+)?)\s+"
                            rf"(?P<name>{_NAME_TOKEN}(?:\s+{_INITIAL}(?:{_PARTICLE}\s*)?{_NAME_TOKEN}){{0,3}})"),
        "title_word": re.compile(rf"(?:{titles})"),  # what every title match holds: far cheaper to look for first
        # "Minister of Energy and Natural Resources Alparslan Bayraktar": a title "of" a portfolio of up to five
        # capitalised words, then a name of two or three words that no capitalised word follows
        "title_of": re.compile(rf"(?P<role>(?:\p{{Lu}}[\p{{L}}’'-]+\s+){{0,2}}(?:{titles})\s+(?:of|for)\s+(?:the\s+)?"
                               rf"\p{{Lu}}[\p{{L}}’'-]+(?:(?:\s+and|,)?\s+\p{{Lu}}[\p{{L}}’'-]+){{0,4}})\s+"
                               rf"(?P<name>{_NAME_TOKEN}(?:\s+{_INITIAL}{_NAME_TOKEN}){{1,2}})"
                               rf"(?![\w’'-]|\s+\p{{Lu}}|\s+(?:and|on|of|for|&)\s)"),  # not "… Refining and Marketing"
        "role_noun_before": re.compile(rf"(?:\b[\p{{Ll}}-]+\s+)?\b(?:{roles_lower})\s+$"),
        "role_noun_name": re.compile(rf"(?P<role>(?:\b[\p{{Ll}}-]+\s+)?\b(?:{roles_lower}))\s+(?P<name>{NAME})\b"),
        # what every role_noun_name match contains: far cheaper to look for than trying a word before each word
        "role_noun_core": re.compile(rf"\b(?:{roles_lower})\s+{NAME}\b"),
        "said_name": re.compile(rf"\b(?:{after})\s+(?P<name>{NAME})"),
        "name_said": re.compile(rf"(?P<name>{NAME})\s+(?:also\s+)?(?:{verbs})\b"),
        # a surname alone before or after a speech verb ("Whelan said", "said Hartley."): a person where the text
        # names them in full with a given name (`_surnames_speaking`)
        "surname_said": re.compile(rf"(?<![\p{{L}}’'-])(?P<s>{_NAME_TOKEN})\s+(?:{verbs})\b"),
        "word_described": re.compile(rf"(?<![\p{{L}}’'-])(?P<s>{_NAME_TOKEN}){described}"),  # "Luan, a student, said"
        "said_surname": re.compile(rf"\b(?:{after})\s+(?P<s>{_NAME_TOKEN})(?![\p{{L}}’'-]|\s+\p{{Lu}})"),
        # "Jane Roe of Northtown Heights hugged her son", "Nikola Roe, from Novi Pazar, studied": a given name and
        # surname, "of" or "from" and a place or employer, then a verb (the first name word must be a given name
        # of data/given_names.yaml)
        "name_of": re.compile(rf"(?P<name>{NAME}),?\s+(?:of|from)\s+(?:the\s+)?(?P<place>(?:{_NAME_TOKEN}\s+){{0,3}}"
                              rf"(?:{_NAME_TOKEN}|\p{{Lu}}{{2,6}}(?![\w’'-]))),?\s+(?:also\s+)?(?:{verbs}|\p{{Ll}}{{2,}}ed|has|had|was|is|will)\b"),
        # "Nenad Roe opened the grill in 2011", "Tom Roe raises turkeys": a given name and surname before a past-tense
        # verb or a present one of data/people.yaml life_verbs (the first name word must be a given name of
        # data/given_names.yaml)
        "name_did": re.compile(rf"(?P<name>{NAME})\s+(?:also\s+)?(?:\p{{Ll}}{{2,}}ed|{life})\b"),
        # "Lena Roe, who researches security at the University of Graz, said": found from each ", who "; "Ivo
        # Roe, whose son served in Kosovo, said" too when the name's first word is a given name
        "who": re.compile(r",\s+who(?P<whose>se)?\s"),
        "who_said": re.compile(rf"[^,;:“”\"()\n]{{1,150}}(?:,[^,;:“”\"()\n]{{1,80}}){{0,2}},\s+(?:also\s+)?"
                               rf"(?:{verbs})\b"),
        "name_end": re.compile(rf"(?P<name>{NAME})$"),
        # "Dragica Jovanović, a 71-year-old pensioner from Zvečan, said" / "Shpresa Krasniqi, 67, said": an age or
        # a described person between commas, then a speech verb (or "who" and one: "…, a combat medic, who said")
        "described_said": re.compile(rf"(?<!\bof\s)(?<!\bthe\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bfor\s)"
                                     rf"(?P<name>{NAME}){described}"),
        # "Dragica Stanković, 64, had been waiting": a name with an age between commas is a person
        "aged": re.compile(rf"(?<!\bof\s)(?<!\bthe\s)(?P<name>{NAME}){aged}"),
        # "Valon Roe, a builder from Croydon, still remembers": a given name and surname described between commas,
        # then a verb (the first name word must be a given name of data/given_names.yaml, opening its sentence)
        "described_did": re.compile(rf"(?P<name>{NAME}),\s+(?:an?)\s[^,;:“”\"()\n]{{1,80}},\s+"
                                    rf"(?:(?:still|also|now|later|then)\s+)?(?:\p{{Ll}}{{2,}}(?:ed|s)|{life})\b"),
        # "Dren Roe, a 15-year-old from Pristina": a name described by an age alone is a person's
        "year_old": re.compile(rf"(?<!\bof\s)(?<!\bthe\s)(?P<name>{NAME}),\s+an?\s+\d{{1,3}}-year-old"
                               rf"(?=\s+(?:from|of|in|who|and)\b|[,.;])"),
        # what every described_said / aged match holds after the name: far cheaper to look for first
        "described_said_tail": re.compile(described),
        "aged_tail": re.compile(aged),
        # "Sir Alex Ferguson has called on …", "Mr Tony Blair": an honorific and a full name are a person
        "honorific_name": re.compile(rf"{_honorifics(extra=cues['name_honorifics'])}\s+(?P<name>{NAME})"),
        # a transcript's turn label: a name (and bracketed seat or party) before a colon at a paragraph's start
        "turn_label": re.compile(rf"(?m)^[^\S\n]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[^\S\n]+)?"  # "[00:01:10] "
                                 rf"(?P<name>{NAME})(?:[^\S\n]+\([^()\n]{{1,60}}\)){{0,2}}:[^\S\n]+\S"),
        "unit": re.compile(rf"\b(?:\d{{1,3}}(?:st|nd|rd|th)\s+(?:\p{{Lu}}[\p{{L}}-]+\s+){{0,3}}(?:{units})"
                           rf"|Regional Command\s+(?:East|West|North|South|Centre|Center))\b"),
    }


@lru_cache(maxsize=1)
def _stop_tokens() -> frozenset[str]:
    """Return capitalised words that cannot be part of a discovered person's name."""
    words = set(people_cues()["name_stopwords"]) | _title_words()
    for surface, entry in dictionary().items():
        if entry.type != "person" and " " not in surface:
            words.add(surface)
    return frozenset(words)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Return the words of the titles written before a name ("Secretary", "Minister", "General")."""
    return frozenset(w for t in people_cues()["titles"] for w in t.split())


@lru_cache(maxsize=1)
def _organisation_ends() -> frozenset[str]:
    """Return the last words of organisations' names that are no one's surname (data/people.yaml)."""
    return frozenset(people_cues().get("organisation_ends", []))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Return the one-word role nouns (data/lexicon.yaml role_nouns), lower case."""
    return frozenset(r.lower() for r in people_cues()["role_nouns"] if " " not in r)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Return the places whose names read like a person's (data/people.yaml place_names)."""
    return frozenset(people_cues().get("place_names", []))


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """Return the names and aliases of the news outlets in data/outlets.yaml (no person is called so)."""
    return frozenset(n for o in load("outlets")["outlets"] for n in [o["name"], *o.get("aliases", [])])


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Return the gender of each given name of data/given_names.yaml (a name in both lists has none)."""
    spec = load("given_names")
    out: dict[str, str] = {}
    for gender in ("female", "male"):
        for name in spec.get(gender, []) or []:
            key = str(name).lower()
            out[key] = gender if out.get(key, gender) == gender else ""
    return {k: v for k, v in out.items() if v}


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?”\"]\s+|\n\s*)$")  # nothing but a sentence's end before a name
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)[ \t]+$")  # an inverted sentence's subject follows
_INITIAL_TOKEN = re.compile(r"\p{Lu}\.")
_GIVEN_THEN_NAME = re.compile(r"(?<![\w-])(?P<given>\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(?:\p{Lu}\.[ \t]+)?"
                              r"(?P<next>\p{Lu}[\w’'-]+)")  # "John Smith", "John F. Kennedy"
# before a name that is an object, often a company's ("a venture with Martin Eby", "all of Page", "by Thomas Built")
_AFTER_PREPOSITION = re.compile(r"\b(?:with|of|by|from|for|at|to|in|on|into|the|an?)\s+$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w-])\p{Ll}[\w-]*")  # a word in small letters ("oil" beside "Walter Oil")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_NEXT_CAPITAL = re.compile(r"[ \t]+\p{Lu}")  # a capitalised word next: the given name opens another full name
_BODY_OF = re.compile(r"\b\p{Lu}[\p{L}’'-]*\s+(?:of|for)\s+$")  # "… Board of " / "… Office for " before a name


def clean_name(name: str) -> str | None:
    """Strip title and stop words from the ends of a candidate name, and role nouns from its start while two name
    words remain ("Executive Martin Sorrell"); None when fewer than two name words remain, when it ends like an
    organisation's ("Investors Service Inc", "York Stock Exchange", "Lehman Brothers") or when it is a place's
    ("Hong Kong", data/people.yaml place_names). A title inside keeps the words after it ("Treasury Secretary James
    A. Baker"), a title word after a given name is a surname ("Paul King"), and an initial that two name words
    follow ended a sentence ("Malcolm X. Attallah Shabazz")."""
    tokens = name.split()
    stops, ends = _stop_tokens(), _organisation_ends()
    lasts = set(tokens[-1:])  # the last word as found and, below, once stop words are stripped
    inits = [i for i, t in enumerate(tokens) if _INITIAL_TOKEN.fullmatch(t)]
    if inits and inits[-1] > 0 and len(tokens) - inits[-1] > 2 and tokens[inits[-1] - 1] not in stops:
        tokens = tokens[inits[-1] + 1:]  # "Malcolm X. Attallah Shabazz": a sentence ended at the initial
    dropped = []
    given_title = len(tokens) == 2 and tokens[0] in people_cues()["title_given_names"]  # "Emir Hadžić"
    while tokens and tokens[0] in stops and not given_title:
        dropped.append(tokens.pop(0))
    if dropped and tokens and tokens[0].endswith(".") and dropped[-1] not in _title_words():
        return None  # "E.D.And F. Man said": an initial after a stripped word starts no name ("Chairman J. Lee
        # Everett" does)
    # "said Paul King", "John Major": a title word after a given name is a surname
    titled = len(tokens) > 1 and tokens[-1] in people_cues()["title_surnames"] and (
        fold(tokens[-2]).lower() in given_names())
    while tokens and tokens[-1] in stops and not titled:
        tokens.pop()
    lasts.update(tokens[-1:])  # "First Savings Bank" ends like a company once "Bank" is stripped
    while len(tokens) > 2 and tokens[0].lower() in _role_words():
        tokens.pop(0)  # "(Chief) Executive Martin Sorrell", "(Vice) Premier Zhao Ziyang": the role, not the name
    inner = [i for i, t in enumerate(tokens[:-1] if titled else tokens) if t in _title_words()]
    if inner and len(tokens) - inner[-1] > 2:
        tokens = tokens[inner[-1] + 1:]  # "Treasury Secretary James A. Baker": the name after the title
    core = (tokens[:-1] if titled else tokens)[given_title:]  # the words that must not be stop words
    if len(tokens) < 2 or any(t in stops for t in core) or any(w.rstrip(".,") in ends for w in lasts):
        return None
    name = " ".join(tokens)
    return None if name in _place_names() else name


_SURNAME = re.compile(r"(?=\S*\p{Ll})[\p{Lu}][\w’'-]*[^\W\d_](?<![’']s)")  # "Blair", "O'Brien"; not "Blair's", "CFTC"


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Return the capitalised words that an honorific may stand before without naming a person ("Mr President")."""
    cues = people_cues()
    words = _title_words() | set(cues["name_stopwords"]) | _organisation_ends()
    return frozenset(words | {w.title() for w in _role_words()})  # and no company's last word: "Professor Enterprises"


def _honorifics(extra: tuple[str, ...] | list[str] = ()) -> str:
    """Return data/people.yaml's surname_honorifics (and `extra`) as a regex alternation, longest first, not inside
    a word."""
    words = sorted([*people_cues()["surname_honorifics"], *extra], key=len, reverse=True)
    return rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in words)})"


@lru_cache(maxsize=1)
def honorific_before() -> re.Pattern:
    """Compile the matcher of a surname honorific ending right before a word ("Mr ", searched up to a position)."""
    return re.compile(rf"{_honorifics()} $")


def surname_word(word: str) -> bool:
    """Tell whether one word may be a surname: capitalised, no title, role or stop word ("Holmes", not "Minister")."""
    return bool(_SURNAME.fullmatch(word)) and word not in _not_surnames() and word not in _stop_tokens()


@lru_cache(maxsize=1)
def honorific_surnames() -> re.Pattern:
    """Compile the matcher of a surname honorific and the capitalised word after it ("Mr Borg"; group "s": the word)."""
    return re.compile(rf"{_honorifics()}[^\S\n]+(?P<s>[\p{{Lu}}][\w’'-]+)"
                      rf"(?![\w’'-]|[^\S\n]+[\p{{Lu}}])")  # not "Dr Robert" of "Dr Robert (E.) Jones": a given name


def honorific_name(name: str) -> str | None:
    """Return "Mr Blair" for a surname alone after one of data/people.yaml's surname_honorifics (a person keyed by
    the surname, even where the word is also a nationality: "Mr Irish"); else None ("Mr President", "Sir Digby")."""
    tokens = name.split()
    if len(tokens) != 2 or tokens[0] not in people_cues()["surname_honorifics"]:
        return None
    surname = tokens[1]
    if not _SURNAME.fullmatch(surname) or surname in _not_surnames():
        return None
    return f"{tokens[0]} {surname}"


def clean_role(role: str) -> str | None:
    """Normalise a role phrase: single spaces, no leading function words ("In Turkish Ambassador")."""
    tokens = role.split()
    while len(tokens) > 1 and (tokens[0].lower() in _ROLE_LEAD or (
            tokens[0].islower() and tokens[0].endswith(("ed", "ing")) and tokens[0] not in _ROLE_KEEP)):
        tokens.pop(0)  # "thanked director", "including captain" → "director", "captain"
    return " ".join(tokens).strip(" ,") or None


_WORD_BEFORE = re.compile(r"[\p{Ll}-]*\s*$")  # a lower-case word (or none) and the spaces before a place


def _word_start(text: str, end: int, floor: int) -> int:
    """Return where the lower-case word before the spaces before `end` starts (at `end` when there is none), no
    earlier than `floor`."""
    lo = end
    while True:
        lo = max(floor, lo - 64)
        start = _WORD_BEFORE.search(text, lo, end).start()
        if start > lo or lo == floor:  # the word starts inside the window: no need to look further back
            return start


def role_noun_names(text: str) -> Iterator[re.Match]:
    """Yield what role_noun_name's finditer would ("police sergeant Ardit Veseli"), searching only from the word
    before each role_noun_core match: every match holds one, its optional word stands right before it, and trying
    a word before every word of a text is what costs."""
    rx = discovery_regexes()
    core, full, pos = rx["role_noun_core"], rx["role_noun_name"], 0
    while (c := core.search(text, pos)) is not None:
        m = full.search(text, _word_start(text, c.start(), pos))
        if m is None:
            return
        yield m
        pos = m.end()


def discover_people(text: str, labelled: frozenset[int] = frozenset()) -> dict[str, dict]:
    """Find named people with a role or an attribution; return {surname key: {name, role}} (first, fullest name).

    `labelled`: where a turn label written in capitals starts (one such label names its speaker)."""
    found: dict[str, dict] = {}
    rx = discovery_regexes()

    outlets = _outlet_names()

    def note(name: str | None, role: str | None) -> None:
        if not name or name in outlets:  # "told Yeni Şafak": a newspaper, not a person
            return
        key = person_key(name)
        if len(key) < 2:
            return
        cur = found.setdefault(key, {"name": name, "role": None})
        if len(name) > len(cur["name"]) and name.endswith(cur["name"].split()[-1]):
            cur["name"] = name
        if role and not cur["role"]:
            cur["role"] = clean_role(role)

    for m in rx["appositive"].finditer(text):
        note(clean_name(m.group("name")), m.group("role") or m.group("role2"))
    for m in rx["name_between_commas"].finditer(text):  # "The OSCE envoy in Skopje, Lena Marwick, said"
        before = rx["role_before"].search(text, max(0, m.start() - 120), m.start())
        if before and (name := clean_name(m.group("name"))) == m.group("name"):
            note(name, before.group("role"))  # not ", Admiral Stuart B. Munsch,": the title is the role
    for key in ("title", "role_noun_name"):  # "Ambassador Ana Kelmendi", "police sergeant Ardit Veseli"
        if key == "title" and not rx["title_word"].search(text):
            continue  # no title word, no title match
        for m in rx[key].finditer(text) if key == "title" else role_noun_names(text):
            name = clean_name(m.group("name"))
            role = m.group("role")
            if key == "title" and (noun := rx["role_noun_before"].search(text, max(0, m.start() - 60), m.start())):
                role = noun.group() + role  # "ministry spokesperson Rear Admiral Zeki Aktürk"
            elif key == "title" and role in people_cues()["surname_honorifics"] and text.endswith(", ", 0, m.start()) \
                    and (before := rx["role_before"].search(text, max(0, m.start() - 122), m.start() - 2)):
                role = before.group("role")  # "the programme's coordinator, Dr. Murat Roe,": the role, not "Dr."
            if name is None and key == "title" and (known := dictionary().get(m.group("name"))) is not None and (
                    known.type == "person"):
                name = known.name  # "Secretary Roe": a known person by surname, the title their role here
            if key == "title" and name and " for " in role and (
                    name != m.group("name") or not _given_first(name)):
                continue  # "Minister for Defence Jana Roe", not "MP for Northtown Upper Vale" (a place) nor
                # "State Secretary for Foreign Trade Ivo Van Der Roe" (cut at four words)
            note(name, role if name else None)
    if (" of " in text or " for " in text) and rx["title_word"].search(text):
        for m in rx["title_of"].finditer(text):  # "Minister for Europe and Foreign Affairs Igli Roe"
            if " for " in m.group("role") and not _given_first(m.group("name")):
                continue  # not "MP for Northtown Upper Vale" (a constituency)
            note(clean_name(m.group("name")), m.group("role"))
    of_people = ([m for m in rx["name_of"].finditer(text) if _given_first(m["name"])]
                 if " of " in text or " from " in text else [])
    places = {m.start("place") for m in of_people}
    for key in ("said_name", "name_said", "described_said", "aged"):
        if key in ("described_said", "aged") and not rx[f"{key}_tail"].search(text):
            continue  # no name can stand before what follows it
        for m in rx[key].finditer(text):
            if key == "name_said" and (m.start() in places or _body_name_end(text, m) or _paper_writes(text, m)):
                continue  # "Jane Roe of Northtown Heights said": the place she is from is no person
            note(clean_name(m.group("name")), None)
    for m in of_people:
        note(clean_name(m.group("name")), None)
    for m in rx["name_did"].finditer(text):
        if _given_first(m.group("name")):
            note(clean_name(m.group("name")), None)
    for m in rx["year_old"].finditer(text) if "-year-old" in text else ():
        note(clean_name(m.group("name")), None)
    for m in rx["described_did"].finditer(text) if ", a" in text else ():
        if _given_first(m.group("name")) and _OPENS_SENTENCE.search(text, max(0, m.start() - 3), m.start()):
            note(clean_name(m.group("name")), None)
    for m in rx["honorific_name"].finditer(text):
        note(clean_name(m.group("name")), None)
    for w in rx["who"].finditer(text):
        m = rx["name_end"].search(text, max(0, w.start() - 60), w.start())
        if m and ((_given_first(m.group("name")) and (
                _OPENS_SENTENCE.search(text, max(0, m.start() - 3), m.start())
                or _COPULA_BEFORE.search(text, max(0, m.start() - 6), m.start())))  # "Among them was Jana Roe, who"
                  or (rx["who_said"].match(text, w.end()) and not w.group("whose"))):
            note(clean_name(m.group("name")), None)  # "Lena Roe, who researches …, said"; "Aylin Roe, who is 11, …"
            # opening its sentence (not "Vickery spoke with prop David Barnes, who …": an object draws pronouns)
    for name in _turn_speakers(text, rx["turn_label"], labelled):
        note(name, None)
    for name in _surnames_speaking(text, rx, found):
        note(name, None)
    return found


def _surnames_speaking(text: str, rx: dict[str, re.Pattern], found: dict[str, dict]) -> list[str]:
    """Return the full names ("Declan Whelan") whose surname alone speaks later ("Whelan said", "said Hartley"):
    the full name's first word a given name of data/given_names.yaml, written anywhere in the text; and those whose
    given name alone speaks ("Milica said", "Luan, a student, said": `_bears_given_name`)."""
    keys = ("surname_said", "said_surname") + (("word_described",) if rx["described_said_tail"].search(text) else ())
    speaking = {m["s"] for key in keys for m in rx[key].finditer(text)}
    words = {w for w in speaking if person_key(w) not in found and surname_word(w)}
    firsts = {w for w in speaking if _given_first(w)}  # "Milica said": a given name alone speaks
    if not words and not firsts:
        return []
    given: dict[str, str] = {}  # the first known given name written before each such surname ("Whelan" -> "Declan")
    # read once for the given-name path: the surnames after an honorific ("Mr Howard"), the text's lower-case words
    surnamed = {h["s"] for h in honorific_surnames().finditer(text)} if firsts else set()
    lowered = set(_LOWER_WORD.findall(text)) if firsts else set()
    for m in _GIVEN_THEN_NAME.finditer(text, overlapped=True):  # "Singer George Michael": "George Michael" too
        if m["next"] in words and m["next"] not in given and _given_first(m["given"]):
            given[m["next"]] = m["given"]
        elif m["given"] in firsts and m["next"] not in given and _bears_given_name(text, m, found, surnamed, lowered):
            given[m["next"]] = m["given"]  # "Milica Radović grew up …; "…," Milica said": her full name
            firsts.discard(m["given"])
    return [name for word in sorted(given) if (name := clean_name(f"{given[word]} {word}")) is not None]


def _bears_given_name(text: str, m: re.Match, found: dict[str, dict], surnamed: set[str], lowered: set[str]) -> bool:
    """Tell whether a given name and the word after it (`_GIVEN_THEN_NAME`) name a person not found yet: not a
    company's name after a preposition or before another capitalised word ("with Martin Eby", "Sharon Steel Corp"),
    not when the given name is someone's surname (in `surnamed`: "Mr Howard") or the next word a word of the text
    (in `lowered`: "Walter Oil" beside "oil")."""
    nxt = m["next"]
    return (surname_word(nxt) and person_key(nxt) not in found and not _given_first(nxt)
            and person_key(m["given"]) not in found and m["given"] not in surnamed and nxt.lower() not in lowered
            and not _AFTER_PREPOSITION.search(text, max(0, m.start() - 8), m.start())
            and not _NEXT_CAPITAL.match(text, m.end()))


def _body_name_end(text: str, m: re.Match) -> bool:
    """Tell whether two capitalised words before a verb end a body's name ("The Minnesota Board of Animal Health
    says", "The Prosecutor's Office for Organized Crime said"), not a person's ("Jane Roe said")."""
    return (len(m["name"].split()) == 2 and not _given_first(m["name"])
            and _BODY_OF.search(text, max(0, m.start() - 40), m.start()) is not None)


def _paper_writes(text: str, m: re.Match) -> bool:
    """Tell whether a name before "writes"/"wrote" may be a newspaper's ("Večernje Novosti writes") (data/lexicon.yaml
    paper_verbs)."""
    verb = " ".join(m.group()[m.end("name") - m.start():].split())
    return verb in _paper_verbs() and may_be_paper(text, m.start(), m["name"])


def may_be_paper(text: str, start: int, name: str) -> bool:
    """Tell whether a name of two or more words at `start` may be a newspaper's: no word but its last is a known given
    name ("Justice Byron Roe wrote" is a person) and no role noun or title stands before it ("columnist Petrit Roe
    writes", "Journalist Guillem Roe writes")."""
    words = name.split()
    if len(words) < 2 or any(_given_first(w) for w in words[:-1]):
        return False
    before = text[max(0, start - 30):start].split() + words[:1]
    return not any(w.lower() in _role_nouns_lower() for w in before[-2:])


@lru_cache(maxsize=1)
def _role_nouns_lower() -> frozenset[str]:
    """Return the one-word role nouns and titles in lower case ("journalist", "justice")."""
    cues = people_cues()
    return frozenset(r.lower() for r in [*cues["role_nouns"], *cues["titles"]] if " " not in r)


@lru_cache(maxsize=1)
def _paper_verbs() -> frozenset[str]:
    """Return the speech verbs a newspaper is as often the subject of as a person."""
    return frozenset(word_list("paper_verbs"))


def _given_first(name: str) -> bool:
    """Tell whether a name's first word is a given name of data/given_names.yaml ("Jane Roe", not "Dallas Roe")."""
    return fold(name.split()[0]).lower() in given_names()


def _turn_speakers(text: str, label: re.Pattern, labelled: frozenset[int] = frozenset()) -> list[str]:
    """Return the people a transcript names in its turn labels: a full name opening two or more paragraphs before a
    colon ("Mira Roe: …", "Jana Roe (Northtown West) (Lab): …"), or one in capitals ("MIRA ROE: …"), its first
    word a known given name (a heading such as "Key Points:" names nobody)."""
    counts: Counter = Counter()
    for m in label.finditer(text):
        counts[m.group("name")] += TURN_LABELS if m.start("name") in labelled else 1
    names = given_names()
    out = []
    for name, n in counts.items():
        first = fold(name.split()[0]).lower()
        if n >= TURN_LABELS and first in names and (cleaned := clean_name(name)) == name:
            out.append(cleaned)
    return out


def _is_government(text: str, start: int, end: int) -> bool:
    """Tell whether a capital city stands for its government here ("Belgrade refuses") rather than the place."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 20]
    if _LOCATIVE.search(before):
        return False
    return not re.match(r"(?:,\s*\p{Lu}|-based|\s+(?:headquarters|airport|office|court|municipality|city))", after)


def _is_word_char(ch: str) -> bool:
    """Tell whether a character is a regex word character (\\w: letter, digit or underscore)."""
    return ch.isalnum() or ch == "_"


def find_forms(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Find whole-word occurrences of `forms` (not after a hyphen), non-overlapping, the longest at each start.

    The same spans as `(?<![\\w-])(?:form|…)(?!\\w)` scanned with finditer, without compiling a pattern per article.
    """
    longest: dict[int, int] = {}
    for form in forms:
        i = text.find(form)
        while i >= 0:
            j = i + len(form)
            if (i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] == "-")) and \
                    (j == len(text) or not _is_word_char(text[j])) and j > longest.get(i, -1):
                longest[i] = j
            i = text.find(form, i + 1)
    out: list[tuple[int, int]] = []
    for i in sorted(longest):
        if not out or i >= out[-1][1]:
            out.append((i, longest[i]))
    return out


class Spans:
    """Non-overlapping character spans, with a logarithmic overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Record a span (spans never overlap each other)."""
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether [start, end) overlaps a recorded span."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start


def capital_names(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Return `text` with speaker names written in capitals at a paragraph's start in title case (same length), and
    their spans; only a person may be found there ("UNITED NATIONS, New York" names no one)."""
    spans: list[tuple[int, int]] = []
    out = text
    for start, end in sorted({(m.start(), m.end()) for rx in (_CAPS_NAME, _CAPS_LABEL) for m in rx.finditer(text)}):
        titled = text[start:end].title()
        if len(titled) == end - start and not (spans and start < spans[-1][1]):
            out = out[:start] + titled + out[end:]
            spans.append((start, end))
    return out, spans


def _named_surnames(text: str, rows: list[dict], table: dict[str, Entry]) -> dict[str, Entry]:
    """Return {surname: entry} for the dictionary people an article names in full whose surname alone is no alias
    ("Prime Minister Edi Rama … Rama said"): once the full name is there, the bare surname is that person, as for
    the people `discover_people` finds. Never a surname that is itself a dictionary form or a stop word."""
    out: dict[str, Entry] = {}
    stops = _stop_tokens()
    for r in rows:
        form = text[r["start"]:r["end"]]
        if r["actor_type"] != "person" or " " not in form or form not in table:
            continue
        entry = table[form]
        keyed = [w for w in form.split() if person_key(w) == entry.id]
        last = keyed[0] if keyed else form.split()[-1]  # "Zhang Jun" (id zhang): the family name comes first
        if last not in table and last not in stops and len(person_key(last)) >= 2:
            out.setdefault(last, entry)
    return out


def _namesakes(text: str, people: dict[str, dict], dict_people: dict[str, Entry]) -> dict[str, dict]:
    """Return {key: info} for the people an article names in full who share a dictionary person's surname but not
    their given name ("Finance Minister Gerhard Stoltenberg" is not Jens Stoltenberg): there the bare surname is the
    namesake, unless the article also names the dictionary person in full."""
    out: dict[str, dict] = {}
    for key, info in people.items():
        entry = dict_people.get(key)
        if entry is None:
            continue
        given = [fold(w).lower() for w in info["name"].split()[:-1] if not w.endswith(".")]
        known = _given_forms(entry.id)
        if given and not any(g.startswith(k) or k.startswith(g) for g in given for k in known) and not any(
                f in text for f in _full_forms(entry.id)):
            out[key] = info  # "Jeff Hovenier" is Jeffrey Hovenier, "Mevlut Cavusoglu" Mevlüt Çavuşoğlu
    return out


@lru_cache(maxsize=512)
def _full_forms(actor_id: str) -> tuple[str, ...]:
    """The dictionary forms of a person that hold more than a surname ("Jens Stoltenberg")."""
    return tuple(f for f, e in dictionary().items() if e.id == actor_id and " " in f)


@lru_cache(maxsize=512)
def _given_forms(actor_id: str) -> frozenset[str]:
    """Folded lower-case words of a dictionary person's forms before the surname ("jens")."""
    return frozenset(fold(w).lower() for f in _full_forms(actor_id) for w in f.split()[:-1])


def find_mentions(doc: ArticleDoc) -> list[dict]:
    """Return the actor mentions of one article, ordered by offset, people resolved to one actor per article."""
    text, caps = capital_names(doc.text)
    table = dictionary()
    rows: list[dict] = []
    taken = Spans()
    people = discover_people(text, frozenset(start for start, _ in caps))
    dict_people = entries_by_id("person")
    countries = entries_by_id("country")
    namesakes = _namesakes(text, people, dict_people)

    def emit(start: int, end: int, actor: str, actor_id: str, kind: str, country: str | None, role=None) -> None:
        rows.append({"article_id": doc.article_id, "sentence_id": doc.sentence_of(start), "start": start, "end": end,
                     "text": doc.text[start:end], "actor": actor, "actor_id": actor_id, "actor_type": kind,
                     "country": country, "role": role})
        taken.add(start, end)

    for m in alias_regex().finditer(text):
        entry = table[m.group()]
        if caps and entry.type != "person" and any(s <= m.start() < e for s, e in caps):
            continue
        if entry.type != "person" and honorific_before().search(text, max(0, m.start() - 12), m.start()):
            continue  # "Mr Irish", "Mr German": a person's surname, not the nationality
        if entry.type in ("country", "place") and _in_compound(text, m.start(), m.end()):
            continue  # "Kosovo Avenue", "the Battle of Kosovo": another thing's name
        if entry.capital_of:
            if _is_government(text, m.start(), m.end()):
                country = countries[entry.capital_of]
                emit(m.start(), m.end(), country.name, country.id, "country", country.id)
            else:
                emit(m.start(), m.end(), entry.name, entry.id, "place", entry.country)
            continue
        if entry.id in namesakes and entry.type == "person":
            continue  # "Gerhard Stoltenberg … Stoltenberg said": found below as the person the text names
        role = people.get(entry.id, {}).get("role") if entry.type == "person" else None
        country = entry.country if entry.type != "group" else None
        emit(m.start(), m.end(), entry.name, entry.id, entry.type, country, role)

    surnames = _named_surnames(text, rows, table)
    for start, end in find_forms(text, surnames) if surnames else ():
        if not taken.overlaps(start, end):
            entry = surnames[text[start:end]]
            emit(start, end, entry.name, entry.id, "person", entry.country, people.get(entry.id, {}).get("role"))

    new_people = {k: v for k, v in people.items() if k not in dict_people or k in namesakes}
    stop_surnames = {}  # "Theresa May": "May" alone is the month; "Mrs May" is found with its honorific below
    if new_people:
        forms = {}
        for key, info in new_people.items():
            forms[info["name"]] = key
            if (surname := info["name"].split()[-1]) in _stop_tokens():
                stop_surnames.setdefault(surname, key)
            else:
                forms.setdefault(surname, key)
        for start, end in find_forms(text, forms):
            if taken.overlaps(start, end):
                continue
            info = new_people[forms[text[start:end]]]
            emit(start, end, info["name"], forms[text[start:end]], "person", None, info["role"])

    for start, end, x in _given_name_mentions(text, rows, taken):
        emit(start, end, x["actor"], x["actor_id"], "person", x["country"], x["role"])

    for m in honorific_surnames().finditer(text):  # "Mr Borg met the president": a person the text never names in full
        if taken.overlaps(m.start("s"), m.end("s")):
            continue
        if (name := honorific_name(m.group())) is not None:
            emit(m.start("s"), m.end("s"), name, person_key(name), "person", None)
        elif (key := stop_surnames.get(m.group("s"))) is not None:
            info = new_people[key]
            emit(m.start("s"), m.end("s"), info["name"], key, "person", None, info["role"])

    for m in discovery_regexes()["unit"].finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            emit(m.start(), m.end(), m.group(), m.group(), "unit", None)
    gone = collided(text)
    rows = [r for r in rows if r["actor_id"] not in gone]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _given_name_mentions(text: str, rows: list[dict], taken: Spans) -> list[tuple[int, int, dict]]:
    """Find a lone given name after its bearer was named in full ("Ana Petrović, a nurse, …" … "Ana said"): the one
    person named so with that given name of data/given_names.yaml, never before the full name nor before another
    capitalised word ("Ana Brnabić")."""
    owners: dict[str, dict[str, dict]] = {}
    for r in rows:
        words = str(r["text"]).split()
        if (r["actor_type"] == "person" and len(words) > 1 and words[0] not in _stop_tokens()
                and fold(words[0]).lower() in given_names()):
            bearers = owners.setdefault(words[0], {})
            if r["actor_id"] not in bearers or r["start"] < bearers[r["actor_id"]]["start"]:
                bearers[r["actor_id"]] = r  # the earliest full name: a lone given name counts only after it
    if not owners:
        return []
    followers: dict[str, set[str]] = {}  # the words after each given name in the text ("John" -> {"Gieve", "Smith"})
    for m in _GIVEN_THEN_NAME.finditer(text):
        if m["given"] in owners:  # "Caleb Hill's rotation": Hill
            followers.setdefault(m["given"], set()).add(_POSSESSIVE_END.sub("", m["next"]))
    unique = {}
    for g, ids in owners.items():
        x = next(iter(ids.values()))
        if len(ids) == 1 and followers.get(g, set()) <= {str(x["text"]).split()[-1]}:
            unique[g] = x  # one bearer, and no other "John X" anywhere in the text
    out = []
    for start, end in find_forms(text, unique) if unique else ():
        x = unique[text[start:end]]
        if (start > x["start"] and not taken.overlaps(start, end) and not _NEXT_CAPITAL.match(text, end)
                and not honorific_before().search(text, max(0, start - 12), start)):
            out.append((start, end, x))  # not "Mr Howard": a surname, not Howard Roe's given name
    return out


@lru_cache(maxsize=1)
def _compounds() -> tuple[re.Pattern, re.Pattern]:
    """Compile what stands after or before a place's name inside another name (data/compounds.yaml)."""
    spec = load("compounds")
    return re.compile("|".join(spec["after"])), re.compile(rf"(?:{'|'.join(spec['before'])})")


def _in_compound(text: str, start: int, end: int) -> bool:
    """Tell whether a country's or place's name at [start, end) is part of a street's or battle's name."""
    after, before = _compounds()
    return after.match(text, end) is not None or before.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=1)
def _collisions() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Compile each actor's collision markers and anchors (data/collisions.yaml)."""
    spec = load("collisions")
    return {aid: (re.compile("|".join(v["markers"])), re.compile("|".join(v["anchors"]))) for aid, v in spec.items()}


def collided(text: str) -> frozenset[str]:
    """Return the actors whose name the text uses for something else: one of the actor's collision markers ("KFOR
    4 News", "turkey growers") and none of its anchors ("Kosovo", "NATO"; "Ankara", "Turkish")."""
    return frozenset(aid for aid, (markers, anchors) in _collisions().items()
                     if markers.search(text) and not anchors.search(text))
