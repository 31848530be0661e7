"""Cleaning: furniture out and kept, headline/dateline/byline found, publication date and its basis."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.extract.clean import clean, unwrap
from helpers.extract.dates import extract_timexes
from helpers.extract.document import ArticleDoc, RawArticle
from helpers.extract.lines import date_line, english_months, n_words
from helpers.lexicon import load

TODAY = dt.date(2026, 1, 1)


def raw(text: str, **meta) -> RawArticle:
    """Make a raw article from text and metadata."""
    return RawArticle("x", "x.txt", None, text, "0" * 64, meta, [])


def test_furniture_is_removed_and_kept_in_order() -> None:
    text = ("Home World Ministers meet in Skopje\n\nMinisters meet in Skopje\n\nby admin\n3 comments\n\n"
            "Foreign ministers met on Friday.\n\nPrevious Article\n\nStorm hits the coast of Spain\n\n"
            "Next Article\n\nMarkets rally in Asia\n\nLeave a Comment\n\n© 2031 All rights reserved. "
            "Designed and Developed by somebody")
    c = clean(raw(text), TODAY)
    assert c.title == "Ministers meet in Skopje"
    assert c.text == "Foreign ministers met on Friday."
    assert c.boilerplate == ["Home World Ministers meet in Skopje", "by admin", "3 comments", "Previous Article",
                             "Storm hits the coast of Spain", "Next Article", "Markets rally in Asia",
                             "Leave a Comment", "© 2031 All rights reserved. Designed and Developed by somebody"]


def test_dateline_line_and_inline_dateline() -> None:
    assert clean(raw("SKOPJE, North Macedonia\nThe talks began.\nThey ended."), TODAY).dateline == \
        "SKOPJE, North Macedonia"
    c = clean(raw("PRISTINA, Kosovo (Reuters) - Police closed the crossing on Monday."), TODAY)
    assert c.dateline == "PRISTINA, Kosovo"
    assert c.text.startswith("PRISTINA, Kosovo (Reuters) - Police")


def test_byline_and_date_line_at_the_top() -> None:
    c = clean(raw("Border crossing reopens\nBy Ana Petrovic\nPublished: 12 March 2024\nThe crossing reopened."), TODAY)
    assert (c.title, c.byline) == ("Border crossing reopens", "Ana Petrovic")
    assert (c.published, c.published_basis) == (dt.date(2024, 3, 12), "text")
    assert c.text == "The crossing reopened."


def test_metadata_date_wins_and_bad_dates_warn() -> None:
    c = clean(raw("Text.", published="2023-06-13", text_date="2020-01-01"), TODAY)
    assert (c.published, c.published_basis) == (dt.date(2023, 6, 13), "metadata")
    bad = clean(raw("Text.", published="next Tuesday"), TODAY)
    assert (bad.published, bad.published_basis) == (None, "unknown")
    assert bad.warnings == ["metadata published 'next Tuesday' is not a date; ignored"]
    future = clean(raw("Text.", published="2031-05-01"), TODAY)
    assert future.published is None
    assert future.warnings == ["metadata published 2031-05-01 is in the future; ignored"]


def test_long_first_sentence_is_not_a_title() -> None:
    c = clean(raw("In the heat of July, soldiers crossed the border into the province.\n\nMore text."), TODAY)
    assert c.title is None


def test_hard_wrapped_lines_are_joined() -> None:
    wrapped = ("Showers continued throughout the week in\nthe cocoa zone, alleviating the drought since early\n"
               "January and improving prospects for the coming crop,\nalthough normal humidity levels have not\n"
               "been restored, the review said.\n    The dry period means the crop will be late.")
    assert unwrap(wrapped) == ("Showers continued throughout the week in the cocoa zone, alleviating the drought "
                               "since early January and improving prospects for the coming crop, although normal "
                               "humidity levels have not been restored, the review said.\n\nThe dry period means "
                               "the crop will be late.")


def test_pdf_copy_without_paragraph_breaks_is_reflowed() -> None:
    # a PDF copy: no blank line, no indent; short lines end paragraphs, the page furniture stands alone
    pdf = ("NORTHLAND POLICY INSTITUTE\n"
           "Working Paper No. 4\n"
           "Key findings\n"
           "• The mission ended the year with more soldiers on the ground than at any time\n"
           "since the agreement was signed, after two rounds of reinforcement.\n"
           "Page 1 of 3\n"
           "www.npi-example.org\n"
           "1. A year of tension\n"
           "The first crisis came in the summer, when a crowd tried to stop the new mayors\n"
           "from entering the town halls and the police had to call for the mission's help\n"
           "to keep the two sides apart. The mission's commander said that the force was\n"
           '"ready to act wherever the peace is at risk" and asked both sides to step back\n'
           "from the barricades that had closed the two main roads into the northern towns\n"
           "for most of the week.\n"
           "The second came in the autumn, when armed men attacked a patrol near the border\n"
           "crossing and withdrew across the boundary line before the reinforcements of the\n"
           "mission came.\n"
           "Both governments blamed each other for the attack, and the talks that had been\n"
           "planned for the end of the month were called off by the mediators, who said that\n"
           "the conditions for a meeting of the two leaders were not met at that time and\n"
           "would be reviewed in the new year.\n"
           "Source: Northland Ministry of Defence, annual report, 2 March 2021.\n"
           "1 Statement of the mission, 4 June 2021, published on its website in full.\n")
    assert unwrap(pdf).split("\n\n") == [
        "NORTHLAND POLICY INSTITUTE", "Working Paper No. 4", "Key findings",
        "• The mission ended the year with more soldiers on the ground than at any time since the agreement was "
        "signed, after two rounds of reinforcement.",
        "Page 1 of 3", "www.npi-example.org", "1. A year of tension",
        "The first crisis came in the summer, when a crowd tried to stop the new mayors from entering the town "
        "halls and the police had to call for the mission's help to keep the two sides apart. The mission's "
        'commander said that the force was "ready to act wherever the peace is at risk" and asked both sides to '
        "step back from the barricades that had closed the two main roads into the northern towns for most of "
        "the week.",
        "The second came in the autumn, when armed men attacked a patrol near the border crossing and withdrew "
        "across the boundary line before the reinforcements of the mission came.",
        "Both governments blamed each other for the attack, and the talks that had been planned for the end of "
        "the month were called off by the mediators, who said that the conditions for a meeting of the two "
        "leaders were not met at that time and would be reviewed in the new year.",
        "Source: Northland Ministry of Defence, annual report, 2 March 2021.",
        "1 Statement of the mission, 4 June 2021, published on its website in full."]


def test_reflow_takes_a_line_of_spaces_at_either_end() -> None:
    line = "The mission ended the year with more soldiers on the ground than at any time since"
    assert unwrap("   \n" + "\n".join([line] * 12) + "\n  ") == " ".join([line] * 12)


def test_narrow_columns_keep_a_wide_headline_apart() -> None:
    columns = ("THE NORTHLAND OBSERVER                MONDAY, MAY 3, 2021\n"
               "Court frees three border guards after ten days in custody\n"
               "By JANA ROE\n"
               "NORTHTOWN — A court in the capital on\n"
               "Monday ordered the release of the\n"
               "three border guards who were detained\n"
               "near the crossing on April 23, ending\n"
               "a standoff that had added to tensions\n"
               "in the region for more than a\n"
               "week.\n"
               "Relatives had waited at the crossing\n"
               "for more than five hours on the day\n"
               "of their release, a lawyer said.\n")
    assert unwrap(columns).split("\n\n") == [
        "THE NORTHLAND OBSERVER                MONDAY, MAY 3, 2021",
        "Court frees three border guards after ten days in custody",
        "By JANA ROE",
        "NORTHTOWN — A court in the capital on Monday ordered the release of the three border guards who were "
        "detained near the crossing on April 23, ending a standoff that had added to tensions in the region for "
        "more than a week.",
        "Relatives had waited at the crossing for more than five hours on the day of their release, a lawyer said."]


def test_headline_questions_and_share_words_in_text() -> None:
    c = clean(raw("Can the talks succeed?\n\nShares in the company fell on Monday.\n\nShare this article"), TODAY)
    assert c.title == "Can the talks succeed?"
    assert c.text == "Shares in the company fell on Monday."
    assert c.boilerplate == ["Share this article"]


def test_long_paragraph_matching_a_furniture_pattern_is_kept() -> None:
    para = ("The ministry said the footage, marked all rights reserved by the broadcaster, showed soldiers "
            "crossing the bridge at dawn while protesters gathered on both banks of the river near the town hall.")
    assert clean(raw(para), TODAY).text == para



def test_a_date_line_needs_a_four_figure_year_which_the_extractor_alone_can_read() -> None:
    # date_line skips any line without four figures in a row: it holds only while the date extractor reads no
    # two-digit or spelled-out year to a day (should it learn to, this test says the shortcut must go)
    for line in ["15.06.23", "15/06/23 14:10", "June 15, '23", "15 June nineteen ninety-four", "6/15/89"]:
        doc = ArticleDoc("", line, [(0, len(line))])
        assert not [r for r in extract_timexes(doc) if r["precision"] == "day" and r["value"][:4].isdigit()], line
        assert date_line(line) is None and date_line(line, furniture=True) is None
    assert date_line("Published: 15.06.2023 14:10") == dt.date(2023, 6, 15)


def test_a_date_line_is_judged_too_long_before_it_is_rewritten() -> None:
    # date_line gives up on a line of too many words before rewriting its months and dots: it holds only while no
    # rewriting takes a word away (every foreign month name one word, a dot or a space never a word)
    months = load("dates")["date_line_months"]
    assert all(n_words(w) == 1 for words in months.values() for w in words)
    for line in ["2023. május 31. 10:15", "15. 06. 2023.", "September 24, 202310:58 PM", "15-06-2023 | Kosovo"]:
        assert n_words(english_months(line)) >= n_words(line), line
    assert date_line("2023. május 31.") == dt.date(2023, 5, 31)
    assert date_line("Last updated on 2023. május 31. 10:15 by the news desk of our outlet in the city") is None


def test_date_lines_in_outlet_styles() -> None:
    cases = {"04 March 2024 13:05 | N1 Belgrade / Beta": dt.date(2024, 3, 4),
             "Published on 14/05/2024 - 16:42 GMT+2": dt.date(2024, 5, 14),
             "21.01.2025 14:10": dt.date(2025, 1, 21),
             "Commentary | 12 September 2024": dt.date(2024, 9, 12),
             "Saturday 15 March 2025": dt.date(2025, 3, 15),
             # month names of the region's outlets, day-dot and year-first orders
             "30. maj 2023. 09:14": dt.date(2023, 5, 30), "4 Haziran 2023 14:22": dt.date(2023, 6, 4),
             "25 shtator 2023, 10:47": dt.date(2023, 9, 25), "18 ottobre 2024 · 16:30": dt.date(2024, 10, 18),
             "2023. május 31. 10:15": dt.date(2023, 5, 31), "12. децембра 2023.": dt.date(2023, 12, 12),
             "сабота, 30 септември 2023 – 18:40": dt.date(2023, 9, 30), "15-06-2023 16:20 CEST": dt.date(2023, 6, 15),
             "Πέμπτη 1 Φεβρουαρίου 2024, 19:40": dt.date(2024, 2, 1),
             "marți, 3 octombrie 2023, 14:05": dt.date(2023, 10, 3)}
    for line, want in cases.items():
        c = clean(raw(f"{line}\n\nTalks stall over border\n\nDiplomats met on Monday. They left on Tuesday."), TODAY)
        assert (c.published, c.published_basis, c.title) == (want, "text", "Talks stall over border"), line
    assert clean(raw("Talks began on 3 May 2024 in Ohrid and ended late.\n\nMore."), TODAY).published is None
    assert clean(raw("Talks resumed on 3 May 2024.\n\nMore."), TODAY).published is None
    assert clean(raw("Kasım Yılmaz 2024\n\nTalks stall\n\nDiplomats met on Monday."), TODAY).published is None


def test_json_ld_metadata_and_navigation_furniture() -> None:
    page = ('{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-07-11T07:40:00+02:00"}\n'
            "Skip to content\nMenu\nHome | News | World | Opinion\nTrending: Elections | Energy\n"
            "Leaders meet at summit\nStaff reporter | 5 min read\n"
            "WASHINGTON — Leaders met on Wednesday to discuss the alliance and its missions in the region.\n"
            "Most read\n1. Storm hits the coast\n2. Markets fall again\n"
            "The talks will resume in the autumn, officials said after the meeting ended late in the evening here.\n"
            "We use cookies to personalise content and ads.\nAccept all")
    c = clean(raw(page), TODAY)
    assert (c.published, c.published_basis, c.title, c.dateline) == (dt.date(2024, 7, 11), "metadata",
                                                                       "Leaders meet at summit", "WASHINGTON")
    assert c.text == ("WASHINGTON — Leaders met on Wednesday to discuss the alliance and its missions in the region.\n"
                      "The talks will resume in the autumn, officials said after the meeting ended late in the "
                      "evening here.")
    assert "1. Storm hits the coast" in c.boilerplate and "Accept all" in c.boilerplate


# --- issue 13: page furniture of plain-text scrapes (invented lines) ----------------------------------------------

SCRAPE = """Politics
Border talks resume after a week of protests
NEWS 12.03.2024 09:15 0 comments
The two delegations met again on Tuesday after a week of street protests.
Delegates shake hands before the talks in the capital. © AP Photo / Jane Roe
Some 30 soldiers guarded the building during the talks, the mission said. (AP: John Doe)
(Photo by Jane Roe/Northern Agency via Getty Images)
Photo: Northern Agency
Protesters march past the parliament on Monday. (John Doe/The Daily Courier/TNS)
“We are ready to talk for as long as it takes,” the chief negotiator said.
It was over.
Both sides agreed to meet again.
READ MORE: Talks stall as both sides trade blame
The mediator called for patience.
Reporting by Jane Roe; Editing by John Doe
Short link: https://example.org/a1b2
Subscribe to our daily newsletter
Continue reading on: example.org
(WORLD)
This story has not been edited by our staff and is auto-generated from a syndicated feed."""


def test_captions_credits_and_feed_notes_are_furniture_and_paragraphs_stay():
    c = clean(raw(SCRAPE), TODAY)
    assert c.title == "Border talks resume after a week of protests"
    assert c.published == dt.date(2024, 3, 12) and c.published_basis == "text"  # from the furniture date line
    assert c.text.split("\n") == [
        "The two delegations met again on Tuesday after a week of street protests.",
        "“We are ready to talk for as long as it takes,” the chief negotiator said.",
        "It was over.",
        "Both sides agreed to meet again.",
        "The mediator called for patience."]
    assert len(c.boilerplate) == 14 and c.boilerplate[0] == "Politics" and c.boilerplate[-1].startswith("This story")


def test_section_labels_in_brackets_or_lists_are_furniture_but_sentences_are_not():
    c = clean(raw("World | Europe\nTalks resume\nThe talks resumed.\nAnalysis\nIt rained.\nNo.\n"
                  "He said the plan was clear (the first step: a truce).\nThe vote (EU/EEA) passed."), TODAY)
    assert c.boilerplate == ["World | Europe", "Analysis"]
    assert c.text.split("\n") == ["The talks resumed.", "It rained.", "No.",
                                  "He said the plan was clear (the first step: a truce).", "The vote (EU/EEA) passed."]


def test_a_caption_line_yields_no_figures() -> None:
    from helpers.build.pipeline import process_article

    text = ("Peacekeepers on patrol\n\nThe mission sent patrols to the north on Monday.\n\n"
            "Some 30 soldiers were injured in the clashes near the bridge. (AP: Jane Roe)")
    out = process_article(raw(text), TODAY)
    assert out["figures"] == []
    assert out["articles"][0]["boilerplate"] == ["Some 30 soldiers were injured in the clashes near the bridge. "
                                                 "(AP: Jane Roe)"]


@pytest.mark.parametrize("line", [
    "Published: May 30, 2023, 9:14 AM GMT+2 · 4 min read · Share this article",
    "Hungarian KFOR soldiers are treated after clashes in Zvecan on Monday. REUTERS/Jane Roe",
    "A soldier is carried away after clashes in Zvecan, northern Kosovo, on Monday Credit: AP",
    "Turkish soldiers patrol near Mitrovica, northern Kosovo. (Courtesy of ABC)",
    "Ministers at the signing ceremony in Belgrade. Photo: MoD/ Jane Roe",
    "Image caption, The commander receives the flag in Pristina",
    "Copy link", "More from Reuters", "Related Topics", "Getty Images", "Topics: Serbia, Kosovo",
    "Sign up for our monthly digest", "Follow RTS on Telegram and Viber",
    "Last updated: 21:48 CET · Refresh for the latest updates",
    "13.12.2023 | Source: Ministry of Defence | Print | Email",
    "This story has been published from a wire agency feed without modifications to the text.",
    "Views expressed are the author's own and do not necessarily reflect those of the Institute.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK",
    "Jane Roe is a research fellow based in Sarajevo, where she covers security in the Western Balkans.",
    "View this email in your browser", "Unsubscribe | Update preferences | Forward to a friend",
    # menus, credits, page notes and media players in other shapes
    "EN | SR | AL", "Live TV | Programme schedule | Video archive", "Print | Report an error",
    "Ballina > English > Economy", "Fact check › Kosovo › Military", "Skip next section More on this topic",
    "Written by: Ana Roe and Nemanja Doe", "Author Katrin Roe (with Reuters, AFP, dpa)", "Print this page",
    "Gift this article", "Listen to this article · 6 min", "Add a comment (0)", "Send us your feedback",
    "Keywords: Türkiye, Serbia, Antalya Diplomacy Forum", "Source: Ministry of Defence of the Republic – Press Office",
    "Original language: Italian. Unofficial translation.", "Jane Roe  |02.03.2024 - Update : 02.03.2024",
    "Newsletter: Defence news from the Balkans every Monday. Subscribe", "Join Agimi English on WhatsApp for news",
    "Associated Press writers Tom Roe in Brussels and Dana Doe in Washington contributed.",
    "Read more explainers: What is KFOR and who commands it? | Why Kosovo banned the dinar",
    "Was this explainer useful? Yes | No", "Duration: 31:08", "Download MP3 (29 MB)", "[END OF TRANSCRIPT]",
    "Autoplay next video", "Next video: City marks its day with a concert in the fortress", "Refresh feed",
    "Pinned", "Load older updates", "Sponsored content", "Transcript",
    "Get the Balkan Monitor app for breaking news alerts", "Open this in the app", "Get the app",
    "Found a claim we should check? Write to tips@example.org",
    "KFOR soldiers form a cordon in front of the town hall on 29 May. Photo by Jane Roe for Kosovo Compass",
    "A US military vehicle daubed with graffiti outside the town hall (Source: social media)",
    "Kosovo special police units near the village on Sunday — AFP",
    "Citizens queue outside the post office on Thursday morning. Foto: Agimi/Jane Roe",
    "Police officers outside a polling station in Zvečan. BPA / Milica Roe", "Cartoon by Jane Roe for The Meridian",
    "Screenshot/RTV Novi Pazar: Serbian armoured vehicles near Raška",
    "Editor's note: This article was updated at 14:05 to include a response from the government.",
    "Correction: An earlier version of this article gave the wrong date for the announcement.",
    "Published as received. The Monitor has not edited this statement.",
    "This column reflects the personal opinion of the author.",
    "This transcript was produced with automated software and checked by our editors.",
    "Jane Roe is a former diplomat and a columnist for The Meridian. She writes every other Tuesday.",
    "Frontline is produced by Northlight Audio. Producer: Jonas Roe. Music: \"Lines\" by Kalle Roe.",
    # widgets, strips and player lines of a page's head and foot
    "EUR/RSD 117.29 ▲0.03 · USD/RSD 109.41 ▼0.18 · Belgrade 24°C",
    "Northtown 23°C Partly cloudy | USD 20.97 · EUR 22.49",
    "Prishtina ☀ 21°C · Mitrovica ☀ 20°C", "72°F Mostly Sunny | Obituaries | e-Edition | Classifieds",
    "BREAKING: Water supply cut in parts of the city until 6 p.m.", "🕑 04 JUNE 2023 · 11:32 · 🔖 Save",
    "▶ Listen to our correspondent's report (03:12)", "🔴 LIVE TICKER · Zagreb: tram drivers call off strike",
    "Herald Podcast ▶ 0:00 / 14:36 · This week in diplomacy", "Photo gallery 1 / 12", "Image 1 of 6", "Loading…",
    "Politics · Region · Economy · Society · Sport", "News • Politics • North • Business", "Kosovo · WIRE",
    "Languages: Français · English · Español", "Sign In | Subscribe: 99¢ for 3 months", "TRENDING NOW",
    "Issued on: 15/06/2023 - 09:44 Modified: 15/06/2023 - 17:02", "Follow us: Facebook 41K · X 18K",
    "May 31, 2023 at 6:02 a.m. | Updated May 31, 2023 at 11:47 a.m.", "Originally published by The Wire Agency",
    "The Sentinel · 114 N. Main St., Harlan · (785) 555-0143", "Got a tip? Message us on Signal: +383 49 555 010",
    "Partner content", "Promoted", "Advertisement – scroll to continue", "Spotted a mistake? Report an error",
    "About the author: Jane Roe covers the Western Balkans for The Ledger. She previously reported from Niš.",
    "About Northtown Post: an independent online newspaper founded in 2016. We publish news in English.",
    "Jane Roe is the Herald's diplomatic correspondent. She has covered foreign policy since 2015.",
    "This content is hosted by X (formerly Twitter). Accept cookies to display it.",
    "Wire stories are republished under licence and are not edited by the Feed.",
    # news-archive fields, feed wrappers, short links, sharing prompts, address lines, summary labels, wire credits
    "Section: WORLD NEWS", "Length: 612 words", "Byline: Jana Roe, Ivo Doe", "Dateline: NORTHTOWN, Mar 3",
    "Load-Date: March 3, 2021", "Body", "End of Document", "(FEEDHUB- Northtown Ledger)", "Get short URL",
    "Link copied", "Help keep family & friends informed by sharing this article", "Edited by: Jana Roe",
    "example.net/news/northtown-bridge-reopens/10442", "In short:", "XYZ/wires", "Latest Headlines",
    "Posted Wed 3 Mar 2021 at 5:14am, updated Wed 3 Mar 2021 at 9:40am",
    "The post Northtown reopens its bridge appeared first on Ledger Online.",
    "FeedHub provides the information “as is” without warranty of any kind. We accept no responsibility for it.",
    "The views and opinions expressed by the guest do not necessarily reflect those of the Ledger.",
    "The Ledger website contains only a part of the stories offered to subscribers. Please contact us for "
    "subscription options.",
    "Border guards check papers at the crossing near Northtown, March 3, 2021. (Xinhua/Jana Roe)",
    # archive copies, reader mode, AMP, newsletters, e-paper pages, press releases, video blocks, handles, arrows
    "14 captures", "14 Mar 2021 - 2 Feb 2022", "Reading time: 4 min", "Save to Pocket", "View non-AMP version",
    "Forward to a friend", "Continued on page 7", "CMYK", "-ENDS-", "PAGE 7 | DAILY LEDGER | THURSDAY, JUNE 15, 2023",
    "ledger.com", "About the author", "Notes", "[1] Ministry of Defence, statement of 10 October 2023.",
    "Type your email...", "Write a comment...", "Now playing", "Next: The minister receives the envoy",
    "Yorumlar (3)", "» Post office in the north closed, pensioners sent south", "Autor: Jana Roe",
    "Translated automatically from Serbian. The Ledger is not responsible for errors in translation.",
    "This news was translated from Turkish.", "Thanks for reading The Dispatch! Subscribe for free to get new posts.",
    "You are receiving this because you subscribed to the Brief.", "Newsroom > Press releases",
    "The Brief · Rue de la Loi 42 · 1040 Brussels · Belgium", "You have 2 free articles left this month", "Cached",
    "Join the Ledger's WhatsApp Channel and get the latest news.", "jana.roe", "northtown_ledger",
    "The new contingent (photo: Ministry of Defence) lines up at the barracks in Northtown.",
    # consent banners and agency bylines
    "We value your privacy", "By Reuters", "By The Associated Press", "By AFP and Reuters staff",
    # everyday variants: share and font controls, comment counters, end codes, bylines and appeals of other outlets
    "Share  Copy link  Print", "Share 0   Tweet", "Share on: Facebook | X | E-mail", "Print  Email  A  A  A",
    "Comments 0", "Comments: 2", "Komente (2)", "(PNA/end/ag/dk)", "Listen to this story (3:12)", "Donate now",
    "Lexo edhe: Kurti says the agreement will be signed this year", "Report by Jana Roe", "Szerző: Jana Roe",
    "Shkruan: Jana Roe", "Ledger photo by Ivo Doe", "Keywords Kosovo, Northtown, NATO",
    "You must be logged in to post a comment.",
    "Your email address will not be published. Required fields are marked *",
    "Sign up for our Morning Briefing. Every weekday at 7 a.m., the most important stories are in your inbox.",
    "Support local journalism. The Ledger has covered Northtown for more than 130 years.",
    "The Ledger is independent and reader-funded. We do not take money from political parties or from the "
    "government. If you value our work, please consider a donation: every euro helps us to keep reporting from the "
    "north, where there are fewer and fewer journalists every year and the pressure on them keeps growing.",
    'Ledger content may be republished only with the source "Ledger" clearly cited.',
    "Feedhub is an automated news aggregator. All articles belong to their respective publishers.",
    "Dignitaries line up at the camp during the ceremony. (LGR/Jana Roe)",
    "Major General Ivo Doe receives the flag in Northtown, Oct. 10, 2023. (Courier Photo)",
    # the long tail of the kinds that leak on real pages: stamps, staff lines, read-more, notes and licences
    "Mon., April 22, 2024 timer 3 min. read", "KOSOVO » SECURITY", "Disclosure statement", "Republish this article",
    "Republishing this article? Copy link", "Copy URL", "Feed", "Like us on Facebook", "With AFP",
    "(With inputs from agencies)", "— With files from the Associated Press",
    "[READ: The first drones were delivered in 2023, the ministry says five more are on order]",
    "MORE: Northtown mayor threatens to resign after meeting the minister on Thursday",
    "Disclaimer: The Ledger uses material from agencies under agreement. Views expressed are not necessarily ours.",
    "Published under license from Northtown Wire. Redistribution prohibited.",
    "This story first appeared on Northtown Wire. Read the full story at northtownwire.com",
    "(This story was published via a syndicated feed and has not been modified by Ledger staff.)",
    "Jana Roe does not work for, consult, own shares in or receive funding from any company that would benefit.",
    "Get the latest World News and Updates on the Ledger. Download the app.",
    "Soldiers stand in formation during the ceremony in Northtown, June 12, 2024. AP Photo/Ivo Doe",
    "Police officers stand guard near the village, June 14, 2023. NORTHTOWN WIRE/Ivo Doe",
    # an English page of an outlet of the region keeps its site's labels in the site's language
    "REKLAMA", "— Реклама —", "Reklama / Reklamë", "Διαφήμιση", "Anzeige", "Oznake: Kosovo, KFOR, Zvečan",
    "Etiketler: KFOR, Kosova, NATO", "Izvor: Tanjug, Beta, RTS", "Burimi: KosovaPress / ATSH", "Kaynak: Anadolu Ajansı",
    "Fotografia: Policia e Kosovës", "Фото: МИА / Архива", "Sursa foto: MApN", "Muhabir: Selin Aktaş | Ankara",
    "Пишува: Ana Trajkovska", "Raportoi: Arta Berisha nga Mitrovica", "Oprac. Tomasz Wiśniewski / PAP",
    "Lajme të ngjashme", "İlgili Haberler", "Povezano:", "Прочетете още:", "Mehr zum Thema", "Izbor urednika",
    "Pregleda: 3.402", "Прегледи: 2.117", "Vizualizări: 1.532", "Postings: 64", "Skomentuj (7)", "Ndaje: 📘 🐦 💬 ✉️",
    "Ακολουθήστε το Balkan Eye στο Google News", "Obserwuj Vistula Times w Wiadomościach Google",
    "Lesedauer: 3 Minuten", "Yazı boyutu: A- A+", "Schriftgröße: A- A A+", "Drukuj | PDF | A- A+",
    "Printaj | Sačuvaj kao PDF | Pošalji e-mailom", "Vota questo articolo: ★★★★☆", "Rate this article ★★★★☆ (12 votes)",
    "Haliç Post uygulamasını indirin: App Store | Google Play", "Ausland › Südosteuropa",
    "Bosanski Pogled d.o.o., Zmaja od Bosne 4, 71000 Sarajevo", "Impresum: Podgorički Vjesnik d.o.o., Podgorica",
    "Vistula Times sp. z o.o., ul. Marszałkowska 84/92, 00-514 Warszawa",
    "Zabranjeno preuzimanje sadržaja bez dozvole redakcije.",
    "Dieser Beitrag wurde aus dem Deutschen übersetzt. Die deutsche Fassung erschien zuerst in der Rundschau.",
    "Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor. Accept",
    "Abonează-te la newsletterul Curierul Balcanic și primești știrile zilei în fiecare dimineață.",
    "We and our 214 partners store and access information on your device, such as cookies, and process personal "
    "data, such as unique identifiers, for personalised ads and content, ad and content measurement and audience "
    "research.",
    # staff lines of names only, a wire desk's initials, players, comment counters with their prompts, a role line
    "Edited by Jana Roe", "Written by Ivo Doe and Ana Roe", "NWA JR/AD", "Time to read: 4 minutes",
    "Audio version: 2 min 48 s", "Audio: hear this story read aloud (3 min 51 s)",
    "Comments (0) — Log in to leave a comment.", "Comments: 27 | Add your opinion", "Show comments (3)",
    "Be the first to comment.", "0 comments — sign in to join the discussion", "World affairs correspondent",
    # prompts written as sentences
    "Liked this article? Support the Herald with a monthly donation.",
    "Did you enjoy this article? Share it with a friend.",
    "Get Northtown Herald headlines on Telegram — join 14,000 readers.",
    "The Northtown Herald is free to read. Support our foreign reporting with a donation.",
    # captions with credits of more shapes, a menu between slashes
    "Police units take position near the monastery in Northtown. — Getty",
    "Police units take position near the monastery in Northtown. | Photo: Getty Images",
    "Kravic and Roe meet in Northtown on Saturday (Northland Presidency via NWA)",
    "Kravic shakes hands with Roe in Northtown, March 2, 2024. Northland Presidential Press Office/Handout via NWA",
    "at Camp Alpha in Northtown, Oct. 10, 2023. / Reuters",
    "Northland Republic / Europe / World / Economy / Culture",
    # regional agencies' English pages: navigation, an agency line, appeals, a caption whose credit holds a dot
    "Previous news", "Next news", "Northtown - İHA", "Watch Northtown TV LIVE",
    "If you'd like to support the Herald's English-language journalism, you can do so here.",
    "To receive the news from the Herald on your e-mail, register for the newsletter.",
    "The protest in front of the town hall on 29.05.2023. Photo: Herald.com archive",
    "Did you find this article useful? Support independent journalism in Northland.",
    # live blogs and opinion portals (styles32)
    "Curated By: Jana Roe", "For more stories like this, check our news page.",
    "The Herald publishes articles from a variety of outside sources which express a wide range of viewpoints. The "
    "positions taken in these articles are not necessarily those of the Herald.",
    "Soldiers during training near Northtown (Ministry of Defence/PA)",
    # digests, interviews and broadcasts (styles33)
    "Written by", "Topics in this article: Kosovo, Nato, Serbia", "- AFP", "Become a Herald member",
    "DIPLOMACY / SERBIA & TÜRKIYE", "Listen to the interview (8:42)", "Listen live on Northtown Radio",
    "Listen to The Briefing on Northtown Radio, weekdays from 07.00 London time.",
    "This article appears in the 14 Jun 2024 issue of the Herald, The peace that never ended",
    "Jana Roe is on Northtown Radio every weekday from 10am to 1pm.", "Northtown News, weeknights at 7pm",
    "Statements by our interview partners reflect their own views. The Herald does not adopt the statements of its "
    "interview partners.",
    # an Italian wire's sign-off, a report's download link, a press contact, an Albanian byline (styles62, styles63)
    "(ITALPRESS).", "(NPA)", "ari/gtr/red", "05-Oct-23 18:42", "Download the briefing (PDF, 2.1 MB)",
    "For more information, please contact:", "Nga: Arta Roe", "Shkruar nga: Fatos Roe",
    "Download the Regional Overview",
    "Your tax deductible gift can help stop human rights violations and save lives around the world.",
])
def test_scraped_page_lines_are_furniture(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [True]


@pytest.mark.parametrize("line", [
    "Serbian President Aleksandar Vucic said on Monday that the army would stay on alert.",
    "Follow-up talks on the dinar are planned for next month, officials said.",
    "More than 30 KFOR soldiers were injured in the clashes, NATO said.",
    "The report was published to coincide with a meeting of the development bank.",
    "The film was produced by a studio in Belgrade.",
    "Jane Roe is a former diplomat and an analyst at the Balkan Institute.",
    "Download chart debut is delayed",
    "Get ready for the app economy, the minister told students",
    "NOTES ON U.S. SUPPLY/DEMAND TABLES",
    "Commentary | 12 September 2024",
    "Temperatures reached 40°C in Belgrade on Monday, the weather service said.",
    "The dinar traded at 117.2 to the euro, the central bank said.",
    "About 50,000 Serbs live in the four northern municipalities.",
    "Breaking with tradition, the president spoke first.",
    "The length of the border is 352 km, the ministry said.",
    "Body armour was found in the truck, police said.",
    "About 4,000 residents gathered again this morning in front of the town hall.",
    "Notes of the meeting were published on Monday, the ministry said.",
    "beat", "previously.", "previously",
    "By Reuters' count, at least 30 people were hurt.", "The explosive device was found on the bridge, police said.",
    "Topics discussed included trade, energy and transport.", "A spokesman said a donation of 500 euros was made.",
    "Print and email remain popular, the survey found.", "The ministry said it would print the report by Monday.",
    "More than 30 soldiers were injured, NATO said.", "Feedback from residents was mixed, the mayor said.",
    "The company sold cookies worth 3 million euros, officials said.",
    "Source: the interior ministry said 30 were hurt.",
    "Residents follow the news on Telegram, where rumours spread quickly.",
    "The app was removed from the App Store on Monday, officials said.",
    "The ad, which ran for 30 seconds, cost 5 million dollars.",
    "Gazprom Neft Ltd., which owns 56 percent of NIS, said on Monday it would pay 120 million.",
    "Written by the party's founder in 1990, the statute still guides the movement.",
    "Comments by the minister drew criticism from the opposition on Monday.",
    "Readers of the Herald found the story in the archive (Northtown Library via the city council) on Monday.",
    "The minister said the fund would support independent media in the region.",
    "Northtown - KFOR said on Monday it would not act.",
    "The report was compiled by the ministry in May.",
    "Troops are on patrol every morning from 6 am.", "The border opens weekdays from 8am, officials said.",
    "He said they would listen to the people on Monday.",
])
def test_article_sentences_are_not_furniture(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [False]


def test_linked_story_titles_without_a_marker_line_are_furniture() -> None:
    """Titles of linked stories at the end of the body (no "Related" line before them) or set one under the other
    in the middle of it are furniture; their facts never reach the body."""
    body = ("Police sealed off the village on Sunday after the attack on the patrol.\n\n"
            "Two officers were wounded and taken to hospital in Mitrovica.\n\n"
            "The government declared a day of mourning.\n\n"
            "The prime minister said the attackers had been trained and financed from abroad.\n\n"
            "Belgrade denied any role and called for calm in the north.\n\n"
            "Kosovo declared independence from Serbia in 2008.")
    text = (body + "\n\n"
            "Srpska lista calls on citizens to stay calm\n"
            "Serbia declares day of mourning for three killed men\n"
            "Borrell condemns 'hideous attack' on Kosovo police officers\n"
            "Follow us on Facebook, X and Instagram")
    c = clean(raw(text), TODAY)
    assert c.text == body
    assert c.boilerplate == ["Srpska lista calls on citizens to stay calm",
                             "Serbia declares day of mourning for three killed men",
                             "Borrell condemns 'hideous attack' on Kosovo police officers",
                             "Follow us on Facebook, X and Instagram"]
    middle = ("The talks resumed in Brussels on Monday after a pause of two months.\n\n"
              "Both delegations arrived in the morning.\n\n"
              "The mediator met each of them alone before the joint session began.\n\n"
              "No agenda was published.\n\n"
              "Officials on both sides said they expected little from the first day.\n\n"
              "A second round is planned for next week.\n\n"
              "EU envoy urges both sides to return to the table\n"
              "Kurti says Pristina will not accept new conditions\n"
              "Vucic rules out recognition before the elections\n\n"
              "Both delegations left without a statement.")
    c = clean(raw(middle), TODAY)
    assert c.text == ("The talks resumed in Brussels on Monday after a pause of two months.\n\n"
                      "Both delegations arrived in the morning.\n\n"
                      "The mediator met each of them alone before the joint session began.\n\n"
                      "No agenda was published.\n\n"
                      "Officials on both sides said they expected little from the first day.\n\n"
                      "A second round is planned for next week.\n\nBoth delegations left without a statement.")
    assert len(c.boilerplate) == 3 and c.boilerplate[0] == "EU envoy urges both sides to return to the table"


@pytest.mark.parametrize("tail", [
    "Chelsea v Birmingham\n\nWest Ham v Sheff Utd\n\nOldham v Bolton",  # a fixture list: no verb, few lower-case words
    "Crude steel output five mln tonnes vs 5.3 mln\nAluminium output 96,000 tonnes vs 90,000",  # table rows
    "Earnings exclude losses from discontinued operations of\n13 mln dlrs in the quarter and the year",  # hard-wrapped
    "Subheading of the next section\n\nThe next section goes on here with a full sentence.",  # a subheading
])
def test_short_lines_that_are_not_linked_titles_stay(tail: str) -> None:
    text = "The minister said on Monday that the plan would be published within weeks.\n\n" + tail
    c = clean(raw(text), TODAY)
    assert c.boilerplate == []
    assert c.text == text


def test_a_programme_name_in_capitals_between_the_site_and_the_headline_is_no_title_nor_dateline() -> None:
    head = ("NORTHTOWN TV — TRANSCRIPTS\n\nTHE EVENING DESK WITH JANA ROE\n\n"
            "Northland sends more troops to the border; interview with Ivo Doe of the Northtown Institute\n\n")
    c = clean(raw(head + "\n\n".join(STORY_LINES) + "\n"), TODAY)
    assert c.title == "Northland sends more troops to the border; interview with Ivo Doe of the Northtown Institute"
    assert c.dateline is None and c.boilerplate[:2] == ["NORTHTOWN TV — TRANSCRIPTS", "THE EVENING DESK WITH JANA ROE"]


def test_outlet_name_above_the_headline_is_furniture_and_extended_capitals_make_a_dateline() -> None:
    text = ("THE DANUBE MERIDIAN\nOpinion | Columnists\n"
            "Why Belgrade calls Ankara a friend while Pristina cheers Turkish troops\nJane Roe\n\n"
            "ZVEČAN - Thirty soldiers were hurt on Monday when a crowd threw rocks at the troops.\n\n"
            "The mission said the situation was calm by the evening.")
    c = clean(raw(text), TODAY)
    assert c.title == "Why Belgrade calls Ankara a friend while Pristina cheers Turkish troops"
    assert c.boilerplate == ["THE DANUBE MERIDIAN", "Opinion | Columnists", "Jane Roe"]
    assert c.dateline == "ZVEČAN"
    assert c.text.startswith("ZVEČAN - Thirty soldiers")


def test_a_first_line_that_is_a_fixture_stays_the_title() -> None:
    text = ("France v Wales (Sat)\n\nStade de France, Paris\n\nSaturday, 26 February\n\n"
            "France may have beaten Scotland and England but they were tedious in both matches.")
    assert clean(raw(text), TODAY).title == "France v Wales (Sat)"


def test_a_short_page_with_a_list_of_linked_titles_is_not_taken_for_hard_wrapped_text() -> None:
    """Single-line paragraphs between blank lines and one block of linked titles: the titles stay lines (and are
    furniture), they are not joined into one paragraph; real hard-wrapped text is still joined."""
    text = ("Police sealed off the village on Sunday after the attack on the patrol.\n\n"
            "Two officers were wounded and taken to hospital in Mitrovica.\n\n"
            "The government declared a day of mourning.\n\n"
            "Kosovo declared independence from Serbia in 2008.\n\n"
            "Srpska lista calls on citizens to stay calm\n"
            "Serbia declares day of mourning for three killed men\n"
            "Borrell condemns 'hideous attack' on Kosovo police officers")
    c = clean(raw(text), TODAY)
    assert c.boilerplate == ["Srpska lista calls on citizens to stay calm",
                             "Serbia declares day of mourning for three killed men",
                             "Borrell condemns 'hideous attack' on Kosovo police officers"]
    assert c.text == text.rsplit("\n\n", 1)[0]
    wrapped = ("The talks resumed in Brussels on Monday after a pause of\ntwo months, officials from both sides "
               "said on\nthe first day of the new round.\n\nThe mediator met each delegation alone before\nthe joint "
               "session began in the afternoon\nand no agenda was published.")
    assert unwrap(wrapped) == (
        "The talks resumed in Brussels on Monday after a pause of two months, officials from both sides said on the "
        "first day of the new round.\n\nThe mediator met each delegation alone before the joint session began in the "
        "afternoon and no agenda was published.")


@pytest.mark.parametrize(("line", "date"), [
    ("🕑 04 JUNE 2023 · 11:32 TSİ · 🔖 Save", dt.date(2023, 6, 4)),
    ("Issued on: 15/06/2023 - 09:44 Modified: 16/06/2023 - 17:02", dt.date(2023, 6, 15)),
    ("May 31, 2023 at 6:02 a.m. | Updated May 31, 2023 at 11:47 a.m.", dt.date(2023, 5, 31)),
    ("He left Pristina on 4 May 2023.", None),
    ("Posted Mon 25 Sep 2023 at 5:14am, updated Mon 25 Sep 2023 at 9:40am", dt.date(2023, 9, 25)),
    # page controls after the date's own segment do not count; before it they do
    ("Published: March 14, 2021, 9:14 AM GMT+2 · 4 min read · Share this article", dt.date(2021, 3, 14)),
    ("13.12.2023 | Source: Ministry of Defence of the Republic of Northland | Print | Email", dt.date(2023, 12, 13)),
    ("Read more: Northland police arrest three men near the crossing | Print | 12.06.2023", None),
    # a slash date that reads both ways is day first, as European pages write it
    ("Issued on: 03/10/2023 - 12:15 Modified: 03/10/2023 - 12:40", dt.date(2023, 10, 3)),
])
def test_date_lines_with_capitals_clock_times_or_an_update_give_the_first_date(line: str, date) -> None:
    """A line already known as furniture may spell the month in capitals and give several dates (the first is the
    page's); any other line must give one date the usual way."""
    from helpers.extract.lines import date_line

    assert date_line(line, furniture=True) == date
    assert date_line(line) is None


@pytest.mark.parametrize("line, date", [
    ("MARCH 21, 2024", dt.date(2024, 3, 21)), ("21 MARCH 2024 | 10:45 AM", dt.date(2024, 3, 21)),
    ("ELECTIONS ON MARCH 21, 2024", None), ("MARCHING 21, 2024", None),
])
def test_a_date_alone_in_capitals_is_a_date_line_but_a_heading_in_capitals_is_not(line: str, date) -> None:
    from helpers.extract.lines import date_line

    assert date_line(line) == date  # Defense One's "MARCH 21, 2024" (styles32)


@pytest.mark.parametrize("line, date", [
    ("Friday 11/10/24", dt.date(2024, 10, 11)), ("Friday, 9.2.24", dt.date(2024, 2, 9)),
    ("Tuesday 11/10/24", None),  # neither reading falls on a Tuesday: no date
    ("Friday 3/6/87", dt.date(1987, 3, 6)),  # the last century's reading, the only one on a Friday
])
def test_a_weekday_vouches_for_a_two_figure_year(line: str, date) -> None:
    from helpers.extract.lines import date_line

    assert date_line(line) == date  # The Monocle Minute's "Friday 11/10/24" (styles33)


def test_a_heavy_page_head_still_gives_title_date_and_dateline() -> None:
    """Widgets, menus and strips above the headline: the outlet's name is no dateline, the date line below the
    headline is read even past the sixth line, and the title is the headline (the slogan under the outlet's name
    is known as a line its other pages repeat)."""
    text = ("THE NORTHTOWN SENTINEL\nServing Harlan County since 1887\n72°F Mostly Sunny | Obituaries | Jobs\n"
            "Sign In | Subscribe: 99¢ for 3 months\nNation & World\n"
            "Alliance to send 240 more troops to the north after 12 peacekeepers hurt in clashes\n"
            "By JANE ROE Associated Press\nMay 31, 2023 at 6:02 a.m. | Updated May 31, 2023 at 11:47 a.m.\n\n"
            "PRISTINA, Kosovo (AP) — NATO said Tuesday it will deploy 240 more troops to Kosovo.\n\n"
            "The alliance put another battalion on standby after the clashes in the north.\n\n"
            "Kosovo, a former Serbian province, declared independence in 2008.\n\n"
            "Belgrade has refused to recognize the move.\n")
    from helpers.extract.repeats import line_key

    slogan = frozenset({line_key("Serving Harlan County since 1887")})  # as the outlet's other pages show
    c = clean(raw(text), TODAY, slogan)
    assert c.title == "Alliance to send 240 more troops to the north after 12 peacekeepers hurt in clashes"
    assert c.dateline == "PRISTINA, Kosovo"
    assert (c.published, c.published_basis) == (dt.date(2023, 5, 31), "text")


STORY = ("Kosovo police closed two crossings on Wednesday after three officers were detained by Serbian forces.",
         "The interior ministry in Belgrade said the men had crossed the boundary armed with automatic rifles.",
         "The European Union called on both sides to release the officers and to return to the dialogue.")


def page_with(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> list[str]:
    """Lay out a page: head lines, the story's first paragraph, the middle lines, the rest of the story, tail lines."""
    return [*head, "Three Kosovo police officers detained by Serbia", "", STORY[0], "", *middle, "", STORY[1], "",
            STORY[2], "", *tail]


@pytest.mark.parametrize(("lines", "expected"), [
    # menus and tag lists: three or more short items one under the other
    (page_with(head=("Home", "News", "Sport", "Business")), ["Home", "News", "Sport", "Business"]),
    (page_with(tail=("Tags:", "Kosovo", "KFOR", "Zvecan")), ["Tags:", "Kosovo", "KFOR", "Zvecan"]),
    (page_with(head=("Kosovo Online", "Zvečan")), []),  # two short lines are no menu
    # date-and-time stamps, but not a date alone
    (page_with(head=("June 15, 2023 11:48 GMT",)), ["June 15, 2023 11:48 GMT"]),
    (page_with(head=("1 February 2024",)), []),
    # an embedded post: name, handle, text, stamp
    (page_with("Albin Kurti", "@albinkurti", "I strongly condemn the violence against KFOR troops.",
               "7:58 PM · May 29, 2023"),
     ["Albin Kurti", "@albinkurti", "I strongly condemn the violence against KFOR troops.", "7:58 PM · May 29, 2023"]),
    # a pull quote and its speaker line; a continuation paragraph of a quotation stays
    (page_with("“Kosovo will never again be defenceless”", "Jane Roe, defence minister"),
     ["“Kosovo will never again be defenceless”", "Jane Roe, defence minister"]),
    (page_with("“We will not leave the north, whatever happens in the coming weeks.”"), []),
    # a caption above its credit line
    (page_with("Erdoğan and Vučić review a guard of honor at the palace in Belgrade on Oct. 10.", "AA Photo"),
     ["Erdoğan and Vučić review a guard of honor at the palace in Belgrade on Oct. 10.", "AA Photo"]),
    # one linked title between two paragraphs (title case too); a short subheading stays
    (page_with("Kosovo Deputy PM: Serbia Is Taking 'Hostages' To Exchange For Arrested Serbs"),
     ["Kosovo Deputy PM: Serbia Is Taking 'Hostages' To Exchange For Arrested Serbs"]),
    (page_with("Belgrade reacts"), []),
    # a caption without credit that tells its scene in the present tense; the story's own sentences stay
    (page_with("Kosovo police officers stand guard on the main bridge over the river in Northtown."),
     ["Kosovo police officers stand guard on the main bridge over the river in Northtown."]),
    (page_with("Protesters will march to the town hall in Northtown on Friday."), []),
    (page_with("European cross-country champion Jana Roe won again in Bute Park on Sunday."), []),
    (page_with("Police said officers stand guard at the bridge in Northtown."), []),
    # the page's only question line between paragraphs is a linked title; an explainer's questions are its sections
    (page_with("Why is the government building police bases in the north?"),
     ["Why is the government building police bases in the north?"]),
    (page_with("Why is the government building police bases in the north?", "", STORY[1], "",
               "What do the residents of the northern villages say?"), []),
    # a question after a related-stories marker is a linked title
    (page_with(tail=("Related Stories", "Serbia puts its army on high alert",
                     "Why does the north of Kosovo keep boiling over?")),
     ["Related Stories", "Serbia puts its army on high alert", "Why does the north of Kosovo keep boiling over?"]),
    # image alt text above a caption above its credit, under other furniture
    (page_with(head=("Source: Wire agency", "Most kanal eksplozija", "The damaged section of the canal",
                     "Photo: Northtown Online")),
     ["Source: Wire agency", "Most kanal eksplozija", "The damaged section of the canal", "Photo: Northtown Online"]),
    (page_with("Q: Why did the police close the crossings on Wednesday afternoon"), []),
    # a timeline box is the story's: dated entries are no linked titles (a run of three or more was)
    (page_with("Key dates", "December 17: Serbia holds parliamentary and local elections",
               "January 18: Central bank announces the end of cash payments in dinars",
               "February 1: The new payment rule takes effect"), []),
    (page_with("1 September 2010 – The free trade agreement takes effect", "October 2017 – A state visit to Belgrade",
               "June 2023 – A commando battalion reinforces the force"), []),
    # a live blog: an entry's heading under its time is the story's (on a page with several times)
    (page_with("9.48pm", "EU and US condemn the attack on the patrol in the north", "", STORY[1], "", "8.15pm",
               "Police officer killed in an ambush near the village"), []),
    (page_with("Nov 30, 2024 17:05 IST", "Kurti blames criminal gangs from across the border", "", STORY[1], "",
               "Nov 30, 2024 09:12 IST", "Explosion hits the canal near the village"),
     ["Nov 30, 2024 17:05 IST", "Nov 30, 2024 09:12 IST"]),
    # one date and time under the headline is the page's: the line under it is a caption, as before
    (page_with("August 30, 2024 10:37", "Kosovo police in front of the closed municipal building in Northtown"),
     ["August 30, 2024 10:37", "Kosovo police in front of the closed municipal building in Northtown"]),
])
def test_furniture_found_by_its_place_among_the_lines(lines: list[str], expected: list[str]) -> None:
    from helpers.extract.layout import furniture_lines

    assert [lines[i] for i in sorted(furniture_lines(lines))] == expected


def test_a_page_note_is_furniture_but_a_long_quoted_paragraph_about_a_website_is_not() -> None:
    from helpers.extract.lines import line_status

    note = "N1 is CNN's exclusive news partner for the Adriatic region."
    speech = ("Firstly, we have our website. It features our campaigns and changes every day. Secondly through our "
              "700,000 members who communicate with us. Thirdly through the media and also what we will be doing is "
              "holding a pre-election conference for members and the public.")
    assert [f for _, f in line_status([note])] == [True]
    assert [f for _, f in line_status([speech])] == [False]


def test_the_outlets_name_again_above_the_date_stamp_is_furniture() -> None:
    text = ("Northtown Insight\nNews\nPolitics\nOpinion\n\n"
            "Bridge to reopen to cars after thirteen years, minister says\n"
            "The interior ministry wants the crossing open to traffic before the summer season begins.\n"
            "Northtown Insight\n19 February 2024 - 16:20\n\n"
            "The bridge over the river will reopen to cars next month, the interior minister said on Monday.\n\n"
            "Residents on both banks have asked for the reopening for years, the mayor said.\n")
    c = clean(raw(text), TODAY)
    assert c.title == "Bridge to reopen to cars after thirteen years, minister says"
    assert "Northtown Insight" not in c.text and c.published == dt.date(2024, 2, 19)


def test_datelines_after_a_feeds_date_or_before_a_double_dash() -> None:
    story = " The talks resumed in the capital on Tuesday after a pause of two months, officials said.\n"
    assert clean(raw("Talks resume\n\nOct. 14—NORTHTOWN, Kosovo —" + story), TODAY).dateline == "NORTHTOWN, Kosovo"
    assert clean(raw("Talks resume\n\nNORTHTOWN --" + story), TODAY).dateline == "NORTHTOWN"
    assert clean(raw("Talks resume\n\nNORTHTOWN, 2 March 2021 –" + story), TODAY).dateline == "NORTHTOWN"
    assert clean(raw("Talks resume\n\nNORTHTOWN, March 2, 2021 (NPA) —" + story), TODAY).dateline == "NORTHTOWN"
    assert clean(raw("Talks resume\n\nNorthtown, 02.03.2021 –" + story), TODAY).dateline == "Northtown"
    assert clean(raw("Talks resume\n\nNORTHTOWN (NPA): " + story), TODAY).dateline == "NORTHTOWN"
    glued = clean(raw("Talks resume\n\nNorthtown, March 2, 2021—" + story.lstrip()), TODAY)  # CPJ's dash, no spaces
    assert (glued.dateline, glued.text) == ("Northtown", "Northtown, March 2, 2021—" + story.strip())
    transcript = clean(raw("Talks resume\n\nROE (voice-over): " + story), TODAY)
    assert transcript.dateline is None and transcript.text.startswith("ROE (voice-over):")


def test_a_glued_wire_stamp_a_spaced_day_dot_date_and_a_labelled_date_at_the_foot_date_the_page() -> None:
    story = "The talks resumed in the capital on Tuesday after a pause of two months, officials said.\n"
    for stamp in ("March 2, 202110:58 PM GMT+2Updated an hour ago", "Northtown Herald | 02. 03. 2021. | 10:47 → 11:20"):
        c = clean(raw(f"Talks resume\n{stamp}\n\n{story}"), TODAY)
        assert (c.published, c.published_basis, c.text) == (dt.date(2021, 3, 2), "text", story.strip()), stamp
    foot = clean(raw(f"Talks resume\n\n{story}\nSend us your feedback\nDate 02.03.2021\nAuthor Jana Roe\n"), TODAY)
    assert (foot.published, foot.text) == (dt.date(2021, 3, 2), story.strip())


def test_lines_in_another_language_than_the_page_are_furniture_but_lists_of_names_are_not() -> None:
    from helpers.extract.language import line_language

    assert line_language("Roe je zapalio vatru, a sada se čudi što gori.", "en") == "sr"
    assert line_language("Një vit pa heroin tonë, Afrim Bunjaku. Kosova nuk harron.", "en") == "sq"
    assert line_language("H Shimange, CJ van der Linde, J de Villiers, G du Toit/J Fourie.", "en") is None
    assert line_language("Group net profit 541 mln francs vs. 529 mln, 21 francs per share per year", "en") is None
    assert line_language("Roe said he would not give in to the pressure.", "en") is None


def test_a_name_line_above_a_date_line_is_no_title() -> None:
    text = ("View in browser\nTHE NORTHTOWN BRIEF\nIssue 47 · Friday 6 October 2023\n"
            "Soldiers arrive in the north as the alliance rethinks its posture\nBy Jana Roe\n"
            "The first soldiers sent to reinforce the mission arrived at the camp on Thursday, officials said.\n"
            "They will patrol the northern municipalities for at least three months, the command said.\n")
    c = clean(raw(text), TODAY)
    assert c.title == "Soldiers arrive in the north as the alliance rethinks its posture"
    assert c.published == dt.date(2023, 10, 6) and "THE NORTHTOWN BRIEF" in c.boilerplate


def test_a_bare_author_name_next_to_the_date_stamp_is_a_byline() -> None:
    text = ("Bridge to reopen to cars after thirteen years, minister says\n"
            "The interior ministry wants the crossing open to traffic before the summer season begins.\n"
            "Jana Roe-Šarić\nFeb 5, 2024 · 9:14 AM CET\n"
            "The bridge over the river will reopen to cars next month, the interior minister said on Monday.\n"
            "Ivo Doe\n"
            "Residents on both banks have asked for the reopening for years, the mayor said.\n")
    c = clean(raw(text), TODAY)
    assert c.boilerplate == ["Jana Roe-Šarić", "Feb 5, 2024 · 9:14 AM CET"]
    assert "Ivo Doe" in c.text and c.published == dt.date(2024, 2, 5)


def test_the_sites_name_and_slogan_above_its_menu_are_no_title() -> None:
    text = ("THE NORTHTOWN TRIBUNE\nNorthtown's independent voice in English\n"
            "NEWS   WORLD   ECONOMY   DEFENSE   SPORTS\nHome › World › Europe\n"
            "Soldiers land in the north to bolster the mission after clashes\n"
            "Jana Roe | Reporter\n4 Haziran 2023 14:22\n"
            "A battalion arrived in the north on Sunday to reinforce the mission, the ministry said.\n"
            "The soldiers flew from the capital on two aircraft, officials said.\n")
    c = clean(raw(text), TODAY)
    assert c.title == "Soldiers land in the north to bolster the mission after clashes"
    assert c.published == dt.date(2023, 6, 4)
    assert c.boilerplate[:4] == ["THE NORTHTOWN TRIBUNE", "Northtown's independent voice in English",
                                 "NEWS   WORLD   ECONOMY   DEFENSE   SPORTS", "Home › World › Europe"]


def test_a_headline_above_a_date_range_and_key_points_stays_the_title() -> None:
    text = ("Northtown English\nHome › News\n"
            "Clashes in the north: soldiers and protesters injured, army moves closer\nN1 Northtown\n"
            "29.05.2023. 16:05 > 30.05.2023. 08:47\nKey points:\n"
            "Thirty soldiers injured in clashes in front of the municipal building\n"
            "The soldiers were injured on Monday afternoon, the command said in a statement.\n\n"
            "Protesters had gathered in front of the building since the morning, witnesses said.\n")
    assert clean(raw(text), TODAY).title == "Clashes in the north: soldiers and protesters injured, army moves closer"


def test_bylines_with_a_place_a_second_author_or_a_role_line_next_to_the_stamp() -> None:
    story = ("The bridge over the river will reopen to cars next month, the interior minister said on Monday.\n\n"
             "Residents on both banks have asked for the reopening for years, the mayor said.\n")
    head = "Bridge to reopen to cars after thirteen years, minister says\n"
    for byline in (["Jana Roe - Northtown"], ["Jana Roe in Northtown"], ["Jana Roe, Vienna / Ivo Doe, North Mitrovica"],
                   ["Jana Roe-Šarić", "Senior Fellow, Balkan Security Programme"]):
        c = clean(raw(head + "\n".join(byline) + "\nPublished: 22 January 2024\n" + story), TODAY)
        assert c.boilerplate == [*byline, "Published: 22 January 2024"], byline
        assert c.published == dt.date(2024, 1, 22)
    kept = clean(raw(head + story + "Jana Roe\nThe minister met residents on Monday.\n"), TODAY)
    assert "Jana Roe" in kept.text.split("\n")
    credit = clean(raw(head + story + "Residents wait at the bridge.\nMTI/Jana Roe\n" + story), TODAY)
    assert credit.boilerplate == ["Residents wait at the bridge.", "MTI/Jana Roe"]


def test_credits_under_and_over_captions_and_a_headline_over_the_lead_photos_credit() -> None:
    story = ("Police arrested eight people on Saturday over the blast that damaged the canal, the minister said.\n\n"
             "The canal supplies water to two power plants, officials said.\n\n"
             "Residents of the villages along the canal were told to boil their drinking water, the utility said.\n")
    for credit in ("Photo: Reuters", "AP Photo/Ivo Doe", "(AP: Ivo Doe)", "AA photo | Ivo Doe",
                   "Photograph: Ivo Doe/AFP via Getty Images", "THE NORTHTOWN PRESS/AP-Ivo Doe"):
        c = clean(raw("Police arrest eight over canal blast, minister blames the north\n" + credit + "\n" + story),
                  TODAY)
        assert c.title == "Police arrest eight over canal blast, minister blames the north", credit
        assert c.boilerplate == [credit]
        caption = "Police block the road to the village."
        c = clean(raw("Police arrest eight over canal blast\n" + story + caption + "\n" + credit + "\n" + story),
                  TODAY)
        assert c.boilerplate == [caption, credit], credit


def test_a_bare_author_name_over_the_outlets_name_and_its_stamp_is_a_byline() -> None:
    text = ("Serbs stay away as the vote to remove the mayors fails\n"
            "Turnout was well below the threshold, officials say\n"
            "Jana Roe\nThe Northtown Ledger\nMon., April 22, 2024 timer 3 min. read\n"
            "A referendum on removing the mayors failed on Sunday after most residents stayed away, officials said.\n\n"
            "Only a few hundred voters turned out, the election commission said on Monday.\n")
    c = clean(raw(text), TODAY)
    assert "Jana Roe" in c.boilerplate and c.published == dt.date(2024, 4, 22)


def test_a_headline_over_a_credit_and_a_caption_in_the_sites_language_stays_the_title() -> None:
    text = ("NORTHTOWN RUNDSCHAU\nPolitik | Wirtschaft | Ausland | Kultur | Sport\nAusland › Südosteuropa\n"
            "Freitag, 11. Oktober 2024, 19:20 Uhr\n"
            "Leaders agree to double trade, the neighbour stays out of the border dispute\n"
            "Foto: Bildagentur | Ivo Doe\nDie Präsidenten in Northtown (Archivbild)\nLesedauer: 3 Minuten\n"
            "The two presidents agreed on Friday to double trade within five years, officials said.\n\n"
            "They did not discuss the border dispute in public, the presidency said.\n")
    c = clean(raw(text), TODAY)
    assert c.title == "Leaders agree to double trade, the neighbour stays out of the border dispute"
    assert c.published == dt.date(2024, 10, 11)
    assert "The two presidents agreed on Friday to double trade within five years, officials said." in c.text
    assert "Die Präsidenten in Northtown (Archivbild)" in c.boilerplate


def test_a_caption_under_its_credit_in_the_page_head_is_furniture_and_the_lead_stays() -> None:
    head = "NORTHTOWN HERALD\nHome | Region | World | English\nMonday, 25 September 2023 – 09:12\n"
    title = "Northtown mourns officer killed at the bridge as minister blames the north"
    standfirst = "Three attackers were killed after a siege"
    lead = ("Northtown held a day of mourning on Monday for the police officer who was killed on Sunday when "
            "gunmen attacked a patrol near the bridge, the minister said.\n")
    story = (lead + "Two other officers were wounded in the attack, the police said on Monday evening.\n"
             "The gunmen fled towards the border after the attack, according to the police.\n"
             "Schools and shops in the town stayed closed on Monday as a sign of respect, the mayor said.\n"
             "The government declared a day of mourning, its spokeswoman said.\n"
             "Flags flew at half-mast on public buildings across the region on Monday.\n")
    short = "Police officers at the bridge in Northtown"
    sentence = ("Special police units near the village of Westbrook on Sunday, where, as the police put it, "
                "\"an armed group\" opened fire on a patrol.")
    for credit, caption in (("Fotografija: Agency / Ivo Doe", short), ("Fot. PAP/Ivo Doe", sentence),
                            ("Photo: Jana Roe", sentence)):
        c = clean(raw(head + title + "\n" + standfirst + "\n" + credit + "\n" + caption + "\n" + story), TODAY)
        assert c.title == title, credit
        assert c.boilerplate[-2:] == [credit, caption], credit
        assert c.text.startswith(standfirst + "\n" + lead.strip()), credit
    # a lower-case byline ("di …") between the headline and the credit: the headline is no first half of a caption
    c = clean(raw(head + title + "\ndi Jana Roe, inviata a Northtown\nFoto: Agency / Archivio\n" + short + "\n"
                  + story), TODAY)
    assert c.title == title and c.boilerplate[-3:] == ["di Jana Roe, inviata a Northtown", "Foto: Agency / Archivio",
                                                       short]
    # the lead under a credit stays, also when it opens with a place and a day: its verb is a story's
    for lead_first in ("Police in Northtown on Sunday arrested eight people over the attack, the minister said.",
                       "Police units near Westbrook on Sunday were attacked by gunmen, the minister said."):
        c = clean(raw(head + title + "\nPhoto: Jana Roe\n" + lead_first + "\n" + story), TODAY)
        assert c.boilerplate[-1] == "Photo: Jana Roe" and c.text.startswith(lead_first), lead_first
    # a section label shaped like a credit over the headline: the headline stays
    c = clean(raw("The Northtown Ledger\nNorthtown's news in English since 2009\nHome · World · Region\n"
                  "REGION / NORTH AND WEST\n" + title + "\n"
                  "Mon, 25 Sep 2023 · 13:47 CEST\n" + story), TODAY)
    assert c.title == title


def test_a_story_paragraph_above_a_credit_stays_and_a_present_tense_caption_goes() -> None:
    story = ("Police arrested eight people on Saturday over the blast that damaged the canal, the minister said.\n\n"
             "The canal supplies water to two power plants, officials said.\n\n")
    para = "The soldiers were ambushed as they guarded the town hall in Northtown on Monday, the command said."
    caption = "Injured soldiers are carried from the aircraft at Northtown airport on Tuesday night."
    for credit in ("© Ivo Doe / AFP", "© Photo : Northtown Presidency / Ivo Doe", "Photo: Ivo Doe"):
        c = clean(raw("Soldiers hurt in clashes in the north\n\n" + story + para + "\n\n" + credit + "\n\n"
                      + story), TODAY)
        assert para in c.text and c.boilerplate == [credit], credit
        c = clean(raw("Soldiers hurt in clashes in the north\n\n" + story + caption + "\n" + credit + "\n\n"
                      + story), TODAY)
        assert c.boilerplate == [caption, credit], credit
    footer = clean(raw("Soldiers hurt in clashes in the north\n\n" + story + para + "\n\n© 2024 Northtown Herald"),
                   TODAY)
    assert para in footer.text and footer.boilerplate == ["© 2024 Northtown Herald"]


def test_a_caption_split_over_two_lines_goes_whole() -> None:
    story = ("Police arrested eight people on Saturday over the blast that damaged the canal, the minister said.\n\n"
             "The canal supplies water to two power plants, officials said.\n\n")
    first = "Soldiers stand in formation during the ceremony marking the"
    second = "25th anniversary of the mission in Northtown, June 14, 2024. AP Photo/Ivo Doe"
    c = clean(raw("Soldiers mark the mission's anniversary\n\n" + story + first + "\n" + second + "\n\n" + story),
              TODAY)
    assert c.boilerplate == [first, second]
    kept = clean(raw("Soldiers mark the mission's anniversary\n\n" + story + "The ceremony was attended by the\n"
                     "president and the prime minister.\n\n" + story), TODAY)
    assert kept.boilerplate == []


def test_an_authors_bio_at_the_end_is_furniture_and_a_story_line_about_a_named_person_stays() -> None:
    story = ("Trade between the two countries reached about $2.5 billion last year, officials said on Monday.\n\n"
             "Jana Roe, the trade minister, said the target was within reach.\n\n")
    bio = ("Ivo Doe is a senior fellow at the Centre for Balkan Studies in Northtown, where he has worked since "
           "2017.")
    c = clean(raw("By Ivo Doe\nTrade target within reach, minister says\n\n" + story + bio + "\n\n"
                  "Tags: Trade, Balkans\n"), TODAY)
    assert c.boilerplate[-2:] == [bio, "Tags: Trade, Balkans"] and c.text.endswith("within reach.")
    last = "Jana Roe is a former journalist who became minister in 2022."
    kept = clean(raw("Trade target within reach, minister says\n\n" + story + last + "\n"), TODAY)
    assert kept.text.endswith(last) and kept.boilerplate == []
    middle = clean(raw("Trade target within reach, minister says\n\n" + bio + "\n\n" + story), TODAY)
    assert bio in middle.text
    for other in ("Ivo Doe reports on defence and the Balkans for the Northtown Herald. He was based in Vienna.",
                  "Ivo Doe is Europe Correspondent of the Northtown Herald, based in Brussels."):
        c = clean(raw("Trade target within reach, minister says\n\n" + story + other + "\n"), TODAY)
        assert c.boilerplate == [other], other


STORY_LINES = ("Police arrested eight people on Saturday over the blast that damaged the canal, the minister said.",
               "The canal supplies water to two power plants and to about 100,000 people, officials said.",
               "Residents of the villages along the canal were told to boil their drinking water, the utility said.")


def assert_block_is_furniture(block: list[str]) -> None:
    """Put a block of lines between two story paragraphs and check that exactly the block is furniture, in order."""
    text = "Police arrest eight over canal blast\n\n" + STORY_LINES[0] + "\n\n" + "\n".join(block) + "\n\n"
    c = clean(raw(text + "\n\n".join(STORY_LINES[1:]) + "\n"), TODAY)
    assert c.boilerplate == block
    assert c.text.split("\n\n") == list(STORY_LINES)


def furniture_in_story(line: str) -> set[int]:
    """Return the furniture lines of a page whose one extra line (index 4) stands between two story paragraphs."""
    from helpers.extract.layout import furniture_lines

    return furniture_lines(["Police arrest eight over canal blast", "", STORY_LINES[0], "", line, "", STORY_LINES[1]])

@pytest.mark.parametrize("block", [
    ["View this post on Instagram", "A post shared by Jana Roe (@janaroe)", "View more on Instagram"],
    ["Post by @NorthtownPolice", "View on X"],
    ["Video duration 02:13"],
    ["Listen 7 min", "Audio generated by AI. Report a problem"],
    ["Presented by Visit Northtown"], ["Paid for by Northtown Investment Forum"],
    ["Distributed by Balkan Content Exchange on behalf of the Northtown Daily."],
    ["WORLD   18"], ["From Jana Roe in Northtown"],
    ["A version of this article appeared in print on 26 September 2023, on page 17 of the Northern edition."],
    ["Printed from the Northtown Herald e-edition. For personal use only."],
    ["Join the conversation", "Comments are closed on this article."],
    ["Reporting: Jana Roe (Northtown) · Editing: Ivo Doe"], ["Read this article in: Shqip | Српски"],
    ["Correction, 1 December: An earlier version of this article said the canal supplies 500,000 people."],
    ["This article first ran in the Northtown Herald on 1 February 2024 and is republished under an agreement."],
    ["POLL", "Should the mission stay?", "Yes, until there is a deal", "No", "Don't know", "Vote now",
     "1,284 votes so far"],
    ["In this article", "1. The night of the attack", "2. Who was behind it", "3. Where things stand"],
    # related boxes with teasers, video blocks, embedded posts, furniture written as sentences
    ["More on this story", "Northland closes its border crossings",
     "The government said the measure would last at least a week."],
    ["You may also be interested in:", "Why is the canal so hard to protect?",
     "Our correspondent explains a dispute that has lasted 24 years."],
    ["Video: Divers inspect the damaged canal", "Footage filmed on Saturday morning shows divers entering the water.",
     "Duration 2:31"],
    ["Watch: The minister visits the canal", "Video length 1:47"],
    ["The canal is the lifeline of our city. Those responsible will be found.",
     "— Jana Roe (@janaroe) March 2, 2021"],
    ["Ivo Doe contributed reporting from Northtown."],
    ["Pictured: Divers inspect the damaged canal near Northtown on Saturday."],
    ["FILE - A view of the canal near Northtown, March 1, 2021. (NPA Photo/Jana Roe, File)"],
    ["Divers inspect the damaged canal near Northtown on Saturday.", "Supplied: Northland Water Utility"],
    ["Members of the rescue team disembark from a boat at Northtown harbour on Saturday."],
    ["Get our Northland briefing in your inbox every Friday morning. It's free."],
    ["Get breaking news alerts on your phone with the Northtown Herald app. It's free on iOS and Android."],
    ["Comments are moderated and will appear after approval."],
    ["Parts of this article were drafted with the help of an AI tool and checked by our editors."],
    ["Ivo Doe is the Herald's foreign affairs reporter. Follow him on X at @ivodoe."],
    ["Key facts", "The canal was built in 1979.", "It supplies about 100,000 people."],
    # advertising breaks, counters, newsletter boxes, citations, wire gallery captions
    ["Story continues below advertisement"], ["External Content"], ["0 SHARES"],
    ["NEWSLETTER", "Get the Northtown Morning Brief", "Sign up"],
    ["Cite as: Roe, Jana: The canal and the state. NPA Commentary 41, Northtown, March 2021."],
    ["Item 1 of 3 Divers inspect the damaged canal near Northtown, March 2, 2021. NPA/Jana Roe"],
    ["Catch all the World News, Breaking News and Latest News Updates on The Northtown Herald."],
    ["Home Politics Security Economy Diaspora English"],
    # summary boxes: bulleted key points; a numbers box, bulleted or not
    ["Key points", "• Police arrested eight people over the blast that damaged the canal.",
     "• About 100,000 people were left without water.", "• The minister blamed a criminal group."],
    ["At a glance:", "– The canal was damaged on Friday evening.", "– Eight people were arrested on Saturday."],
    ["By the numbers", "8 people arrested on Saturday", "About 100,000 residents without water",
     "1979, the year the canal was built"],
    ["Northland in numbers", "▸ 1979: the canal is built", "▸ 100,000: residents it supplies"],
    ["Key figures", "28,150 active personnel, Northland Armed Forces", "4,000-5,000 soldiers near the boundary"],
    # wire client feeds, press releases, feed dumps, archive copies, transcripts, channels, author pages
    ["URGENT", "BC-Northland-Canal, 2nd Ld-Writethru", "Eds: UPDATES with minister's comments; ADDS byline.",
     "((Rewrites throughout, adds quotes))", "(Story corrects spelling of the minister's name in paragraph 4)",
     "ADVISORY: Photos of the canal are available on NPA Images.", "-- END --", "NPA-JR-ID 03-02-21 2147GMT"],
    ["Ends", "Notes to editors", "1. The canal was built in 1979 and is run by the state water utility.",
     "2. Photographs of the site are available on the ministry's website.",
     "Media contact: Jana Roe, Press Office, +1 555 0100, press@example.org", "###"],
    ["Item 4 of 25", "GUID: northtownherald-2021-0302-0871", "Content:", "=== End of item 4 ==="],
    ["Captured 14 times between 2 Mar 2021 and 3 Feb 2022", "2020 2021 2022", "COLLECTED BY",
     "Collection: Save Page Now Outlinks", "TIMESTAMPS", "About this capture"],
    ["Downloaded from archive.northtownherald.example on 3 March 2021 by user 4417"],
    ["10 | TUESDAY, 2 MARCH 2021 | THE NORTHTOWN HERALD"],
    ["Return to all transcripts", "HOST: Coming up after the break: the weather, and the week in sport."],
    ["48,917 subscribers", "#Northland #Canal #Water", "Join channel"],
    ["All articles by Ivo Doe →", "More stories by Jana Roe"],
    ["Get unlimited access to the Northtown Herald for €1 for the first month, then €14.99 a month. Cancel anytime."],
])
def test_embeds_players_sponsors_print_notes_polls_and_contents_are_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_story_lines_shaped_like_wire_or_paywall_furniture_stay() -> None:
    story = ["Breaking the deadlock will take months, the mediator said on Tuesday.",
             "Soldiers of the mission earn about €900 a month, the ministry said.",
             "The new arrivals were", "welcomed at the airport by the minister.",
             "Ends of the canal were sealed by the police, who said 12 people had been questioned.",
             "Watch the canal closely, says Jana Roe, an engineer: the weeks after a blast are when leaks start.",
             "The utility published a video showing divers entering the water near the damaged wall."]
    c = clean(raw("Police arrest eight over canal blast\n\n" + STORY_LINES[0] + "\n\n" + "\n\n".join(story)
                  + "\n"), TODAY)
    assert c.boilerplate == [] and c.text.split("\n\n") == [STORY_LINES[0], *story]


def test_unbulleted_key_points_and_a_sentence_opening_like_a_numbers_box_stay() -> None:
    points = ["Summary", "Police arrest eight over the canal blast", "100,000 people without water"]
    c = clean(raw("Police arrest eight over canal blast\n\n" + STORY_LINES[0] + "\n\n" + "\n".join(points)
                  + "\n\nBy the numbers, the damage is the worst in a decade.\n\n" + "\n\n".join(STORY_LINES[1:])
                  + "\n"), TODAY)
    assert c.boilerplate == ["Summary"]
    assert c.text.split("\n\n") == [STORY_LINES[0], "\n".join(points[1:]),
                                     "By the numbers, the damage is the worst in a decade.", *STORY_LINES[1:]]


def test_a_fact_after_a_list_of_popular_headlines_stays() -> None:
    fact = "The canal was built in 1979 by the state utility, which still runs it."
    text = ("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES) + "\n\nMost Popular\n"
            "Storm hits the coast\nSchools to start later next fall\n" + fact + "\n\n© 2021 Northtown Herald\n")
    c = clean(raw(text), TODAY)
    assert fact in c.text and "Storm hits the coast" in c.boilerplate


def test_an_embedded_post_on_a_page_without_blank_lines_takes_only_its_own_line() -> None:
    said = '"The canal will be repaired within a week," the ministry said in a post on X on Saturday.'
    post = ["Kanali do të riparohet brenda një jave.", "— Northland Ministry (@northlandmin) March 2, 2021"]
    c = clean(raw("Police arrest eight over canal blast\n" + "\n".join([STORY_LINES[0], said, *post,
                                                                         *STORY_LINES[1:]]) + "\n"), TODAY)
    assert c.boilerplate == post and said in c.text


def test_a_long_byline_with_an_agency_is_the_byline() -> None:
    c = clean(raw("Police arrest eight over canal blast\nBy Jana Roe and Ivo Doe, Northland Press Agency\n\n"
                  + "\n\n".join(STORY_LINES) + "\n"), TODAY)
    assert c.byline == "Jana Roe and Ivo Doe" and c.text.split("\n\n") == list(STORY_LINES)


def test_a_running_head_repeated_on_each_printed_page_is_furniture_and_a_vote_in_the_story_stays() -> None:
    head = "THE NORTHTOWN HERALD   Tuesday 26 September 2023"
    text = "\n\n".join(["Page 1 of 2", head, "Police arrest eight over canal blast", STORY_LINES[0], "Page 2 of 2",
                         head, *STORY_LINES[1:]]) + "\n"
    c = clean(raw(text), TODAY)
    assert head not in c.text and c.text.split("\n\n") == list(STORY_LINES)
    table = ("Avg shrs 4,350,000 vs 3,217,500\n" * 2).split("\n")  # a wire table's row, twice, is no running head
    kept_rows = clean(raw("Company posts profit\n\n" + STORY_LINES[0] + "\n\nShr 24 cts vs 18 cts\n" + table[0]
                          + "\n\nYear\nShr 1.10 dlrs vs 90 cts\n" + table[1] + "\n"), TODAY)
    assert kept_rows.text.count(table[0]) == 2
    vote = ("Vote\nThe council will vote on the plan on Monday, the mayor said.\n"
            "Residents can comment until Friday.\n")
    kept = clean(raw("Council to vote on canal plan\n\n" + STORY_LINES[0] + "\n\n" + vote), TODAY)
    assert "The council will vote on the plan on Monday, the mayor said." in kept.text


def test_a_paragraph_above_an_all_photos_line_is_no_caption() -> None:
    para = "The previous plan of military cooperation was signed in Ankara in 2022. Both signed a framework in 2009."
    text = ("Ministers sign a plan of military cooperation\n\n"
            "The two defence ministers signed a plan of military cooperation for 2024 in Belgrade on Wednesday.\n\n"
            + para + "\nAll photos: MoD/ Jana Roe\n\nThe ministry said the plan covers training and exercises.\n")
    c = clean(raw(text), TODAY)
    assert para in c.text and c.boilerplate == ["All photos: MoD/ Jana Roe"]


def test_headlines_under_a_label_go_until_the_story_resumes_on_a_page_without_blank_lines() -> None:
    lead, said = STORY_LINES[0], "Prime Minister Ivo Doe said the blast had been planned for weeks."
    boxes = [["Elsewhere in Europe", "Southland keeps its border closed until further notice.",
              "Westland to bring back conscription next year?"],
             ["Also on Northtown Herald", "Northland and Southland sign deal on joint defence production.",
              "Why does Northtown talk to both sides?"],
             ["Don't miss", "Northland pilots to train on new jets from next year.",
              "Who pays for the canal? We explain."]]
    resume = [said, "In a message read out at the ceremony, Jana Roe said the canal would reopen.",
              "The utility now supplies about 100,000 people from two other canals."]
    for box, back in zip(boxes, resume):
        c = clean(raw("Police arrest eight over canal blast\n" + "\n".join([lead, *box, back, STORY_LINES[1]])), TODAY)
        assert c.boilerplate == box and back in c.text


def test_a_headline_ending_in_a_stop_under_a_list_label_goes_and_the_box_ends_at_a_blank_line() -> None:
    box = ["Trending now", "Northtown school cleaners vote to strike over pay.", "Festival ticket sales hit record"]
    c = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES[:2]) + "\n\n" + "\n".join(box)
                  + "\n\n" + STORY_LINES[2] + "\n"), TODAY)
    assert c.boilerplate == box and STORY_LINES[2] in c.text


@pytest.mark.parametrize(("line", "headline"), [
    ("Southland keeps its border closed until further notice.", True),
    ("Northland pilots to train on new jets from next year.", True),
    ("Southland says more than 6,000 refugees have arrived", True),  # no final stop
    ("Kravic: we will not allow new attacks on our soldiers.", True),
    ("Is the dialogue dead?", True),
    ("The Northland contingent is one of the largest in the mission.", False),  # opens like prose
    ("Northtown reacted on the same day.", False),  # a past tense
    ("Northland has taken part in the mission since 1999.", False),  # "has" and a participle
    ("The force now numbers about 4,700 troops.", False),
    ("Southland bought five drones last year, a move that angered Northland.", False),
])
def test_headline_grammar_tells_a_linked_headline_from_the_storys_sentence(line: str, headline: bool) -> None:
    from helpers.extract.layout import headline_entry
    from helpers.extract.lines import furniture_rules

    assert headline_entry(line, furniture_rules()["related"]) is headline


def test_credits_of_more_shapes_take_the_caption_above_them() -> None:
    for caption, credit in [("Soldiers of the 1st Battalion arrive at Camp Alpha in Northtown on Sunday.",
                             "(Ivo Doe/Northtown Herald/TNS)"),
                            ("A drone is displayed at an arms fair near Southtown in 2022.",
                             "Photo credit: Northtown Herald archive / Ivo Doe"),
                            ("A burnt-out car outside the municipal building in Northtown",
                             "Foto/Photo: Northtown Herald / Ivo Doe"),
                            ("The main bridge over the river in Northtown, closed to cars since the war.",
                             "Illustrative photo: NWA")]:
        c = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(
            [STORY_LINES[0], caption + "\n" + credit, *STORY_LINES[1:]]) + "\n"), TODAY)
        assert c.boilerplate == [caption, credit], caption


def test_a_scene_caption_naming_its_place_after_the_verb_is_furniture() -> None:
    caption = "A car with Northland plates crosses the Alpha border point."
    c = clean(raw("Police arrest eight over canal blast\n" + "\n".join([STORY_LINES[0], caption, *STORY_LINES[1:]])),
              TODAY)
    assert c.boilerplate == [caption]


def test_a_bare_date_line_goes_when_an_update_line_dated_the_page_and_a_foot_date_with_on_dates_it() -> None:
    head = "Police arrest eight over canal blast\n08.06.2023.\nLast modified: 08.06.2023. 16:02\n"
    c = clean(raw(head + "\n".join(STORY_LINES) + "\n"), TODAY)
    assert c.published == dt.date(2023, 6, 8) and c.text.startswith(STORY_LINES[0])
    foot = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES)
                     + "\n\nFirst published on 02/10/2023 at 11:02\nLast modified on 02/10/2023 at 13:47\n"), TODAY)
    assert foot.published == dt.date(2023, 10, 2) and foot.published_basis == "text"


def test_an_agency_name_over_a_wire_dateline_is_no_dateline() -> None:
    lead = "NORTHTOWN, March 2 (NWA) - Police arrested eight people on Saturday over the blast, the minister said."
    c = clean(raw("Police arrest eight over canal blast\nNWA\n" + "\n".join([lead, *STORY_LINES[1:]]) + "\n"), TODAY)
    assert c.dateline == "NORTHTOWN"


def test_a_list_item_with_a_date_is_no_date_line_and_stays() -> None:
    from helpers.extract.lines import date_line

    items = ["- 8 pct bonds due July 1, 1990,", "- 8-1/4 pct bonds due March 1, 1994,",
             "- 8-1/2 pct bonds due June 1, 2011."]
    assert [date_line(s) for s in items] == [None, None, None]
    text = ("Northland will offer a four-part bond issue tomorrow, the finance department said.\n"
            "    The issue will consist of three maturities:\n" + "\n".join(f"    {s}" for s in items) + "\n")
    c = clean(raw(text), TODAY)
    assert all(s in c.text for s in items) and c.published is None


@pytest.mark.parametrize("line", [
    "Video. Tear gas as police disperse a crowd in Northtown", "Press play to listen to this article",
    "Voiced by artificial intelligence.", "Link Copied!", "Ad Feedback", "SKIP ADVERTISEMENT", "Share full article",
    "Supported by", "2 min Reading time", "Est. 3min", "Content-Type:", "Why you can trust Northtown News",
    "kb/rm (AFP, Reuters, dpa)", "News reporter @janeroe",
    "A version of this article appears in print on April 23, 2024, Section A, Page 10 of the New York edition with "
    "the headline: Vote Fails In Northtown.",
    "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
    "Comments are subject to our community guidelines, which can be viewed here.",
    "Registered in England No. 123456. Registered office: 1 Bridge Street, Northtown.",
    "Police units guard the town hall in Northtown on Monday. - Copyright AP Photo/Ivo Doe",
    "Soldiers of the 1st Battalion during an exercise. File pic",
    "An almost empty polling station in Northtown on Sunday.Credit...Ivo Doe for The Herald",
    "Kravic and Roe in Northtown on October 11, 2024. Photo: Northland Presidency.",
    "Maj. Gen. Ivo Doe, right, receives the flag at a ceremony in Northtown on Tuesday.",
    "Ivo Doe (R) receives the flag from Jana Roe at Camp Alpha",
])
def test_big_sites_widgets_captions_and_notes_are_furniture(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [True]


@pytest.mark.parametrize("line", [
    "residing on IBM (R) and IBM-compatible mainframes.",
    "when they did not correspond to European Community guidelines",
    "The minister, right, said the talks would go on.",  # no name before the position word
])
def test_story_lines_with_a_position_word_or_guidelines_stay(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [False]


def test_a_logo_word_and_a_topics_item_of_the_menu_leave_the_headline_its_place() -> None:
    head = "Skip to main content\nnorthnews.\nNavigation\nNH\nTopics\nPolitics\nWorld\nEurope\n"
    title = "Police officer killed as gunmen barricade themselves in a monastery"
    c = clean(raw(head + title + "\n\n" + "\n\n".join(STORY_LINES) + "\n"), TODAY)
    assert c.title == title and c.text.startswith(STORY_LINES[0])


def test_datelines_of_a_place_in_small_letters_before_an_outlet_or_agency() -> None:
    for lead, place in [("Northtown, Northland CNN — Police arrested eight people on Saturday, the minister said.",
                         "Northtown, Northland"),
                        ("United Nations (United States) (AFP) – The council met on Thursday, diplomats said.",
                         "United Nations (United States)")]:
        c = clean(raw("Police arrest eight over canal blast\n\n" + lead + "\n\n" + STORY_LINES[1] + "\n"), TODAY)
        assert c.dateline == place
    c = clean(raw("Police arrest eight\n\nNorthland President Ivo Doe (NP) – said on Monday the canal would reopen.\n"
                  "\n" + STORY_LINES[1] + "\n"), TODAY)
    assert c.dateline is None


def test_a_related_box_stops_at_a_short_subheading_and_a_sentence_with_a_clause() -> None:
    box = ["Related", "Northland's economy grows faster than expected", "Exports to the region hit a record"]
    sub, fact = "Trade first", "Northland firms employ about 10,000 people, most of them in textiles."
    c = clean(raw("Police arrest eight over canal blast\n" + "\n".join([STORY_LINES[0], *box, sub, fact,
                                                                         *STORY_LINES[1:]]) + "\n"), TODAY)
    assert box[1] in c.boilerplate and fact in c.text


def test_the_author_boxs_name_line_over_the_bio_is_furniture() -> None:
    box = ["Jana Roe", "Jana Roe is a Northtown-based journalist and a regular contributor to the Herald."]
    c = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES) + "\n\n" + "\n".join(box)
                  + "\n"), TODAY)
    assert c.boilerplate == box


@pytest.mark.parametrize("line", [
    "From Northtown Wire · 11h ago", "Northtown Wire - 2h", "Saved to your list · 3h ago", "5h ago",
    "Read the full story at Northtown Wire", "View original article", "Hide all stories from Northtown Wire",
    "Follow Northtown Wire", "More for You", "Full Coverage: Canal blast", "Reposted by 14 other sources",
    "Total News Sources 48", "Leaning Left 6", "Bias Distribution", "61% of the sources are Center",
    "View comments (1,204)", "Go Premium to keep a permanent copy of everything you save.",
    "Flipped by Jana Roe into Balkans Watch", "NWA KN/BH mj",
])
def test_aggregator_and_reader_app_lines_are_furniture(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [True]


@pytest.mark.parametrize("line", ["39 weeks", "Follow the money, he said.", "The talks lasted 12 days"])
def test_a_table_heading_or_a_sentence_with_a_duration_stays(line: str) -> None:
    from helpers.extract.lines import line_status

    assert [furniture for _, furniture in line_status([line])] == [False]


def test_a_reader_view_with_menus_and_headline_lists_is_not_hard_wrapped() -> None:
    head = ["Newsreel", "Home · For you · Following · World · Local · Business", "Full Coverage: Canal blast",
            "From Northtown Wire · 11h ago"]
    foot = ["More from Northtown Wire", "Oil prices fall as producers signal no new cuts",
            "Conservatives set for a second election in June"]
    text = "\n".join(head) + "\n\n" + "\n\n".join(STORY_LINES) + "\n\n" + "\n".join(foot) + "\n"
    assert unwrap(text) == text
    c = clean(raw(text), TODAY)
    assert c.text == "\n\n".join(STORY_LINES) and set(head[1:] + foot) <= set(c.boilerplate)
    wrapped = ("Police arrested eight people on Saturday over the blast that\ndamaged the canal, the minister said.\n\n"
               "The canal supplies water to two power plants and to about\n100,000 people, officials said.\n")
    assert [p.strip() for p in unwrap(wrapped).split("\n\n")] == [STORY_LINES[0],
        "The canal supplies water to two power plants and to about 100,000 people, officials said."]


# --- the styles21/styles22 round: regional sites' widgets, outlets' lines about themselves, caption credits --------

@pytest.mark.parametrize("line", [
    "Licence this photo", "Be the first to leave a comment.", "Player loading…", "Direct link", "360p | 8.4MB",
    "ALSO READ", "Read More »", "Read also on our blog:", "RELATED ARTICLESMORE FROM AUTHOR", "-",
    "Please enter your comment!", "You have entered an incorrect email address!",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Your comment will be published after approval by the editors.", "Accedi per commentare",
    "Northtown Herald Newsletter", "Try PLUS for free",
    "TAGSCanal blastNorthtown policeWater supply",
    "The Northtown Herald is published by the Northland Media Network, NMN.",
    "Northland Today is a web portal dedicated to the politics of the region, published by the Centre for Media.",
    "Northland Today is Northland’s independent English-language news site, explaining the country to the world.",
    "Northtown Eye delivers independent and unrivalled coverage and analysis of the region and beyond.",
    "The Herald's Balkan Service reports in Albanian, Macedonian and Serbian on the news of the region.",
    "The Northtown Herald is also on Viber. Join our community for the most important news from the region.",
    "Northland Today is not responsible for the content of comments. Insults will not be published.",
    "Join hundreds of regional professionals with Herald PLUS.",
    "Keep up to date with what’s happening in Northland and the world.",
    "(This report has been edited for length and style by Northtown Daily from a syndicated Wire feed.)",
    "Copyright (c) 2023. Northland Radio, Inc. Used with the permission of Northland Radio.",
    "NTN acknowledges the Traditional Custodians of the lands where we live, work and report.",
    # captions whose credit ends the line
    "Police officers guard the canal in Northtown, Northland, October 11, 2024. Wire/Ivo Doenic",
    "Drones of the security force on display in Northtown on March 11, 2024. Northland Ministry of Defence/X",
    "Roe and Doe shake hands before their meeting in Northtown. — Photo: X/@NorthlandPresidency",
    "Jana Roe and Ivo Doe in Northtown; Photo: Northland Presidency",
    "Jana Roe and Ivo Doe at a news conference in Northtown in September 2022 (AFP)",
    "Police officers stand guard at a checkpoint near the village of Southbrook on September 25.",
])
def test_regional_sites_widgets_outlet_lines_and_credited_captions_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


@pytest.mark.parametrize("line", [
    "The board heard nine days of testimony in Northtown after it opened the hearings March 16.",
    "This report has been denied by the ministry, which called it false.",
    "At the post office in Northtown, more than 200 people were waiting in line by midday on Thursday.",
])
def test_story_sentences_shaped_like_captions_or_outlet_lines_stay(line: str) -> None:
    from helpers.extract.layout import furniture_lines

    assert furniture_lines(["Police arrest eight over canal blast", "", STORY_LINES[0], "", line, "",
                            "Photo: Ivo Doe / Northtown Herald", "", STORY_LINES[1]]) == {6}


def test_a_pull_quote_repeats_the_story_and_a_quoted_subheading_stays() -> None:
    from helpers.extract.layout import furniture_lines

    lines = [STORY_LINES[0], "", "“We will not let the canal run dry”", "", STORY_LINES[1], "",
             "“The water will be safe again next week”", "",
             "“The water will be safe again next week,” the mayor said at the plant."]
    assert furniture_lines(lines) == {6}


def test_related_headlines_with_a_quoted_phrase_and_reader_comments_under_a_counter_go() -> None:
    page = ["Police arrest eight over canal blast", "", STORY_LINES[0], "", "Related articles",
            "Roe: Both sides must talk without preconditions", "Doe writes to the council, rejects “a dead deal”",
            "", STORY_LINES[1], "", "Comments (2)", "Ivo_NT: The same story every year.", "Jana: Thank you for this.",
            "", "Most read", "Northtown opens a new bridge over the canal"]
    c = clean(raw("\n".join(page) + "\n"), TODAY)
    assert c.text == STORY_LINES[0] + "\n\n" + STORY_LINES[1]
    assert "Doe writes to the council, rejects “a dead deal”" in c.boilerplate
    assert "Ivo_NT: The same story every year." in c.boilerplate and "Jana: Thank you for this." in c.boilerplate


def test_a_sister_sites_menu_and_a_brand_word_over_the_menu_leave_the_headline_its_place() -> None:
    head = "TV1\nTV1 Northtown\nTV1 Southtown\nTV1 Westtown\nEnglish\nNews\nWorld\nSport\n\n"
    title = "Police arrest eight over the blast that damaged the canal"
    c = clean(raw(head + title + "\n\n" + "\n\n".join(STORY_LINES) + "\n"), TODAY)
    assert c.title == title and c.text.startswith(STORY_LINES[0])
    assert {"TV1", "TV1 Northtown", "TV1 Southtown"} <= set(c.boilerplate)
    fixture = "Northtown v Southtown\n\nCanal Park\n\nTuesday, 1 March\n\n2000 GMT\n\nIvo Doe (Northshire)\n\n"
    c = clean(raw(fixture + "home to Westtown in the quarter-finals\n\n" + STORY_LINES[0] + "\n"), TODAY)
    assert c.title == "Northtown v Southtown" and "Ivo Doe (Northshire)" in c.text


@pytest.mark.parametrize("byline", ["Jana Roe NMN Northtown", "Jana Roe, The Northtown Courier (Northtown, Nth.)",
                                    "TV1 Northtown"])
def test_bylines_with_an_outlets_short_name_or_its_town_over_a_date_stamp_go(byline: str) -> None:
    page = f"Police arrest eight over the canal blast\n\n{byline}\nOctober 5, 2023 3:17 PM\n\n" + STORY_LINES[0]
    c = clean(raw(page + "\n"), TODAY)
    assert byline in c.boilerplate and c.text == STORY_LINES[0]


def test_a_posted_by_line_with_topics_and_reading_time_dates_the_page() -> None:
    line = "Posted by Jana Roe | 18 September 2023 | Northland, EU enlargement | 6 min read"
    c = clean(raw(f"Police arrest eight over the canal blast\n\n{line}\n\n" + STORY_LINES[0] + "\n"), TODAY)
    assert c.published == dt.date(2023, 9, 18) and line in c.boilerplate


def test_an_author_bio_naming_the_outlet_in_its_role_goes_with_the_name_line() -> None:
    box = ["Jana Roe", "Jana Roe is Herald-Online's Northtown correspondent. She covers defence."]
    c = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES) + "\n\n" + "\n".join(box)
                  + "\n"), TODAY)
    assert c.boilerplate == box


def test_a_place_in_capitals_with_a_colon_opening_the_story_is_its_dateline_but_a_transcripts_speaker_is_not() -> None:
    c = clean(raw("Police arrest eight\n\nNORTHTOWN: " + STORY_LINES[0] + "\n\n" + STORY_LINES[1] + "\n"), TODAY)
    assert c.dateline == "NORTHTOWN"
    transcript = "ROE: " + STORY_LINES[0] + "\n\nDOE: " + STORY_LINES[1] + "\n"
    assert clean(raw("Police arrest eight\n\n" + transcript), TODAY).dateline is None


# --- the styles23 round: big international sites ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Give", "Listen to this story.", "Your browser does not support the <audio> element.",
    "Have a confidential tip for our reporters? Get in touch", "Before it’s here, it’s on the Northtown Terminal",
    "— With assistance from Jana Roe", "(Updates with the mayor’s comment in seventh paragraph.)",
    "Unlock the Editor’s Digest for free", "Follow the topics in this article", "Add to your selections",
    "From the October 14th 2023 edition", "Already a subscriber? Log In.", "Time to 2 min.", "Write your comment...",
    "Editor: northdesk", "Support NT2.0",
    "The Herald values your comments but kindly requests all posts are on topic. Please review our commenting policy.",
    "Some information for this report came from the Northtown Wire.",
    "Commenting on this and other recent articles is just one benefit of a Northtown Review subscription.",
    "Your weekly guide to national security and defense.",
    "Our mission is to deliver unbiased, fact-based reporting that holds power to account.",
    "Enter your information below to receive our weekly newsletters straight to your inbox.",
    "Jana Roe, Editor of the Herald, selects her favourite stories in this weekly newsletter.",
    "Correction, Oct. 16, 2024: An earlier version of this article misstated the rank of the commander.",
    "People queue outside a post office in Northtown on Jan. 31. Photographer: Jana Roe/Northtown Wire",
    "Soldiers of the 1st Regiment during an exercise (MoD/PA)",
    "A nearly empty polling station in Northtown on April 21, 2024. JANA ROE / AFP",
    "People wait outside a post office in Northtown. [Northtown Wire]", "Feature image: Jana Roe / NT2.0.",
])
def test_big_international_sites_widgets_notes_and_credits_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


def test_a_linked_title_ending_in_initials_a_bare_date_among_furniture_and_a_credit_via_an_agency() -> None:
    from helpers.extract.layout import furniture_lines

    tail = ["Most Read", "1", "Northtown opens a new bridge", "2", "The best weekend drives from Northtown, D.C."]
    assert furniture_lines([STORY_LINES[0], "", *tail]) == {2, 3, 4, 5, 6}
    foot = [STORY_LINES[0], "", "Share", "October 14th 2023", "Explore the edition"]
    assert furniture_lines(foot) == {2, 3, 4}
    assert furniture_lines([STORY_LINES[0], "", STORY_LINES[1]]) == set()  # a date alone in the story would stay
    caption = ("Police arrest eight over canal blast\nBy Jana Roe\nOctober 15, 2024, 2:47 PM\n"
               "Roe and Doe review an honor guard in Northtown on Oct. 11.\nIvo Doenic/AFP via Getty Images\n"
               + STORY_LINES[0] + "\n")
    c = clean(raw(caption), TODAY)
    assert c.title == "Police arrest eight over canal blast" and c.text == STORY_LINES[0]
    assert c.boilerplate[-2:] == ["Roe and Doe review an honor guard in Northtown on Oct. 11.",
                                  "Ivo Doenic/AFP via Getty Images"]


def test_a_standfirst_over_a_credit_stays_and_a_by_line_with_a_role_and_two_authors_with_towns_go() -> None:
    page = ("Northtown takes charge of the canal\n\nA new authority now runs the water supply of two towns\n"
            "Photograph: Northtown Wire\nOct 12th 2023|Northtown\nSave\nShare\n\n" + STORY_LINES[0] + "\n")
    c = clean(raw(page), TODAY)
    assert c.text.startswith("A new authority now runs the water supply of two towns")
    for byline in ["By Jana Roe, a staff writer at Northtown Review.",
                   "Jana Roe in Northtown and Ivo Doe in Southtown"]:
        c = clean(raw(f"Police arrest eight over the canal blast\n\n{byline}\n\nSeptember 14 2023\n\n"
                      + STORY_LINES[0] + "\n"), TODAY)
        assert c.published == dt.date(2023, 9, 14) and c.text == STORY_LINES[0]


def test_a_publication_line_with_times_and_a_town_in_brackets_dates_the_page_and_a_wire_dateline_in_slashes() -> None:
    line = "Published on April 22, 2024, at 11:14 am (Northtown), updated at 3:02 pm (Northtown)"
    c = clean(raw(f"Police arrest eight over the canal blast\n\n{line}\n\n" + STORY_LINES[0] + "\n"), TODAY)
    assert c.published == dt.date(2024, 4, 22)
    c = clean(raw("Police arrest eight\n\nNORTHTOWN, February 8. /NTA/. " + STORY_LINES[0] + "\n"), TODAY)
    assert c.dateline == "NORTHTOWN"


@pytest.mark.parametrize("label", ["UPDATE", "BREAKING", "WATCH", "ANALYSIS"])
def test_a_label_in_capitals_with_a_colon_is_no_dateline(label: str) -> None:
    assert clean(raw(f"Police arrest eight\n\n{label}: " + STORY_LINES[0] + "\n"), TODAY).dateline is None


@pytest.mark.parametrize("line", [
    "IE 11 is not supported. For an optimal experience visit our site on another browser.", "Sponsored By",
    "Share & Save —", "Support Northtown Today!", "Support the Northtown Journal", "Via MTI",
    "Featured photo via Facebook/Jana Roe", "Impressum", "Got it!", "Your email", "Facebook 41", "Click to read the "
    "article in Turkish", "#KFOR", "Creative Commons BY-NC-ND 4.0", "Topics", "Like Northtown Week on Facebook",
    "Add your comment", "Send", "NEWYou can now listen to Northtown News articles!", "Sponsored Stories You May Like",
    "Hide Caption", "View gallery", "+5", "Notify of", "The comments below have not been moderated.",
    "We are no longer accepting comments on this article.", "Published by Northtown Newspapers Ltd",
    "Part of the Daily Post, The Post on Sunday & Metro Media Group", "Toll-free (Canada only): 1-800-555-0199",
    "Visitez Northtown.ca", "Note from the author:", "Swiss perspectives in 10 languages", "Follow NTV on",
    "Reuters contributed.", "Get the Early Bird Brief", "Enter Your Email",
    "Editor’s note: This article was updated on 2 October 2023 at 17:40 with the statement of the prime minister.",
    "Update 9/30/23, 11:02 a.m. ET: This article was updated with additional information and comment from NATO.",
    "Jana Roe is a London-based reporter for Northtown News Digital.", "Ivo Doe is Europe Correspondent of The Post",
    "Ivo Doe covers the U.S. military in Europe for the Northtown Stripes. He is based in Kaiserslautern, Germany.",
    "Ivo has a degree in Politics and writes about the British Army and defence policy.",
    "Northtown Monitor is a project of the Stockholm-based Northtown Research Network, which tracks security.",
    "Northtown’s independent journalism is made possible by its readers. Become a supporter and help us.",
    "Get the military's most comprehensive news and information every morning.",
    "By giving us your email, you are opting in to the Early Bird Brief.",
    "Northtown Stripes is an editorially independent, First Amendment-protected news source.",
    "Northtown Albania operates under a brand licence agreement with Northtown.",
])
def test_widgets_appeals_and_staff_lines_of_us_uk_and_regional_sites_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


@pytest.mark.parametrize("line", [
    "Serbia wants to become a member of the European Union.", "The canal is a project of the Kosovo government.",
    "The ministry publishes information every morning.", "Support grows for the plan", "Close ties",
    "Topics of the talks", "Exports rose 12% to 1,234 million in March, up 3.1% from a year earlier.",
    "Kurti said 2,000 people, 1,500 of them children, had left.",
    "Jana Roe, a lawyer, said the case would be heard in May.", "Heard on Monday, the case was adjourned.",
])
def test_story_lines_near_the_new_furniture_shapes_stay(line: str) -> None:
    assert furniture_in_story(line) == set()


def test_a_page_spaced_line_by_line_reads_like_one_item_per_line_and_keeps_its_paragraphs() -> None:
    head = ["Northtown News", "Video", "Live", "Politics", "World", "Business", "Health", "Log In", "INTERNATIONAL",
            "Police arrest eight over the canal blast", "By JANA ROE Associated Press", "May 29, 2023, 6:02 PM",
            "Share"]
    page = "\n\n".join([*head, *STORY_LINES[:2]]) + "\n"
    c = clean(raw(page), TODAY)
    assert c.title == "Police arrest eight over the canal blast"
    assert c.published == dt.date(2023, 5, 29) and c.text == "\n\n".join(STORY_LINES[:2])


def test_a_related_box_on_a_spaced_page_takes_the_headlines_one_blank_line_apart() -> None:
    from helpers.extract.layout import furniture_lines

    lines = [STORY_LINES[0], "", "Related articles", "", "Roe: Northtown Will Keep Its Soldiers in the Field", "",
             "Northtown Officer Takes Over Command of the Regional Unit", "", STORY_LINES[1]]
    assert furniture_lines(lines) == {2, 4, 6}


def test_datelines_after_an_agency_tag_or_with_a_colon_under_the_standfirst() -> None:
    c = clean(raw("Police arrest eight\n\n(NTA) - NORTHTOWN, OCT 10 - " + STORY_LINES[0] + "\n"), TODAY)
    assert c.dateline == "NORTHTOWN"
    page = ("Police arrest eight\n\nThe arrests follow a week of protests in the north of the country, analysts say\n\n"
            "NORTHTOWN: " + STORY_LINES[0] + "\n")
    assert clean(raw(page), TODAY).dateline == "NORTHTOWN"


def test_a_hungarian_date_with_dots_is_a_date_line() -> None:
    from helpers.extract.lines import date_line

    assert date_line("2023.05.30.") == dt.date(2023, 5, 30) and date_line("It rose 2.5.") is None


@pytest.mark.parametrize("line", [
    "Northtown Observer is an independent, not-for-profit news organisation that publishes daily news reports.",
    "Jana Roe is Northtown Observer's Western Balkans correspondent, based in Brussels.",
    "Get the latest news from the Armed Forces, straight to your inbox.",
    "Help us keep Northtown Daily free for everyone.", "Messenger",
    "Get the best of NORTHTOWN in English, every Friday.",
    "Independent journalism on South-East Europe needs your support. Become a supporter of Northtown Transeuropa.",
    "Please log in to comment.", "Please log in here to leave a comment.",
    "Get the most important news from emerging Europe and Eurasia every morning.", "burs/ds",
])
def test_newsletter_appeal_bio_comment_and_desk_lines_of_the_styles26_sites_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


@pytest.mark.parametrize("line", [
    "Have your say...", "Story Continues →", "Comments closed.", "Click to Read More and View Comments",
    "Please read our comment policy before commenting.", "Roe reported from Northtown, Serbia.",
    "Roe and Jana Doe reported from Northtown.",
    "Keep up with stories of the day with our lunchtime news wrap and important breaking news alerts.",
    "Get Latest World News along with Latest News and Top Headlines from Northtown and around the world.",
    "Get the latest news on energy and the environment in Southeast Europe.",
    "Please support The Northtown Globe on Patreon", "NTA | | Posted by Jana Roe",
    "Northtown Monitor is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International "
    "License.",
    "Due to the sensitive and/or legal subject matter of some of the content on northtown.example, we reserve the "
    "ability to disable comments from time to time.",
    "*This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ "
    "Opinion on the Kosovo declaration of independence.",
    # captions closed by a credit in brackets, after a bar, glued to the stop, a site, a body in brackets
    "Soldiers serving with KFOR attend a ceremony in Pristina, Kosovo [Northtown Ministry of Defence]",
    "A pensioner counts Serbian dinars outside a post office in North Mitrovica on Wednesday. | AFP-JIJI",
    "The president speaks to supporters at the party headquarters in Belgrade.(Reuters)",
    "Soldiers during a training exercise at Novo Selo. Photo: mod.example",
    "The two presidents at the Palace of Serbia in Belgrade. (Northtown Presidency)",
])
def test_comment_appeal_credit_and_caption_lines_of_the_styles27_sites_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


@pytest.mark.parametrize("line", [
    "The BBC's correspondent reported from Belgrade that the streets were calm on Monday evening.",
    "Police said they had detained two men after the attack. (Both were later released.)",
    "\"We will not accept this,\" the minister said in Belgrade. (Northtown Presidency)",
    "Keep up with the talks, the envoy told both delegations, because the deadline is close.",
    "The final agreement was signed in Brussels on Monday [after two years of talks].",
])
def test_story_lines_like_the_styles27_furniture_stay(line: str) -> None:
    assert furniture_in_story(line) == set()


def test_related_posts_under_the_storys_tags_go_on_with_the_tail_and_a_menu_marker_above_the_story_ends_it() -> None:
    from helpers.extract.lines import line_status

    story = ("The parliament approved the deployment of a further company of troops to the mission on Wednesday, "
             "with a large majority.")
    end = [story, "Tags", "KFOR", "Kosovo", "NATO", "Related Posts", "Hungary Flies 7 Wounded Soldiers Home"]
    assert [f for _, f in line_status(end)] == [False, True, True, True, True, True, True]
    head = ["Northtown Digest", "Top stories", "Serbia", "Region", "World", "Most read", "KOSOVO",
            "Thirty peacekeepers hurt as protesters clash with KFOR", story]
    assert [f for _, f in line_status(head)][-2:] == [False, False]


@pytest.mark.parametrize("line", [
    "Independent journalism costs money. Support Northtown Times for the price of a coffee.",
    "Open this photo in gallery:", "Report an editorial error",
    "Track Latest News Live on Northtown.com and get news updates from India and around the world",
    "Tags Jana Roe Kosovo Serbia", "In: Kosovo Serbia",
    "Appeared in the July 18, 2024, print edition as 'Turkey Plays Both Sides in the Balkans'.",
    "Kosovo police officers stand guard near the village of Banjska on Sept. 25, 2023.Jana Roe/Reuters",
    "Police officers stand guard outside a polling station in North Mitrovica, Sunday, April 21, 2024. Jana Roe / AP",
    "Kosovo's Prime Minister Albin Kurti accused Serbia of backing the attack. (File)",
])
def test_appeal_gallery_tag_print_edition_and_credit_lines_of_the_styles28_sites_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


def test_a_lead_under_a_credit_whose_subject_visited_someone_is_the_story_not_a_caption() -> None:
    lead = ("National Defense Minister Yaşar Güler visited Turkish soldiers serving with NATO's Kosovo Force (KFOR) on "
            "Friday, praising them as “the most trusted soldiers in the Balkans”.")
    c = clean(raw("\n\n".join(["Defense Minister Güler visits Turkish troops in Kosovo", "Photo: AA", lead,
                                 *STORY_LINES])), TODAY)
    assert c.text.split("\n\n")[0] == lead and "Photo: AA" in c.boilerplate


def test_a_glued_dateline_and_a_us_short_date_after_a_byline_are_read() -> None:
    page = "\n".join(["State Department official says Kurti ignored US warnings",
                      "BY JANA ROE - 06/28/23 5:12 PM ET",
                      "ANKARA—When Kosovo's defense minister flew to Turkey on Wednesday, the visit was watched.",
                      *STORY_LINES])
    c = clean(raw(page), TODAY)
    assert (c.byline, c.published, c.dateline) == ("JANA ROE", dt.date(2023, 6, 28), "ANKARA")
    assert clean(raw("\n".join(["Title of the story here", "NATO-led troops patrol the north of Kosovo today.",
                                *STORY_LINES])), TODAY).dateline is None  # a hyphen is no dateline's dash


def test_a_byline_and_its_date_on_one_line_give_the_author_and_the_publication_date() -> None:
    page = "\n\n".join(["World", "Police officer killed as gunmen attack patrol in the north",
                         "By Jana Roe and Ivo Doe - Northtown Press - Sunday, September 24, 2023", *STORY_LINES])
    c = clean(raw(page), TODAY)
    assert (c.byline, c.published, c.title) == ("Jana Roe and Ivo Doe", dt.date(2023, 9, 24),
                                                 "Police officer killed as gunmen attack patrol in the north")
    assert c.text == "\n\n".join(STORY_LINES)


def test_a_wire_opening_on_its_own_line_gives_dateline_and_date_and_stays_without_the_agency() -> None:
    page = "\n".join(["Northtown News Agency", "Home", "Kosovo", "Police arrest eight over canal blast",
                      "By Jana Roe", "Pristina, April 22, 2024/Northtown News Agency", *STORY_LINES])
    c = clean(raw(page), TODAY)
    assert (c.dateline, c.published, c.title) == ("Pristina", dt.date(2024, 4, 22), "Police arrest eight over canal "
                                                                                    "blast")
    assert c.text.split("\n")[0] == "Pristina, April 22, 2024"  # the story's date stays a timex of its text
    assert c.boilerplate[-1] == "Northtown News Agency"  # the agency cut from the line is kept aside, not lost


def test_a_list_marker_opening_the_menu_under_the_sites_name_keeps_the_headline_and_a_video_link_goes() -> None:
    page = "\n".join(["Northtown News", "Top Stories", "Canada", "World", "Politics", "Search", "World",
                      "Gunmen kill police officer, barricade themselves in monastery", "By Jana Roe",
                      "Posted September 24, 2023 12:51 pm",
                      "Click to play video: 'Police officer killed in attack by masked gunmen'",
                      "Police officer killed in attack by masked gunmen", *STORY_LINES])
    c = clean(raw(page), TODAY)
    assert c.title == "Gunmen kill police officer, barricade themselves in monastery"
    assert c.text == "\n".join(STORY_LINES)


@pytest.mark.parametrize(("opening", "dateline"), [
    ("Sofia, September 25 (NTA) - ", "Sofia"), ("Ljubljana, 2 December - ", "Ljubljana"),
    ("Pristina, 18 Oct 14:22 - (Northtown Nova) - ", "Pristina"), ("He said on 2 December - ", None),
])
def test_a_wire_opening_with_a_day_and_no_year_gives_the_dateline(opening: str, dateline: str | None) -> None:
    assert clean(raw("Police arrest eight\n\n" + opening + STORY_LINES[0] + "\n"), TODAY).dateline == dateline


def test_a_day_dot_and_a_short_month_is_a_date_line_and_a_slogan_over_a_one_word_menu_is_no_title() -> None:
    from helpers.extract.lines import date_line

    assert date_line("15. Sep 2023, 07:44") == dt.date(2023, 9, 15)
    page = "\n".join(["Northtown Daily", "Northtown's leading English-language news site", "News", "Politics",
                      "Business", "Culture", "Sport", "Police arrest eight over the canal blast", "By Jana Roe",
                      "May 31, 2023 • 13:05", *STORY_LINES[:2]]) + "\n"
    c = clean(raw(page), TODAY)
    assert c.title == "Police arrest eight over the canal blast" and c.text == "\n".join(STORY_LINES[:2])


def test_a_space_before_the_comma_of_a_year_still_reads_as_a_date_line():
    assert date_line("Published: 11 October ,2024: 05:41 PM GST") == dt.date(2024, 10, 11)  # Al Arabiya English


@pytest.mark.parametrize("line", [
    "Get updates on topics you care about", "Stay up to date with the latest news. Follow KT on WhatsApp Channels.",
    "By — Arben Dervishi, Associated Press", "Closed", "Other Topics of Interest", "timer3 min. read", "3 min.",
    "Hits: 812", "The latest on Task & Purpose", "Go deeper: Kosovo detains suspects after blast damages key canal",
    "Turkish President Recep Tayyip Erdogan and Serbian President Aleksandar Vucic review a guard of honor in "
    "Belgrade, Serbia, on October 11, 2024. (Reuters)",
    "British soldiers from the 1st Battalion, Princess of Wales’s Royal Regiment, arrive at Pristina airport. (UK "
    "Ministry of Defence photo)",
])
def test_follow_prompts_counters_em_dash_bylines_and_bracketed_credits_of_the_styles29_sites_are_furniture(
        line: str) -> None:
    assert furniture_in_story(line) == {4}


def test_a_known_place_in_title_case_before_a_colon_opens_the_story_as_its_dateline() -> None:
    story = "A Kosovo police officer was killed and two others were wounded on Sunday when gunmen opened fire."
    c = clean(raw("\n\n".join(["Police officer killed in Kosovo", f"Pristina: {story}", *STORY_LINES])), TODAY)
    assert c.dateline == "Pristina"  # The Sydney Morning Herald's wire copy
    c = clean(raw("\n\n".join(["Kosovo votes", f"Why it matters: {story}", *STORY_LINES])), TODAY)
    assert c.dateline is None  # a label, no place


def test_a_desk_and_outlet_before_a_date_lines_own_segment_still_give_the_date() -> None:
    assert date_line("TOI World Desk / TIMESOFINDIA.COM / Updated: Sep 24, 2024, 21:18 IST") == dt.date(2024, 9, 24)
    assert date_line("The talks in Brussels / Pristina ended on Sep 24, 2024 without any agreement at all.") is None


@pytest.mark.parametrize("line", [
    "Kosovo police officers lay wreaths at a memorial near the village of Banjska on Tuesday.Jana Roe/Associated Press",
    "The Northtown Times does not append comment threads to stories from wire services such as the Associated "
    "Press, The New York Times, The Washington Post or Bloomberg News.",
    "Editorial standards and policies", "NEWSPAPER SECTION: News", "WRITER: AFP", "Member comments",
    "Do you like the content of this article?", "Stay updated with the latest news!", "Related Tags",
    "Watch WION LIVE here", "Trending Topics",
    "Northtown needs your help. Support Northtown’s work by making a donation.",
    "Turkish President Tayyip Erdogan and Serbian President Aleksandar Vucic in Belgrade on Friday, October 11, 2024 "
    "Reuters",
    "A Bayraktar TB2 UAV of the type delivered to Serbia. (Baykar)",
    "Aleksandar Vučić at his party’s headquarters in Belgrade on election night. Jana Roe / AP / Scanpix / LETA",
])
def test_wire_notes_footer_links_prompts_and_credits_of_the_styles30_sites_are_furniture(line: str) -> None:
    assert furniture_in_story(line) == {4}


@pytest.mark.parametrize("line, dated", [
    ("December 17: Serbia holds parliamentary and local elections", True), ("1 September 2010 – The FTA", True),
    ("Sept. 24: An armed attack near the monastery", True), ("2010: The agreement is signed", True),
    ("Mayor: the city will pay the bill", False), ("Decision: Kosovo bans the dinar", False),
])
def test_a_timeline_entry_opens_with_a_date_and_a_colon_or_dash(line: str, dated: bool) -> None:
    from helpers.extract.lines import DATED_ENTRY

    assert bool(DATED_ENTRY.match(line)) is dated


@pytest.mark.parametrize("block", [
    # newsletter, forum and thread-reader controls with their counters
    ["23", "4", "Share"], ["23 Likes∙2 Restacks"], ["Like 41", "Comment 6", "Share"], ["+ Follow"],
    ["Upvote", "1.4K", "Downvote"],
    ["Enjoying this thread?", "Save this thread", "Try unrolling a thread yourself!", "• • •"],
    ["Ready for more?", "Subscribe"], ["Created Jan 25, 2008"],
    # reference lists, think-tank disclaimers and pitches, e-paper notices, wire sign-offs, caption credits
    ["References", "Roe, J. (2023) 'The canal and the state', Journal of Northland Studies, 25(4): 601–618.",
     "Doe, I. and Roe, J. (2021) Water and Power. Northtown: Harbour Press."],
    ["Note: This article gives the views of the author, not the position of the Northtown Institute."],
    ["The Northland Council on Water does not take collective positions. Its publications represent the views of "
     "their authors."],
    ["The Northtown Institute is an independent policy institute based in Northtown."],
    ["Have an idea for a Commentary you'd like to write for us? Send a short pitch to pitches@example.org."],
    ["Printed and distributed by PressReader", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"],
    ["From Page 5"], ["AAP rl/jc"],
    ["Divers inspect the damaged canal near Northtown yesterday. REUTERS PIC"],
])
def test_newsletter_forum_think_tank_and_e_paper_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_count_alone_is_a_counter_only_next_to_furniture():
    from helpers.extract.layout import furniture_lines

    lines = ["Sales rose in March.", "1631", "Previous - 1614", "23", "4", "Share"]
    assert furniture_lines(lines) == {3, 4, 5}  # a table's figure stays; the counters by "Share" go


def test_a_reader_comment_section_opened_by_its_label_is_furniture():
    block = ["Comments Section", "north_reader", "13h ago", "Nobody here knew anything about this, and people are "
             "scared.", "412", "Reply", "Award", "harbour_watch", "12h ago", "The canal has been a target before.",
             "287", "More replies"]
    text = "Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES) + "\n\n" + "\n".join(block)
    c = clean(raw(text), TODAY)
    assert c.boilerplate == block and c.text.split("\n\n") == list(STORY_LINES)


def test_a_print_page_standfirst_under_its_masthead_is_no_caption_of_the_wire_credit():
    text = ("Northtown Times\n13 Jun 2024\nWORLD\nCanal repairs begin after the blast\nA week after the explosion, "
            "about 100,000 people still boil their water and nobody is talking about leaving\nREUTERS\n\n"
            + "\n\n".join(STORY_LINES))
    c = clean(raw(text), TODAY)
    assert c.title == "Canal repairs begin after the blast" and c.published == dt.date(2024, 6, 13)
    assert c.text.startswith("A week after the explosion")
    assert "REUTERS" in c.boilerplate


def test_the_pages_own_date_line_comes_before_an_updated_stamp_and_an_archive_span_gives_none():
    text = ("Canal repairs begin after the blast\n2 June 2023\nUpdated 5 June 2023\n\n" + "\n\n".join(STORY_LINES))
    assert clean(raw(text), TODAY).published == dt.date(2023, 6, 2)
    assert date_line("16 Oct 2024 - 03 Nov 2024", furniture=True) is None


def test_an_author_box_of_name_and_role_lines_between_furniture_is_furniture():
    text = ("Canal repairs begin after the blast\n12th March 2024\nJana Roe\nResearch Analyst for Water and "
            "Infrastructure\n\n" + "\n\n".join(STORY_LINES) + "\n\nIvo Doe\nResearch Fellow, Water Security\n"
            "Topics: Europe, Water")
    c = clean(raw(text), TODAY)
    assert c.text.split("\n\n") == list(STORY_LINES)
    assert {"Jana Roe", "Research Analyst for Water and Infrastructure", "Ivo Doe",
            "Research Fellow, Water Security"} <= set(c.boilerplate)


@pytest.mark.parametrize(("head", "title"), [
    # a brand over a section label, then a headline in title case that ends with a full stop
    (["War on the Sea", "Commentary", "A Northern General Takes Command. Expect Less Than Either Side Hopes.",
      "Jana Roe", "October 10, 2023"], "A Northern General Takes Command. Expect Less Than Either Side Hopes."),
    (["The Northtown Fund for International Studies", "Insights",
      "After the canal attack, the election campaign turns to security", "Jana Roe", "December 03, 2024"],
     "After the canal attack, the election campaign turns to security"),
    # a forum's age stamp and handle are no headline
    (["r/europe", "14 hr. ago", "harbour_watch", "Megathread: Canal attack near Northtown"],
     "Megathread: Canal attack near Northtown"),
])
def test_a_brand_over_its_section_label_and_an_age_stamp_are_no_title(head, title):
    c = clean(raw("\n".join(head) + "\n\n" + "\n\n".join(STORY_LINES)), TODAY)
    assert c.title == title
    assert c.text.split("\n\n") == list(STORY_LINES)


def test_a_short_headline_over_a_standfirst_is_still_the_title():
    text = ("Canal repairs begin\nEngineers say the work will take a month and cost more than expected\n"
            "By Jana Roe\n\n" + "\n\n".join(STORY_LINES))
    assert clean(raw(text), TODAY).title == "Canal repairs begin"


@pytest.mark.parametrize("block", [
    # fact-check ratings, archive links, self-descriptions, tip lines, source lists, database fields
    ["Rating: Manipulation"], ["FALSE"], ["Result: False"], ["Fabricated quote"], ["Archived: archive.ph/m3Lq2"],
    ["Northtown Check is a member of the International Fact-Checking Network (IFCN)."],
    ["Northtown Check is run by the citizens' association Open Northland."],
    ["Did you find a piece of content you think is false? Send it to us through our form."],
    ["Have you seen something you want us to check? Get in touch."],
    ["Our Sources", "Northland Ministry of Defence, press briefing, Oct. 3, 2023",
     "Facebook post, Oct. 2, 2023 (archived)"],
    ["Outlet: northtown-news.example", "Date of publication: 02/06/2023", "Reported in: Issue 346"],
    # records of proceedings: stage directions, column numbers, procedural lines, release numbers
    ["(Laughter.)"], ["(The briefing was concluded at 2:14 p.m.)"], ["Column 112"],
    ["Question put and agreed to."], ["Press Release (2023) 078"],
    ["Motion made, and Question proposed, That this House do now adjourn.—(Mr Tom Roe.)"],
])
def test_fact_check_and_proceedings_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_debate_title_over_its_date_line_is_the_title_not_the_sentence_under_it():
    said = "The Minister resumed her statement on the mission.—(Ms Jana Roe.)"  # a sentence ends before its bracket
    text = ("Northland: Troops in the Mission\nVolume 738: debated on Monday 16 October 2023\n" + said + "\n"
            + "\n".join(STORY_LINES))
    c = clean(raw(text), TODAY)
    assert (c.title, c.published) == ("Northland: Troops in the Mission", dt.date(2023, 10, 16))
    assert c.text.startswith(said + "\n")


def test_a_run_by_line_of_a_story_is_content():
    line = "The exchange is run by the Northtown Metal Market Company, which is facing a law suit over its fees."
    assert furniture_in_story(line) == set()


def test_the_date_of_a_rated_statement_is_not_the_pages_date_and_a_section_in_capitals_is_no_dateline():
    text = ("Does Northland have the largest contingent?\nDate of statement: 13 June 2024\n20 June 2024\n\n"
            + "\n\n".join(STORY_LINES))
    assert clean(raw(text), TODAY).published == dt.date(2024, 6, 20)
    c = clean(raw("Canal claim is false\n\nDISPROOF\n" + "\n\n".join(STORY_LINES)), TODAY)
    assert c.dateline is None


@pytest.mark.parametrize("block", [
    # a programme's transcript page: stage directions, clip labels, player rows, the transcript's head and notes
    ["(SOUNDBITE OF ARCHIVED RECORDING)"], ["(Sound of protesters chanting)"], ["(BEGIN VIDEOTAPE)"], ["MUSIC"],
    ["ARCHIVE: NORTHTOWN RADIO, 18 MARCH 2023"], ["Listen · 3:52"], ["3-Minute Listen"], ["0:00 0:04:31 0:00"],
    ["Video Duration 24 minutes 50 seconds"], ["TRANSMISSION: Monday 3rd February 2025 2030 - 2100 RADIO 4"],
    ["Presenter: Jana Roe", "Guests:", "Mira Kos – security analyst, Northtown",
     "Ivo Lind – Balkans analyst, Southport"],
    ["CONTRIBUTORS IN ORDER OF APPEARANCE:", "Ivo Lind, political analyst, Northtown"],
    ["Heard on Evening Edition"], ["Programme transcript"],
    ["Accuracy and availability of Northtown Radio transcripts may vary. Audio may be edited after broadcast."],
    ["Jana Roe adapted this story for Northtown Learning English based on reports from the wires."],
    ["Words in This Story", "turnout –n. the share of people who vote in an election"],
    # a developing story's notes
    ["Clarification: An earlier version of this article said the contract was signed during the visit."],
    ["Retraction: On 21 April 2024, we published a report that was based on an unverified post."],
    ["[Updated at 18:40 with the statement of the Ministry of Defence]"],
    ["UPDATED with results from 97 per cent of polling stations"], ["UPDATE 9.40pm"], ["More to follow..."],
    ["Earlier:"], ["Latest World News"], ["Manage Cookies"],
])
def test_transcript_and_update_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_title_case_headline_with_a_comma_is_no_guest_line():
    text = "Erdogan Woos Vucic, and Kosovo Watches Nervously\n\n" + "\n\n".join(STORY_LINES)
    assert clean(raw(text), TODAY).title == "Erdogan Woos Vucic, and Kosovo Watches Nervously"


@pytest.mark.parametrize("line, day", [
    ("The World Today - Wednesday, 31 May , 2023  12:38:00", dt.date(2023, 5, 31)),
    ("Published On 1 Dec 20241 Dec 2024", dt.date(2024, 12, 1)),  # the date twice, run together by the copy
])
def test_date_lines_with_a_stray_space_or_a_doubled_date(line, day):
    assert clean(raw(f"Canal repairs begin\n{line}\n\n" + "\n\n".join(STORY_LINES)), TODAY).published == day


def test_an_update_stamp_over_the_first_publication_gives_way_to_it():
    text = ("Canal repairs begin\nJana Roe\nUpdated 11.35, 30 Nov 2024\nFirst published 22.10, 29 Nov 2024\nShare\n"
            + "\n".join(STORY_LINES))
    assert clean(raw(text), TODAY).published == dt.date(2024, 11, 29)
    assert clean(raw(text.replace("First published 22.10, 29 Nov 2024\n", "")), TODAY).published == dt.date(
        2024, 11, 30)


@pytest.mark.parametrize("block", [
    # business pages: market tickers, saved-item notes, a blog's stamps, labels and share buttons, paywall offers,
    # risk disclosures, a postal address
    ["EUR/USD 1.0591 -0.37%", "S&P 500 4,337.44 +0.40%", "Brent Crude 93.29 +0.04%"],
    ["Saved. See Saved Items."], ["This article has already been saved in your Saved Items"],
    ["Posted by Northtown Aviation at 08:02"], ["Labels: Northair, Southjet, Northtown Airport"], ["Share to X"],
    ["Anonymous 08:21"], ["Get unlimited access to Northtown Research"],
    ["You have read 1 of 3 free articles this month. Register for free to continue reading."],
    ["Get full access to this story with Northtown Pro. Start your free trial."],
    ["Risk Disclosure: Trading in financial instruments involves high risks including the loss of your money."],
    ["Harbour Street 17, 11000 Northtown"], ["Mill Road 13-15, 1010 Northtown, Northland"],
])
def test_business_page_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_forwarded_mail_is_wrapper_down_to_its_header_and_its_dates_are_the_mails():
    text = ("Inbox\nFwd: Canal repairs begin after the blast\nJana Roe <jana@example.org>\nto me\n"
            "Wed, Dec 4, 2024, 8:14 AM\nFYI, the piece Ivo sent last night.\n---------- Forwarded message ---------\n"
            "From: Ivo Doe <ivo@example.com>\nDate: Tue, Dec 3, 2024 at 9:47 PM\nSubject: Ivo Doe shared an article "
            "with you\nTo: Jana Roe <jana@example.org>\nIvo Doe shared an article with you\n"
            "Canal repairs begin after the blast\nDecember 1, 2024\n" + "\n".join(STORY_LINES))
    c = clean(raw(text), TODAY)
    assert (c.title, c.published) == ("Canal repairs begin after the blast", dt.date(2024, 12, 1))
    assert c.text == " ".join(STORY_LINES)  # the mail's lines, note and stamps are all furniture (the story's
    # lines, with no blank line between them, are read as one hard-wrapped paragraph)


def test_a_printed_pages_title_with_the_sites_name_gives_way_to_the_headline():
    text = ("12/4/24, 9:41 AM\nCanal repairs begin after the blast | Northtown Post\nnorthtownpost.com\n"
            "Canal repairs begin after the blast\nJana Roe\n5–6 minutes\nDecember 1, 2024 15:20\n"
            + "\n".join(STORY_LINES))
    c = clean(raw(text), TODAY)
    assert (c.title, c.published) == ("Canal repairs begin after the blast", dt.date(2024, 12, 1))
    assert "Canal repairs begin after the blast | Northtown Post" in c.boilerplate and "5–6 minutes" in c.boilerplate


def test_a_title_case_headline_over_its_byline_is_the_title():
    text = ("News App\nTop\nWorld\n2h ago\nPolice Arrest Eight Over Canal Blast As Repairs Begin In The North\n"
            "By Jana Roe and Ivo Doe, Associated Press\nDec 1, 2024, 06:12 AM EST\n" + "\n".join(STORY_LINES))
    assert clean(raw(text), TODAY).title == "Police Arrest Eight Over Canal Blast As Repairs Begin In The North"


def test_an_aggregators_source_list_and_an_apps_comments_after_the_story_are_furniture():
    sources = ["Bias Distribution", "Northtown Post", "Lean Left · Factuality: High", "Eight held after canal blast",
               "5 hours ago", "Southtown Daily", "Center · Factuality: High", "Canal Blast Suspects Detained",
               "Yesterday at 23:40", "Sign in"]
    comments = ["💬 Comments (2)", "Share", "Kim R.", "Yesterday at 14:05", "Stay safe, everyone!", "Dale W.",
                "3 hours ago", "Good work by the police.", "Report"]
    for tail in (sources, comments):
        c = clean(raw("Police arrest eight over canal blast\n\n" + "\n\n".join(STORY_LINES) + "\n\n"
                      + "\n".join(tail)), TODAY)
        assert c.boilerplate == tail and c.text.split("\n\n") == list(STORY_LINES)


@pytest.mark.parametrize("block", [
    ["Flipped into Western Balkans Desk by Jana Roe"], ["Mark as read", "Star", "Send to", "Open original"],
    ["Summary by Northtown News"], ["37 articles"], ["57% Center"],
])
def test_reader_app_and_aggregator_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_brand_its_name_in_three_languages_and_a_menu_stand_over_a_title_case_headline():
    for head in ("Northtown Court & Prosecutor's Office\nGjykata e Veriut | Severni sud | Northtown Court\n"
                 "Shqip | Српски | English\nHome\nCases\nPress\nTrial of the canal suspects adjourned until 12 March",
                 "NCRP\nNorthtown Crime Reporting Project\nInvestigations\nNews\nAbout\n"
                 "Court Jails Five Over Canal Blast That Cut Water To The North",
                 "The Ministry of Foreign Affairs of Northland\nРусский\nEnglish\nFrançais\nHome\nBriefings\n"
                 "Briefing by Foreign Ministry Spokeswoman Jana Roe, Northtown, September 28, 2023",
                 "Qeveria – Vlada – Government\nZyra e Kryeministrit – Ured Premijera – Office of the Prime Minister\n"
                 "Shqip | Srpski | English\nHome\nNews\nAbout\nThe Prime Minister at the 190th meeting of the "
                 "Government: four more payment points will open"):
        c = clean(raw(head + "\n14 March 2024\n" + "\n\n".join(STORY_LINES)), TODAY)
        assert c.title == head.split("\n")[-1] and c.text.split("\n\n") == list(STORY_LINES)


@pytest.mark.parametrize("block", [
    ["For more information, please contact the Mission's Press Office."],
    ["Case: NTC-BC-2023-14, The Prosecutor v. Ivo Roe"],
])
def test_release_contact_notes_and_case_lines(block: list[str]) -> None:
    assert_block_is_furniture(block)


@pytest.mark.parametrize("block", [
    ["Group I table", "Pos Team P W D L Pts", "1 Northland 6 3 3 0 12", "2 Southland 5 3 2 0 11"],
    ["Match stats", "Possession 44% - 56%", "Shots on target 4 - 3", "Yellow cards 3 - 2"],
    ["Northtown 2-0 Southtown FT", "Attendance: 48,953", "Group C, Matchday 1"],
    ["EuroLeague standings", "1. Northtown United 8-0", "2. Southtown City 6-2"], ["Quarters: 24-20, 19-25, 27-18"],
    ["Page Count: 336", "Publisher: Harbour Street Press", "Review Posted Online: Feb. 6, 2024"],
    ["Story ID: 475312", "Web Views: 112", "Downloads: 0", "PUBLIC DOMAIN"],
])
def test_sports_and_culture_page_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_match_reports_score_headline_and_a_short_headline_over_its_byline_stay_titles():
    report = clean(raw("Northtown 2-1 Southtown\n\n" + "\n\n".join(STORY_LINES)), TODAY)
    assert report.title == "Northtown 2-1 Southtown"
    text = ("Reviews\nFiction\nNonfiction\nChildren's\nMagazine\nTHE GOALKEEPER OF NORTHTOWN\nby Jana Roe\n"
            "ISBN: 9781524741836\n\n" + "\n\n".join(STORY_LINES))
    c = clean(raw(text), TODAY)
    assert c.title == "THE GOALKEEPER OF NORTHTOWN" and c.text.split("\n\n") == list(STORY_LINES)


@pytest.mark.parametrize("block", [
    ["(Northtown Daily, p. 2)"], ["(Southtown Post, 11.05.24)"], ["(Northtown Online)"], ["Source: northtown.com"],
    ["Albanian Language Media:"], ["SERBIAN-LANGUAGE MEDIA"], ["No. 89/24"], ["The editors"],
    ["Radio Northtown is not responsible for the content of the newspaper articles summarised in the press review."],
    ["The Press Office does not assume any responsibility for the accuracy of the information in the media reviewed."],
    ["This summary is prepared from the local media for information purposes only and does not reflect the views of "
     "the Embassy."],
    ["The opinions quoted belong to the publications cited."],
    ["Northtown Media monitors eight daily newspapers and eight news portals. This digest covers the period from 8 to "
     "14 June 2024."],
])
def test_a_press_reviews_sources_sections_and_disclaimers_are_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_press_reviews_item_headings_in_capitals_stay_while_a_lone_linked_title_goes():
    items = ["NORTHTOWN POLICE ARREST FOUR NEAR THE LAKE", "The Northtown Daily writes that police arrested four men "
             "near the lake yesterday and that they will appear before a judge on Thursday.",
             "(Northtown Daily, p. 2)",
             "KFOR STEPS UP PATROLS ON THE MAIN ROAD",
             "The Southtown Post writes that patrols have increased along the road since Monday and that residents "
             "have welcomed them.", "(Southtown Post, p. 4)"]
    c = clean(raw("Arrests lead the morning papers\n\n" + "\n\n".join(STORY_LINES + tuple(items))), TODAY)
    assert [p for p in c.text.split("\n\n") if p.isupper()] == [items[0], items[3]]
    assert c.boilerplate == [items[2], items[5]]
    lone = "NORTHTOWN POLICE TAKE OVER TOWN HALLS, SPARKING PROTESTS"
    c = clean(raw("Arrests lead the morning papers\n\n" + "\n\n".join(STORY_LINES[:2] + (lone,) + STORY_LINES[2:])),
              TODAY)
    assert c.boilerplate == [lone] and c.text.split("\n\n") == list(STORY_LINES)


def test_a_brand_and_its_slogan_over_a_menu_give_way_to_a_headline_of_names_over_its_date():
    head = ("Northland Ministry of Defence\nThe Magazine for Defence and Security in Northland\nHome\nNews\nAbout\n"
            "Contact\nMinister Roe hosts Southland Minister of National Defence Doe in Northtown")
    c = clean(raw(head + "\n19.09.2024.\n" + "\n\n".join(STORY_LINES)), TODAY)
    assert c.title == head.split("\n")[-1] and c.text.split("\n\n") == list(STORY_LINES)


def test_datelines_with_a_slashed_date_or_an_agency_after_the_date() -> None:
    for lead, place in [("Northtown, 03/07/2024 (Agence Northland) - A new round of talks ended on Tuesday, envoys "
                         "said.", "Northtown"),
                        ("Northtown, February 27, NTA. The two presidents signed a joint declaration, officials "
                         "said.", "Northtown")]:
        c = clean(raw("Talks end without a deal\n\n" + lead + "\n\n" + STORY_LINES[1] + "\n"), TODAY)
        assert c.dateline == place


@pytest.mark.parametrize("block", [
    ["Chart: Northland's strength, 2019-2024", "0 1,000 2,000 3,000 4,000 5,000", "2019 2020 2021 2022 2023 2024",
     "Data as of 1 June 2024", "Download Chart", "Embed"],
    ["Figure 2. Trade with Southland, 2010-2023 (US$ billion)", "0% 20% 40% 60% 80% 100%"],
    ["Image description: bar chart showing the number of troops in each year from 2019 to 2024, rising every year."],
    ["Methodology: face-to-face survey of 1,068 respondents aged 18 and over, conducted in December."],
    ["Download the full report (PDF)", "Related Infographics"],
    ["Source: Northland Peace Operations Database.",
     "Source: KFOR, Key Facts and Figures (placemat), 1 December 2023."],
])
def test_a_chart_pasted_as_text_is_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_headline_that_starts_with_download_stays_the_title():
    c = clean(raw("Download chart debut is delayed\n\n" + "\n\n".join(STORY_LINES)), TODAY)
    assert c.title == "Download chart debut is delayed" and c.text.split("\n\n") == list(STORY_LINES)


@pytest.mark.parametrize("block", [
    ["Northland soldiers on patrol near the border, Northland. Courtesy: Northland National Guard"],
    ["The president speaks to supporters at the party's headquarters in Northtown. AFP"],
    ["A Message from The Northtown Times:", "Dear readers, we are facing unprecedented challenges. Please support us."],
    ["This project is supported by the Northland Endowment for Democracy."],
    ["News provided by", "SOURCE Northland Institute for Democracy"],
    ["The Northland Institute is a nonpartisan, nonprofit organization committed to advancing democracy worldwide."],
    ["Related Posts", "Southland unveils a new armoured vehicle with a 30mm turret", "Northland receives two drones"],
    ["Must Read", "Southland Eyes Air Defence Shield As Drone Fleet Grows"],
])
def test_credits_appeals_funders_and_a_press_release_wires_lines_are_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_a_wire_paragraph_signed_by_its_agency_stays_the_storys() -> None:
    for line in ("The mission said it was monitoring the situation closely. AFP",
                 "There is a 1-1/4 pct selling concession and a 5/8 combined fee. REUTERS"):
        c = clean(raw("Talks end without a deal\n\n" + STORY_LINES[0] + "\n\n" + line + "\n"), TODAY)
        assert c.text.split("\n\n") == [STORY_LINES[0], line]


def test_a_press_release_wires_and_an_agencys_datelines_and_a_question_in_title_case() -> None:
    for lead, place in [("NORTHTOWN, March 14, 2024 /PRNewswire/ -- A new poll finds that citizens trust the "
                         "mission, the institute said.", "NORTHTOWN"),
                        ("Lisbon (Lusa) - About 150 soldiers took part in an exercise on Monday, the army said.",
                         "Lisbon")]:
        c = clean(raw("Talks end without a deal\n\n" + lead + "\n\n" + STORY_LINES[1] + "\n"), TODAY)
        assert c.dateline == place
    c = clean(raw("Q&A / Europe & Central Asia\nNorthland's Recall Petitions: What Comes Next in the North?\n\n"
                  + "\n\n".join(STORY_LINES)), TODAY)
    assert c.title == "Northland's Recall Petitions: What Comes Next in the North?"


@pytest.mark.parametrize("block", [
    ["Call Center: 0800 11 500"],
    ["--NTA"],
    ["(ts/jb)"],
    ["*References to Kosovo shall be understood to be in the context of United Nations Security Council Resolution "
     "1244 (1999)."],
    ["View original", "Attachments", "Download Press Release (English) (PDF | 164.2 KB)"],
    ["This investigation was supported by the Northland Investigative Reporting Fund."],
    ["This news item was produced by the English Service of Northland Press."],
])
def test_a_utilitys_call_centre_a_wires_sign_off_and_the_kosovo_footnote_are_furniture(block: list[str]) -> None:
    assert_block_is_furniture(block)


def test_an_agencys_dateline_without_a_dash_and_a_known_place_before_a_spaced_dash() -> None:
    for lead, place in [("Pristina, Nov 30 (NTA) Kosovo Police have arrested eight people over the blast, officials "
                         "said.", "Pristina"),
                        ("Bern - The number of Kosovo nationals who became citizens reached a record last year, the "
                         "office said.", "Bern"),
                        ("Belgrade - Pristina talks resumed in Brussels on Monday after a pause of two months, "
                         "envoys said.", None)]:
        c = clean(raw("Talks end without a deal\n\n" + lead + "\n\n" + STORY_LINES[1] + "\n"), TODAY)
        assert c.dateline == place


@pytest.mark.parametrize("first, published", [
    ("https://gracanicaonline.info/2024/04/19/will-anyone-in-the-north-vote-on-sunday/", dt.date(2024, 4, 19)),
    ("www.example.org/news/2023/9/24/banjska/", dt.date(2023, 9, 24)),
    ("https://example.org/2023/02/30/no-such-day/", None),
    ("https://example.org/news/will-anyone-vote-12345", None),
])
def test_the_pages_own_address_dates_it_when_nothing_else_does(first: str, published: dt.date | None) -> None:
    text = (f"{first}\n\nExample Online\n\nNews\n\nWill anyone in the north vote on Sunday?\n\n"
            "Voters in four municipalities will decide on Sunday whether to dismiss their mayors, officials said. "
            "The referendum was called after residents collected signatures in January.")
    assert clean(raw(text), TODAY).published == published


def test_a_date_line_wins_over_the_pages_address() -> None:
    text = ("https://example.info/2024/04/19/will-anyone-vote/\n\nExample Online\n\nWill anyone vote on Sunday?\n\n"
            "20.04.2024\n\nVoters in four municipalities will decide on Sunday whether to dismiss their mayors.")
    assert clean(raw(text), TODAY).published == dt.date(2024, 4, 20)


def test_a_heading_broken_over_two_lines_is_one_title() -> None:
    text = ("Reconstruction of the Northtown – Brnjak road\n\nbegins after ten years of waiting\n\n3 May 2024, 09:15 "
            "CET\n\nWorks on the road began on Thursday, the municipality said.")
    c = clean(raw(text), TODAY)
    assert (c.title, c.published) == ("Reconstruction of the Northtown – Brnjak road begins after ten years of waiting",
                                      dt.date(2024, 5, 3))
    assert c.text == "Works on the road began on Thursday, the municipality said."


def test_a_lower_case_sentence_under_the_heading_is_no_part_of_it() -> None:
    text = ("Road works begin in Northtown\n\nworks on the road began on Thursday, the municipality said.\n\n"
            "The road is 14 kilometres long.")
    assert clean(raw(text), TODAY).title == "Road works begin in Northtown"


def test_a_byline_with_a_balkan_capital_is_the_byline() -> None:
    c = clean(raw("Border crossing reopens\nBy Željko Šarić\nPublished: 12 March 2024\nThe crossing reopened."), TODAY)
    assert (c.title, c.byline, c.text) == ("Border crossing reopens", "Željko Šarić", "The crossing reopened.")


def test_a_lead_with_its_attribution_under_a_credit_is_the_story_not_a_caption() -> None:
    text = ("Kosovo tensions rise in the north\n\nPhoto: Reuters\n\nSerbia moved troops to the border on Friday, "
            "officials said.\n\nThe move came after clashes in the north of Kosovo left several people injured.\n\n"
            "KFOR said it was monitoring the situation closely and urged calm on both sides.")
    c = clean(raw(text), TODAY)
    assert c.boilerplate == ["Photo: Reuters"]
    assert c.text.startswith("Serbia moved troops to the border on Friday, officials said.")


def test_a_wire_byline_and_a_menus_last_item_leave_the_headline_and_an_attributed_paragraph_is_no_caption() -> None:
    story = ("Northtown, Dec 2 (PTI) Northland on Monday restored full water supply to the capital after an explosion "
             "damaged a canal, officials said.\nWorkers repaired the breach over the weekend.\n")
    page = clean(raw("EnergyWorld\nHome\nPower\nCoal\nLatest News\nNorthland restores water to its capital after "
                     f"canal blast\nPTI\nUpdated On Dec 02, 2024 at 08:15 PM IST\n{story}"), TODAY)
    assert (page.title, page.dateline, page.text) == (
        "Northland restores water to its capital after canal blast", "Northtown", story.strip())
    tail = ("The mine plans to tender the second shaft in September, Roe said, with financing from the budget. The "
            "company will hold a memorial on Wednesday.")
    mine = clean(raw(f"Two miners killed\n\n{story}{tail}\nPhoto by: Creamer Media\n"), TODAY)
    assert mine.text.endswith(tail) and "Photo by: Creamer Media" in mine.boilerplate


def test_related_headlines_that_quote_a_speaker_are_furniture_under_their_label() -> None:
    story = "The Assembly adopted a resolution on Thursday, officials said.\nThe vote was 79 to none.\n"
    page = clean(raw(f"Vote\n\n{story}Share\nRelated news\nNorthland, Roe: \"Ready to do our part in the force\""
                     "\nSouthland, Doe: \"No troops at the border with Northland\"\n© NPA – All rights reserved\n"),
                 TODAY)
    assert page.text == story.strip() and page.boilerplate[-3:] == [
        'Northland, Roe: "Ready to do our part in the force"', 'Southland, Doe: "No troops at the border with '
        'Northland"', "© NPA – All rights reserved"]


def test_datelines_of_two_places_with_a_country_before_the_agency_and_no_logo() -> None:
    story = " Heavy rain that began on 12 January caused the rivers to burst their banks, officials said.\n"
    two = clean(raw("Floods\n\nNorthtown/Southtown, 16 January 2024 –" + story), TODAY)
    assert two.dateline == "Northtown/Southtown"
    country = clean(raw("Vote\n\nNORTHTOWN (NORTHLAND) (NPA) -" + story), TODAY)
    assert country.dateline == "NORTHTOWN"
    bracketed = clean(raw("Floods\n\n(Northtown, June 3, 2024) –" + story), TODAY)  # Human Rights Watch's
    assert bracketed.dateline == "Northtown"
    logo = clean(raw("NCC\n\nThe Union of Chambers and Commodity Exchanges of Northland\n\nBusiness forum held in "
                     "Northtown\n\n24.05.2024\n\nThe forum" + story), TODAY)
    assert logo.dateline is None  # the site's logo over its name in title case
