"""A matcher for a long list of patterns that only tries the patterns a line can satisfy.

`re` tries every branch of an alternation at every start it considers: with the hundreds of furniture patterns of
data/furniture.yaml that was most of the cost of reading a page. Two cheap facts rule most branches out before any
is run. A whole-line match can only use the branches that a line's first character opens ("share …",
"(tweet|email|…)"). And most branches cannot match without some literal text ("sign up", "photo", "©"): a line
that holds none of a branch's required literals (in any case `re` would accept) cannot match it. One scan of the
line for all those literals (an Aho-Corasick automaton) finds the branches worth trying; each is compiled on its own.

The answer is the same as the one big alternation's: a text matches (or fullmatches) an alternation exactly when
it matches one of its branches, and a branch left out provably cannot match.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import cached_property

import ahocorasick

try:  # the parser behind `re` (public as sre_parse before 3.11); without it every branch is tried, as before
    import _sre
    import re._constants as _C
    import re._parser as _P
    from re._casefix import _EXTRA_CASES  # the lower cases `re` takes for one another ("i" and "ı", "σ" and "ς")
except ImportError:  # pragma: no cover - other Python versions
    _P = _C = _sre = None

_ANY = None  # a branch that may open with any character (or match an empty start)
MIN_KEY = 2  # a required literal that weighs less than this (see _weight) rules too little out to look for
COMMON_CHARS = " .,;:'\"-()/’“”–—\n\t"  # single characters that most lines of news hold
RARE_CHAR_WEIGHT = 3  # any other single character rules out as much as a short word
MAX_SET = 24  # at most this many fixed texts are looked for as they are ("[›»>]", "(com|net|org)")
_REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, name))


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
        elif op in _REPEATS:
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


def _weight(literal: str) -> int:
    """Rate how much looking for a literal rules out: its length, a character that news text seldom holds ("@",
    "|", "»") as much as a short word, a common one ("." or a letter alone) nothing."""
    if len(literal) > 1:
        return len(literal)
    return 0 if literal.isalnum() or literal in COMMON_CHARS else RARE_CHAR_WEIGHT


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Return the more selective of two required-literal sets (the one whose weakest literal weighs more)."""
    if a is None or b is None:
        return b if a is None else a
    return a if min(map(_weight, a)) >= min(map(_weight, b)) else b


def _set_chars(items: list) -> frozenset[str] | None:
    """Return the few literal characters a character set ([›»>]) stands for, or None."""
    if len(items) > MAX_SET or any(op is not _C.LITERAL for op, _ in items):
        return None
    return frozenset(_FOLD[av] for _, av in items)  # as the folded text writes them (see _Fold)


def _fixed(op, av) -> frozenset[str] | None:
    """Return the few texts (as folded) a parsed item can match when they are fixed: a literal, a small set of
    them, a group or alternation of such ("(com|net|org)"); None otherwise."""
    if op is _C.LITERAL:
        return frozenset([_FOLD[av]])
    if op is _C.IN:
        return _set_chars(av)
    if op is _C.SUBPATTERN:
        return _fixed_seq(av[-1])
    if op is _C.BRANCH:
        alts = [_fixed_seq(alt) for alt in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)
    return None


def _fixed_seq(seq) -> frozenset[str] | None:
    """Return the few texts a parsed sequence can match when every item of it is fixed (see _fixed), or None."""
    out = frozenset([""])
    for op, av in seq:
        got = _fixed(op, av)
        if got is None or len(out) * len(got) > MAX_SET:
            return None
        out = frozenset(a + b for a in out for b in got)
    return out


def _required(seq) -> frozenset[str] | None:
    """Return literals of which every match of a parsed sequence holds one (as folded), or None: the best of its
    runs of fixed items ("." then "(com|net|rs)" is {".com", ".net", ".rs"}) and of what its other items require."""
    best, run = None, frozenset([""])
    for op, av in seq:
        got = _fixed(op, av)
        if got is not None and len(run) * len(got) <= MAX_SET:
            run = frozenset(a + b for a in run for b in got)
            continue
        if run != {""}:  # a run of fixed items ends here
            best, run = _better(best, run), frozenset([""])
        if got is not None:  # too many to join to the run: a run of its own
            run = got
            continue
        if op is _C.SUBPATTERN:
            got = _required(av[-1])
        elif op is _C.BRANCH:  # one literal of each alternative
            alts = [_required(alt) for alt in av[1]]
            got = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in _REPEATS and av[0] >= 1:
            got = _required(av[2])
        best = _better(best, got)  # lookarounds, classes, optional parts: nothing required
    return _better(best, run if run != {""} else None)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Return literals of which every match of `pattern` holds one (as `fold` writes text), or None when there are
    none worth looking for ("(?:sign up|subscribe) now" -> {"sign up", "subscribe"})."""
    if _P is None:
        return None
    try:
        got = _required(_P.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - any parser change: the branch is always tried
        return None
    return got if got and min(map(_weight, got)) >= MIN_KEY else None


class _Fold(dict):
    """A str.translate table writing each character as the one character that stands for all those `re` matches
    to it in a case-insensitive pattern: its simple lower case, or the least of the lower cases `re` counts as one
    ("İ", "ı" -> "i", "ſ" -> "s", the Kelvin sign -> "k", "ς" -> "σ", "Ж" -> "ж"); uncased characters as they
    are. A required literal, written the same way, is then a plain substring of the folded text."""

    def __missing__(self, code: int) -> str:
        if _sre is None:  # pragma: no cover - no literal is looked for then (see required_literals)
            return chr(code)
        lower = _sre.unicode_tolower(code)
        out = self[code] = chr(min((lower, *_EXTRA_CASES.get(lower, ()))))
        return out


_FOLD = _Fold()


def fold(text: str) -> str:
    """Write `text` as the required literals are written (see _Fold): same length, one character for one."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


class LiteralScan:
    """One Aho-Corasick automaton over many literals (pyahocorasick): one pass over a folded text finds every one
    of them it holds, overlapping ones too, so several alternations can share the pass over a line."""

    def __init__(self, literals: Iterable[str]) -> None:
        """Build the automaton of the literals."""
        self._automaton = ahocorasick.Automaton()
        for lit in sorted(set(literals)):
            self._automaton.add_word(lit, lit)
        if len(self._automaton):
            self._automaton.make_automaton()

    def __call__(self, folded: str) -> set[str]:
        """Return the literals that a folded text holds."""
        if not len(self._automaton):
            return set()
        return {lit for _, lit in self._automaton.iter(folded)}


class _Group:
    """Some branches of an alternation: those with no required literal (compiled together, tried on every text),
    and the others by literal (each compiled on its own, tried on the texts that hold its literal)."""

    def __init__(self, branches: Iterable[int], alternation: Alternation) -> None:
        """Compile the branches that require nothing as one pattern; index the others by required literal."""
        always: list[int] = []
        self.by_literal: dict[str, list[int]] = {}
        for i in branches:
            if alternation.literals[i] is None:
                always.append(i)
            for lit in alternation.literals[i] or ():
                self.by_literal.setdefault(lit, []).append(i)
        self.always = re.compile("|".join(alternation.patterns[i] for i in always), alternation.flags) if always \
            else None

    def candidates(self, found: set[str]) -> set[int]:
        """Return the branches with a required literal among the literals found in a text."""
        out: set[int] = set()
        for lit in found:
            if (got := self.by_literal.get(lit)) is not None:
                out.update(got)
        return out


class Alternation:
    """Matching a text against many patterns (as `re` would the alternation of all), trying only the branches it
    can satisfy: by required literals, and for whole-line matches by first character too."""

    def __init__(self, patterns: list[str], flags: int = re.I) -> None:
        """Compile each branch; find each one's required literals and the characters it can open with."""
        self.patterns, self.flags = list(patterns), flags
        self.branches = [re.compile(p, flags) for p in self.patterns]
        self.literals = [required_literals(p, flags) for p in self.patterns]
        self.firsts = [first_characters(p, flags) for p in self.patterns]
        self._known = set().union(*(f for f in self.firsts if f is not _ANY))
        self._by_char: dict[str, _Group] = {}
        self._groups: dict[tuple[int, ...], _Group] = {}

    @cached_property
    def whole(self) -> re.Pattern:
        """Return the one alternation of all the patterns (what this matcher answers for)."""
        return re.compile("|".join(self.patterns) or "(?!)", self.flags)

    @cached_property
    def _all(self) -> _Group:
        """Return the group of all the branches (for searches, which may start anywhere)."""
        return _Group(range(len(self.patterns)), self)

    def _opened_by(self, ch: str) -> _Group:
        """Return the group of branches that can start with `ch` (built once per character); `re` decides which
        opening characters `ch` stands for, so its own case rules hold ("İlgili" opens "ilgili")."""
        group = self._by_char.get(ch)
        if group is None:
            same = {ch} | {x for x in self._known if re.fullmatch(re.escape(x), ch, self.flags)}
            opened = tuple(i for i, f in enumerate(self.firsts) if f is _ANY or f & same)
            if (group := self._groups.get(opened)) is None:  # many characters open the same branches: "0"…"9"
                group = self._groups[opened] = _Group(opened, self)
            self._by_char[ch] = group
        return group

    @cached_property
    def required(self) -> set[str]:
        """Return every required literal of the branches (what a shared LiteralScan must look for)."""
        return set().union(*(lits for lits in self.literals if lits))

    @cached_property
    def scan(self) -> LiteralScan:
        """Return the scan for this alternation's own literals (used when the caller found none beforehand)."""
        return LiteralScan(self.required)

    def fullmatch(self, text: str, found: set[str] | None = None) -> bool:
        """Tell whether the whole of `text` matches one of the patterns; `found` may give the literals of a shared
        LiteralScan over `fold(text)` that looked for (at least) this alternation's `required` ones."""
        if not text:
            return bool(self.whole.fullmatch(text))
        group = self._opened_by(text[0])
        if group.always and group.always.fullmatch(text):
            return True
        found = self.scan(fold(text)) if found is None else found
        return any(self.branches[i].fullmatch(text) for i in group.candidates(found))

    def search(self, text: str, found: set[str] | None = None) -> bool:
        """Tell whether one of the patterns matches somewhere in `text` (`found`: see fullmatch)."""
        group = self._all
        if group.always and group.always.search(text):
            return True
        found = self.scan(fold(text)) if found is None else found
        return any(self.branches[i].search(text) for i in group.candidates(found))
