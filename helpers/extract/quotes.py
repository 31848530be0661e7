"""Who said what: quotation spans with their speaker, speech cue and kind (direct, partial, continuation).

Quotation marks are paired paragraph by paragraph with precompiled regular expressions (an unclosed quotation is
closed at the end of its paragraph). The speaker comes from the attribution next to the quotation (a name, a
pronoun, a role noun such as "the analyst", or "the statement"), resolved against `doc.mentions`; a quotation
without attribution inherits the speaker of the quotation before it. Word lists live in data/quotes.yaml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import load, word_list
from .actors import (
    capital_of,
    clean_name,
    dictionary,
    entries_by_id,
    fold,
    given_names,
    honorific_before,
    honorific_name,
    may_be_paper,
    office_holder,
    people_cues,
    person_key,
    surname_word,
)
from .document import ArticleDoc
from .patterns import LOWER, UPPER, first_letter, trie_pattern
from .segment import abbreviations, blocks

MIN_SCORED_WORDS = 6
VOICE = "spokesperson"  # the role of a Ref to a body that an unnamed spokesperson speaks for
ASKER = "asker"  # the role of a Ref to whoever asks the one in focus a question ("Roe was asked by a journalist:")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_READ_OUT = re.compile(r"\s+(?:out|aloud)\b")
_DQ_MARK = re.compile(r'["“”«»„]')
_SQ_OPEN = re.compile(r"(?<![\w’‘'])[‘'](?=[^\W\d_])")
_SQ_CLOSE = {"‘": re.compile(r"(?<=[^\s‘])’(?!\w)"), "'": re.compile(r"(?<=[\w.,!?…])'(?!\w)")}
_OPENERS = "“«„"
_CLOSERS = "”»"
# pictographs and bullets a post or live page sets before a sentence ("🔴 Serbian President X addressed …"); a
# thread's post numbers ("7/ Kurti, unsurprisingly, was delighted.") are allowed there too
_EMOJI = "[\u2022\u203c\u2049\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
_OF_MEDIUM = re.compile(r"\s+(?:of|at|from|for|with)")
_UNNAMED = re.compile(r"(?:unnamed|anonymous|unidentified)\b", re.I)
_ASKED_BY = re.compile(r"\s+by\s+(?P<agent>(?P<indefinite>(?:an?|one)\s)?)")
_LEAD = re.compile(r"[\s,.;:!?—–-]*")
_LEAD_TITLES = re.compile(r"[\s,.;:!?—–(-]*")
_APPOS = re.compile(r"\s*,[^\"“”«»\n]{2,200},")
_TERMINAL = re.compile(r"[.!?:;…][\"“”’'»)\]]*\s*$")
_APPOS_AFTER = re.compile(r",\s*((?:an?|the|its|his|her)\s[^\"“”«»,\n;]{2,120}?)(?=[,.;]|$)")
_COLON_NEXT = re.compile(r"[^.;!?\"“”«»]{0,40}:\s*$")
# up to four words before a name, and abbreviated titles with their stop: "Pentagon press secretary Brig. Gen."
_DESCRIPTORS = re.compile(r"(?:(?:[A-Z][a-z]{1,4}\.\s+)*(?:an?|the|[\w’'-]+)\s+){0,4}(?:[A-Z][a-z]{1,4}\.\s+)*")
# "the spokesperson for the police in the north, " before the name
_DESCRIBED_COMMA = re.compile(r"(?:(?:an?|the|[\w’'-]+)\s+){0,8}[\w’'-]+,\s+")
_DESCRIBED_COMMA_NEW_SENTENCE = re.compile(r"(?:(?:an?|the|[\w’'-]+)\s+){0,4}[\w’'-]+,\s+")
_SENT_CUT = re.compile(r"[.!?…][\"”’»)]*(?:\s+|$)")
# a middle initial: a given name, one capital and its stop, then the surname and no further name word ("Edward E.
# Lucente, an IBM vice president, said"; not "the activist Malcolm X. Attallah Shabazz said")
_INITIAL_BEFORE = re.compile(rf"(?<![\w.])[{UPPER}][{LOWER}’'-]+[^\S\n]+[A-Z]$")
_SURNAME_AFTER = re.compile(rf"[^\S\n]+[{UPPER}][{LOWER}’'-]+(?![^\S\n]+[{UPPER}][{LOWER}])")
_INDEF_PREPS = "of|for|at|with|in|from|to"
_CAP_TAIL = re.compile(rf"(?:[’']s)?(?:[ \t]+[{UPPER}][\w-]*)*")
_NAME_OF_ORG = re.compile(rf"(?:^|[\s(])(?P<name>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{1,2}})\s+(?:of|at|from)\s+"
                          rf"(?:the\s+)?[{UPPER}][^,;:\"“”]{{2,80}},\s*(?:an?|the)\s+[^,;:\"“”]{{2,60}},?$")
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
# a person's place or body in capitals after "of"/"at"/"from", nothing else before the cue ("Lord Faulkner of
# Worcester", "Chuck Fields of the American Farm Bureau Federation")
_OF_PLACE = re.compile(_OF_ORG.pattern
                       + rf"[{UPPER}][\w’'&.-]*(?:\s+(?:[{UPPER}][\w’'&.-]*|of|and|for|&)){{0,6}}\s*,?\s*")
_IN_CAPITAL = re.compile(rf"\s+in\s+(?P<place>[{UPPER}][\w’'-]+)")
_NAME_PARTICLES = "de|van|von|der|den|da|di|du|al|bin|el|la|le"  # "Mr Van de Vijver"
_SPEAKER_LABEL = re.compile(r"[^.:;\"“”]{0,60}:\s")  # a name opening a transcript's speaker label
# a transcript's turn label at a paragraph's start: "ROE (through interpreter):", "GEN. ROE:", "Jana Roe:"
_TURN_LABEL = re.compile(r"[^\S\n]*(?P<label>(?:[^\W\d_][\w’'.-]*[^\S\n]+){0,4}[^\W\d_][\w’'-]*)"
                         r"(?:[^\S\n]*\([^()\n]{1,40}\))?:[^\S\n]")
_LABEL_CHARS = 90  # the longest line that may be a label over a quotation ("Jane Roe, architect, Pristina:")
_SENTENCE_STOP = re.compile(r"\b[a-z]{4,}[.!?]\s")  # a sentence's end in a line, not a title's ("Prof. Dr. Roe:")
_COLON_END = re.compile(":")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")  # the word right before a mention
_APPOS_COMMA = re.compile(rf",\s+(?:[{UPPER}][\w.’'-]*\s+){{0,4}}")
_CLAUSE_BREAK = re.compile(r"[;:“”\"«»()]|[.!?]\s|,\s+(?:and|but|while|whereas|as|although)\b"
                           r"|\s(?:but|while|whereas)\s")
_ORG_PHRASE = re.compile(r"(?:[’']s)?((?:[ \t]+[\w-]+){1,4})")
# closed by a comma or the sentence's end: no next clause ("Srpska Lista, the largest Kosovo Serb party.");
# "Nato's mission in Northland, NORFOR,"
_NOUN_BEFORE_NAME = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|[’']s)\s+(?:[\w’'-]+\s+){0,4}?([a-z][\w-]*)"
                               rf"(?:\s+(?:in|of|for)\s+[{UPPER}][\w-]*)?,\s+$")
_ORG_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+([^,;.:\"“”]{1,60})(?:,|\.(?:\s|$))")
_THE = re.compile(r"\s*the\s+")
_KNIGHT = re.compile(rf"(?:Sir|Dame)\s+(?P<given>[{UPPER}][\w’'-]+)")  # "Sir Howard": a given name after the title
_FIRST_PERSON_SUBJECT = re.compile(r"\s*(?:[A-Z][\w ,]{0,40},\s+)?(?:I|We)\s")  # "I met", "Last week, we met"
_RELATIVE_TAIL = re.compile(r",\s+(?:which|who|whose)\s(?:[^,;:“”\"]|,(?=\d)){1,120},\s*$")  # "X, which guards …, said"
_BODY_NAME_REST = re.compile(rf"(?:\s+(?:of|for|and|in)?\s*(?:the\s+)?[{UPPER}][\w-]*)*\s*(?:has\s+|had\s+)?")
_SUBORDINATE = re.compile(r"\b(?:when|while|whilst|because|although|though|if|unless|until|who|whom|which|whose)\b",
                          re.I)  # "… that Brando, when he sported a moustache and asked: “…”": Brando's clause
_MODIFIER_AFTER = re.compile(r"\s+[a-z]+\s+[A-Z]")  # a country naming what follows: "US behemoth General Electric"
_CONTRAST = re.compile(r"[,;]?\s*(?:while|whereas|but)\s", re.I)  # a new clause after a quotation: "…”, while X said"
_AND_CLAUSE = re.compile(r"[,;]?\s*and\s", re.I)  # "…”, and Y said": a new clause with its own subject
_PLACE_PREPOSITION = re.compile(r"\s+(?:in|at)\s+$")
JUDICIAL_REACH = 4000  # characters before a court's words searched for the court the text placed
_GENDER_PARAS = 4  # how many paragraphs back "she" looks for a woman when the person in focus is a man
_WHO_BEFORE = re.compile(r",\s+who\s+(?:also\s+)?$")  # the cue of a relative clause: its antecedent speaks
_COORDINATED = re.compile(r"\s(?:and|but)\s+$")  # a cue that shares the main clause's subject: "… and said"
_ROLE_BEFORE_ABBR = re.compile(r",\s+[^,;:\"“”«»()]{2,120}?\s*")  # "X, the Special Representative " before "(SRSG)"
_DATELINE = re.compile(rf"[{UPPER}][{UPPER} ./’'-]{{2,40}}(?:,[^,–—\n]{{1,30}})?\s+[–—-]+\s+")  # "TIRANA, June 15 – "
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")  # "Chad's Paris embassy": Paris is where the embassy is
_NAME_REST = re.compile(r"(?:-[\w-]+)?")  # what may follow a person's mention inside a name: "-Schwarz"
# a name of two to four capitalised words, a comma and what describes it, up to a cue: "Rob McIvor, FSA spokesman,"
_NAME_DESCRIBED = re.compile(rf"(?P<name>[{UPPER}][\w’'-]+(?:\s+(?:[{UPPER}]\.|[{UPPER}][\w’'-]+)){{1,3}}),"
                             r"(?P<role>[^\"“”«»;:\n]{2,150}?),?\s*$")
_MODIFIER_HYPHEN = re.compile(r"-[a-z]")  # a name as the first part of a compound: "NATO-led", "EU-brokered"
_DETERMINED = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne)\s")  # a subject phrase opened by a determiner, not by a name
_BY_AGENT = re.compile(r"\b[a-z]+(?:ed|en)\s+by\s+$")  # "the Office, led by X, said": X is not the subject

SHARED_LISTS = ("speech_verbs", "role_nouns", "person_pronouns", "org_pronouns", "subject_pronouns",
                "third_person_pronouns", "statement_nouns", "object_verbs", "paper_verbs")  # from data/lexicon.yaml


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: actor id, canonical name, role and actor type."""

    actor_id: str | None
    name: str | None
    role: str | None
    actor_type: str | None


@dataclass
class Ref:
    """An attribution phrase before resolution: kind is mention|pronoun|role|org|statement|name."""

    kind: str
    value: object
    start: int
    role: str | None = None
    country: str | None = None  # the nationality a role noun carries ("the Xish diplomat"): that country's person


@dataclass
class _Quote:
    """One quotation span found by the mark scanner (mark positions and inner text offsets)."""

    mo: int
    qs: int
    qe: int
    mc: int | None
    para: int


def _words(spec: dict, key: str) -> list[str]:
    """Return the lower-cased entries of one YAML list, longest first."""
    return sorted({str(w).lower() for w in spec.get(key, []) or []}, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    """Build a regex alternation of words (multiword entries match any whitespace)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Load data/quotes.yaml and compile the cue, pronoun and role-noun patterns once."""
    spec = {**load("quotes"), **{k: word_list(k) for k in SHARED_LISTS}}
    lex = {k: _words(spec, k) for k in spec if isinstance(spec[k], list)}
    roles, orgs, stmts = lex["role_nouns"], lex["org_nouns"], lex["statement_nouns"]
    nouns = _alt(sorted(set(roles + orgs + stmts + lex["media_nouns"]), key=len, reverse=True))
    adverbs = _alt(lex["adverbs"])
    kin = rf"(?:[\w’'-]+\s+)?(?:{_alt(lex['kin_nouns'])})\b"  # "mother", "late father": a relative
    # a capitalised word (its final period only after an initial or an abbreviation: "George W. Bush", "Lt. Col.",
    # not "Mr Blair. The …"), or a whole role noun: not "consul" of "consultant"
    stems = sorted({re.split(r"[.-]", a[:-1])[-1] for a in abbreviations() if a[:1].isupper()})
    period = "".join(rf"|(?<=\b{re.escape(w)})" for w in stems)
    title = (rf"(?:[{UPPER}][\w’'-]*(?:\.[\w’'-]+)*(?:(?:(?<=\b[{UPPER}]){period})\.)?|(?i:{_alt(roles)})\b"
             rf"|\([{UPPER}][a-z]{{1,4}}\.\)|\d(?:st|nd|rd|th)(?=\s+[{UPPER}]))")  # "Maj. (Dr.) Roe", "Sgt. 1st Class"
    read_after = "|".join(rf"(?<={re.escape(w)} )" for w in lex.get("read_nouns", []))
    office_lead = rf"\s*(?:(?:{_alt(lex['office_leads'])})\s+)?(?:the\s+)?"  # "As the …", "But the …"
    read_cue = rf"|(?:{read_after})read" if read_after else ""
    # every cue starts with one of these letters: testing it first skips most word starts at once
    naming = [f"{v} {o}" for v in lex["naming_verbs"] for o in lex["naming_objects"]  # "called it “…”"
              if not (v in lex["naming_noun_verbs"] and o in lex["naming_clause_objects"])]  # not "a call that"
    cues = sorted({*lex["speech_verbs"], *lex["source_cues"], *naming}, key=len, reverse=True)
    first = first_letter([*cues, *(["read"] if read_after else [])])
    verbs = trie_pattern(cues, space=r"\s+")
    not_after = "".join(rf"(?<!\b{re.escape(w)} )" for w in lex["noun_before_cue"])  # "the states" is no cue
    not_after += "".join(rf"(?!(?<=\b{re.escape(a)} ){re.escape(b)}\b)"  # nor "member states"
                         for a, b in (c.rsplit(" ", 1) for c in lex["noun_compounds"]))
    lex.update(
        # the cheap zero-width tests first: the lookbehinds only run where a word opens with a cue's letter
        cue=re.compile(rf"\b{first}{not_after}(?:{verbs}{read_cue})\b", re.I),
        tail_adverbs=re.compile(rf"(?:\s+(?:{adverbs}))*\s*$", re.I),
        pronoun_end=re.compile(rf"(?:^|[^\w’'])({_alt(lex['subject_pronouns'])})$", re.I),
        pronoun_start=re.compile(rf"\s*({_alt(lex['third_person_pronouns'])})\b", re.I),
        statement_word=re.compile(rf"\b{first_letter(lex['issued_documents'])}(?:{_alt(lex['issued_documents'])})\b",
                                  re.I),
        statement_after=re.compile(rf"[^.;\"“”]{{0,30}}\b(?:{_alt(lex['issued_documents'])})\b", re.I),
        document_from=re.compile(rf"\s*(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_alt(lex['in_documents'])})\s+"
                                 rf"(?:from|by|of|issued\s+by)\s+", re.I),
        in_statement=re.compile(rf"\b[Ii]n\s+(?:{_alt(lex['document_determiners'])})\s+(?:[\w’'-]+\s+){{0,3}}?"
                                rf"(?:{_alt(lex['in_documents'])})\b"),
        the_noun_end=re.compile(
            rf"(?:^|[\s,(])(?:the|this|that)\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<noun>{nouns})"
            rf"(?:\s+(?:of|for|to|in)(?:\s+(?:the\s+)?(?!(?:{_alt(stmts)})\b)[{UPPER}][\w’'.-]*){{1,4}})?$", re.I),
        possessive_noun=re.compile(rf"[’']s\s+(?:[\w’'.-]+\s+){{0,3}}?(?P<noun>{nouns})\b", re.I),
        the_noun_start=re.compile(rf"\s*(?:the|this)\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<noun>{nouns})\b", re.I),
        indef_end=re.compile(
            rf"(?:^|[\s,(])(?:an?|one)\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{_alt(roles)})"
            rf"(?:\s+(?:{_INDEF_PREPS})(?:\s+[\w’'.-]+){{1,4}}?)?$", re.I),
        indef_start=re.compile(
            rf"\s*(?:an?|one)\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{_alt(roles)})\b"
            rf"(?:\s+(?:{_INDEF_PREPS})(?:\s+(?:the\s+)?[\w’'.-]+){{1,3}})?", re.I),
        the_title=re.compile(rf"\s*the\s+(?=(?:{'|'.join(re.escape(t) for t in spec['the_titles'])})\s)"),
        chain_start=re.compile(rf"\s*(?:{title}(?:\s+(?:of|for|the|de|van|von|al|bin|el))*\s+)*{title}"),
        titles_only=re.compile(rf"(?:(?:{title}|of|for|the|and)\s+)*"),
        name_end=re.compile(rf"(?:^|[\s,(])((?:[{UPPER}][\w’'.-]*\s+){{0,3}}[{UPPER}][\w’'.-]+),?$"),
        possessive_end=re.compile(rf"[’']s(?:\s+[{UPPER}][\w-]*(?:\s+(?:of|for|on|and)(?:\s+the)?\s+[{UPPER}][\w-]*"
                                  rf"|\s+[{UPPER}][\w-]*){{0,5}}|(?:\s+[\w-]+){{0,2}}\s+(?i:{_alt(orgs)}))$"),
        # "Among the workers at the opening was Jana Roe, who …": the subject after an inverted copula
        inverted_subject=re.compile(rf"(?i:{_alt(lex['inverted_subject_leads'])})\s[^.,;:\"“”\n]{{0,80}}"
                                    rf"\s(?:was|were)\s+"),
        # "The coordinator's advice is simpler.": a sentence about the person holding a role named before
        # (a capitalised noun alone may be a band's or a ship's name: "The Queen's song")
        role_subject=re.compile(rf"(?:The|This)\s+(?:(?P<mod>[\w-]+)\s+)?(?P<noun>(?i:{_alt(roles)}))(?:[’']s)?\s"),
        view_after=re.compile(rf"[’']s\s+(?:{_alt(lex['view_nouns'])})\b", re.I),
        intro_comma=re.compile(r"(?:[\s,]+[\w’'.-]+){0,12}\s*,\s*$"),
        subject_prefix=re.compile(rf"(?:{_EMOJI}+\s*|\d{{1,3}}/(?:\d{{1,3}})?\s+)?"
                                  rf"(?:[{UPPER}][\w’'-]{{0,20}}:\s+)?(?:[^\"“”«»]*,\s+)?"
                                  rf"(?!(?i:{_alt(lex['subject_pronouns'])})\s)(?:(?:{title}|of|for|the|"
                                  rf"and(?=\s+(?:{_alt(people_cues()['titles'])})\b)|"  # "Tánaiste and Minister for …"
                                  rf"[a-z][\w-]*(?=(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{_alt(roles)})\s))\s+)*"),
        relative_end=re.compile(rf"(?:,\s*|\s+)(?:{_alt(lex['relative_pronouns'])})\b[^\"“”«»;:]{{0,200}}$"
                                rf"|,\s*[a-z]+ing\b[^\"“”«»;:,]{{1,120}},$", re.I),
        role_word=re.compile(rf"\b(?:{_alt(roles)})\b", re.I),
        voice_role=re.compile(rf"\b(?:{_alt(lex['voice_roles'])})\b", re.I),
        # "the ministry's spokesperson": the unnamed voice of a body named before
        body_voice_end=re.compile(rf"(?:^|[\s,(])(?:the|its|their)\s+(?P<noun>{_alt(orgs)})[’']s\s+"
                                  rf"(?:[\w-]+\s+){{0,2}}?(?:{_alt(lex['voice_roles'])})$", re.I),
        # an office of a body before it, after a clause's lead word ("As the Secretary General of the Alliance said")
        office_lead=re.compile(office_lead, re.I),
        office_before=re.compile(office_lead + r"(?P<office>[A-Za-z][A-Za-z -]{2,40}?)\s+(?:of|for)\s+(?:the\s+)?",
                                 re.I),
        # "NATO's spokesman", "The State Department's chief spokesperson": the voice of the body just named
        named_voice_after=re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(lex['voice_roles'])})\s*", re.I),
        org_word=re.compile(rf"\b(?:{_alt(orgs)})\b", re.I),
        state_end=re.compile(rf"\b(?:{_alt(lex['state_nouns'])})\s+$", re.I),  # "the Central Bank " of Kosovo
        kin_start=re.compile(rf"\s*(?:the|an?|his|her|their|one)\s+{kin}", re.I),
        # a sentence whose subject is someone's relative, named by a first name at most: "His mother, Karen, held
        # his hand. “…,” she said" (nobody the tables name)
        kin_subject=re.compile(rf"(?:His|Her|Their)\s+{kin}"),
        kin_end=re.compile(rf"(?:^|\s)(?:the|an?|his|her|their|one)\s+{kin}\s*$", re.I),  # "…,” his son said"
        kin_of=re.compile(rf"\b(?:{_alt(lex['kin_nouns'])})\s+of\s+(?:the\s+late\s+)?$", re.I),
        role_posted=re.compile(rf"\b(?P<role>{_alt(roles + orgs)})\s+(?:to|in|at)\s+(?:the\s+)?$", re.I),
        anonymous=re.compile(rf"\b(?:{_alt(lex['anonymity_phrases'])})\b", re.I),
        bare_unnamed=re.compile(rf"\s*(?:[\w’'-]+\s+){{0,3}}(?:{_alt(lex['unnamed_plurals'])})\s*$", re.I),
        bare_org=re.compile(rf"\s*(?:{_alt(orgs)})\s*", re.I),
        in_same_document=re.compile(rf"\b[Ii]n\s+(?:{_alt(lex['same_document_determiners'])})\s+"
                                    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_alt(lex['in_documents'])})\b"),
        # "An official of the Central Bank", "A diplomat from one of the member states", "An EU official involved in
        # the talks": an unnamed source heads the subject, whatever organisation the words after the head name
        unnamed_lead=re.compile(rf"\s*(?:an?|one|another)\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<head>{_alt(lex['unnamed_roles'])})"
                                rf"(?:\s+[^,;:\"“”«»()]{{1,100}})?", re.I),
        anon_end=re.compile(r"(?:^|[\s,(])(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*$", re.I),
        anon_start=re.compile(rf"\s*(?:an?|one|another)\s+(?:[a-z0-9][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*"
                              rf"(?=\s*(?:[.,;:!?]|$)|\s+(?:{_alt(lex['relative_pronouns'])})\b)", re.I),
        # "… and quotes agency head Jana Roe: “…”": the verb alone is the cue, the person after it speaks
        quoted_colon=re.compile(rf"\b(?:{_alt(lex['quoting_verbs'])})(?=\s+(?P<who>[^\"“”«»;:.,]{{1,80}}?)\s*:\s*$)",
                                re.I),
        quoted_as=re.compile(rf"\b(?:{_alt(lex['quoting_verbs'])})\s+(?P<who>[^\"“”«»;:]{{1,80}}?)\s+as\s+$", re.I),
        back_ref=re.compile(rf"\s*(?:{_alt(lex['back_references'])})\b", re.I),
        back_source=re.compile(rf"\s*(?:{'|'.join(lex['back_sources'])})\s+", re.I),
        short_tail=re.compile(rf"(?:\s+[\w’'.&-]+){{0,2}}(?:,?\s+(?:{_alt(lex['attribution_tail_words'])})\b"
                              rf"(?:\s+[\w’'.&-]+){{0,4}})*\s*(?:[.;,!?]|$)"),
        and_predicate=re.compile(rf"\sand\s+(?:{_alt(lex['second_predicate_verbs'])})\b"),
        heading_max=int(spec.get("heading_max_words", 12)),
        titled=re.compile(rf"\b(?:{_alt(lex['title_nouns'])})(?:\s+(?:that |which )?(?:read|reads|reading|saying))?"
                          rf"\s*[:,]?\s*$", re.I),
        doc_judged=re.compile(rf"\s+(?:{_alt(lex['document_judged'])})\s"),
        doc_after=re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(lex['authored_documents'])})\b", re.I),
        # "a tweet by X", "a message from EU envoy X": capitalised words or role nouns between the cue and the author
        doc_before=re.compile(rf"\b(?:{_alt(lex['authored_documents'])})\s+(?:posted\s+|written\s+|published\s+)?"
                              rf"(?:by|from)\s+(?:the\s+)?(?-i:(?:(?:{title}|{_NAME_PARTICLES})\s+){{0,4}})$", re.I),
        # "a message from the director of Kosovo Police, X, to …": the author is the person named in apposition
        doc_before_role=re.compile(rf"\b(?:{_alt(lex['authored_documents'])})\s+(?:posted\s+|written\s+|published\s+)?"
                                   rf"(?:by|from)\s+(?:the\s+|an?\s+|its\s+)?(?P<role>[^,;:\"“”«»()]{{1,80}}),\s+"
                                   rf"(?-i:(?:[{UPPER}][\w.’'-]*\s+){{0,3}})$", re.I),
        document_relative=re.compile(rf",?\s*\b(?:{_alt(lex['document_relatives'])})\s+(?:[a-z]+\s+)?$"),
        a_document=re.compile(rf"(?:an?|one|another)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_alt(lex['authored_documents'])})\b",
                              re.I),
        doc_noun=re.compile(rf"\b(?:{_alt(lex['authored_documents'])})\b", re.I),
        unnamed_set=frozenset(lex["unnamed_roles"]),
        noun_alias=dict(spec.get("org_noun_aliases", {}) or {}),
        role_alias={k: list(v) for k, v in (spec.get("role_noun_aliases", {}) or {}).items()},
        state_set=frozenset(lex.get("state_nouns", [])), state_bodies=frozenset(lex["state_body_aliases"]),
        generic_org_set=frozenset(lex.get("generic_org_nouns", [])),
        judicial_set=frozenset(lex["judicial_nouns"]),
        # a judicial word with a place or nationality before it ("Xish prosecutors", "a Northtown court", "the
        # Northtown Higher Court") or after "in/of" ("the Higher Court in Northtown")
        judicial_place=re.compile(rf"(?:[\w’'-]+\s+){{0,4}}\b(?:{_alt(lex['judicial_words'])})(?![\w’'])"
                                  rf"(?:\s+(?:of|in|at)\s+(?:the\s+)?[{UPPER}][\w’'-]+)?", re.I),
        role_set=frozenset(roles), org_set=frozenset(orgs), stmt_set=frozenset(stmts),
        object_set=frozenset(lex["object_verbs"]), source_set=frozenset(lex["source_cues"]),
        paper_set=frozenset(lex["paper_verbs"]), media_set=frozenset(lex["media_nouns"]),
        participle_set=frozenset(lex["participle_cues"]), person_pron=frozenset(lex["person_pronouns"]),
        org_pron=frozenset(lex["org_pronouns"]), not_names=frozenset(lex["not_names"]),
        voice_set=frozenset(lex["voice_roles"]), question_set=frozenset(lex["question_verbs"]),
        locative_before=re.compile(rf"\b(?:{_alt(lex['locative_prepositions'])})\s+(?:the\s+)?"
                                   rf"(?:(?:{_alt(lex['locative_adjectives'])})\s+)?$", re.I),
        noun_of_before=re.compile(r"((?:[\w’'-]+\s+){1,4})of\s+(?:the\s+)?$"),
        known_as_end=re.compile(rf"(?:,\s*|\s+)(?:{_alt(lex['known_as'])})\s+$", re.I),
        naming_clause=re.compile(rf",\s*(?:{_alt(lex['naming_participles'])})\s+(?:(?:{_alt(lex['naming_determiners'])})"
                                 rf"\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+|(?:{_alt(lex['naming_pronouns'])})"
                                 rf"|(?-i:[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{0,2}}))\s*$", re.I),
        # "Kosovo police", "the Serbian defence ministry": a country right before a state body is that state
        state_body_after=re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_alt(lex['state_nouns'])})", re.I),
        # "Kosovo's Foreign Ministry welcomed …, calling": a possessive country or body heading an organisation noun
        possessive_body=re.compile(rf"[’']s(?:\s+[\w-]+){{0,2}}?\s+(?:{_alt(orgs)})\b", re.I),
        # "Kurti's office said", "her office said": the country of the person whose body it is speaks
        leader_body_end=re.compile(rf"(?:[’']s|(?:^|(?<=[\s,(]))(?P<pron>{_alt(lex['possessive_pronouns'])}))\s+"
                                   rf"(?:{_alt(lex['leader_bodies'])})$", re.I),
        honorific_gender=_honorific_patterns(lex["male_honorifics"], lex["female_honorifics"]),
        pronoun_genders=dict(spec.get("pronoun_genders", {}) or {}),
        kin_genders=dict(spec["kin_genders"]),
        # lookbehinds that keep a role noun from matching inside another office: "prime minister", "vice-president"
        other_office="".join(rf"(?<!{re.escape(p)} )(?<!{re.escape(p)}-)" for p in lex["office_prefixes"]),
        naming_relative=re.compile(rf"(?:^|[\s,])(?:{_alt(lex['naming_relatives'])})\s+(?P<subj>[^,;:\"“”«»]{{1,60}}?)"
                                   rf"\s+(?P<verb>{_alt(lex['naming_verbs'])})\s*$", re.I),
        abbreviation_end=re.compile(rf"(?:^|[\s(])(?:{'|'.join(re.escape(a[:-1]) for a in abbreviations())})$"),
    )
    return lex


def _honorific_patterns(male: list[str], female: list[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """Compile the honorifics that end right before a name ("Mr ", "Ms. "), one pattern per gender."""
    return tuple((g, re.compile(rf"\b(?:{_alt([w.rstrip('.') for w in words])})\.?\s+$", re.I))
                 for g, words in (("male", male), ("female", female)))


@lru_cache(maxsize=4096)
def _aliases(actor_id: str | None) -> tuple[str, ...]:
    """Return the dictionary surface forms of an actor ("North Atlantic Alliance" for NATO)."""
    if not actor_id:
        return ()
    return tuple(sorted(form for form, entry in dictionary().items() if entry.id == actor_id))


@lru_cache(maxsize=4096)
def _dictionary_roles(actor_id: str | None) -> str:
    """Return the roles the actor dictionary gives a person, joined ("Permanent Representative of X to the UN"), for
    a person the text names without a role: "the diplomat said" then still finds them."""
    entry = entries_by_id("person").get(actor_id) if actor_id else None
    return " ".join(r for r in entry.roles if r) if entry is not None else ""


def _named_person(name: str, honorific: bool = False) -> Speaker | None:
    """Turn an unlisted full name ("Marta Kos"), or with `honorific` a surname after an honorific ("Mr Blair"), into
    a person speaker keyed like the actor table; else None."""
    clean = honorific_name(name) if honorific else clean_name(name)
    if clean is None or any(w.lower() in lexicon()["not_names"] for w in clean.split()):
        return None
    key = person_key(clean)
    return Speaker(key, clean, None, "person") if len(key) >= 2 else None


@lru_cache(maxsize=1)
def _label_titles() -> frozenset[str]:
    """Return the lower-case title and honorific words a turn label may carry before a name ("GEN.", "MR")."""
    cues = people_cues()
    words = {w.rstrip(".").lower() for t in cues["titles"] + cues["surname_honorifics"] for w in t.split()}
    return frozenset(words)


def _norm_cue(cue: str) -> str:
    """Lower-case a cue and collapse its inner whitespace."""
    return " ".join(cue.lower().split())


def _n_words(text: str) -> int:
    """Count the words of a quotation."""
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- quotation marks


def _opens(text: str, i: int, pe: int) -> bool:
    """Tell whether the mark at `i` is followed by quotable text (not by a space or bare punctuation)."""
    j = i + 1
    if j < pe and text[j] == " ":
        j += 1
    if j >= pe:
        return False
    c = text[j]
    return c.isalnum() or c in "‘'(…[$£€#@-—" or text.startswith("...", j)


def _make(text: str, mo: int, end: int, mc: int | None, para: int) -> _Quote | None:
    """Trim the inside of a quotation and return it, or None when it holds no word."""
    qs, qe = mo + 1, end
    while qs < qe and text[qs].isspace():
        qs += 1
    while qe > qs and text[qe - 1].isspace():
        qe -= 1
    if qe <= qs or not _WORD.search(text, qs, qe):
        return None
    return _Quote(mo, qs, qe, mc, para)


def _scan_double(text: str, ps: int, pe: int, para: int) -> list[_Quote]:
    """Pair the double quotation marks of one paragraph; an unclosed quotation ends at the paragraph end."""
    out: list[_Quote] = []
    open_at: int | None = None
    for m in _DQ_MARK.finditer(text, ps, pe):
        i, c = m.start(), m.group()
        before = text[i - 1] if i > ps else " "
        if open_at is None:
            if (c in _OPENERS or c == '"' or before.isspace() or before in "([—–") and _opens(text, i, pe):
                open_at = i
            continue
        if c in _CLOSERS:
            q, open_at = _make(text, open_at, i, i, para), None
        elif (before.isspace() or before in "([—–") and _opens(text, i, pe):
            q, open_at = _make(text, open_at, i, None, para), i
        else:
            q, open_at = _make(text, open_at, i, i, para), None
        if q:
            out.append(q)
    if open_at is not None and (q := _make(text, open_at, pe, None, para)):
        out.append(q)
    return out


def _scan_single(text: str, ps: int, pe: int, para: int, taken: list[tuple[int, int]]) -> list[_Quote]:
    """Pair single quotation marks (‘…’ or '…') that lie outside the double-quoted spans of a paragraph."""
    out: list[_Quote] = []
    pos = ps
    for m in _SQ_OPEN.finditer(text, ps, pe):
        i = m.start()
        if i < pos or _inside(taken, i):
            continue
        limit = min(pe, _next_start(taken, i, pe), i + 400)
        close = _SQ_CLOSE[m.group()].search(text, i + 2, limit)
        if close is None:
            continue
        q = _make(text, i, close.start(), close.start(), para)
        if q:
            out.append(q)
        pos = close.end()
    return out


# Balkan and Slavic agency style: direct speech opened by a dash at a paragraph's or sentence's start and closed by
# a dash before the verb ("- The weapons were enough …, - stated Sveçla." / "… in the court - he said.")
_DASH_OPEN = re.compile(rf"(?:(?<=^)|(?<=\n)|(?<=[.!?…]\s))[-–—][^\S\n]+(?=[{UPPER}])")
_DASH_CLOSE = re.compile(rf"(?:(?P<comma>,)[^\S\n]*|[^\S\n])(?P<dash>[-–—])[^\S\n]+(?=[{LOWER}])")
# …or closed by the comma before a short attribution that ends the paragraph: "– I told him …, Vučić said after
# the meeting." (first-person words inside: what makes it speech, not a list item or a summary)
_DASH_TAIL = re.compile(r",[^\S\n]+(?=[^,;:\n]{3,80}$)")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")


def _scan_dash(text: str, ps: int, pe: int, para: int, cue: re.Pattern) -> list[_Quote]:
    """Find dash-introduced direct speech in a paragraph with no quotation marks; each must end with a speech cue."""
    out: list[_Quote] = []
    for om in _DASH_OPEN.finditer(text, ps, pe):
        if out and om.start() < out[-1].qe:
            continue
        close = _DASH_CLOSE.search(text, om.end(), pe)
        if close is not None and cue.match(text, close.end(), pe) is None and not cue.search(
                text, close.end(), min(pe, close.end() + 40)):
            close = None  # "- Serbia - and not only Serbia - will …": a dash inside the speech, no cue after it
        if close is not None:  # the speech keeps its comma ("…, - stated X"), as inside quotation marks
            q = _make(text, om.start(), close.end("comma") if close["comma"] else close.start(), close.start("dash"),
                      para)
        else:
            tails = list(_DASH_TAIL.finditer(text, om.end(), pe))
            if not tails or not cue.search(text, tails[-1].end(), pe) or not _FIRST_PERSON.search(
                    text, om.end(), tails[-1].start()):
                continue
            q = _make(text, om.start(), tails[-1].start() + 1, tails[-1].start(), para)
        if q is not None:
            out.append(q)
    return out


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    """Tell whether position `i` falls inside one of the sorted (start, end) spans."""
    k = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _next_start(spans: list[tuple[int, int]], i: int, default: int) -> int:
    """Return the start of the first span beginning after `i` (or `default`)."""
    k = bisect.bisect_right(spans, (i, float("inf")))
    return spans[k][0] if k < len(spans) else default


def find_quotations(text: str) -> list[tuple[int, int, int, int | None, int]]:
    """Return (mark_open, start, end, mark_close or None, paragraph index) of every quotation, in order."""
    return [(q.mo, q.qs, q.qe, q.mc, q.para) for q in _scan(text)[0]]


def _scan(text: str) -> tuple[list[_Quote], list[tuple[int, int]]]:
    """Find all quotations of a text; also return the paragraph spans."""
    paras = blocks(text) if text.strip() else []
    quotes: list[_Quote] = []
    for k, (ps, pe) in enumerate(paras):
        if _DQ_MARK.search(text, ps, pe):
            found = _scan_double(text, ps, pe, k)
        else:  # dash-introduced speech only where no quotation mark stands
            found = _scan_dash(text, ps, pe, k, lexicon()["cue"]) if _DASH_OPEN.search(text, ps, pe) else []
        if not found and not _SQ_OPEN.search(text, ps, pe):
            continue
        taken = [(q.mo, (q.mc + 1) if q.mc is not None else q.qe) for q in found]
        quotes.extend(found + _scan_single(text, ps, pe, k, taken))
    quotes.sort(key=lambda q: q.mo)
    return quotes, paras


# --------------------------------------------------------------------------- attribution phrases


class _Context:
    """Mentions and sentence spans of one document, indexed for the attribution rules."""

    def __init__(self, doc: ArticleDoc, quotes: list[_Quote], paras: list[tuple[int, int]]) -> None:
        """Index mentions by start and end, flag those inside quotations, and keep sentence bounds."""
        self.doc, self.text, self.lex = doc, doc.text, lexicon()
        self.paras = paras
        spans = [(q.mo, (q.mc + 1) if q.mc is not None else q.qe) for q in quotes]
        ms = [dict(m, start=int(m["start"]), end=int(m["end"])) for m in (doc.mentions or [])
              if _valid_mention(m, len(self.text)) and m.get("actor_type") != "place"]
        ms.sort(key=lambda m: (m["start"], m["end"]))
        places = [m for m in (doc.mentions or [])
                  if m.get("actor_type") == "place" and _valid_mention(m, len(self.text))]
        self.place_starts = {int(m["start"]) for m in places}
        self.place_ends = {int(m["end"]): int(m["start"]) for m in places}
        self.places = sorted(places, key=lambda m: int(m["start"]))  # places speak for nobody, but say where
        self.mentions = ms
        self.starts = [m["start"] for m in ms]
        self.by_end: dict[int, dict] = {}
        for m in ms:
            if m["end"] not in self.by_end or m.get("actor_type") == "person":
                self.by_end[m["end"]] = m
        outside = [m for m in ms if not _inside(spans, m["start"])]
        self.persons = [m for m in outside if m.get("actor_type") == "person"]
        self.person_starts = [m["start"] for m in self.persons]
        self.orgs = [m for m in outside if m.get("actor_type") in ("organisation", "country", "group", "unit")]
        self.org_starts = [m["start"] for m in self.orgs]
        self.spans = spans
        self.marks = sorted({p for q in quotes for p in (q.mo, q.mc) if p is not None})
        self.genders = _genders(self.text, [m for m in ms if m.get("actor_type") == "person"], self.lex)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding `pos`, bounded by its paragraph."""
        ps, pe = self.para_bounds(pos)
        sents = self.doc.sentences
        if sents:
            s, e = sents[min(self.doc.sentence_of(pos), len(sents) - 1)]
            return max(s, ps), (min(e, pe) if e > pos else pe)
        return ps, pe

    def para_bounds(self, pos: int) -> tuple[int, int]:
        """Return the paragraph span holding `pos` (or the whole text)."""
        k = bisect.bisect_right(self.paras, (pos, float("inf"))) - 1
        if 0 <= k < len(self.paras) and self.paras[k][0] <= pos <= self.paras[k][1]:
            return self.paras[k]
        return 0, len(self.text)

    def mentions_between(self, lo: int, hi: int) -> list[dict]:
        """Return the mentions lying fully inside [lo, hi)."""
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [m for m in self.mentions[i:j] if m["end"] <= hi]

    def last_mark_before(self, pos: int, lo: int) -> int:
        """Return the position just after the last quotation mark in [lo, pos), or `lo`."""
        k = bisect.bisect_left(self.marks, pos) - 1
        return max(lo, self.marks[k] + 1) if k >= 0 else lo


def _genders(text: str, people: list[dict], lex: dict) -> dict[str, str]:
    """Return the gender the text shows for each person: an honorific before a mention ("Mr Rutte") or a given name
    of the word list ("Vjosa Osmani"); a person with contradicting evidence gets none."""
    seen: dict[str, set[str]] = {}
    names = given_names()
    for m in people:
        aid = m.get("actor_id")
        if not aid:
            continue
        found = seen.setdefault(aid, set())
        for gender, rx in lex["honorific_gender"]:
            if rx.search(text, max(0, m["start"] - 12), m["start"]):
                found.add(gender)
        for name in (m.get("text") or "", m.get("actor") or ""):
            words = fold(name).lower().split()
            given = next((w for w in words[:-1] if w in names), None)  # after a title: "Corporal Leyla Hassan"
            if given is not None:
                found.add(names[given])
        if (before := _WORD_BEFORE.search(text, max(0, m["start"] - 20), m["start"])) is not None and (
                (g := names.get(fold(before.group(1)).lower())) is not None):
            found.add(g)  # "Linda Moss" found as "Moss", the surname her son "Ethan Moss" shares
    return {aid: next(iter(g)) for aid, g in seen.items() if len(g) == 1}


def _valid_mention(m: dict, n: int) -> bool:
    """Tell whether a mention dict carries usable integer offsets inside the text."""
    try:
        return isinstance(m, dict) and 0 <= int(m["start"]) < int(m["end"]) <= n
    except (KeyError, TypeError, ValueError):
        return False


def _speaker_before(cx: _Context, lb: int, c: int, anchored: bool) -> Ref | None:
    """Parse the subject phrase that ends just before a speech cue at `c` (not reaching back before `lb`)."""
    text, lex = cx.text, cx.lex
    seg = text[lb:c]
    e = lb + lex["tail_adverbs"].search(seg).start()
    if (ps := cx.place_ends.get(e)) is not None and (loc := _PLACE_PREPOSITION.search(text, lb, ps)) and any(
            x.get("actor_type") in ("country", "organisation") for x in cx.mentions_between(lb, loc.start())):
        e = loc.start()  # "Kosovo's embassy in Vienna said": Kosovo's; "the ministry in Belgrade said" stays Serbia's
    if e <= lb:
        return None
    ref = _subject_at_end(cx, lb, e)
    if ref is None or not anchored:
        return ref
    gap = text[lb:ref.start]
    lead = _LEAD_TITLES.match(gap).end()
    if lex["titles_only"].fullmatch(gap, lead):
        return ref
    described = _DESCRIBED_COMMA if gap[lead:lead + 1].islower() else _DESCRIBED_COMMA_NEW_SENTENCE
    d = described.match(gap, lead) if ref.kind == "mention" else None  # "“…,” the Chief of the General Staff,
    # Milan Roe, said"; not "“…?” The Green Party's health spokeswoman, Jana Roe, said she …": another sentence
    if d is not None and lex["titles_only"].fullmatch(gap, d.end()):
        return ref  # "the contingent's commander, Colonel Murat Çelik, told"
    return ref if ref.kind in ("mention", "name") and _DESCRIPTORS.fullmatch(gap, lead) else None


def _person_of_org(cx: _Context, lb: int, org: dict) -> dict | None:
    """Return the person an organisation mention is attached to by "of" ("Jane Roe of NATO"), if any."""
    people = [x for x in cx.mentions_between(max(lb, org["start"] - 120), org["start"])
              if x.get("actor_type") == "person" and x["end"] <= org["start"]]
    if people and _OF_ORG.fullmatch(cx.text, people[-1]["end"], org["start"]):
        return people[-1]
    return None


def _subject_at_end(cx: _Context, lb: int, e: int) -> Ref | None:
    """Recognise a pronoun, mention, appositive, role noun or bare name ending at `e`."""
    text, lex = cx.text, cx.lex
    seg = text[lb:e]
    if m := lex["pronoun_end"].search(seg[-6:]):
        return Ref("pronoun", m.group(1).lower(), e - len(m.group(1)))
    if (u := _unnamed_lead(cx, lb, e)) is not None:
        return u  # "A senior official at the Ministry of Defence": nobody named, not the ministry
    if (h := _office_holder_ref(cx, lb, e)) is not None:
        return h  # "the Secretary General of NATO said", "Serbia's president said": the holder on the day
    m = cx.by_end.get(e)
    if m is not None and m.get("actor_type") != "person" and (
            h := honorific_before().search(text, max(lb, m["start"] - 12), m["start"])) and (
            name := honorific_name(text[h.start():e])):
        return Ref("name", name, h.start())  # "Mr German said": a person, not the nationality
    k = cx.by_end.get(e - 1) if text[e - 1] == "," else m
    if k is not None and k["start"] > lb and lex["known_as_end"].search(text, max(lb, k["start"] - 40), k["start"]):
        return Ref("mention", k, k["start"])  # "The peacekeeping force in X, known as ANFOR, said": ANFOR speaks
    ind = lex["indef_end"].search(seg)
    if (m is not None and m["start"] >= lb and m.get("actor_type") != "person" and ind is not None
            and lb + ind.start() < m["start"]):
        return _indefinite_ref(cx, lb, e, ind)  # "A source from the Serbian List": the source speaks, not SL
    if (k := lex["kin_end"].search(seg)) is not None and not text[lb:lb + k.start()].strip(" ,"):
        return Ref("anon", None, lb + k.start())  # "“…,” his son said": a relative nobody names
    if (b := lex["bare_unnamed"].search(seg)) is not None and b.start() == len(seg) - len(seg.lstrip()):
        return Ref("anon", None, lb + b.start())  # "Turkish sources told Anadolu", "Diplomatic sources said"
    if _DETERMINED.match(seg) and not any(x.get("actor_type") == "person" for x in cx.mentions_between(lb, e)):
        rel = lex["relative_end"].search(seg)  # "The U.S. officials, who asked not to be identified, said"; "The
        # lawyer of one of the defendants told"; not "One of the experts was critic Paul Connolly, who said"
        if (lex["anonymous"].search(seg, rel.start()) if rel else (
                not lex["name_end"].search(seg) and lex["anonymous"].search(seg))):
            return Ref("anon", None, lb + len(seg) - len(seg.lstrip()))
    if m is not None and m["start"] >= lb and m.get("actor_type") == "person" and lex["kin_of"].search(
            text, max(lb, m["start"] - 40), m["start"]):
        return Ref("anon", None, m["start"])  # "the mother of Afrim Bunjaku wrote": not Bunjaku, nobody named
    if m is not None and m["start"] > lb and m.get("actor_type") != "person" and (
            p := lex["role_posted"].search(text, max(lb, m["start"] - 60), m["start"])) is not None:
        return _subject_at_end(cx, lb, p.end("role"))  # "Turkey's ambassador to Serbia said": not Serbia
    if m is not None and m["start"] >= lb and _association_of(cx, m):
        return None  # "The Muslim Council of Britain said": an association named after the country, not the country
    if m is not None and m["start"] >= lb:
        if m.get("actor_type") != "person" and (p := _person_of_org(cx, lb, m)) is not None:
            return Ref("mention", p, p["start"])  # "Jane Roe of NATO said": the person speaks
        return Ref("mention", m, m["start"])
    cands = [x for x in cx.mentions_between(max(lb, e - 260), e) if x["end"] < e]
    y = cx.by_end.get(e - 1) if text[e - 1] == "," else None
    if y is not None and _BY_AGENT.search(text, max(lb, y["start"] - 30), y["start"]):
        y = None  # "the Office, led by X, said": the Office speaks
    if y is not None and y.get("actor_type") == "person" and y["start"] >= lb and (
            text[lb:y["start"]].rstrip().endswith(",")):
        return Ref("mention", y, y["start"])  # "X, the envoy for Y, Z, said": the last comma-bounded name
    if y is not None and y.get("actor_type") in ("organisation", "group") and y["start"] > lb and (
            text[lb:y["start"]].rstrip().endswith(",")):
        return Ref("mention", y, y["start"])  # "A Serbian monitoring group, CRTA, said": the group it names
    for want_person in (True, False):
        for x in reversed(cands[-6:]):
            if (x.get("actor_type") == "person") == want_person and _APPOS.fullmatch(text, x["end"], e):
                return Ref("mention", x, x["start"], text[x["end"]:e].strip(" ,"))
            if want_person and x.get("actor_type") == "person" and _OF_PLACE.fullmatch(text, x["end"], e):
                return Ref("mention", x, x["start"])  # "Lord Faulkner of Worcester, who chaired …, said"
        x = y if want_person else None
        if x is not None and x.get("actor_type") == "person" and x["start"] >= lb:
            return Ref("mention", x, x["start"])
    if (r := lex["relative_end"].search(seg)) is not None and r.start() > 0 and (
            ref := _subject_at_end(cx, lb, lb + r.start())) is not None:
        return ref  # "X, who wrote:", "a resident who asked not to be named told", "A, speaking on …, said"
    if (body := _leader_body(cx, lb, e)) is not None:
        return body
    for x in reversed(cands[-3:]):
        if (x.get("actor_type") == "country" and lex["state_body_after"].fullmatch(text, x["end"], e)
                and capital_of(x.get("text") or "") is None and not _POSSESSIVE_BEFORE.search(text, lb, x["start"])):
            return Ref("mention", x, x["start"])  # "Kosovo police said": the country speaks
    if lex["bare_org"].fullmatch(seg):
        return Ref("org", _norm_cue(seg.strip()), lb + len(seg) - len(seg.lstrip()))  # "Police said they had found"
    for x in reversed(cands[-2:]):
        if x.get("actor_type") not in ("person", "place") and x["start"] >= lb and lex["named_voice_after"].fullmatch(
                text, x["end"], e):
            return Ref("mention", x, x["start"])  # "NATO's spokesman said": NATO speaks
    if (v := lex["body_voice_end"].search(seg)) is not None:
        return Ref("org", _norm_cue(v.group("noun")), lb + v.start("noun"), VOICE)  # "the ministry's spokesperson"
    if (m := lex["the_noun_end"].search(seg)) and ind is not None and ind.start() < m.start():
        return _indefinite_ref(cx, lb, e, ind)  # "A spokesman for the bank said": the spokesman heads the subject
    if m:
        kind = _noun_kind(lex, m.group("noun"))
        if kind == "media":
            people = [x for x in cx.mentions_between(lb, lb + m.start()) if x.get("actor_type") == "person"]
            if people and _OF_MEDIUM.fullmatch(text, people[-1]["end"], lb + m.start()):
                return Ref("mention", people[-1], people[-1]["start"])  # "Jana Roe of the X website put it"
            return Ref("anon", None, lb + m.start())  # "the paper wrote": a newspaper, no actor
        named = _named_in_noun_phrase(cx, lb + m.start(), lb + m.end("noun"), e, kind) if kind == "org" else None
        if named is not None:
            return Ref("mention", named, named["start"])  # "the defence ministry in Belgrade said"
        return Ref(kind, _norm_cue(m.group("noun")), lb + m.start(),
                   country=_nationality(cx, lb + m.start(), lb + m.start("noun")) if kind == "role" else None)
    if nm := _NAME_OF_ORG.search(seg):
        return Ref("name", nm.group("name"), lb + nm.start("name"))  # "Mira Roe of the X Institute, a think tank,"
    if ind is not None and ((ref := _indefinite_ref(cx, lb, e, ind)).kind != "anon" or not any(
            x.get("actor_type") == "person" for x in cx.mentions_between(lb, lb + ind.start()))):
        return ref  # "an EU spokesman said" (the EU), "a diplomat said" (nobody named)
    for x in reversed(cands[-3:]):
        if x.get("actor_type") != "person" and lex["possessive_end"].fullmatch(text, x["end"], e):
            return Ref("mention", x, x["start"])
    if (m := lex["name_end"].search(seg)) and m.group(1).split()[0].lower() not in lex["not_names"]:
        return Ref("name", m.group(1), lb + m.start(1))
    if m := lex["anon_end"].search(seg):
        return Ref("anon", None, _word_start(lb, m))
    return None


_OFFICE_AFTER = re.compile(r"(?:[’']s)?\s+(?P<office>[A-Za-z][A-Za-z -]{2,40}?)\s*,?\s*")  # "NATO's Secretary General"


def _office_holder_ref(cx: _Context, lb: int, e: int) -> Ref | None:
    """Recognise an office of a body named in the subject ("the Secretary General of NATO", "NATO's Secretary
    General", "the Serbian President") whose holder on the publication day the actor dictionary knows."""
    lex = cx.lex
    for x in reversed(cx.mentions_between(lb, e)[-2:]):
        if x.get("actor_type") not in ("organisation", "country"):
            continue
        if cx.text[x["end"]:e].strip(" ,") == "":  # "the Secretary General of NATO"
            office = lex["office_before"].fullmatch(cx.text, lb, x["start"])
        elif lex["office_lead"].fullmatch(cx.text, lb, x["start"]):  # "NATO's Secretary General"
            office = _OFFICE_AFTER.fullmatch(cx.text, x["end"], e)
        else:
            office = None
        if office is not None:
            held = office_holder(x["actor_id"], office.group("office"), cx.doc.published)
            if held is not None:
                return Ref("holder", held, x["start"])
    return None


def _leader_body(cx: _Context, lb: int, e: int) -> Ref | None:
    """Return the body of a person ending at `e` ("Kurti's office", "her office"): a Ref whose value is the person's
    mention, or the possessive pronoun that points at the person in focus."""
    m = cx.lex["leader_body_end"].search(cx.text, lb, e)
    if m is None or m.end() != e:
        return None
    if m.group("pron"):
        return Ref("body", m.group("pron").lower(), m.start())
    owner = cx.by_end.get(m.start())
    if owner is not None and owner["start"] >= lb and owner.get("actor_type") == "person":
        return Ref("body", owner, owner["start"])
    return None


def _association_of(cx: _Context, m: dict) -> bool:
    """Tell whether a country mention closes the name of a body that is not the state's ("the Muslim Council of
    Britain"): an organisation noun before "of" that is no state noun (a ministry, the central bank)."""
    if m.get("actor_type") != "country":
        return False
    ph = cx.lex["noun_of_before"].search(cx.text, max(0, m["start"] - 60), m["start"])
    nouns = [w.lower() for w in (ph.group(1).split() if ph else []) if cx.lex["org_word"].fullmatch(w)]
    return (bool(nouns) and nouns[-1] not in cx.lex["state_set"] and cx.lex["state_end"].search(ph.group(1)) is None
            and ph.group(1)[:1].isupper())


def _unnamed_lead(cx: _Context, lb: int, e: int) -> Ref | None:
    """Return nobody named for a subject phrase [lb, e) headed by an unnamed source ("An official of the Central
    Bank", "An EU official involved in the talks"): the organisation or place in the words after the head is where
    the source works, not who speaks. Not when those words name a person or hold a speech cue of their own."""
    u = cx.lex["unnamed_lead"].fullmatch(cx.text, lb, e)
    if u is None:
        return None
    tail = u.end("head")
    if cx.lex["cue"].search(cx.text, tail, e) or any(
            x.get("actor_type") == "person" for x in cx.mentions_between(lb, e)):
        return None
    return Ref("anon", None, u.start() + len(u.group()) - len(u.group().lstrip()))


def _word_start(lb: int, m: re.Match) -> int:
    """Return where the words of a phrase matched in text[lb:] begin, past its leading spaces, commas, brackets."""
    return lb + m.start() + len(m.group()) - len(m.group().lstrip(" ,("))


def _indefinite_ref(cx: _Context, lb: int, e: int, ind: re.Match) -> Ref:
    """Return whom an indefinite phrase ending at `e` names: the body an unnamed spokesperson speaks for ("an EU
    spokesman"), else nobody named ("a senior diplomat", "a source from the Serbian List")."""
    v = _unnamed_voice(cx, lb + ind.start(), e)
    if v is None:
        return Ref("anon", None, _word_start(lb, ind))
    return v if v.kind == "org" else Ref("mention", v.value, _word_start(lb, ind), VOICE)


def _unnamed_voice(cx: _Context, lo: int, hi: int) -> Ref | None:
    """Return the body an unnamed spokesperson in [lo, hi) speaks for: a mention ("an EU spokesman") or, with none,
    the body's noun ("a police spokesperson" -> the police); None for other unnamed sources ("a senior EU
    diplomat" speaks for nobody but themselves)."""
    if not cx.lex["voice_role"].search(cx.text, lo, hi):
        return None
    if (x := _unnamed_official_of(cx, lo, hi)) is not None:
        return Ref("mention", x, x["start"], VOICE)
    if (n := cx.lex["org_word"].search(cx.text, lo, hi)) is not None:
        return Ref("org", _norm_cue(n.group()), n.start(), VOICE)
    if (x := _body_subject_before(cx, lo)) is not None:
        return Ref("mention", x, x["start"], VOICE)
    return None


def _body_subject_before(cx: _Context, pos: int) -> dict | None:
    """Return the body that is the subject of the sentence before `pos` in its paragraph, if any ("The State
    Department urged restraint. “…,” a spokesperson said": the State Department's spokesperson)."""
    ss, _ = cx.sentence_bounds(pos)
    ps, _ = cx.para_bounds(pos)
    if ss <= ps:
        return None
    prev, _ = cx.sentence_bounds(ss - 1)
    for x in cx.mentions_between(prev, ss):
        if _speaking_body(cx, x):
            return x if cx.lex["subject_prefix"].fullmatch(cx.text, prev, x["start"]) else None
    return None


def _speaking_body(cx: _Context, x: dict) -> bool:
    """Tell whether a mention is a body an unnamed spokesperson may speak for: an organisation, or a country as a
    state body ("the Moldovan Interior Ministry", "a Pentagon spokesperson")."""
    return x.get("actor_type") == "organisation" or (x.get("actor_type") == "country" and (
        _state_name_tail(cx, x) or str(x.get("text")).lower() in cx.lex["state_bodies"]))


def _unnamed_official_of(cx: _Context, lo: int, hi: int) -> dict | None:
    """Return the organisation or country named in an unnamed source's phrase ("an EU spokesman")."""
    ms = [x for x in cx.mentions_between(lo, hi) if _speaking_body(cx, x)]
    rw = cx.lex["role_word"].search(cx.text, lo, hi)
    head = rw.start() if rw else hi
    before = [x for x in ms if x["end"] <= head]
    return before[-1] if before else (ms[0] if ms else None)


def _state_name_tail(cx: _Context, x: dict) -> bool:
    """Tell whether a country mention heads a state body right after it ("a Chilean government official", "the
    Moldovan Interior Ministry", "US Embassy"), not a nationality ("a Polish major") or a company ("Chile Airways")."""
    words = _WORD.findall(cx.text, x["end"], min(len(cx.text), x["end"] + 40))[:3]
    return any(w.lower() in cx.lex["state_set"] for w in words)


def _named_in_noun_phrase(cx: _Context, lo: int, hi: int, ub: int, kind: str) -> dict | None:
    """Return the actor a "the … ministry / commander" phrase after a cue names itself: a country or organisation
    inside it ("the Serbian defence ministry"), a capital right after it ("the defence ministry in Belgrade"), or,
    for a role, the person in the appositive that follows ("the new KFOR commander, Major General X")."""
    if kind == "org":
        inside = [x for x in cx.mentions_between(lo, hi) if x.get("actor_type") in ("country", "organisation")]
        if inside:
            return inside[-1]
        tail = _IN_CAPITAL.match(cx.text, hi, ub)
        if tail and (country := capital_of(tail.group("place"))) is not None:
            name = next((e.name for e in dictionary().values() if e.id == country and e.type == "country"), country)
            return {"actor_id": country, "actor": name, "actor_type": "country", "start": tail.start("place"),
                    "end": tail.end("place"), "text": tail.group("place")}
    if kind == "role":
        people = [x for x in cx.mentions_between(hi, min(ub, hi + 80)) if x.get("actor_type") == "person"]
        if people and (_APPOS_COMMA.match(cx.text, hi, ub) or not cx.text[hi:people[0]["start"]].strip()):
            return people[0]  # "…, the new KFOR commander, Major General X", "the party's spokeswoman Petra Roe"
    return None


def _nationality(cx: _Context, lo: int, hi: int) -> str | None:
    """Return the country a role noun's modifiers in [lo, hi) name ("the Xish diplomat" -> X), if any."""
    inside = [x for x in cx.mentions_between(lo, hi) if x.get("actor_type") == "country"]
    return inside[-1].get("actor_id") if inside else None


def _country_name(country: str) -> str | None:
    """Return the dictionary name of a country id."""
    entry = entries_by_id("country").get(country)
    return entry.name if entry is not None else None


def _country_speaker(country: str | None) -> Speaker | None:
    """Return a country as a speaker."""
    return Speaker(country, _country_name(country), None, "country") if country else None


def _noun_kind(lex: dict, noun: str) -> str:
    """Classify a noun of the attribution as a person role, an organisation, a statement or a medium."""
    n = _norm_cue(noun)
    if n in lex["stmt_set"]:
        return "statement"
    if n in lex["media_set"]:
        return "media"
    return "role" if n in lex["role_set"] else "org"


_FOR_BODY = re.compile(r"\s(?:for|of|at)\s", re.I)  # "a spokesperson for the government": the body named
# "(chief) executive, ", "-in-chief, " before the name
_ROLE_TAIL = r"(?:-[\w-]+)?"  # a role's hyphenated tail ("-in-chief")
_COMMA_GAP = re.compile(rf"{_ROLE_TAIL}(?:[^\S\n]+[\w’'-]+){{0,3}}?[^\S\n]*,[^\S\n]+")
_ONE_OF = re.compile(r"\s*one\s+of\s+(?:them|those|us|the\s+[\w-]+(?:\s+[\w-]+)?)\s*,\s+")  # "one of them, "
_HYPHEN_COMMA = re.compile(rf"{_ROLE_TAIL},")  # the comma after a role, or after its hyphenated tail ("-in-chief,")
# " defence analyst " between employer and name; "'s editor-in-chief, " after a possessive
_ROLE_WORDS_GAP = re.compile(r"(?:[’']s)?(?:[^\S\n]+[a-z][\w-]*){1,4},?[^\S\n]+")


def _speaker_after(cx: _Context, a: int, ub: int) -> Ref | None:
    """Parse the speaker phrase that follows a cue ("said Petrovic", "according to the ministry")."""
    text, lex = cx.text, cx.lex
    if m := lex["pronoun_start"].match(text, a, ub):
        return Ref("pronoun", m.group(1).lower(), m.start(1))
    if m := lex["the_title"].match(text, a, ub):
        a = m.end()  # "said the Rev. Milan Petrovich": the name after the title
    chain = lex["chain_start"].match(text, a, ub)
    if chain:
        lo = a + (len(text[a:chain.end()]) - len(text[a:chain.end()].lstrip()))
        hi = chain.end()
        ms = cx.mentions_between(lo, hi)
        if not ms and _HYPHEN_COMMA.match(text, hi):  # "said T7's editor-in-chief, Ilir Roe"
            ms = [x for x in cx.mentions_between(hi, min(ub, hi + 80)) if x.get("actor_type") == "person"][:1]
        people = [x for x in ms if x.get("actor_type") == "person"]
        if not people and honorific_name(text[lo:hi]):
            return Ref("name", text[lo:hi], lo)  # "said Mr Irish": a person, not the nationality
        if ms:
            x = people[-1] if people else ms[0]
            return Ref("mention", x, x["start"], _appositive_after(cx, x["end"], ub))
        after = [x for x in cx.mentions_between(hi, min(ub, hi + 60)) if x.get("actor_type") == "person"][:1]
        if after and _ROLE_WORDS_GAP.fullmatch(text, hi, after[0]["start"]):
            return Ref("mention", after[0], after[0]["start"])  # "said GlobalData defence analyst Karin Jensen",
            # "said T7's editor-in-chief, Ilir Roe"
    if (m := lex["document_from"].match(text, a, ub)) and (
            named := _named_in_noun_phrase(cx, m.end(), min(ub, m.end() + 60), ub, "org")) is not None:
        return Ref("mention", named, named["start"])  # "according to a statement from the Serbian ministry"
    if m := lex["the_noun_start"].match(text, a, ub):
        m = lex["possessive_noun"].match(text, m.end(), ub) or m  # "the party's defence spokeswoman": the spokeswoman
        kind = _noun_kind(lex, m.group("noun"))
        if (named := _named_in_noun_phrase(cx, m.start(), m.end(), ub, kind)) is not None:
            return Ref("mention", named, named["start"])
        if (comma := _COMMA_GAP.match(text, m.end(), ub)) and (x := _person_at(cx, comma.end(), ub)) is not None:
            return Ref("mention", x, x["start"])  # "said the company's chief executive, Agron Gashi."
        return Ref(kind, _norm_cue(m.group("noun")), m.start("noun"))
    if (m := _ONE_OF.match(text, a, ub)) and (x := _person_at(cx, m.end(), ub)) is not None:
        return Ref("mention", x, x["start"])  # "said one of them, Dejan Roe, 47": the person named after the comma
    if m := lex["indef_start"].match(text, a, ub):
        return _unnamed_voice(cx, m.start(), m.end()) or Ref("anon", None, a)  # "said a senior diplomat who …"
    if lex["kin_start"].match(text, a, ub):
        return Ref("anon", None, a)  # "said the mother of one of the soldiers": nobody named
    if chain and text[a:chain.end()].split()[0].lower() not in lex["not_names"]:
        return Ref("name", text[a:chain.end()].strip(), a)
    if m := lex["anon_start"].match(text, a, ub):
        return Ref("anon", None, a)
    return None


def _person_at(cx: _Context, pos: int, ub: int) -> dict | None:
    """Return the person mention that starts at `pos` (before `ub`), or None."""
    x = next(iter(cx.mentions_between(pos, min(ub, pos + 60))), None)
    return x if x is not None and x["start"] == pos and x.get("actor_type") == "person" else None


def _source_after(cx: _Context, a: int, ub: int) -> Ref | None:
    """Parse the source after "according to": any speaker phrase, or an organisation named in full after "the"
    ("according to the European External Action Service", which no noun of the word lists heads)."""
    if (ref := _speaker_after(cx, a, ub)) is not None:
        return ref
    if (the := _THE.match(cx.text, a, ub)) and (named := cx.lex["chain_start"].match(cx.text, the.end(), ub)):
        body = cx.by_end.get(named.end())
        if body is not None and body["start"] == the.end() and body.get("actor_type") == "organisation":
            return Ref("mention", body, body["start"])
    return None


def _appositive_after(cx: _Context, end: int, ub: int) -> str | None:
    """Return the appositive following a name ("Smith, a spokesman for X, said") if it names a role."""
    m = _APPOS_AFTER.match(cx.text, end, ub)
    if m and cx.lex["role_word"].search(m.group(1)):
        return m.group(1).strip()
    return None


# --------------------------------------------------------------------------- resolution


class _State:
    """Running discourse state: the current person in focus, the issuer of statements, known roles."""

    def __init__(self, cx: _Context) -> None:
        """Start with nobody in focus."""
        self.cx = cx
        self.focus: Speaker | None = None
        self.issuer: Speaker | None = None
        self.org_speaker: Speaker | None = None  # the last organisation or country that spoke ("It said")
        self.voice: Speaker | None = None  # the body the last unnamed spokesperson spoke for ("the spokesperson said")
        self.kin_gender: str | None = None  # the gender of the relative in focus ("His mother, Karen, …")
        self.cue_focus: Speaker | None = None  # a named person a speech cue put in focus since the last quotation
        self.roles: dict[str, str] = {}
        self.countries = {m["actor_id"]: m["country"] for m in cx.persons if m.get("actor_id") and m.get("country")}

    def speaker_of(self, m: dict, role: str | None = None) -> Speaker:
        """Turn a mention into a Speaker, remembering the role it carries."""
        aid = m.get("actor_id")
        role = m.get("role") or role or self.roles.get(aid)
        if aid and role and m.get("actor_type") == "person":
            self.roles.setdefault(aid, role)
        return Speaker(aid, m.get("actor"), role, m.get("actor_type"))

    def last(self, people: bool, pos: int, noun: str | None = None, kind: str | None = None,
             country: str | None = None) -> Speaker | None:
        """Return the most recent person (or organisation) mention before `pos`, optionally naming `noun` (and, for
        a person, of `country`: their country, or the country named in their role)."""
        cx = self.cx
        items, starts = (cx.persons, cx.person_starts) if people else (cx.orgs, cx.org_starts)
        k = bisect.bisect_left(starts, pos)
        if noun and not people:
            noun = cx.lex["noun_alias"].get(noun, noun)  # "the allies" -> an alliance
        nouns = [noun, *cx.lex["role_alias"].get(noun.lower(), [])] if noun and people else [noun]
        other_office = cx.lex["other_office"] if people else ""  # "the minister" is no prime minister
        pat = re.compile(rf"{other_office}\b(?:{'|'.join(map(re.escape, nouns))})\b", re.I) if noun else None
        cname = _country_name(country) if country else None
        for m in reversed(items[max(0, k - 40):k]):
            if kind is not None and m.get("actor_type") != kind:
                continue
            if country and m.get("country") != country and not (cname and cname in (
                    m.get("role") or self.roles.get(m.get("actor_id")) or "")):
                continue
            if pat is None:
                if kind == "country" and self._is_place(m):
                    continue  # "arrived in Kosovo": a destination, not the state whose ministry speaks
                if not people and _MODIFIER_HYPHEN.match(cx.text, m["end"]):
                    continue  # "the NATO-led force": NATO qualifies the force, which "it" stands for
                return self.speaker_of(m)
            hay = (m.get("role") or self.roles.get(m.get("actor_id"), "") or _dictionary_roles(m.get("actor_id"))
                   ) if people else (
                f"{m.get('text', '')} {m.get('actor', '')} {' '.join(_aliases(m.get('actor_id')))}")
            if pat.search(hay or "") or (not people and (self._opens_phrase_with(m, pat, noun)
                                                         or self._closes_phrase_with(m, pat)
                                                         or self._appositive_with(m, pat)
                                                         or self._named_after(m, pat))):
                return self.speaker_of(m)
        return None

    def _is_place(self, m: dict) -> bool:
        """Tell whether a country mention follows a preposition of place ("in Kosovo", "to Serbia")."""
        return self.cx.lex["locative_before"].search(self.cx.text, max(0, m["start"] - 30), m["start"]) is not None

    def _appositive_with(self, m: dict, pat: re.Pattern) -> bool:
        """Tell whether a mention's appositive names the noun ("Srpska lista, the main party of Kosovo Serbs,"); a
        country takes none ("… force in Kosovo, the Ministry of Defence said" names no ministry of Kosovo)."""
        if m.get("actor_type") == "country":
            return False
        ap = _ORG_APPOSITIVE.match(self.cx.text, m["end"], min(len(self.cx.text), m["end"] + 80))
        if ap is None or any(self.cx.lex["cue"].fullmatch(w) for w in ap.group(1).split()):
            return False  # "… to join KFOR, the Defence Ministry said": a new clause's subject, no appositive
        return pat.search(ap.group(1)) is not None

    def _named_after(self, m: dict, pat: re.Pattern) -> bool:
        """Tell whether an organisation mention names a noun phrase just before it ("The main Serb party, Srpska
        Lista, had called …"): the party is that organisation."""
        if m.get("actor_type") not in ("organisation",):
            return False
        ph = _NOUN_BEFORE_NAME.search(self.cx.text, max(0, m["start"] - 60), m["start"])
        return ph is not None and pat.fullmatch(ph.group(1)) is not None

    def _office_of_body(self, pos: int, noun: str) -> Speaker | None:
        """Return the organisation whose office the role noun was written after, when no person holds it ("the OSCE
        Representative on Freedom of the Media": the OSCE)."""
        cx = self.cx
        pat = re.compile(rf"{re.escape(noun)}", re.I)
        k = bisect.bisect_left(cx.org_starts, pos)
        for m in reversed(cx.orgs[max(0, k - 40):k]):
            if m.get("actor_type") == "organisation" and self._opens_phrase_with(m, pat, noun):
                return self.speaker_of(m)
        return None

    def _closes_phrase_with(self, m: dict, pat: re.Pattern) -> bool:
        """Tell whether a mention closes an "<noun> of X" phrase naming the noun ("the Central Bank of Kosovo"); a
        group never does ("the main party of Kosovo Serbs" is no body of the Serbs), and a country only for a body
        of the state ("the Muslim Council of Britain" is an association, not Britain)."""
        if m.get("actor_type") == "group":
            return False
        ph = self.cx.lex["noun_of_before"].search(self.cx.text, max(0, m["start"] - 60), m["start"])
        if ph is None or pat.search(ph.group(1)) is None:
            return False
        return m.get("actor_type") != "country" or self.cx.lex["state_end"].search(ph.group(1)) is not None

    def _opens_phrase_with(self, m: dict, pat: re.Pattern, noun: str) -> bool:
        """Tell whether an organisation mention opens a noun phrase headed by the noun ("Italy's Defence Ministry")."""
        cx = self.cx
        if m.get("actor_type") == "group" or (m.get("actor_type") == "country" and noun not in cx.lex["state_set"]):
            return False  # "the largest Kosovo Serb party" is no body of the Serbs
        ph = _ORG_PHRASE.match(cx.text, m["end"], min(len(cx.text), m["end"] + 60))
        if ph is None:
            return False
        for w in ph.group(1).split():
            if pat.fullmatch(w):
                return True
            if w.lower() in cx.lex["not_names"] or cx.lex["cue"].fullmatch(w):
                return False
        return False

    def resolve(self, ref: Ref | None, pos: int, same_document: bool = False) -> Speaker | None:
        """Resolve an attribution phrase to a Speaker (None when it names nobody known); `same_document`: the
        sentence goes back to a document already named ("In its statement, the ministry said"), whose issuer
        speaks."""
        if ref is None:
            return None
        lex = self.cx.lex
        if same_document and self.issuer is not None and (ref.kind in ("org", "statement") or (
                ref.kind == "pronoun" and ref.value in lex["org_pron"])):
            return self.issuer
        if ref.kind == "mention":
            return self.speaker_of(ref.value, ref.role)
        if ref.kind == "pronoun":
            if ref.value in lex["person_pron"]:
                if self.focus is not None and self.focus.role == VOICE:
                    return self.voice  # the unnamed spokesperson in focus speaks for the body
                focus = self.focus
                if self.kin_gender and self.kin_gender != lex["pronoun_genders"].get(ref.value):
                    focus = None  # "His mother was there. “…,” he said": not the mother
                if (met := self._met_by_first_person(ref.start)) is not None:
                    return met
                if focus is not None and focus.actor_id and self._speaks_turn(focus, ref.start):
                    focus = self._last_unlabelled(pos)  # "WIECZOREK: So far, yes. He said …": not the speaker
                sp = self._by_gender(focus or self.last(True, pos), ref.value, pos)
                return sp if sp is not None and sp.actor_id else None
            if ref.value in lex["org_pron"]:
                return self.org_speaker or self.issuer or self.last(False, pos)
            if ref.value == "i" and (name := self._turn_speaker(ref.start)) is not None:
                known = dictionary().get(name)  # "ROE: … I told him, “…”": the turn's speaker
                return self.resolve(Ref("name", name, ref.start), pos) or (Speaker(
                    known.id, known.name, None, "person") if known is not None and known.type == "person" else None)
            return None
        if ref.kind == "role" and ref.country:  # "the Xish diplomat": X's person with that role
            sp = self.last(True, pos, ref.value, country=ref.country)
            if sp is not None or ref.value in lex["unnamed_set"]:
                return sp  # an unnamed source's role with a nationality names nobody else
            last = None if ref.value in lex["voice_set"] else self.last(True, pos)  # "the Iranian spokesman": Iran
            held = (last.role or _dictionary_roles(last.actor_id)) if last is not None else None
            if held and not re.search(rf"\b{re.escape(ref.value)}", held, re.I):
                return None  # "the Turkish ambassador told CorD": not the Turkish general named before
        if ref.kind == "role":
            named = self.last(True, pos, ref.value)
            if named is not None and self.focus is not None and self.focus.actor_id not in (None, named.actor_id) \
                    and self._holds(self.focus, ref.value):
                return self.focus  # "President X told Y that President Z would visit. “…,” the President said": X
            if named is None and ref.value in lex["voice_set"]:
                # "A ministry spokesperson told reporters … “…,” the spokesperson said."; "A spokesperson for the
                # Kosovo government rejected this. “…,” the spokesperson said." (no speech verb named them before)
                return self.voice or self._voice_before(ref.start, str(ref.value), pos)
            if named is None and ref.value not in lex["unnamed_set"] and (
                    office := self._office_of_body(pos, str(ref.value))) is not None:
                return office  # "The OSCE Representative on … expressed concern. “…,” the Representative said"
            return named if named or ref.value in lex["unnamed_set"] else self.last(True, pos)
        if ref.kind == "org":
            sp = self.last(False, pos, ref.value)
            noun = lex["noun_alias"].get(ref.value, ref.value)  # "an MoD spokesperson": a ministry's
            if sp is None and noun in lex["judicial_set"]:
                sp = self._judicial_country(pos)
            if sp is None and noun in lex["state_set"]:
                sp = self._bare_body_country(noun, pos) or self.last(False, pos, kind="country")
            if sp is None and noun in lex["generic_org_set"]:
                sp = self.last(False, pos, kind="organisation")
            return sp
        if ref.kind == "statement":
            return self.issuer or self.last(False, pos)
        if ref.kind == "name":
            return (self._abbreviated_person(str(ref.value), pos) or _named_person(str(ref.value))
                    or self._person_inside(ref) or _named_person(str(ref.value), honorific=True)
                    or self._named_in_full(str(ref.value)) or self._knight_by_given_name(str(ref.value), ref.start))
        if ref.kind == "holder":
            held = ref.value
            return Speaker(held.id, held.name, None, "person")
        if ref.kind == "body":
            owner = ref.value if isinstance(ref.value, dict) else None
            aid = owner.get("actor_id") if owner else (self.focus.actor_id if self.focus else None)
            return _country_speaker((owner.get("country") if owner else None) or self.country_of(aid))
        return None

    def _turn_speaker(self, pos: int) -> str | None:
        """Return the name of the speaker whose turn label opens the paragraph at `pos` ("GEN. ROE:" -> "Roe",
        "MIRA ROE (through interpreter):" -> "Mira Roe"), without titles; None where no label opens it."""
        ps, _ = self.cx.para_bounds(pos)
        m = _TURN_LABEL.match(self.cx.text, ps)
        if m is None or m.end() > pos or not all(w[0].isupper() for w in m.group("label").split()):
            return None
        words = [w for w in m.group("label").split() if w.rstrip(".").lower() not in _label_titles()]
        if not words:
            return None
        return " ".join(w.title() if w.isupper() else w for w in words)

    def _holds(self, sp: Speaker, noun: str) -> bool:
        """Tell whether a person's role (in the text or the actor dictionary) names the role noun."""
        hay = sp.role or self.roles.get(sp.actor_id or "") or _dictionary_roles(sp.actor_id)
        return re.search(rf"{self.cx.lex['other_office']}\b{re.escape(noun)}\b", hay or "", re.I) is not None

    def _speaks_turn(self, sp: Speaker, pos: int) -> bool:
        """Tell whether a person is the speaker whose turn label opens the paragraph at `pos`."""
        name = self._turn_speaker(pos)
        return name is not None and person_key(name) == sp.actor_id

    def _last_unlabelled(self, pos: int) -> Speaker | None:
        """Return the most recent person mentioned before `pos` outside a turn label."""
        cx = self.cx
        for m in reversed(cx.persons[max(0, bisect.bisect_left(cx.person_starts, pos) - 40):
                                     bisect.bisect_left(cx.person_starts, pos)]):
            ps, _ = cx.para_bounds(m["start"])
            if (label := _TURN_LABEL.match(cx.text, ps)) is None or m["start"] >= label.end():
                return self.speaker_of(m)
        return None

    def _judicial_country(self, pos: int) -> Speaker | None:
        """Return the country of the court or prosecution the text last placed before `pos` ("the Higher Court in
        Northtown", "Xish prosecutors", "a Northtown court"): the place's or nationality's country in the dictionary."""
        cx = self.cx
        lo = max(0, pos - JUDICIAL_REACH)  # a bounded look back: no rescan of a long page for every quotation
        for m in reversed(list(cx.lex["judicial_place"].finditer(cx.text, lo, pos))):
            # the article's own place and country mentions in the phrase: the place after "in", else the nearest
            # before the noun
            inside = [x for x in cx.mentions_between(m.start(), m.end()) if x.get("actor_type") == "country"]
            inside += [x for x in cx.places if m.start() <= int(x["start"]) and int(x["end"]) <= m.end()]
            for x in sorted(inside, key=lambda x: int(x["start"]), reverse=True):
                if x.get("country"):
                    return _country_speaker(x["country"])
        return None

    def _bare_body_country(self, noun: str, pos: int) -> Speaker | None:
        """Return the country of a state body first named without one, as a source, before the quotation's
        sentence ("…, the National Defence Ministry said"): the first country (or body of one) that the naming
        sentence puts outside a place phrase, else the last country named before it, else the country whose
        capital is the dateline ("ANKARA")."""
        cx = self.cx
        first = re.compile(rf"\b{re.escape(noun)}\b", re.I).search(cx.text, 0, pos)
        if first is None or (bounds := cx.sentence_bounds(first.start()))[1] > cx.sentence_bounds(pos)[0]:
            return None
        name_end = _BODY_NAME_REST.match(cx.text, first.end()).end()
        if not cx.lex["cue"].match(cx.text, name_end):
            return None  # "Government figures suggest …": named, but not as a source
        for word in re.findall(rf"\b[{UPPER}][\w’'-]+", cx.text[first.end():name_end]):
            if (country := capital_of(word)) is not None:
                return _country_speaker(country)  # "The Interior Ministry in <capital> said": its state's
        k, j = bisect.bisect_left(cx.org_starts, bounds[0]), bisect.bisect_left(cx.org_starts, bounds[1])
        for m in cx.orgs[k:j]:
            if m.get("actor_type") == "country" and not self._is_place(m):
                return self.speaker_of(m)
            if m.get("actor_type") == "organisation" and m.get("country"):
                return _country_speaker(m["country"])  # "the Turkish Armed Forces": a body of Türkiye
        if (before := self.last(False, bounds[0], kind="country")) is not None:
            return before
        place = (cx.doc.dateline or "").split(",")[0].strip()
        country = capital_of(place.title()) if place else None
        return _country_speaker(country)

    def country_of(self, actor_id: str | None) -> str | None:
        """Return a person's country: from the dictionary, else from a mention of them."""
        entry = entries_by_id("person").get(actor_id) if actor_id else None
        return entry.country if entry is not None and entry.country else self.countries.get(actor_id or "")

    def _named_in_full(self, name: str) -> Speaker | None:
        """Return the person a surname alone stands for where the text names them in full ("said Holmes" after "Kelly
        Holmes won …"); not a given name alone ("said Milica": nobody named)."""
        word = name.strip()
        if not surname_word(word) or {word.lower(), fold(word).lower()} & given_names().keys():
            return None
        given = rf"(?:[{UPPER}][\w’'-]+|[{UPPER}]\.)[^\S\n]+"  # "Kelly ", "M. "; not "Friday. " (a sentence's end)
        for m in re.finditer(rf"(?<![\w’'.-])(?:{given}){{1,2}}{re.escape(word)}(?![\w’'-])", self.cx.text):
            full = clean_name(m.group())
            if full is not None and full.split()[-1] == word:
                return Speaker(person_key(full), full, None, "person")
        return None

    def _knight_by_given_name(self, name: str, pos: int) -> Speaker | None:
        """Return the person "Sir Howard" stands for: the last person mention before `pos` whose name opens with that
        given name ("Sir Howard Stringer" … "Sir Howard said"); British usage keeps a knight's or dame's given name."""
        m = _KNIGHT.fullmatch(name.strip())
        if m is None:
            return None
        k = bisect.bisect_left(self.cx.person_starts, pos)
        for x in reversed(self.cx.persons[max(0, k - 40):k]):
            if str(x.get("text") or "").split()[:1] == [m.group("given")] and len(str(x["text"]).split()) > 1:
                return self.speaker_of(x)
        return None

    def _person_inside(self, ref: Ref) -> Speaker | None:
        """Return the person a name holds a mention of ("Ms Gervalla-Schwarz" holds the dictionary's "Gervalla")."""
        end = ref.start + len(str(ref.value))
        people = [x for x in self.cx.mentions_between(ref.start, end)
                  if x.get("actor_type") == "person" and _NAME_REST.fullmatch(self.cx.text, x["end"], end)]
        return self.speaker_of(people[-1]) if people else None  # not "Sarney's", nor "Anthony" of "Anthony O'Reilly"

    def _met_by_first_person(self, pos: int) -> Speaker | None:
        """Return the person named earlier in a sentence whose subject is the writer ("I also met Prime Minister
        Roe, and he said to me"): the only third person there for "he" at `pos` to point at."""
        cx = self.cx
        ss, _ = cx.sentence_bounds(pos)
        if not _FIRST_PERSON_SUBJECT.match(cx.text, ss, pos):
            return None
        k, j = bisect.bisect_left(cx.person_starts, ss), bisect.bisect_left(cx.person_starts, pos)
        people = {m.get("actor_id") for m in cx.persons[k:j]}
        return self.speaker_of(cx.persons[j - 1]) if len(people) == 1 and None not in people else None

    def _voice_before(self, start: int, noun: str, pos: int) -> Speaker | None:
        """Return the body an unnamed spokesperson introduced in this paragraph or the one before speaks for ("A
        spokesperson for the Kosovo government rejected this."), when no attribution named them."""
        cx = self.cx
        if not re.match(rf"[Tt]he\s+{re.escape(noun)}\b", cx.text[start:start + 40]):
            return None  # "The Bat spokeswoman said": another body's spokesperson
        para = bisect.bisect_right(cx.paras, (start, float("inf"))) - 1
        lo = cx.paras[max(0, para - 1)][0] if cx.paras else 0
        last = None
        for m in cx.lex["indef_start"].finditer(cx.text, lo, start):
            if _FOR_BODY.search(m.group()):
                last = m  # "A spokesperson for the Kosovo government" (not "a spokesman pointed out …")
        ref = _unnamed_voice(cx, last.start(), last.end()) if last is not None else None
        if ref is None or not last.start() <= ref.start < last.end():
            return None  # the body must be named in the phrase itself ("for the Kosovo government")
        return self.resolve(ref, pos)

    def _by_gender(self, sp: Speaker | None, pronoun: str, pos: int) -> Speaker | None:
        """Keep the person a pronoun points at unless their known gender contradicts it; then take the last person
        of the pronoun's gender named in the paragraph or the four before it ("Osmani welcomed Rutte's remarks.
        “…,” she wrote": Osmani, as Mr Rutte is a man), else the nearest person there whose gender the text does not
        show ("Mirlinda Hoxha and Xhelal Sveçla visited … “…,” she said": Hoxha); else nobody (a pronoun never names a
        person whose gender the text contradicts)."""
        cx = self.cx
        want = cx.lex["pronoun_genders"].get(pronoun)
        if sp is None or want is None or cx.genders.get(sp.actor_id or "", want) == want:
            return sp
        para = bisect.bisect_right(cx.paras, (pos, float("inf"))) - 1
        lo = cx.paras[max(0, para - _GENDER_PARAS)][0] if cx.paras else 0
        k = bisect.bisect_left(cx.person_starts, pos)
        unknown = None  # the nearest person whose gender the text does not show
        here = cx.paras[para][0] if 0 <= para < len(cx.paras) else lo
        for m in reversed(cx.persons[:k]):
            if m["start"] < lo:
                break
            gender = cx.genders.get(m.get("actor_id") or "")
            if gender == want:
                if unknown is not None and unknown["start"] >= here > m["start"]:
                    break  # "… did not impress Tim Collins. “…,” he said": the person of this paragraph, not
                    # a man of an earlier one
                return self.speaker_of(m)
            if gender is None and unknown is None and m.get("actor_id") and m.get("actor_id") != sp.actor_id:
                unknown = m
        return self.speaker_of(unknown) if unknown is not None else None  # "Ivo Roe said … “…,” she said": not Roe

    def _abbreviated_person(self, name: str, pos: int) -> Speaker | None:
        """Return the person an abbreviated title stands for where the text defined it before `pos`: "The Commander
        of the Force (COMKFOR), Major General X," or "X, the Special Representative (SRSG)," -> "said COMKFOR" is X."""
        word = name.strip(" .,;:")
        if len(word) < 2 or not word.isalpha() or not word.isupper():
            return None
        cx = self.cx
        k = cx.text.rfind(f"({word})", 0, pos)
        if k < 0:
            return None
        people = [x for x in cx.mentions_between(k, min(len(cx.text), k + 160)) if x.get("actor_type") == "person"]
        if people and _APPOS_COMMA.fullmatch(cx.text, k + len(word) + 2, people[0]["start"]):
            return self.speaker_of(people[0])
        before = [x for x in cx.mentions_between(max(0, k - 160), k) if x.get("actor_type") == "person"]
        if before and _ROLE_BEFORE_ABBR.fullmatch(cx.text, before[-1]["end"], k) and cx.lex["role_word"].search(
                cx.text, before[-1]["end"], k):
            return self.speaker_of(before[-1])
        return None

    def attend_ref(self, ref: Ref, sp: Speaker | None) -> None:
        """Move the focus after an attribution: a person named or described speaks ("he" is then that person, or
        nobody named after "a resident"), a body speaks ("it" is then that body), an unnamed spokesperson speaks
        for a body ("he" and "the spokesperson" are then that body); an asker's question leaves the one asked."""
        if ref.role == ASKER:
            return  # "Roe was asked by a journalist: “…?” “…,” she replied": Roe
        if ref.kind in ("mention", "role", "name"):
            self.attend(sp or Speaker(None, None, None, "person"))
        elif ref.kind in ("org", "body"):
            self.attend(sp)  # "the ministry said": what "it" refers to next
        if ref.kind == "anon":
            self.attend(Speaker(None, None, None, "person"))  # "A resident said …. He added": nobody named
        if ref.role == VOICE:
            self.voice = sp
            self.attend(Speaker(None, None, VOICE, "person"))  # "An embassy spokesman said …. He added": the body

    def attend(self, sp: Speaker | None) -> None:
        """Put a person speaker in focus (an unknown named person too: later pronouns then stay unresolved); an
        organisation or country that speaks becomes the one "it" refers to."""
        if sp is not None and sp.actor_type == "person":
            self.focus, self.kin_gender = sp, None
        elif sp is not None and sp.actor_id:
            self.org_speaker = sp


# --------------------------------------------------------------------------- per-quotation rules


def _after_attr(cx: _Context, q: _Quote) -> tuple[Ref, re.Match] | None:
    """Find an attribution right after the closing mark ("…,” he said" / "…,” said Smith")."""
    if q.mc is None:
        return None
    text, lex = cx.text, cx.lex
    _, pe = cx.para_bounds(q.mc)
    a = q.mc + 1
    k = bisect.bisect_right(cx.marks, q.mc)
    ub = min(pe, a + 250, cx.marks[k] if k < len(cx.marks) else pe)
    lead = _LEAD.match(text, a, ub).end()
    cm = lex["cue"].search(text, lead, ub)
    if cm is None or cm.start() - lead > 150 or _CONTRAST.match(text, a, cm.start()):
        return None  # "“…”, while the EEAS said …": another source's words follow
    if _AND_CLAUSE.match(text, a, cm.start()) and lex["cue"].search(text, cx.sentence_bounds(q.mo)[0], q.mo):
        return None  # 'X said it expected "…", and Y, who …, said': the quotation is X's, the next clause Y's
    cue = _norm_cue(cm.group())
    if _COLON_NEXT.match(text, cm.end(), ub):
        return None
    full_stop = text[q.qe - 1] == "." or "." in text[a:lead]
    if full_stop and not lex["short_tail"].match(text, cm.end(), min(pe, a + 250)):
        return None  # '…". Kovač answered that "…"': a sentence of its own that opens the next quotation
    if cm.start() == lead:
        if cue in lex["object_set"]:
            return None
        ref = (_source_after if cue in lex["source_set"] else _speaker_after)(cx, cm.end(), ub)
    else:
        ref = _speaker_before(cx, lead, cm.start(), anchored=True) or _named_then_described(cx, lead, cm.start())
    return (ref, cm) if ref else None


def _named_then_described(cx: _Context, lo: int, c: int) -> Ref | None:
    """Return the person named right after a quotation and described before the cue ("“…,” Rob McIvor, FSA
    spokesman, told BBC News"; "Simon Wheatley, from Goldman Sachs, said"): the name, not what describes it."""
    m = _NAME_DESCRIBED.match(cx.text, lo, c)
    if m is None:
        return None
    people = [x for x in cx.mentions_between(lo, m.end("name")) if x.get("actor_type") == "person"]
    if people:
        return Ref("mention", people[-1], people[-1]["start"], m.group("role").strip(" ,") or None)
    return Ref("name", m.group("name"), lo) if _named_person(m.group("name")) else None


def _cue_ref(cx: _Context, cm: re.Match, lb: int, ub: int) -> Ref | None:
    """Find the speaker phrase of one cue inside a sentence window."""
    lex, text = cx.lex, cx.text
    cue = _norm_cue(cm.group())
    if cue in lex["source_set"]:
        return _source_after(cx, cm.end(), ub)
    if cue in lex["question_set"] and _PASSIVE_BEFORE.search(text, lb, cm.start()) and (
            by := _ASKED_BY.match(text, cm.end())):  # "Roe was asked by a journalist: “…?”": the asker's words
        asker = _speaker_after(cx, by.start("agent"), ub) if not by["indefinite"] else None
        return replace(asker or Ref("anon", None, by.start("agent")), role=ASKER)
    if cue in lex["participle_set"] and (qm := lex["quoted_as"].search(text, lb, cm.start())):
        return _quoted_person(cx, qm)
    if cue in lex["participle_set"] and text[lb:cm.start()].rstrip().endswith((",", ";", "—", "–")):
        return _clause_subject(cx, lb, cm.start())
    if cue in lex["participle_set"] and (finite := [c for c in lex["cue"].finditer(text, lb, cm.start())
                                                    if _norm_cue(c.group()) not in lex["participle_set"]]):
        return _speaker_before(cx, lb, finite[-1].start(), anchored=False)  # "X said he … the Bank noting that": X
    inverted = None if cue in lex["object_set"] else _speaker_after(cx, cm.end(), ub)
    if _LEAD.fullmatch(text, lb, cm.start()):
        return inverted
    if (who := _WHO_BEFORE.search(text, lb, cm.start())) and (people := [
            x for x in cx.mentions_between(lb, who.start()) if x.get("actor_type") == "person"]):
        return Ref("mention", people[-1], people[-1]["start"])  # "Leyla Hassan, a combat medic, who said"
    if _COORDINATED.search(text, lb, cm.start()) and not _SUBORDINATE.search(text, lb, cm.start()):
        subject = _clause_subject(cx, lb, cm.start())  # "X welcomed the appointment and said it counted on “…”"
        modifier = subject is not None and subject.kind == "mention" and subject.value.get(
            "actor_type") == "country" and _MODIFIER_AFTER.match(text, subject.value["end"])
        if subject is not None and not modifier:  # "US behemoth General Electric … and declared": not the US
            return subject
    before = _speaker_before(cx, lb, cm.start(), anchored=False)
    if (rel := _RELATIVE_TAIL.search(text, lb, cm.start())) and (before is None or before.start >= rel.start()) and (
            subject := _speaker_before(cx, lb, rel.start(), anchored=False)) is not None:
        return subject  # "The KFOR mission, which has 4,500 soldiers in Kosovo, said": not Kosovo
    if text[lb:cm.start()].rstrip().endswith((",", ";")) and (before is None or before.kind == "name"):
        return inverted or before
    if (before is not None and before.kind == "name" and cue in lex["paper_set"]
            and may_be_paper(text, before.start, str(before.value))):
        return Ref("anon", None, before.start)  # "Večernje Novosti writes that …": a paper with no key, nobody (not
        # "Hill co-wrote the film": one word may be a surname)
    return before


def _quoted_person(cx: _Context, qm: re.Match) -> Ref | None:
    """Return who is quoted in "quoted X as saying" (a person first, then any mention, else the phrase itself)."""
    lo, hi = qm.span("who")
    ms = cx.mentions_between(lo, hi)
    people = [x for x in ms if x.get("actor_type") == "person"]
    if not people and (ind := cx.lex["indef_end"].search(cx.text[lo:hi])) is not None:
        return _indefinite_ref(cx, lo, hi, ind)  # "quotes an unnamed EU official as saying": nobody named
    if not people and _UNNAMED.match(cx.text, lo):
        return Ref("anon", None, lo)  # "quotes unnamed sources in the government as saying"
    if people or ms:
        x = (people or ms)[-1]
        return Ref("mention", x, x["start"])
    return _speaker_after(cx, lo, hi)


def _clause_subject(cx: _Context, lb: int, c: int) -> Ref | None:
    """Find the subject opening the main clause before a participle ("X called for ..., saying: “…”")."""
    text, lex = cx.text, cx.lex
    a = _LEAD.match(text, lb, c).end()
    if d := _DATELINE.match(text, a, c):
        a = d.end()  # the main clause starts after an inline dateline
    if m := lex["pronoun_start"].match(text, a, c):
        return Ref("pronoun", m.group(1).lower(), m.start(1))
    if m := lex["indef_start"].match(text, a, c):
        return _unnamed_voice(cx, m.start(), m.end()) or Ref("anon", None, a)  # "A diplomat was blunter, telling us:"
    ms = [x for x in cx.mentions_between(a, c) if x["start"] - a < 250]
    for want_person in (True, False):
        for x in ms:
            if (x.get("actor_type") == "person") != want_person or (text.startswith(("’s", "'s"), x["end"]) and (
                    want_person or not lex["possessive_body"].match(text, x["end"], c))):
                continue  # "Kosovo's Foreign Ministry welcomed …, calling": Kosovo heads the subject
            if lex["subject_prefix"].fullmatch(text, a, x["start"]):
                return Ref("mention", x, x["start"])
    return None


def _before_attr(cx: _Context, lb: int, mo: int) -> tuple[Ref, re.Match] | None:
    """Find the attribution in the sentence before the opening mark (colon intro or reported speech); the author
    of a document named after the last cue (or before "read") speaks: "Y shared X's post, which read: …"."""
    if (named := _naming_attr(cx, lb, mo)) is not None:
        return named
    cues = [c for c in cx.lex["cue"].finditer(cx.text, lb, mo)  # "a message read out at the ceremony": spoken
            if not (_norm_cue(c.group()) == "read" and _READ_OUT.match(cx.text, c.end()))]
    last = cues[-1] if cues else None
    reads = last is not None and (_norm_cue(last.group()) == "read" or cx.lex["document_relative"].search(
        cx.text, max(lb, last.start() - 20), last.start()) is not None)  # "a message from X, which said:"
    author = _document_author(cx, last.end() if last and not reads else lb, mo)
    if author is not None:
        return author[0], (last if reads else author[1])
    if (qc := cx.lex["quoted_colon"].search(cx.text, lb, mo)) is not None and (
            (who := _quoted_person(cx, qc)) is not None and who.kind == "mention"
            and who.value.get("actor_type") == "person"):
        return who, qc  # "Koha Ditore writes that … and quotes agency head Jana Roe: “…”": Roe
    for k in range(len(cues) - 1, -1, -1):
        ref = _cue_ref(cx, cues[k], lb, mo)
        if ref:
            return _reporter(cx, cues[:k], cues[k], ref, lb, mo) or (ref, cues[k])
    return None


def _naming_attr(cx: _Context, lb: int, mo: int) -> tuple[Ref, re.Match] | None:
    """Find who gives the quotation at `mo` as a name: the subject after a relative word ("the drones, which X last
    year called “…”") or the main clause's subject before a naming participle ("X reacted, calling the raids “…”")."""
    text, lex = cx.text, cx.lex
    if (r := lex["naming_relative"].search(text, lb, mo)) is not None:
        s, e = r.span("subj")
        if m := lex["pronoun_start"].fullmatch(text, s, s + len(r.group("subj").split()[0])):
            return Ref("pronoun", m.group(1).lower(), s), _WORD.match(text, r.start("verb"))
        first = next(iter(cx.mentions_between(s, e)), None)
        if first is not None and first["start"] == s and first.get("actor_type") == "person":
            return Ref("mention", first, s), _WORD.match(text, r.start("verb"))
        return None
    if (n := lex["naming_clause"].search(text, lb, mo)) is not None and (
            ref := _clause_subject(cx, lb, n.start())) is not None:
        return ref, _WORD.search(text, n.start())
    return None


def _reporter(cx: _Context, earlier: list[re.Match], cm: re.Match, inner: Ref, lb: int,
              mo: int) -> tuple[Ref, re.Match] | None:
    """Find who reports the clause that holds the quotation's nearest cue, where that cue does not introduce the
    quotation: "X said Y had urged Z to wait and was “disappointed …”" (the quotation belongs to a second
    predicate) or "X said in a readout that Y had stressed “…”" (X's document words it). Either way X speaks, if
    X's clause runs on to the quotation with no clause break."""
    lex, text = cx.lex, cx.text
    if _norm_cue(cm.group()) in lex["participle_set"] | lex["source_set"] or not earlier:
        return None
    second_predicate = lex["and_predicate"].search(text, cm.end(), mo) is not None
    for first in earlier:
        cue = _norm_cue(first.group())
        if cue in lex["participle_set"] | lex["source_set"] | lex["object_set"]:
            continue
        if _CLAUSE_BREAK.search(text, first.end(), cm.start()):
            continue
        reported = inner.start >= first.end() and not _personal(cx, inner)  # "X said the bloc had asked Y to …"
        if not (second_predicate or reported or lex["statement_word"].search(text, first.end(), cm.start())):
            continue
        if (ref := _cue_ref(cx, first, lb, first.end())) is not None:
            return ref, first
    return None


def _personal(cx: _Context, ref: Ref) -> bool:
    """Tell whether an attribution names a person, named or not ("Y had told him", "a resident told"), not a body,
    a country or a document ("the bloc had asked", "a message posted on X")."""
    if ref.kind == "anon":
        return cx.lex["a_document"].match(cx.text, ref.start) is None
    if ref.kind == "pronoun":
        return ref.value in cx.lex["person_pron"]
    if ref.kind == "name":  # "Hornick concludes", not "Brussels had asked", "CFTC continued", "Mr Bell's comments"
        name = str(ref.value)
        return ref.start not in cx.place_starts and not name.endswith(("’s", "'s")) and not name.isupper()
    return ref.kind == "role" or (ref.kind == "mention" and ref.value.get("actor_type") == "person")


def _document_author(cx: _Context, lo: int, hi: int) -> tuple[Ref, re.Match] | None:
    """Find "X's tweet" or "a tweet by X" in [lo, hi): the author X as a mention, and the phrase as the cue."""
    text, lex = cx.text, cx.lex
    for x in reversed(cx.mentions_between(lo, hi)):
        m = lex["doc_after"].match(text, x["end"], hi)
        if m is not None and lex["doc_judged"].match(text, m.end(), hi):
            continue  # "Marr said that Mr Brown's article was “a warning shot”": a judgement of it, not its words
        if m is None and (b := lex["doc_before"].search(text, max(lo, x["start"] - 80), x["start"])):
            m = b
        if m is None and x.get("actor_type") == "person" and (
                b := lex["doc_before_role"].search(text, max(lo, x["start"] - 140), x["start"])) is not None and (
                lex["role_word"].search(b.group("role"))):
            m = b  # "a message from the director of Kosovo Police, X,": X wrote it
        if m is not None:
            return Ref("mention", x, x["start"]), lex["doc_noun"].search(text, m.start(), m.end())
    return None


def _trailing_attr(cx: _Context, q: _Quote) -> tuple[Ref, re.Match] | None:
    """Find an attribution later in the same sentence ("the “so-called” plan, Smith said")."""
    if q.mc is None:
        return None
    text = cx.text
    _, se = cx.sentence_bounds(q.mc)
    k = bisect.bisect_right(cx.marks, q.mc)
    ub = min(se, cx.marks[k] if k < len(cx.marks) else se)
    for cm in cx.lex["cue"].finditer(text, q.mc + 1, ub):
        cut = max(text.rfind(",", q.mc + 1, cm.start()), text.rfind(";", q.mc + 1, cm.start()))
        lb = cut + 1 if cut > q.mc else q.mc + 1
        if text[lb:cm.start()].strip():
            ref = _speaker_before(cx, lb, cm.start(), anchored=True)
        elif _norm_cue(cm.group()) not in cx.lex["object_set"]:
            ref = _speaker_after(cx, cm.end(), ub)
        else:
            ref = None
        if ref:
            return ref, cm
    return None


def _clause_start(cx: _Context, lb: int, mo: int) -> int:
    """Move `lb` past the last sentence end found before the opening mark at `mo`."""
    cut = lb
    for m in _SENT_CUT.finditer(cx.text, lb, mo):
        dot = m.start()
        if cx.text[dot] != "." or not (cx.lex["abbreviation_end"].search(cx.text, max(lb, dot - 12), dot) or (
                _INITIAL_BEFORE.search(cx.text, max(lb, dot - 40), dot) and _SURNAME_AFTER.match(cx.text, dot + 1))):
            cut = m.end()  # "Lt. Col. Mert Alkan", "Edward E. Lucente" do not end a sentence
    return cut


def _kind(cx: _Context, lb: int, q: _Quote) -> str:
    """Classify a quotation as direct (a whole sentence, or after a colon/cue-comma intro) or partial."""
    bt = cx.text[lb:q.mo].rstrip()
    if not bt.strip(" ,;—–-"):
        return "direct" if q.mc is None or _ends_clause(cx, q) else "partial"
    if bt.endswith(":"):
        return "direct"
    if bt.endswith(","):
        for cm in reversed(list(cx.lex["cue"].finditer(bt))):
            return "direct" if cx.lex["intro_comma"].fullmatch(bt, cm.end()) else "partial"
    return "partial"


def _ends_clause(cx: _Context, q: _Quote) -> bool:
    """Tell whether a sentence-initial quotation is a full sentence (not a headline fragment like “X” in Y)."""
    text = cx.text
    _, pe = cx.para_bounds(q.mc)
    rest = text[q.mc + 1:pe].lstrip()
    inner_end = text[q.qe - 1]
    return not rest or inner_end in ",.!?…;:—-" or rest[0] in ",.!?;:—–-\"“”«»‘'" or cx.lex["cue"].match(
        rest) is not None or bool(_TERMINAL.search(text[q.qs:q.qe]))


def _is_heading(cx: _Context, para: int) -> bool:
    """Tell whether a paragraph reads like a heading: short and without a sentence-final mark."""
    ps, pe = cx.paras[para]
    chunk = cx.text[ps:pe]
    return _n_words(chunk) <= 15 and not _TERMINAL.search(chunk)


# --------------------------------------------------------------------------- discourse events


def _subject_events(cx: _Context) -> list[tuple[int, int, str, object]]:
    """List the non-quotation events that move the focus: cues, sentence-initial persons, statements."""
    text, lex = cx.text, cx.lex
    events: list[tuple[int, int, str, object]] = []
    for cm in lex["cue"].finditer(text):
        if not _inside(cx.spans, cm.start()):
            events.append((cm.start(), 0, "cue", cm))
    subject_of: set[int] = set()  # sentences whose subject is already a person
    seen_in: set[int] = set()  # sentences with a person before
    for m in cx.persons:
        if lex["view_after"].match(text, m["end"]):
            events.append((m["start"], 0, "subj", m))
            continue
        ss, _ = cx.sentence_bounds(m["start"])
        if (label := _TURN_LABEL.match(text, ss)) is not None and ss == cx.para_bounds(ss)[0]:
            if m["start"] < label.end():
                events.append((m["start"], 0, "subj", m))  # the turn's speaker, in focus until the turn names
                continue  # a subject of its own ("DANIEL PRATT: President X put …": X)
            ss = label.end()
        if (m["start"] - ss < 250 and ss not in subject_of and _opens_as_subject(lex, text, ss, m["start"])
                and not text.startswith(("’s", "'s"), m["end"]) and not _in_reported_clause(cx, ss, m["start"])):
            events.append((m["start"], 0, "subj", m))
            first = ss not in seen_in
            if (("," not in text[ss:m["start"]] or first) and not _SPEAKER_LABEL.match(text, m["end"])):
                subject_of.add(ss)  # "X met the commander of KFOR, Y, in Belgrade. “…,” he said": X, not Y (not a
                # transcript's "JANA ROE, CORRESPONDENT (voice-over):"); "In Pristina, Mr Borg met A, B and C": Borg
        seen_in.add(ss)
    for ss, _ in cx.doc.sentences or ():
        if (k := lex["kin_subject"].match(text, ss)) and not _inside(cx.spans, ss):
            events.append((ss, 0, "anon", lex["kin_genders"].get(k.group().split()[-1].lower())))
        elif (r := lex["role_subject"].match(text, ss)) and not _inside(cx.spans, ss) and (
                r["mod"] or r["noun"].islower()):
            events.append((ss, 0, "role", (ss, r["noun"].lower())))
    for sm in lex["statement_word"].finditer(text):
        if not _inside(cx.spans, sm.start()):
            events.append((sm.start(), 0, "stmt", sm))
    for m in cx.orgs:  # "Serbia's Foreign Ministry rejected it. In a statement, it said: …"
        ss, _ = cx.sentence_bounds(m["start"])
        if (m["start"] - ss < 120 and lex["subject_prefix"].fullmatch(text, ss, m["start"])
                and not _MODIFIER_HYPHEN.match(text, m["end"])):  # "KFOR, the NATO-led force, …": KFOR
            events.append((m["start"], 0, "osubj", m))
    return events


def _opens_as_subject(lex: dict, text: str, ss: int, pos: int) -> bool:
    """Tell whether what stands between a sentence's start and a person lets the person be its subject ("In
    Pristina, Jana Roe …"; "Among the workers was Jana Roe, who …")."""
    return bool(lex["subject_prefix"].fullmatch(text, ss, pos) or lex["inverted_subject"].fullmatch(text, ss, pos))


def _in_reported_clause(cx: _Context, ss: int, pos: int) -> bool:
    """Tell whether `pos` lies in the clause a speaker reports ("X said the Council had been briefed by the KFOR
    Commander, Major General Y"): a speech cue with its own subject stands between the sentence start and `pos`, so
    Y is no subject of the sentence and "she said" next is still X."""
    lex = cx.lex
    for cm in lex["cue"].finditer(cx.text, ss, pos):
        cue = _norm_cue(cm.group())
        if _inside(cx.spans, cm.start()) or cue in lex["participle_set"] or cue in lex["source_set"]:
            continue
        ref = _speaker_before(cx, ss, cm.start(), anchored=False)
        if ref is not None and ref.kind != "anon" and _personal(cx, ref):
            return True  # a person reports it ("government sources said … by Y" leaves Y the one "he" names)
    return False


def _on_cue(cx: _Context, st: _State, cm: re.Match) -> None:
    """Update the focus (and statement issuer) from a speech cue in running text."""
    ss, se = cx.sentence_bounds(cm.start())
    lb = cx.last_mark_before(cm.start(), ss)
    ref = _cue_ref(cx, cm, lb, se)
    sp = st.resolve(ref, cm.start(), cx.lex["in_same_document"].search(cx.text, ss, cm.start()) is not None)
    if ref is not None:
        st.attend_ref(ref, sp)
        if ref.kind == "anon" and (asked := _person_asked(cx, cm)) is not None:
            st.attend(st.speaker_of(asked))  # "a journalist asked Roe whether …": Roe answers next
        named = ref.kind in ("mention", "name") and sp is not None and bool(sp.actor_id) and sp.actor_type == "person"
        st.cue_focus = sp if named and not _DQ_MARK.search(cx.text, ss, se) else None  # "Mr Blair told BBC News
        # he had … But told BBC News: “…”": Blair, not the speaker of the last quotation
    lex = cx.lex
    if sp is not None and ref is not None and ref.kind in ("mention", "org", "name") and (
            lex["statement_after"].match(cx.text, cm.end()) or lex["in_statement"].search(cx.text, ss, cm.start())):
        st.issuer = sp  # "X issued a statement: …" / "In a statement, X said"


def _person_asked(cx: _Context, cm: re.Match) -> dict | None:
    """Return the person a verb of asking takes as its object ("asked Roe", "asked President Roe"), if any."""
    if _norm_cue(cm.group()) not in cx.lex["question_set"]:
        return None
    k = bisect.bisect_left(cx.person_starts, cm.end())
    x = cx.persons[k] if k < len(cx.persons) else None
    gap = cx.text[cm.end():x["start"]] if x is not None else ""
    if x is None or not cx.lex["titles_only"].fullmatch(gap.lstrip()):
        return None
    return x


def _on_statement(cx: _Context, st: _State, sm: re.Match) -> None:
    """Record the organisation that issued a statement mentioned in the same sentence."""
    ss, se = cx.sentence_bounds(sm.start())
    k = bisect.bisect_left(cx.org_starts, sm.start())
    if k > 0 and cx.orgs[k - 1]["start"] >= ss:
        st.issuer = st.speaker_of(cx.orgs[k - 1])
    elif k < len(cx.orgs) and cx.orgs[k]["start"] < se:
        st.issuer = st.speaker_of(cx.orgs[k])


# --------------------------------------------------------------------------- public API


def extract_quotes(doc: ArticleDoc) -> list[dict]:
    """Return one row per quotation of `doc`, ordered by start, with its speaker, role, cue and kind."""
    text = doc.text or ""
    if not text.strip():
        return []
    quotes, paras = _scan(text)
    quotes = [q for q in quotes if not _heading_quote(text, q, paras[q.para]) and not _titled_quote(text, q)]
    if not quotes:
        return []
    cx = _Context(doc, quotes, paras)
    st = _State(cx)
    events = _subject_events(cx) + [(q.mo, 1, "quote", i) for i, q in enumerate(quotes)]
    events.sort(key=lambda ev: (ev[0], ev[1]))
    rows: list[dict] = []
    speakers: list[Speaker | None] = []
    meta: list[tuple[bool, bool]] = []
    for _, _, kind, payload in events:
        if kind == "cue":
            _on_cue(cx, st, payload)
        elif kind == "subj":
            st.attend(st.speaker_of(payload))
        elif kind == "anon":
            st.attend(Speaker(None, None, None, "person"))
            st.kin_gender = payload
        elif kind == "role":
            if (held := st.last(True, payload[0], payload[1])) is not None:
                st.attend(held)  # "The coordinator's advice is simpler. “…,” he said": the coordinator named before
        elif kind == "osubj":
            st.org_speaker = st.speaker_of(payload)
        elif kind == "stmt":
            _on_statement(cx, st, payload)
        else:
            row, own, sp = _quote_row(cx, st, quotes, payload, rows, speakers, meta)
            rows.append(row)
            speakers.append(sp)
            meta.append((own, quotes[payload].mc is None))
            st.cue_focus = None
    _fill_forward(cx, quotes, rows, meta)
    return rows


def _titled_quote(text: str, q: _Quote) -> bool:
    """Tell whether a quotation is a title the sentence names ("ran the front-page headline “…”", "a banner reading
    “…”"): one of the title nouns stands just before its opening mark, or with "reading" / "saying" between."""
    return lexicon()["titled"].search(text, max(0, q.mo - 60), q.mo) is not None


def _heading_quote(text: str, q: _Quote, para: tuple[int, int]) -> bool:
    """Tell whether a quotation is a headline or subheading in quotation marks: a whole short paragraph with no
    final stop and no speech cue ("“We are not afraid”" on a line of its own)."""
    ps, pe = para
    lex = lexicon()
    if q.mo != ps or q.mc is None or text[q.mc + 1:pe].strip():
        return False
    inner = text[q.qs:q.qe]
    return (_n_words(inner) <= lex["heading_max"] and not _TERMINAL.search(inner)
            and not inner.rstrip().endswith((",", "—", "–")) and lex["cue"].search(inner) is None)


def _quote_row(
    cx: _Context,
    st: _State,
    quotes: list[_Quote],
    i: int,
    rows: list[dict],
    speakers: list[Speaker | None],
    meta: list[tuple[bool, bool]],
) -> tuple[dict, bool, Speaker | None]:
    """Build the row of quotation `i` (attribution, speaker, kind); also say if it has its own attribution."""
    q = quotes[i]
    ss, _ = cx.sentence_bounds(q.mo)
    lb = _clause_start(cx, cx.last_mark_before(q.mo, ss), q.mo)
    kind = _kind(cx, lb, q)
    found = (_after_attr(cx, q) or _before_attr(cx, lb, q.mo) or _trailing_attr(cx, q) or _colon_para_attr(cx, q)
             or _prev_sentence_attr(cx, q))
    prev = quotes[i - 1] if i > 0 else None
    if found:
        ref, cm = found
        same = cx.lex["in_same_document"].search(cx.text, ss, min(q.mo, cm.start())) is not None
        sp, cue = st.resolve(ref, q.mo, same), cm.group()
        st.attend_ref(ref, sp)
    else:
        cue = rows[-1]["cue"] if prev is not None and rows and _clause_start(cx, ss, q.mo) <= prev.mo else None
        sp = _inherit(cx, st, q, prev, speakers, bool(meta) and meta[-1][0], kind)
        free = sp is None and (prev is None or q.para - prev.para > 1)  # not a continuation of an unknown speaker
        if (found := _next_para_attr(cx, q, free)) is not None:
            sp, cue = st.resolve(found[0], found[1].start()), found[1].group()  # "Those were the words of X."
        ps, _ = cx.paras[q.para]
        if kind == "direct" and prev is not None and prev.para < q.para and q.mo == ps and sp == speakers[-1]:
            kind = "continuation"
        st.attend(sp)
    row = {
        "article_id": cx.doc.article_id,
        "sentence_id": cx.doc.sentence_of(q.qs),
        "start": q.qs,
        "end": q.qe,
        "text": cx.text[q.qs:q.qe],
        "speaker": sp.actor_id if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_role": sp.role if sp else None,
        "cue": cue,
        "kind": kind,
        "n_words": _n_words(cx.text[q.qs:q.qe]),
    }
    return row, found is not None, sp


def _prev_sentence_attr(cx: _Context, q: _Quote) -> tuple[Ref, re.Match] | None:
    """Find the speaker of a quotation that opens a sentence inside its paragraph in the sentence before it, when that
    sentence reports someone's words with no quotation of its own ("X said the choice was deliberate. “…”")."""
    ss, _ = cx.sentence_bounds(q.mo)
    ps, _ = cx.paras[q.para]
    if q.mo != ss or ss <= ps:
        return None
    k = cx.doc.sentence_of(q.mo)
    if k < 1 or k > len(cx.doc.sentences):
        return None
    pss, pse = cx.doc.sentences[k - 1]
    if pss < ps or _DQ_MARK.search(cx.text, pss, pse):
        return None
    for cm in reversed(list(cx.lex["cue"].finditer(cx.text, pss, pse))):
        if (ref := _cue_ref(cx, cm, pss, pse)) is not None:
            return ref, cm
    return None


def _colon_para_attr(cx: _Context, q: _Quote) -> tuple[Ref, re.Match] | None:
    """Find the attribution of a quotation opening its paragraph in the sentence before it that ends the previous
    paragraph with a colon ("Minister X stated:" on a line of its own)."""
    ps, _ = cx.paras[q.para]
    if q.mo != ps or q.para == 0:
        return None
    pps, ppe = cx.paras[q.para - 1]
    if not cx.text[pps:ppe].rstrip().endswith(":"):
        return None
    ss, _ = cx.sentence_bounds(ppe - 1)
    return (_before_attr(cx, _clause_start(cx, cx.last_mark_before(ppe, max(ss, pps)), ppe), ppe)
            or _label_attr(cx, pps, ppe))


def _label_attr(cx: _Context, ps: int, pe: int) -> tuple[Ref, re.Match] | None:
    """Find the person a short label line names over a quotation ("Turkish Ambassador to Serbia Jane Roe:", "Arta Roe,
    architect, Pristina:"): the line's first person, when the line is no sentence and holds no quotation."""
    line = cx.text[ps:pe].rstrip()
    if len(line) > _LABEL_CHARS or _DQ_MARK.search(line) or _SENTENCE_STOP.search(line):
        return None
    people = [x for x in cx.mentions_between(ps, pe) if x.get("actor_type") == "person"]
    if not people:
        return None
    return Ref("mention", people[0], people[0]["start"]), _COLON_END.match(cx.text, ps + len(line) - 1)


def _next_para_attr(cx: _Context, q: _Quote, free: bool) -> tuple[Ref, re.Match] | None:
    """Find the speaker of a whole-paragraph quotation named in the first sentence of the next paragraph.

    Taken when nobody else claims the quotation (`free`) or when that sentence points back at it ("Those were the
    words of X", "This is how X put it", "The appeal came from X"); never from a sentence with a quotation of its
    own, never a pronoun.
    """
    text, lex = cx.text, cx.lex
    ps, pe = cx.paras[q.para]
    if q.mo != ps or (q.mc is not None and text[q.mc + 1:pe].strip(" .,;")) or q.para + 1 >= len(cx.paras):
        return None
    ss, se = cx.sentence_bounds(cx.paras[q.para + 1][0])
    if _DQ_MARK.search(text, ss, se):
        return None
    if (bm := lex["back_source"].match(text, ss, se)) is not None:
        ref = _speaker_after(cx, bm.end(), se)  # "The appeal came from X, who …"
        if ref is not None and ref.kind != "pronoun":
            return ref, bm
    if not (free or lex["back_ref"].match(text, ss, se)):
        return None
    for cm in lex["cue"].finditer(text, ss, se):
        ref = _cue_ref(cx, cm, ss, se)
        if ref is not None and ref.kind != "pronoun":
            return ref, cm
    return None


def _inherit(
    cx: _Context, st: _State, q: _Quote, prev: _Quote | None, speakers: list[Speaker | None], owned: bool, kind: str
) -> Speaker | None:
    """Give an unattributed quotation the previous quotation's speaker, or the person in focus."""
    if kind == "partial" and _is_heading(cx, q.para):
        return None
    if kind == "partial" and (subj := _sentence_subject(cx, q, prev)) is not None:
        return st.speaker_of(subj)
    if st.cue_focus is not None and st.cue_focus == st.focus:
        return st.focus  # a person who spoke in running text since the last quotation goes on speaking
    if prev is not None and q.para - prev.para <= 1 and speakers and (speakers[-1] is not None or owned):
        return speakers[-1]
    if _is_heading(cx, q.para):
        return None
    return st.focus if st.focus is not None and st.focus.actor_id else None


def _sentence_subject(cx: _Context, q: _Quote, prev: _Quote | None) -> dict | None:
    """Return the person opening the sentence of a quotation embedded in it ("X accused Y of “…”"), if any."""
    ss, _ = cx.sentence_bounds(q.mo)
    lo = max(ss, (prev.mc + 1 if prev.mc is not None else prev.qe) if prev is not None else ss)
    k = bisect.bisect_left(cx.person_starts, lo)
    for m in cx.persons[k:k + 3]:
        if m["start"] >= q.mo:
            break
        if cx.lex["subject_prefix"].fullmatch(cx.text, ss, m["start"]) and not cx.text.startswith(("’s", "'s"),
                                                                                                   m["end"]):
            return m
    return None


def _fill_forward(cx: _Context, quotes: list[_Quote], rows: list[dict], meta: list[tuple[bool, bool]]) -> None:
    """Give an unclosed, unattributed quotation the speaker of the quotation opening the next paragraph."""
    for i in range(len(rows) - 2, -1, -1):
        own, unclosed = meta[i]
        nxt = quotes[i + 1]
        if own or not unclosed or nxt.para != quotes[i].para + 1 or nxt.mo != cx.paras[nxt.para][0]:
            continue
        if rows[i + 1]["speaker"] is not None:
            for key in ("speaker", "speaker_name", "speaker_role"):
                rows[i][key] = rows[i + 1][key]
