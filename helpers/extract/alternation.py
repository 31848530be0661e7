"""A whole-line matcher for a long list of patterns that only tries the patterns a line's first character allows.

`re` tries every branch of an alternation at the start of a line: with the ~400 short-line furniture patterns of
data/furniture.yaml that is most of the cost of reading a page. Most branches can only start with a few letters
("share …", "(tweet|email|…)"), so each line is matched against the branches its first character can open (and
those that can open with anything), compiled once per character. The answer is the same as the one big
alternation's: a line fullmatches the alternation exactly when it fullmatches one of its branches.
"""

from __future__ import annotations

import re
import string

try:  # the parser behind `re` (public as sre_parse before 3.11); without it every branch is tried, as before
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover - other Python versions
    _P = _C = None

_ANY = None  # a branch that may open with any character (or match an empty start)


def _chars(c: int) -> set[str]:
    """Return a literal character in both cases (the patterns are case-insensitive, some of them only in part)."""
    ch = chr(c)
    return {ch, ch.lower(), ch.upper()}


def _first_of_set(items: list) -> set[str] | None:
    """Return the characters a character set ([…]) can match, or None when it is open-ended."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out |= _chars(av)
        elif op is _C.RANGE and av[1] - av[0] <= 400:
            for c in range(av[0], av[1] + 1):
                out |= _chars(c)
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            out |= set(string.digits)
        else:  # a negated set, a word or space class, a wide range
            return _ANY
    return out


def _first(seq) -> tuple[set[str] | None, bool]:
    """Return (the characters a parsed sequence can start with or None for any, whether it can match empty)."""
    out: set[str] = set()
    for op, av in seq:
        if op is _C.LITERAL:
            return out | _chars(av), False
        if op is _C.IN:
            got = _first_of_set(av)
            return (_ANY, False) if got is _ANY else (out | got, False)
        if op is _C.SUBPATTERN:
            got, empty = _first(av[-1])
        elif op is _C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                g, e = _first(alt)
                if g is _ANY:
                    return _ANY, False
                got, empty = got | g, empty or e
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            got, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item opens the match
        else:  # any character, a back reference, a conditional …
            return _ANY, False
        if got is _ANY:
            return _ANY, False
        out |= got
        if not empty:
            return out, False
    return out, True


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """Return the characters a pattern's match can start with, or None when it may start with any (or none)."""
    if _P is None:
        return _ANY
    try:
        got, empty = _first(_P.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - any parser change: treat the branch as open
        return _ANY
    return _ANY if empty else got


class FirstCharAlternation:
    """Whole-line matching against many patterns, trying only the branches that a line's first character opens."""

    def __init__(self, patterns: list[str], flags: int = re.I) -> None:
        """Keep each branch with the characters it can start with; compile per first character on demand."""
        self.patterns, self.flags = list(patterns), flags
        self.firsts = [first_characters(p, flags) for p in self.patterns]
        self.whole = re.compile("|".join(self.patterns) or "(?!)", flags)
        self._known = set().union(*(f for f in self.firsts if f is not _ANY))
        self._by_char: dict[str, re.Pattern] = {}

    def _for(self, ch: str) -> re.Pattern:
        """Return the alternation of the branches that can start with `ch` (compiled once per character); `re`
        decides which opening characters `ch` stands for, so its own case rules hold ("İlgili" opens "ilgili")."""
        rx = self._by_char.get(ch)
        if rx is None:
            same = {ch} | {x for x in self._known if re.fullmatch(re.escape(x), ch, self.flags)}
            picked = [p for p, f in zip(self.patterns, self.firsts) if f is _ANY or f & same]
            rx = self._by_char[ch] = re.compile("|".join(picked) or "(?!)", self.flags)
        return rx

    def fullmatch(self, s: str) -> bool:
        """Tell whether the whole of `s` matches one of the patterns."""
        return bool((self._for(s[0]) if s else self.whole).fullmatch(s))
