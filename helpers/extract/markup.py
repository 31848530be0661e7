"""Markup left in a text article turned into plain lines: an RSS/Atom feed item, HTML tags and entities, Markdown.

Scrapers and feeds hand over text that still carries its markup: a saved feed item (`<item><title>…`), paragraphs in
`<p>` tags with `&#8217;` entities, or the Markdown of an html2text/"reader" conversion (`[text](url)`, `**bold**`,
`# Heading`). `unmark(text)` returns the plain text (one paragraph per line, links as their words), the metadata a
feed item states (title, date, author, url) and the kind of markup it converted, so the reader can record it. Lines
made only of links or images stay as they are: they are navigation, and `data/furniture.yaml` knows their shape.
"""

from __future__ import annotations

import html
import re

_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b", re.I)
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1>", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_FEED_FIELDS = {
    "title": ("title",),
    "published": ("pubDate", "published", "dc:date", "updated"),
    "author": ("dc:creator", "author"),
    "url": ("link", "guid"),
}
_BODY_FIELDS = ("content:encoded", "content", "description", "summary")
_TAG = re.compile(r"<[^<>\n]{0,2000}>")
_SCRIPT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)  # code, not article text
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*/?>", re.I)
_HTML_LINE = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|span|a|img|strong|em|b|i|figure|figcaption|blockquote)\b"
                        r"[^<>\n]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});", re.I)
_MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_MD_LINKED_IMAGE = re.compile(r"\[\s*!\[[^\[\]\n]*\]\([^()\n]*\)\s*\]\([^()\n]*\)")
_MD_ONLY_LINKS = re.compile(r"[\s*+•|›»·,/:–—-]*")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_BULLET = re.compile(r"^\s{0,3}[*+-]\s+(?=\S)")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<t>[^\n]*?\S)\1")
_MD_EM = re.compile(r"(?<![\w*_\\])([*_])(?=[^\s*_])(?P<t>[^*_\n]*?[^\s*_\\])\1(?![\w*_])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def unmark(text: str) -> tuple[str, dict, str | None]:
    """Return (plain text, metadata of a feed item, kind of markup converted: "feed", "html", "markdown" or None)."""
    if _FEED.match(text):
        item = feed_item(text)
        if item is not None:
            body, meta = item
            return body, meta, "feed"
    kind = None
    if "<" in text and _count(_HTML_LINE, text, 3) >= 3:  # cheap tests first: most articles carry no markup
        text, kind = html_to_lines(text), "html"
    elif "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "](" in text and _count(_MD_LINK, text, 3) + _count(_MD_IMAGE, text, 3) >= 3:
        text, kind = markdown_to_lines(text), kind or "markdown"
    return text, {}, kind


def _count(pattern: re.Pattern, text: str, enough: int) -> int:
    """Count the matches of `pattern` in `text`, stopping at `enough`."""
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= enough:
            break
    return n


def feed_item(text: str) -> tuple[str, dict] | None:
    """Read the first item of an RSS/Atom feed: its body as plain lines and its title, date, author and url."""
    m = _ITEM.search(text)
    if not m:
        return None
    item = m.group(2)
    meta = {}
    for key, tags in _FEED_FIELDS.items():
        for tag in tags:
            value = _field(item, tag)
            if value:
                meta[key] = value
                break
    body = next((v for tag in _BODY_FIELDS if (v := _field(item, tag, raw=True))), "")
    if not body.strip():
        return None
    return html_to_lines(body), meta


def _field(item: str, tag: str, raw: bool = False) -> str:
    """The text of one element of a feed item (CDATA unwrapped; tags and entities resolved unless `raw`)."""
    m = re.search(rf"<{re.escape(tag)}\b([^>]*)>(.*?)</{re.escape(tag)}>", item, re.I | re.S)
    if not m:
        href = re.search(rf"<{re.escape(tag)}\b[^>]*\bhref=\"([^\"]+)\"", item, re.I)
        return href.group(1).strip() if href and not raw else ""
    value = _CDATA.sub(lambda c: c.group(1), m.group(2))
    return value if raw else " ".join(html.unescape(_TAG.sub(" ", value)).split())


def html_to_lines(text: str) -> str:
    """Turn HTML paragraphs into plain lines: one line per block, tags and scripts out, entities resolved."""
    text = _SCRIPT.sub("", _CDATA.sub(lambda c: c.group(1), text))
    text = _BLOCK_END.sub("\n\n", text)
    lines = [" ".join(html.unescape(_TAG.sub("", line)).split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def markdown_to_lines(text: str) -> str:
    """Turn Markdown into plain lines: links as their words, emphasis, heading and list marks out.

    A line made only of links or images is left as written (navigation; `data/furniture.yaml` matches it)."""
    return "\n".join(_md_line(line) for line in text.split("\n"))


def links_only(line: str) -> bool:
    """Tell whether a Markdown line holds nothing but links, images, bullets and separators."""
    if not (_MD_LINK.search(line) or _MD_IMAGE.search(line)):
        return False
    rest = _MD_LINK.sub(" ", _MD_IMAGE.sub(" ", _MD_LINKED_IMAGE.sub(" ", line)))
    return _MD_ONLY_LINKS.fullmatch(rest) is not None


def _md_line(line: str) -> str:
    """Plain words of one Markdown line (a line of links only stays as written)."""
    if links_only(line):
        return line
    s = _MD_IMAGE.sub("", _MD_LINKED_IMAGE.sub("", line))
    s = _MD_LINK.sub(lambda m: m.group("text"), s)
    s = _MD_QUOTE.sub("", _MD_HEADING.sub("", s))
    if not re.fullmatch(r"\s*(?:[*_-]\s*){3,}", s):
        s = _MD_BULLET.sub("", s)
        for _ in range(2):
            s = _MD_EM.sub(lambda m: m.group("t"), _MD_STRONG.sub(lambda m: m.group("t"), s))
    return _MD_ESCAPE.sub(r"\1", s).rstrip()
