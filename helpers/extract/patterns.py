"""Regular-expression building blocks shared by the extractors."""

from __future__ import annotations

import re

# Latin capitals and small letters for character classes of the stdlib `re` (which has no \p{Lu}): ASCII, Latin-1
# and Latin Extended-A and -B, so that "Željko Šarić", "İsmail", "Şahin" and "Đorđe" open names like "Jana Roe"
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())


def trie_pattern(words: list[str], space: str | None = None) -> str:
    """Build a compact regex matching any of `words` (longest first at each branch) from a character trie.

    A trie scans far faster than a flat alternation of hundreds of words. With `space` (e.g. r"\\s+"), a space in
    a word matches that pattern (so "pointed out" also matches "pointed\\nout").
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        """Render one trie node as a regex fragment."""
        end = "" in node
        alts = [(space if ch == " " and space else re.escape(ch)) + render(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return render(root)


def first_letter(words) -> str:
    """Build a lookahead for the first letters of `words` (any case): a cheap test before a long alternation."""
    return "(?=(?i:[" + "".join(sorted({re.escape(str(w)[0]) for w in words if str(w)})) + "]))"


def word_regex(words: list[str]) -> re.Pattern:
    """Compile a case-insensitive matcher for any of `words` as whole words (a space matches any whitespace)."""
    body = trie_pattern(sorted(set(words)), space=r"\s+") or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)
