"""Markup left in text articles (feed items, HTML, Markdown) read as plain lines; reader comments and live-page
furniture kept out of the body."""

from __future__ import annotations

import datetime as dt

from helpers.build.inputs import read_text_file
from helpers.extract.clean import clean
from helpers.extract.layout import furniture_lines
from helpers.extract.markup import links_only, markdown_to_lines, unmark

FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">
<channel>
<title>Example Herald &#8211; Balkans</title>
<item>
<title><![CDATA[Commandos land in Pristina]]></title>
<link>https://example.org/commandos-12</link>
<dc:creator><![CDATA[Ana Petrova]]></dc:creator>
<pubDate>Mon, 05 Jun 2023 11:42:07 +0300</pubDate>
<description><![CDATA[<p>About 500 soldiers arrived [&#8230;]</p>]]></description>
<content:encoded><![CDATA[<p><strong>ANKARA</strong> &#8211; About 500 soldiers arrived on Sunday, it said.</p>
<p><img src="https://example.org/a.jpg" alt="x" /></p>
<p>&#8220;We will stay as long as needed,&#8221; the colonel said.&nbsp;</p>
]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_a_feed_item_becomes_its_body_and_metadata() -> None:
    text, meta, kind = unmark(FEED)
    assert kind == "feed"
    assert text == ("ANKARA – About 500 soldiers arrived on Sunday, it said.\n\n"
                    "“We will stay as long as needed,” the colonel said.")
    assert meta == {"title": "Commandos land in Pristina", "published": "Mon, 05 Jun 2023 11:42:07 +0300",
                    "author": "Ana Petrova", "url": "https://example.org/commandos-12"}


def test_a_feed_file_is_read_with_a_warning(tmp_path) -> None:
    raw = read_text_file(tmp_path / "feed.txt", FEED.encode(), "feed", {})
    assert raw.meta["title"] == "Commandos land in Pristina"
    assert raw.warnings == ["feed markup converted to plain text (the first item)"]
    cleaned = clean(raw, today=dt.date(2026, 1, 1))
    assert cleaned.published == dt.date(2023, 6, 5) and cleaned.dateline == "ANKARA"
    assert cleaned.text.startswith("ANKARA – About 500 soldiers arrived on Sunday")  # the dateline stays in the text


def test_html_paragraphs_become_lines_without_tags_or_scripts() -> None:
    text, meta, kind = unmark("<p>Kosovo&#8217;s police <b>closed</b> four offices.</p>\n"
                              "<p><script>alert('x')</script>Serbia protested.<br/>NATO called for calm.</p>\n"
                              "<div>KFOR said &quot;nothing&quot; changed.</div>")
    assert kind == "html" and meta == {}
    assert text.split("\n\n") == ["Kosovo’s police closed four offices.", "Serbia protested.",
                                  "NATO called for calm.", "KFOR said \"nothing\" changed."]


def test_entities_alone_are_resolved_and_plain_text_is_left_alone() -> None:
    assert unmark("Troops &amp; police, R&D and AT&T.") == ("Troops & police, R&D and AT&T.", {}, None)
    plain = "Kosovo police said 3 < 4 and [sic] remained.\nSnake_case_name stays."
    assert unmark(plain) == (plain, {}, None)


def test_markdown_links_emphasis_and_headings_become_words() -> None:
    md = ("# Kurti sets a date for the bridge\n"
          "**PRISTINA** — Prime Minister [Albin Kurti](https://x.org/t/kurti) said _on Tuesday_ it would open.\n"
          "* [News](https://x.org/news/)\n"
          "![Police on the bridge.](https://x.org/a.jpg)\n"
          "[Share on Facebook](https://f.com/s?u=https://x.org/a) [Share on X](https://x.com/i?u=1)\n"
          "* * *")
    lines = markdown_to_lines(md).split("\n")
    assert lines[0] == "Kurti sets a date for the bridge"
    assert lines[1] == "PRISTINA — Prime Minister Albin Kurti said on Tuesday it would open."
    assert lines[2:5] == md.split("\n")[2:5]  # lines of links or images only stay whole
    assert [links_only(s) for s in md.split("\n")[1:5]] == [False, True, True, True]


def test_link_only_markdown_lines_and_rules_are_furniture() -> None:
    lines = ["* [News](https://x.org/news/)", "[![Logo](https://x.org/l.png)](https://x.org/)",
             "[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=https://x.org/a-long-story-slug/)",
             "* * *", "The bridge opened on Tuesday, police said, after [talks](https://x.org/t) in Brussels."]
    assert furniture_lines(lines) == {0, 1, 2, 3}


def test_a_comment_section_is_furniture_to_the_end_of_the_page() -> None:
    lines = ["Erdoğan and Vučić signed nine agreements on Thursday, officials said.", "47 Comments",
             "Join the discussion...", "balkan_eagle_1389", "2 hours ago",
             "Nice words, but the soldiers did nothing when the police took over.", "Reply", "Like 14",
             "Ahmet K.", "1 hour ago", "That is called diplomacy, my friend.", "Reply", "Like 31"]
    assert furniture_lines(lines) == set(range(1, len(lines)))


def test_a_comments_menu_item_above_the_story_takes_nothing_else() -> None:
    story = [f"Paragraph {n} of the story says that the talks in Brussels went on for many hours." for n in range(9)]
    lines = ["Comments", *story, "Join the discussion", "Ana", "Reply", "Like 2", "Ivan", "Reply"]
    assert furniture_lines(lines) == {0, *range(10, len(lines))}  # the menu item alone, then the comments


def test_a_comment_counter_without_comments_takes_nothing_else() -> None:
    lines = ["Kosovo police closed four offices on Monday.", "12 Comments",
             "Serbia called the move a provocation, its foreign ministry said on Tuesday.", "Reply to this story"]
    assert furniture_lines(lines) == {1}


def test_live_page_stamps_and_controls_are_furniture() -> None:
    lines = ["2h ago", "58 minutes ago", "Updated at 21.04 BST", "Page 2 of 4", "Open in app",
             "Audio generated by AI", "Tap to enlarge", "Sources[edit]", "(Unofficial translation)",
             "---------- Forwarded message ---------", "Hi Mark,", "■ WILDFIRES continued from page 1",
             "CORRECTS paragraph 5 to show he was questioned for five hours, not four",
             "Updates with the news were slow to arrive in the north, residents said.",
             "Adds that the ministry said 40 people were hurt."]
    assert furniture_lines(lines) == set(range(13))
