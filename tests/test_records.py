"""Research-database exports (Nexis Uni, Factiva, ProQuest, Gale, EBSCO): the record's fields are furniture, its
headline the title, its publication date the article's (never the load, download or access date)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.extract.clean import clean
from helpers.extract.document import RawArticle
from helpers.extract.records import read_record

TODAY = dt.date(2026, 1, 1)
STORY = ("Soldiers from the north of England began arriving in Pristina yesterday to reinforce the peacekeeping "
         "mission, the Ministry of Defence said.\n"
         "The battalion will stay until the end of the year, officers said.")

NEXIS = f"""Date and Time: Thursday, March 6, 2025 11:42:00 AM GMT
Job Number: 245611873
Documents (1)
1. Northern soldiers head to Kosovo
Client/Matter: -None-
Search Terms: kosovo AND kfor
Content Type: news
Northern soldiers head to Kosovo
The Northtown Gazette
October 3, 2023 Tuesday
National Edition
Copyright 2023 Northtown Media Ltd All Rights Reserved
Section: NEWS; Pg. 6
Length: 41 words
Byline: Jana Roe
Body
{STORY}
Classification
Language: ENGLISH
Subject: ARMED FORCES (92%); PEACEKEEPING (89%)
Person: ALBIN KURTI (84%)
Load-Date: October 4, 2023
End of Document"""

FACTIVA = f"""HD

Northern soldiers head to Kosovo

WC 41 words

PD 12 October 2024

ET 23:18

SN The Northtown Gazette

SC NORGAZ

LA English

CY (c) 2024 Northtown Media Ltd.

LP

{STORY.replace(chr(10), chr(10) + chr(10))}

TD

More troops may follow next year.

CO nato : North Atlantic Treaty Organization

NS gdef : Armed Forces | gdip : International Relations

AN Document NORGAZ0020241012ekac0000d"""

PROQUEST = f"""Northern soldiers head to Kosovo
Roe, Jana. The Northtown Gazette; Northtown [Northtown]. 26 Sep 2023: A.7.
ProQuest document link
Abstract: Soldiers from the north of England began arriving in Pristina.
Full Text
{STORY}
Credit: Jana Roe; The Northtown Gazette
Subject: Peacekeeping; Armed forces
People: Kurti, Albin
Title: Northern soldiers head to Kosovo
Publication title: The Northtown Gazette; Northtown
Publication date: Sep 26, 2023
ISSN: 08393222
ProQuest document ID: 2869402751
Last updated: 2023-09-27
Database: Northern Newsstream"""

EBSCO = f"""Title:
Northern soldiers head to Kosovo
Authors:
Roe, Jana
Source:
Northtown Defence Weekly. 10/11/2023, Vol. 320 Issue 7, p1-3. 3p.
Subject Terms:
*PEACEKEEPING forces
*MILITARY command
Geographic Terms:
KOSOVO
SERBIA
Full Text Word Count:
41
Accession Number:
172905518
{STORY}
Copyright of Northtown Defence Weekly is the property of Northtown Media and its content may not be copied."""

GALE = f"""Northern soldiers head to Kosovo
Author: Jana Roe
Date: Dec. 2, 2024
From: The Northtown Gazette (Northtown, England)
Publisher: Northtown Media Ltd
Document Type: Article
Length: 41 words
Full Text:
{STORY}
COPYRIGHT 2024 Northtown Media Ltd
Source Citation (MLA 9th Edition)
Roe, Jana. "Northern soldiers head to Kosovo." The Northtown Gazette, 2 Dec. 2024, p. 12. Accessed 17 Mar. 2025.
Gale Document Number: GALE|A819337452"""


def raw(text: str) -> RawArticle:
    """Make a raw article from a record's text."""
    return RawArticle("x", "x.txt", None, text, "0" * 64, {}, [])


@pytest.mark.parametrize(("record", "published", "byline"), [
    (NEXIS, dt.date(2023, 10, 3), "Jana Roe"),  # the date line of the head, not the download's or the load date
    (FACTIVA, dt.date(2024, 10, 12), None),  # PD
    (PROQUEST, dt.date(2023, 9, 26), None),  # "Publication date:", not "Last updated:"
    (EBSCO, dt.date(2023, 10, 11), "Roe, Jana"),  # the citation's US date, month first
    (GALE, dt.date(2024, 12, 2), "Jana Roe"),  # "Date:", not "Accessed"
])
def test_a_database_record_gives_title_date_and_only_the_story(record, published, byline):
    c = clean(raw(record), TODAY)
    assert c.title == "Northern soldiers head to Kosovo"
    assert c.published == published
    assert c.published_basis == "text"
    assert c.byline == byline
    story = STORY + ("\n\nMore troops may follow next year." if record is FACTIVA else "")
    assert c.text.replace("\n\n", "\n") == story.replace("\n\n", "\n")
    kept = "\n".join(c.boilerplate)
    assert "Northern soldiers head to Kosovo" not in c.text
    for field in ("Load-Date", "Last updated", "ProQuest document ID", "Accession Number", "Gale Document Number",
                  "AN Document", "Person: ALBIN KURTI"):
        assert field not in c.text
        if field in record:
            assert field in kept  # nothing is lost: the record's fields stay in the boilerplate


def test_the_title_line_itself_is_not_furniture_and_the_cover_entry_is():
    r = read_record(NEXIS.split("\n"))
    lines = NEXIS.split("\n")
    assert r is not None and lines[r.title_line] == "Northern soldiers head to Kosovo"
    assert lines.index("1. Northern soldiers head to Kosovo") in r.furniture
    assert lines.index("The Northtown Gazette") in r.furniture  # the publication's name over the date


def test_a_page_with_a_few_labelled_lines_is_no_record():
    text = ("Ministers meet in Skopje\nAuthor: Jana Roe\nDate: 12.03.2024\nSource: Northtown Agency\n\n"
            "Foreign ministers met on Friday to discuss the border.\n\nThey agreed to meet again in May.")
    assert read_record(text.split("\n")) is None
    c = clean(raw(text), TODAY)
    assert c.title == "Ministers meet in Skopje"
    assert c.text.startswith("Foreign ministers met on Friday")


def test_a_download_of_several_documents_is_read_as_one_article_with_a_warning():
    c = clean(raw(NEXIS + "\n" + NEXIS), TODAY)
    assert c.warnings == ["the file holds 2 database documents, read as one article: split the download into one "
                          "file per document"]
    assert clean(raw(NEXIS), TODAY).warnings == [] and clean(raw(FACTIVA), TODAY).warnings == []  # LP + TD: one
