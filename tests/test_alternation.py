"""helpers.extract.alternation: matching a text against only the branches it can satisfy (by first character and by
required literal) gives the same answer as the whole alternation."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.alternation import Alternation, first_characters, fold, required_literals
from helpers.extract.lines import furniture_rules

PATTERNS = ["(?:share( this)?)", "(?:(tweet|email|print))", r"(?:\d+ comments?)", "(?:.*all rights reserved.*)",
            "(?:(?-i:[A-Z][a-z]+) said)", "(?:a?b+)", "(?:(?=x)xyz)", r"(?:\w+ only)", "(?:ilgili haberler)",
            "(?:[^a-z]{2} end)", "(?:(?<!z)kelvin)", "(?:)", r"(?:\bsign up( now)?\b.{0,20}\bnewsletter)",
            "(?:(?:photo|image)s?: .+)", "(?:[©@] ?\\d{4})", "(?:(?:ab)+cd)", "(?:x(?:yz|y)w)"]
TRICKY = ["share", "SHARE this", "Tweet", "12 comments", "© 2023 All Rights Reserved.", "Kurti said", "kurti said",
          "b", "abbb", "xyz", "word only", "İlgili Haberler", "ılgili haberler", "ſhare", "Kelvin", "KELVIN",
          "!? end", "", " share", "shares", "Share this article", "Sign up now for our newsletter",
          "SIGN UP to the NEWSLETTER", "sign-up newsletter", "Photos: AP", "PHOTO: Reuters", "© 2024", "@2023",
          "ababcd", "abcd", "xyzw", "xyw", "xyyw", "Read our newſletter: ſign up"]
SEARCHED = [p for p in PATTERNS if p != "(?:)"]  # an empty branch is found in every text


def test_first_characters_of_literals_sets_repeats_and_open_patterns() -> None:
    assert first_characters("(?:share)", re.I) == {"s", "S"}
    assert first_characters(r"(?:\d+ x)", re.I) == set("0123456789")
    assert first_characters("(?:a?b)", re.I) == {"a", "A", "b", "B"}
    assert first_characters("(?:.*x)", re.I) is None and first_characters(r"(?:\w+)", re.I) is None
    assert first_characters("(?:x?)", re.I) is None  # may match an empty start: any line may reach it


def test_required_literals_of_runs_alternatives_repeats_and_optional_parts() -> None:
    assert required_literals(r"(?:\bsign up( now)?\b.{0,20}\bnewsletter)", re.I) == {"newsletter"}
    assert required_literals("(?:(?:photo|image)s?: .+)", re.I) == {"photo", "image"}
    assert required_literals("(?:(?:ab)+cd)", re.I) == {"ab"}  # the longest run wins; a tie keeps the first
    assert required_literals("(?:Share THIS)", re.I) == {"share this"}  # lower-cased: the line is folded too
    assert required_literals("(?:a?b+)", re.I) is None  # one letter rules too little out
    assert required_literals(r"(?:\w+ only)", re.I) == {" only"}
    assert required_literals("(?:(?=x)xyz)", re.I) == {"xyz"}  # a lookahead requires nothing by itself
    assert required_literals("(?:(?!abc)de|fg)", re.I) == {"de", "fg"}
    assert required_literals("(?:ilgili|)", re.I) is None  # an empty alternative requires nothing


def test_fold_writes_what_re_matches_case_insensitively_one_character_for_one() -> None:
    assert fold("İlgili ſHARE KELVIN Ünal") == "ilgili share kelvin ünal"
    assert fold("\u212aelvin") == "kelvin"  # the Kelvin sign matches "k" in a case-insensitive pattern
    assert len(fold("İİ")) == 2  # str.lower() would write two characters for each
    assert fold("ΕΓΓΡΑΦΕΊΤΕ ΠΗΓΉ Σς · ФОТО Ђ µ") == "εγγραφείτε πηγή ςς · фото ђ µ"  # "ς" and "σ" are one to `re`
    assert fold("μ") == fold("µ")  # the Greek mu and the micro sign too


ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_fold_puts_together_exactly_the_characters_re_matches_to_each_other() -> None:
    """For every character with a case (or folded to another): the characters a case-insensitive `re` pattern of it
    matches are those that fold to the same character; a character without case folds to itself and (checked on a
    sample of all characters) `re` matches nothing else to it."""
    folded = fold(ALL_CHARACTERS)
    assert len(folded) == len(ALL_CHARACTERS)
    cased = "".join(ch for ch, f in zip(ALL_CHARACTERS, folded) if f != ch or ch.lower() != ch or ch.upper() != ch)
    same: dict[str, set[str]] = {}
    for ch in cased:
        same.setdefault(fold(ch), set()).add(ch)
    for ch in cased:
        assert set(re.findall(re.escape(ch), cased, re.I)) == same[fold(ch)], hex(ord(ch))
    for ch in ALL_CHARACTERS[::4999] + "·»©@":
        want = same.get(fold(ch), {ch})
        assert set(re.findall(re.escape(ch), ALL_CHARACTERS, re.I)) == want, hex(ord(ch))


def test_the_same_answer_as_the_whole_alternation_on_tricky_texts() -> None:
    whole, alt = re.compile("|".join(PATTERNS), re.I), Alternation(PATTERNS)
    assert [alt.fullmatch(s) for s in TRICKY] == [bool(whole.fullmatch(s)) for s in TRICKY]
    whole, alt = re.compile("|".join(SEARCHED), re.I), Alternation(SEARCHED)
    assert [alt.search(s) for s in TRICKY] == [bool(whole.search(s)) for s in TRICKY]
    assert alt.search("ſign up to our newſletter") and not alt.search("Read our newſletter: ſign up")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeikorstuwxyz ©@:!İıſ\u212a0123456789SHAREPO")), max_size=24))
def test_the_same_answer_on_any_text(s: str) -> None:
    assert Alternation(PATTERNS).fullmatch(s) == bool(re.compile("|".join(PATTERNS), re.I).fullmatch(s))
    assert Alternation(SEARCHED).search(s) == bool(re.compile("|".join(SEARCHED), re.I).search(s))


def test_the_furniture_patterns_give_the_same_answer_on_every_development_line() -> None:
    rules = furniture_rules()
    lines = {s.strip() for p in Path(__file__).parent.joinpath("fixtures").glob("styles*/articles/*")
             if "/styles3/" not in str(p) for s in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    for key in ("line", "long_line"):
        alt = rules[key]
        assert sorted(s for s in lines if alt.fullmatch(s)) == sorted(s for s in lines if alt.whole.fullmatch(s))
    for key in ("caption", "page_note", "long_anywhere"):
        alt = rules[key]
        assert sorted(s for s in lines if alt.search(s)) == sorted(s for s in lines if alt.whole.search(s))



@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aikKsSIl ·»İıſ\u212aŞşΣσςЖжµμ")), max_size=10),
       st.text(alphabet=st.sampled_from(list("aiks ·»σжμ")), min_size=1, max_size=3))
def test_a_folded_literal_is_in_the_folded_text_exactly_when_re_finds_it(text: str, literal: str) -> None:
    assert (fold(literal) in fold(text)) == bool(re.search(re.escape(literal), text, re.I))
