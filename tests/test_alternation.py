"""helpers.extract.alternation: matching a line against only the branches its first character opens gives the
same answer as the whole alternation."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.alternation import FirstCharAlternation, first_characters
from helpers.extract.lines import furniture_rules

PATTERNS = ["(?:share( this)?)", "(?:(tweet|email|print))", r"(?:\d+ comments?)", "(?:.*all rights reserved.*)",
            "(?:(?-i:[A-Z][a-z]+) said)", "(?:a?b+)", "(?:(?=x)xyz)", r"(?:\w+ only)", "(?:ilgili haberler)",
            "(?:[^a-z]{2} end)", "(?:(?<!z)kelvin)", "(?:)"]
TRICKY = ["share", "SHARE this", "Tweet", "12 comments", "© 2023 All Rights Reserved.", "Kurti said", "kurti said",
          "b", "abbb", "xyz", "word only", "İlgili Haberler", "ılgili haberler", "ſhare", "Kelvin", "KELVIN",
          "!? end", "", " share", "shares", "Share this article"]


def test_first_characters_of_literals_sets_repeats_and_open_patterns() -> None:
    assert first_characters("(?:share)", re.I) == {"s", "S"}
    assert first_characters(r"(?:\d+ x)", re.I) == set("0123456789")
    assert first_characters("(?:a?b)", re.I) == {"a", "A", "b", "B"}
    assert first_characters("(?:.*x)", re.I) is None and first_characters(r"(?:\w+)", re.I) is None
    assert first_characters("(?:x?)", re.I) is None  # may match an empty start: any line may reach it


def test_the_same_answer_as_the_whole_alternation_on_tricky_first_letters() -> None:
    whole = re.compile("|".join(PATTERNS), re.I)
    alt = FirstCharAlternation(PATTERNS)
    assert [alt.fullmatch(s) for s in TRICKY] == [bool(whole.fullmatch(s)) for s in TRICKY]


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=12))
def test_the_same_answer_on_any_text(s: str) -> None:
    whole = re.compile("|".join(PATTERNS), re.I)
    assert FirstCharAlternation(PATTERNS).fullmatch(s) == bool(whole.fullmatch(s))


def test_the_furniture_line_patterns_give_the_same_answer_on_every_development_line() -> None:
    rules = furniture_rules()
    lines = {s.strip() for p in Path(__file__).parent.joinpath("fixtures").glob("styles*/articles/*")
             if "/styles3/" not in str(p) for s in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    for key in ("line", "long_line"):
        alt = rules[key]
        assert sorted(s for s in lines if alt.fullmatch(s)) == sorted(s for s in lines if alt.whole.fullmatch(s))
