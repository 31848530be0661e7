"""A deterministic generator of an invented news corpus whose facts are planted, with the truth about them.

    from planted import generate
    truth = generate(Path("corpus"), n_articles=240, seed=0)

`generate` writes `n_articles` Markdown files (one article each, YAML front matter `title`, `outlet`, `published`,
`url`) into the folder and returns the truth, which it also writes to `truth.json` beside them (pass
`truth_name=None` to leave it out, or another name such as `.truth.json` that a corpus build skips: the project's
reader lists a `.json` file as a problem, "unsupported file type"). The same (n_articles, seed) always gives the
same bytes; the planted facts do not depend on the seed (it changes furniture, copy edits, fillers and file names).

The world is plain data at the top of this module: invented outlets and journalists, real actor names from
`data/actors.yaml`, eight invented stories about the 2023 Kosovo crisis (values and dates are this module's, not
history's), each written in four versions of every paragraph, and filler stories about unrelated matters. Every
claim is planted by markup in the paragraph text, so the truth is read off the text as written, never computed by
the project's extractors:

    [[A1|30 KFOR soldiers]]   a row of claim A1: the exact surface of the figure phrase (hedge, number, head noun)
    {{stol_a|,}}              the quotation QUOTES["stol_a"], in the outlet's quotation marks, ending with ","
    <<money|€40 million>>     a distractor number phrase that is not a claim (kind: money, age, duration, year…)
    @VUCIC                    a recurring speaker, named in the outlet's house style (NAME_FORMS)

Independent outlets render a story with different versions of its paragraphs (a Latin square over the versions,
so two renderings share at most a quarter of them); wires' stories are syndicated to aggregators as exact copies or
with light edits (headline changed, dateline dropped, page furniture added, one sentence dropped). Every copy is
its own file, marked `copy_of` in the truth.

Truth (`truth.json`; lists sorted, offsets are into the body: the file text after the closing `---` line and the
blank line that follows it):

    articles   article_id (file stem), outlet, kind (wire | state broadcaster | newspaper | aggregator), published,
               title, byline, story (A…H or "filler"), copy_of (article_id of the original, or null), edits (copy
               edits), furniture (page-furniture lines, photo captions included, verbatim)
    claims     claim, measure, subject (actor id or null), value (the planted value), date_start, date_end,
               date_basis ("sentence": the sentence states the date; "publication": the claim's time is the
               publication date), rows [{article_id, text, value, approx, start, sentence}], n_sources (copy groups
               among the rows: a syndicated copy counts with its original), ledger (same | rounding | disagreement)
    series     "measure|subject" -> [[date_start, value], ...] for every measure and subject planted at two dates
               or more (the planted value of each claim)
    quotes     article_id, opens (first six words inside the quotation marks), quote (all of them), speaker (folded
               surname, organisation id, or null when unnamed), speaks_for (actor id, "analyst" or "journalist"),
               official, about (actor id), stance (agree | disagree | neutral), start (of the words inside the
               marks), quote_id (the key in QUOTES: an id ending in 2 is other words of the same statement)
    non_claims article_id, text, kind, start: numbers that must not become claims (money, ages, durations, years,
               scores, rates, reference numbers, and figures in photo captions)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------------
# The world: outlets
# ---------------------------------------------------------------------------------------------------------------

# style: quotes (straight | curly), ascii (fold diacritics in names), turkey (Türkiye | Turkey), us (American
# spelling), percent ("percent" | "per cent" | "%"), dateline (format of the lead's dateline or None), byline,
# caption (photo captions in its own articles), top / tail (furniture lines; {other} = another story's headline,
# {j} = a journalist, {j2} = another, {city} = the story's city, {title} = this headline, {source} = the wire).
OUTLETS: dict[str, dict] = {
    "MPA": dict(name="Meridian Press Agency", kind="wire", domain="meridianpress.net", tag="MPA",
                quotes="straight", ascii=True, turkey="Turkey", us=False, percent="%",
                dateline="{CITY}{country} (MPA) – ", byline=False, caption=False,
                journalists=["Arjan Vell", "Dunja Kerr", "Paul Stennet", "Lorena Mias"],
                top=[], tail=["Reporting by {j} in {city}; Editing by {j2}"]),
    "BWS": dict(name="Balkan Wire Service", kind="wire", domain="balkanwire.org", tag="BWS",
                quotes="straight", ascii=False, turkey="Türkiye", us=True, percent="percent",
                dateline="{CITY} (BWS) — ", byline=False, caption=False,
                journalists=["Nikola Varen", "Tess Holloway", "Marek Ondra"],
                top=[], tail=["(Writing by {j}; Editing by {j2})",
                              "© 2023 Balkan Wire Service. All rights reserved."]),
    "SAVA": dict(name="Sava National Broadcaster", kind="state broadcaster", domain="savanational.rs", tag="SNB",
                 quotes="curly", ascii=False, turkey="Türkiye", us=False, percent="percent",
                 dateline=None, byline=False, caption=True,
                 journalists=["Jelena Kordis", "Stefan Ilgar"],
                 top=["POLITICS"], tail=["Follow us on Telegram", "Share this article"]),
    "BOSP": dict(name="Bosphorus Public Radio", kind="state broadcaster", domain="bosphorusradio.com.tr",
                 tag="BPR", quotes="curly", ascii=False, turkey="Türkiye", us=False, percent="percent",
                 dateline="{City} – ", byline=False, caption=True,
                 journalists=["Selin Arkan", "Murat Tekin"],
                 top=["WORLD"], tail=["Subscribe to our newsletter for the latest news",
                                      "Bosphorus Public Radio – the voice of the straits"]),
    "DANUBE": dict(name="The Danube Ledger", kind="newspaper", domain="danubeledger.com", tag="DL",
                   quotes="curly", ascii=False, turkey="Turkey", us=False, percent="per cent",
                   dateline=None, byline=True, caption=True,
                   journalists=["Helena Marsh", "Ivo Brankov"],
                   top=[], tail=["READ MORE: {other}", "Share this article",
                                 "The Danube Ledger is an independent newspaper supported by its readers."]),
    "COURIER": dict(name="Northern Courier", kind="newspaper", domain="northerncourier.com", tag="NC",
                    quotes="straight", ascii=True, turkey="Türkiye", us=True, percent="percent",
                    dateline=None, byline=True, caption=True,
                    journalists=["Sam Whitlock", "Dora Pelin"],
                    top=["Northern Courier · News you can count on"],
                    tail=["Share on Facebook", "Tags: Kosovo, NATO, Serbia, KFOR"]),
    "ADRIATIC": dict(name="The Adriatic Observer", kind="newspaper", domain="adriaticobserver.eu", tag="AO",
                     quotes="curly", ascii=False, turkey="Turkey", us=False, percent="percent",
                     dateline=None, byline=True, caption=True,
                     journalists=["Luca Ferrante", "Ana Rebek"],
                     top=["Balkans"], tail=["Related: {other}"]),
    "CONTINENTAL": dict(name="Continental Review", kind="newspaper", domain="continentalreview.com", tag="CR",
                        quotes="curly", ascii=False, turkey="Türkiye", us=True, percent="percent",
                        dateline=None, byline=True, caption=False,
                        journalists=["Martin Ashby", "Clara Voss"],
                        top=["4 min read"], tail=["Sign up to our newsletter"]),
    "NEWSPULSE": dict(name="NewsPulse Daily", kind="aggregator", domain="newspulsedaily.com", tag="NPD",
                      top=["Source: {source}"], tail=["READ MORE: {other}", "Subscribe to our newsletter"]),
    "WORLDFEED": dict(name="WorldFeed Now", kind="aggregator", domain="worldfeednow.com", tag="WFN",
                      top=["Home › World › {title}"], tail=["Share this story", "Advertisement"]),
    "HEADLINEHUB": dict(name="Headline Hub", kind="aggregator", domain="headlinehub.net", tag="HH",
                        top=["Advertisement"], tail=["Read also: {other}", "Follow us on Facebook"]),
    "GLOBEDIGEST": dict(name="Globe Digest", kind="aggregator", domain="globedigest.info", tag="GD",
                        top=["WORLD NEWS"], tail=["Share this article", "Subscribe to our newsletter"]),
}
INDEPENDENT = ["MPA", "BWS", "SAVA", "BOSP", "DANUBE", "COURIER", "ADRIATIC", "CONTINENTAL"]
WIRES = ["MPA", "BWS"]
CORE_AGGREGATORS = ["NEWSPULSE", "WORLDFEED", "HEADLINEHUB", "GLOBEDIGEST"]

# More aggregators for larger corpora (the same wire story carried by many sites), named from two word lists.
_AGG_FIRST = ["Daily", "Global", "Pulse", "Metro", "Signal", "Prime", "Insight", "Vista", "Beacon", "Ember"]
_AGG_SECOND = ["Feed", "Digest", "News Hub", "Briefs", "Roundup", "Post Online", "Wire Today", "Headlines",
               "Reader", "Express"]
_AGG_TOP = ["Source: {source}", "WORLD", "Advertisement", "Home › News › {title}", "Trending: {other}"]
_AGG_TAIL = ["READ MORE: {other}", "Share this article", "Subscribe to our newsletter", "Follow us on Telegram",
             "Read also: {other}", "Share on Facebook", "Advertisement"]


def _extra_aggregators() -> dict[str, dict]:
    out = {}
    for i, first in enumerate(_AGG_FIRST):
        for j, second in enumerate(_AGG_SECOND):
            name = f"{first} {second}"
            key = "X_" + re.sub(r"\W+", "", name.upper())
            k = i * len(_AGG_SECOND) + j
            out[key] = dict(name=name, kind="aggregator", domain=re.sub(r"\W+", "", name.lower()) + ".com",
                            tag=key[2:6], top=[_AGG_TOP[k % len(_AGG_TOP)]],
                            tail=[_AGG_TAIL[k % len(_AGG_TAIL)], _AGG_TAIL[(k + 3) % len(_AGG_TAIL)]])
    return out


OUTLETS.update(_extra_aggregators())
AGGREGATORS = CORE_AGGREGATORS + sorted(k for k in OUTLETS if k.startswith("X_"))

PHOTOGRAPHERS = ["Luka Ferrante", "Mina Osterberg", "Dario Lenk", "Petra Hallin"]

# ---------------------------------------------------------------------------------------------------------------
# The world: claims (one measure about one subject for one time) and quotations
# ---------------------------------------------------------------------------------------------------------------

# id: (measure, subject, date_start, date_end, date_basis, planted value). Dates of publication-dated claims are
# their story's publication date (every article carrying a story is published that day).
CLAIMS: dict[str, tuple] = {
    "A1": ("injured", "KFOR", "2023-05-29", "2023-05-29", "sentence", 30),
    "A2": ("injured", "ITA", "2023-05-29", "2023-05-29", "sentence", 11),
    "A3": ("injured", "HUN", "2023-05-29", "2023-05-29", "sentence", 19),
    "A4": ("injured", "Serbs", "2023-05-29", "2023-05-29", "sentence", 52),
    "B1": ("reinforcement", "KFOR", "2023-05-31", "2023-05-31", "publication", 700),
    "B2": ("force_strength", "KFOR", "2023-05-31", "2023-05-31", "publication", 3800),
    "B3": ("contingent_strength", "TUR", "2023-05-31", "2023-05-31", "publication", 350),
    "C1": ("reinforcement", "TUR", "2023-06-06", "2023-06-06", "publication", 500),
    "D1": ("force_strength", "KFOR", "2023-06-20", "2023-06-20", "publication", 4511),
    "D2": ("contingent_strength", "ITA", "2023-06-20", "2023-06-20", "publication", 800),
    "D3": ("population", "Serbs", "2023-06-20", "2023-06-20", "publication", 50000),
    "E1": ("arrested", "XKX", "2023-06-14", "2023-06-14", "sentence", 3),
    "F1": ("contingent_strength", "TUR", "2023-10-12", "2023-10-12", "publication", 780),
    "F2": ("force_strength", "KFOR", "2023-10-12", "2023-10-12", "publication", 4700),
    "G1": ("turnout", None, "2023-04-23", "2023-04-23", "sentence", 3.47),
    "G2": ("vote_share", None, "2023-04-23", "2023-04-23", "sentence", 94),
    "H1": ("killed", "XKX", "2023-09-24", "2023-09-24", "sentence", 1),
    "H2": ("killed", "Serbs", "2023-09-24", "2023-09-24", "sentence", 3),
    "H3": ("arrested", None, "2023-09-24", "2023-09-24", "sentence", 24),
    "K1": ("killed", None, "1998-01-01", "1999-12-31", "sentence", 10000),
}

# id: (speaker key, speaks_for, official, about, stance, words inside the quotation marks)
QUOTES: dict[str, tuple] = {
    "stol_a": ("stoltenberg", "NATO", True, "Serbs", "disagree",
               "The attacks against KFOR troops are totally unacceptable and must stop immediately"),
    "kurti_a": ("kurti", "XKX", True, "SRB", "disagree",
                "Official Belgrade organised this violence, and it must bear full responsibility for it"),
    "vucic_a": ("vucic", "SRB", True, "XKX", "disagree",
                "Kurti's government alone is responsible for the chaos in the north of Kosovo"),
    "rist_a": ("ristuccia", "KFOR", True, "KFOR", "neutral",
               "We will continue to act impartially to protect all communities in the north"),
    "journ_a": ("petrel", "journalist", False, "KFOR", "neutral",
                "KFOR soldiers stood in a line for hours while the crowd threw rocks and bottles at them"),
    "stol_b": ("stoltenberg", "NATO", True, "KFOR", "neutral",
               "We will make sure that KFOR has the forces it needs to keep Kosovo safe"),
    "guler_c": ("guler", "TUR", True, "KFOR", "neutral",
                "Our commandos will do their duty for peace in Kosovo, as our soldiers always have"),
    "stol_c": ("stoltenberg", "NATO", True, "TUR", "agree",
               "I thank Türkiye for sending reinforcements to KFOR at this critical moment"),
    "srbmod_c": ("SRB", "SRB", True, "TUR", "agree",
                 "Türkiye has once again shown that it is a reliable partner for peace in the region"),
    "rist_d": ("ristuccia", "KFOR", True, "KFOR", "neutral",
               "We are ready for any kind of circumstances, and we have the forces to face them"),
    "halden_d": ("halden", "analyst", False, "KFOR", "neutral",
                 "The reinforcements have bought time, but they cannot replace a political settlement"),
    "kurti_e": ("kurti", "XKX", True, "SRB", "disagree",
                "This is an act of aggression by Serbia and an abduction of our police officers"),
    "vucic_e": ("vucic", "SRB", True, "XKX", "disagree",
                "Pristina sends armed men across the line and then complains when they are caught"),
    "vucic_f": ("vucic", "SRB", True, "TUR", "agree",
                "Türkiye has always been a fair and honest friend of Serbia, and we value that"),
    "srbmod_f": ("SRB", "SRB", True, "TUR", "agree",
                 "Cooperation with the Turkish army is an important guarantee of security for our people in Kosovo"),
    "guler_f": ("guler", "TUR", True, "SRB", "agree",
                "Our relations with Serbia have reached the highest level in their history"),
    "ulutas_f": ("ulutas", "KFOR", True, "KFOR", "neutral",
                 "KFOR will remain impartial and will protect every community in Kosovo"),
    "kurti_f": ("kurti", "XKX", True, "SRB", "disagree",
                "Serbia has not changed its policy towards Kosovo, whatever it says to its friends"),
    "halden_f": ("halden", "analyst", False, "TUR", "neutral",
                 "Ankara is trying to be a friend to Belgrade and Pristina at the same time"),
    "kurti_g": ("kurti", "XKX", True, "SRB", "disagree",
                "The boycott was ordered from Belgrade, and the citizens of the north paid the price"),
    "vucic_g": ("vucic", "SRB", True, "XKX", "disagree",
                "These so-called elections were a farce that nobody in the north will accept"),
    "journ_g": ("petrel", "journalist", False, "Serbs", "neutral",
                "Serb voters stayed at home, and the polling stations were almost empty all day"),
    "kurti_h": ("kurti", "XKX", True, "SRB", "disagree",
                "This was a professional attack, financed and organised by official Belgrade"),
    "vucic_h": ("vucic", "SRB", True, "XKX", "disagree",
                "Kurti wants to blame Serbia for everything so that he can drive Serbs out of Kosovo"),
    "kfor_h": (None, "KFOR", True, "KFOR", "neutral",
               "KFOR has increased its patrols and remains ready to respond to any threat"),
    "stol_h": ("stoltenberg", "NATO", True, "KFOR", "neutral",
               "NATO is ready to strengthen KFOR further if this is needed"),
}

# Other words from the same statements: a rendering quotes one or the other (outlets pick different sentences of
# one press conference), so independent rewordings do not all share the same quotations. Id: the original's id + 2.
QUOTE_ALTERNATIVES: dict[str, str] = {
    "stol_a": "Violence against KFOR troops is completely unacceptable, and those responsible must be held to account",
    "kurti_a": "Criminal gangs sent by Belgrade attacked NATO soldiers, journalists and our police in Zvečan",
    "vucic_a": "Serbs in the north were pushed into despair by the policies of Pristina",
    "rist_a": "Our soldiers showed great restraint, and they will keep doing their job",
    "journ_a": "There were stun grenades, tear gas and burning cars, and the soldiers were surrounded",
    "stol_b": "The additional forces will allow KFOR to carry out its mandate impartially",
    "guler_c": "Türkiye will continue to contribute to peace and stability in the Balkans",
    "stol_c": "Türkiye is a valued ally, and its commandos will make KFOR stronger",
    "srbmod_c": "We welcome the decision of our Turkish friends to send their soldiers to Kosovo",
    "rist_d": "We do not react, we act, and we will not allow any escalation",
    "halden_d": "More troops can keep the streets calm, but only a deal can settle the north",
    "kurti_e": "Serbia must release our officers immediately and without any conditions",
    "vucic_e": "The officers were armed and on Serbian territory, and the courts will decide",
    "vucic_f": "Our friendship with Türkiye is stronger than it has ever been",
    "srbmod_f": "We expect a commander from a friendly country to treat all communities fairly",
    "guler_f": "Serbia is an important partner for Türkiye in the Balkans and beyond",
    "ulutas_f": "Our task is to keep a safe and secure environment for everyone in Kosovo",
    "kurti_f": "Belgrade talks about peace abroad while it arms criminal groups in our north",
    "halden_f": "Ankara wants good relations with Belgrade without losing its friends in Pristina",
    "kurti_g": "Those who called for the boycott in Belgrade are responsible for the low turnout",
    "vucic_g": "Pristina has installed mayors whom the Serbs in the north never elected",
    "journ_g": "In some villages not a single Serb came to vote all day",
    "kurti_h": "Serbia must answer for this attack, and its organisers must face justice",
    "vucic_h": "Serbia condemns every killing, but it will not accept the lies coming from Pristina",
    "kfor_h": "KFOR troops are working closely with the Kosovo police and EULEX in the area",
    "stol_h": "NATO will not allow the north of Kosovo to slide back into violence",
}
QUOTES.update({f"{qid}2": (*QUOTES[qid][:5], text) for qid, text in QUOTE_ALTERNATIVES.items()})

# How each outlet names recurring speakers (@KEY in the paragraph text); the house style of outlet k is form k % n.
NAME_FORMS: dict[str, list[str]] = {
    "STOL": ["NATO Secretary General Jens Stoltenberg", "NATO chief Jens Stoltenberg",
             "NATO Secretary-General Jens Stoltenberg", "Secretary General Jens Stoltenberg of NATO"],
    "VUCIC": ["Serbian President Aleksandar Vučić", "Serbia's President Aleksandar Vučić",
              "President Aleksandar Vučić of Serbia", "Serbian leader Aleksandar Vučić"],
    "KURTI": ["Kosovo Prime Minister Albin Kurti", "Kosovo's Prime Minister Albin Kurti",
              "Prime Minister Albin Kurti of Kosovo", "Kosovo premier Albin Kurti"],
    "GULER": ["Turkish Defence Minister Yaşar Güler", "Türkiye's Defence Minister Yaşar Güler",
              "Defence Minister Yaşar Güler of Türkiye", "Turkish defence chief Yaşar Güler"],
    "RIST": ["KFOR commander Major General Angelo Michele Ristuccia", "KFOR commander Angelo Michele Ristuccia",
             "Major General Angelo Michele Ristuccia of KFOR", "the Italian KFOR commander Angelo Michele Ristuccia"],
    "ULUTAS": ["KFOR commander Major General Özkan Ulutaş", "Major General Özkan Ulutaş of Türkiye",
               "the new KFOR commander Özkan Ulutaş", "Turkish Major General Özkan Ulutaş"],
    "SRBMOD": ["the Serbian defence ministry", "Serbia's defence ministry", "the Serbian Ministry of Defence",
               "the defence ministry in Belgrade"],
}

# ---------------------------------------------------------------------------------------------------------------
# The world: stories. A slot is one paragraph (or a few) in four versions; a string names a shared slot.
# Rules kept by every version: a sentence carrying a publication-dated claim states no date at all; a sentence
# carrying an incident claim states exactly one date, the claim's (weekdays count back from publication, at
# most six days). Headlines carry no figures. No quotation marks outside {{quote}} markup.
# ---------------------------------------------------------------------------------------------------------------

SHARED: dict[str, list[str]] = {
    "bg_war": [
        "Kosovo declared independence from Serbia in <<year|2008>>, and Belgrade has never accepted it. "
        "[[K1|More than 10,000 people]] were killed in the 1998-99 war that preceded it, most of them ethnic "
        "Albanians.",
        "Serbia does not recognise Kosovo's statehood, declared in <<year|2008>>. "
        "[[K1|More than 10,000 people]] died in the 1998-99 war, which ended after NATO bombed Serbia for "
        "<<duration|78 days>>.",
        "The north is home to most of Kosovo's Serbs, who reject the authority of Pristina. "
        "The 1998-99 war between Serbian forces and ethnic Albanian guerrillas killed "
        "[[K1|more than 10,000 people]].",
        "Belgrade lost control of the territory after the 1998-99 war, a conflict that killed "
        "[[K1|more than 10,000 people]]. Kosovo declared independence in <<year|2008>>, and most Western "
        "governments have recognised it.",
    ],
    "bg_kfor": [
        "KFOR has been in Kosovo since <<year|1999>>, when NATO troops entered the territory after the war. "
        "It operates under a United Nations mandate.",
        "The NATO-led force was created under UN Security Council <<reference|Resolution 1244>>, which still "
        "governs the international presence in Kosovo.",
        "Kosovo's own security force is lightly armed, and KFOR remains the main guarantor of security in the "
        "north, where Kosovo police are often seen as intruders by the local Serbs.",
        "The mission has kept the peace in Kosovo for <<duration|more than two decades>>, though it has been "
        "scaled down sharply since its early years.",
    ],
}

STORIES: dict[str, dict] = {
    "A": dict(
        published="2023-05-30", city="Zvečan", country="Kosovo",
        outlets=["MPA", "DANUBE", "BWS", "SAVA", "BOSP", "ADRIATIC", "COURIER", "CONTINENTAL"], core=2,
        headlines=["NATO peacekeepers hurt as Serb protesters clash with troops in northern Kosovo",
                   "Violence flares in Zvečan as KFOR troops and Serb protesters clash",
                   "Kosovo clashes leave peacekeepers and protesters injured",
                   "Stoltenberg condemns attacks on KFOR after violence in the north"],
        alt_headlines=["Clashes in northern Kosovo: what we know", "KFOR troops injured in Kosovo unrest"],
        captions=["<<caption|Some 200 KFOR soldiers>> stand guard outside the municipal building in Zvečan on "
                  "May 30, 2023. (Photo: {credit})",
                  "KFOR soldiers, <<caption|about 40 of them>> in riot gear, guard a building in Zvečan on May 30, "
                  "2023. (Photo: {credit})"],
        slots=[
            ["[[A1|30 KFOR soldiers]] were injured on Monday when Serb protesters attacked troops guarding a "
             "municipal building in Zvečan, the NATO-led mission said, in the worst violence the north has seen "
             "for years.",
             "[[A1|25 peacekeepers]] were hurt in Zvečan on Monday as protesters threw rocks, bottles and petrol "
             "bombs at NATO troops, according to figures released by the mission.",
             "Clashes between ethnic Serb demonstrators and NATO troops in the northern town of Zvečan on May 29 "
             "left [[A1|30 KFOR peacekeepers]] injured, among them [[A2|11 Italians]] and [[A3|19 Hungarians]].",
             "On Monday, [[A1|30 NATO peacekeepers]] were wounded in Zvečan, a Serb-majority town in northern "
             "Kosovo, when a crowd tried to force its way into the municipal building."],
            ["Among the soldiers hurt on Monday were [[A2|11 Italians]] and [[A3|19 Hungarians]], the mission said. "
             "Several suffered fractures and burns from improvised incendiary devices.",
             "The mission did not say which contingents the injured soldiers belonged to, but Italian and "
             "Hungarian units were guarding the building on Monday.",
             "Hungary's defence minister said some of the Hungarian soldiers had suffered gunshot wounds, while "
             "Rome called the attack unacceptable and summoned the Serbian ambassador.",
             "According to KFOR, [[A2|11 Italians]] and [[A3|19 Hungarians]] were among those injured on Monday, "
             "several of them with burns from improvised incendiary devices."],
            ["Serbian officials said [[A4|52 Serbs]] were injured in the clashes on Monday, some of them by stun "
             "grenades.",
             "Hospital officials in the Serb-run part of Mitrovica said [[A4|52 Serbs]] had been treated for "
             "injuries sustained on Monday.",
             "[[A4|52 Serb protesters]] were wounded on Monday, according to Belgrade, which accused the troops "
             "of using excessive force.",
             "Belgrade said [[A4|52 ethnic Serbs]] were hurt on May 29, including several who were hit by rubber "
             "bullets."],
            ["The violence erupted after ethnic Albanian mayors, elected in a vote that Serbs boycotted, tried to "
             "take up their posts in the Serb-majority municipalities of the north.",
             "Tension in the north had been building for weeks. Serbs stayed away from local elections in April, "
             "and the handful of voters who did turn out elected ethnic Albanian mayors, whom the Serb community "
             "refuses to accept.",
             "The protesters were trying to stop newly elected ethnic Albanian mayors from entering their offices. "
             "Cars were set on fire, and damage to the town centre was estimated at <<money|€1.5 million>>.",
             "At the heart of the dispute are the mayors of the north, ethnic Albanians who took office with the "
             "votes of a tiny share of the electorate after Serbs refused to take part in the April ballot."],
            ["{{stol_a|,}} @STOL said in a statement, adding that both sides "
             "must take responsibility for calming the situation.",
             "@STOL said: {{stol_a|.}}",
             "{{stol_a|,}} said @STOL.",
             "{{stol_a|,}} according to @STOL."],
            ["@KURTI blamed Serbia. {{kurti_a|,}} Kurti told reporters in Pristina.\n"
             "@VUCIC put the army on the highest level of combat readiness. "
             "{{vucic_a|,}} Vučić said.",
             "{{vucic_a|,}} @VUCIC said in a televised address, after placing the army "
             "on high alert.\n{{kurti_a|,}} said @KURTI.",
             "The two governments traded blame. {{kurti_a|,}} according to @KURTI.\n"
             "In Belgrade, @VUCIC said: {{vucic_a|.}}",
             "@VUCIC, who placed the army on high alert after a "
             "<<duration|45-minute meeting>> with his security chiefs, said {{vucic_a|.}}"],
            ["Jonas Petrel, a freelance journalist who witnessed the clashes, said: {{journ_a|.}}",
             "{{rist_a|,}} @RIST said.",
             "{{journ_a|,}} said Jonas Petrel, a freelance reporter who was in the town when the violence broke "
             "out.",
             "The mission's commander, Major General Angelo Michele Ristuccia, said his troops would not be "
             "intimidated. {{rist_a|,}} Ristuccia said."],
            "bg_war",
        ]),
    "B": dict(
        published="2023-05-31", city="Brussels", country=None,
        outlets=["BWS", "SAVA", "MPA", "DANUBE", "BOSP", "COURIER", "ADRIATIC", "CONTINENTAL"], core=2,
        headlines=["NATO to send more troops to Kosovo after attack on peacekeepers",
                   "Alliance orders reinforcements for KFOR as tension in the north persists",
                   "NATO bolsters Kosovo force and puts reserve battalion on alert",
                   "More NATO troops head for Kosovo"],
        alt_headlines=["NATO reinforces KFOR: the details", "Kosovo: NATO sends reinforcements"],
        captions=["<<caption|About 150 soldiers>> from the NATO reserve board a transport plane. (Photo: {credit})",
                  "A convoy carrying <<caption|some 60 troops>> leaves a base in southern Italy. (Photo: {credit})"],
        slots=[
            ["NATO will deploy [[B1|700 more troops]] to Kosovo and has put a further battalion on high readiness, "
             "the alliance said, after an attack on its peacekeepers by Serb protesters.",
             "The alliance is sending [[B1|700 additional soldiers]] to its Kosovo Force, NATO officials said, and "
             "a reserve battalion has been told to be ready to follow.",
             "NATO has ordered the deployment of [[B1|700 extra troops]] to reinforce KFOR, its peacekeeping "
             "mission in Kosovo, following violent protests in the north of the country.",
             "[[B1|Some 700 soldiers]] from NATO's operational reserve are on their way to Kosovo to reinforce the "
             "alliance's peacekeeping force, officials in Brussels said."],
            ["KFOR currently consists of [[B2|almost 3,800 soldiers]], including [[B3|some 350 Turkish troops]].",
             "The mission has [[B2|nearly 3,800 troops]] on the ground. Italy, the United States and Türkiye are "
             "among the main contributors, and Türkiye's contingent numbers [[B3|about 350 soldiers]].",
             "KFOR had [[B2|about 3,800 personnel]] in Kosovo before the reinforcements were ordered. Türkiye "
             "contributes [[B3|around 350 troops]].",
             "The force numbers [[B2|3,800 troops]], and [[B3|350 Turkish soldiers]] serve in it."],
            ["The decision follows violence in the town of Zvečan on Monday, when Serb protesters attacked troops "
             "guarding the municipal building with rocks and firebombs.",
             "Serb demonstrators have gathered every day outside municipal buildings in the north since ethnic "
             "Albanian mayors took office, and the protests turned violent on Monday.",
             "The unrest began when ethnic Albanian mayors, elected in a poll boycotted by Serbs, entered their "
             "offices under police protection.",
             "Monday's clashes in Zvečan were the most serious in years, and diplomats in Brussels fear the north "
             "could slide into wider violence."],
            ["{{stol_b|,}} @STOL said.",
             "@STOL said the alliance would not hesitate to act. {{stol_b|,}} "
             "Stoltenberg told reporters in Oslo.",
             "{{stol_b|,}} said @STOL, who called on Belgrade and Pristina to "
             "take steps to de-escalate.",
             "@STOL said the alliance was determined to keep the peace. "
             "{{stol_b|,}} Stoltenberg said."],
            ["The new troops will come from a reserve force based in Italy, and their first units are expected "
             "within days, officials said.",
             "Officials did not say which countries would provide the reinforcements, but the reserve includes "
             "units from several allies.",
             "The reinforcements, whose deployment will cost an estimated <<money|€40 million>>, will guard "
             "municipal buildings and key roads in the north, freeing up other units for patrols.",
             "Italy, which leads the mission, said it was ready to send more troops if asked. Rome has contributed "
             "to KFOR since the mission was created."],
            ["In Belgrade, officials said the reinforcements should be used to protect Serbs rather than the new "
             "mayors, while Pristina welcomed the decision and asked allies to stay firm.",
             "Kosovo's government welcomed the move. Serbia's government said the troops would be judged by "
             "whether they stopped what it called the persecution of Serbs in the north.",
             "The decision was welcomed in Pristina, where officials have long asked for a stronger international "
             "presence in the north, but drew a cautious response from Belgrade.",
             "Diplomats said the deployment was meant to send a message to both governments that the alliance "
             "would not tolerate further violence against its soldiers."],
            "bg_kfor",
        ]),
    "C": dict(
        published="2023-06-06", city="Ankara", country=None,
        outlets=["MPA", "BOSP", "BWS", "SAVA", "DANUBE", "COURIER", "ADRIATIC", "CONTINENTAL"], core=2,
        headlines=["Türkiye sends commando battalion to reinforce NATO force in Kosovo",
                   "Turkish commandos head to Kosovo at NATO's request",
                   "Ankara answers NATO call with commandos for KFOR",
                   "Belgrade welcomes Turkish reinforcements for Kosovo mission"],
        alt_headlines=["Turkish troops bound for Kosovo", "Commandos from Türkiye to join KFOR"],
        captions=["<<caption|Some 500 Turkish commandos>> at a send-off ceremony near Ankara on June 5, 2023. "
                  "(Photo: {credit})",
                  "Turkish soldiers, <<caption|about 80 of them>>, board a plane bound for Kosovo on June 5, 2023. "
                  "(Photo: {credit})"],
        slots=[
            ["Türkiye is sending [[C1|500 commandos]] to Kosovo to reinforce the NATO-led peacekeeping force, the "
             "defence ministry in Ankara said.",
             "[[C1|About 500 Turkish commandos]] have left for Kosovo, where they will join KFOR's reserve, "
             "Turkish officials said.",
             "A battalion of [[C1|500 soldiers]] from Türkiye is on its way to Kosovo at NATO's request, the "
             "Turkish defence ministry said.",
             "Ankara has deployed [[C1|500 more soldiers]] to Kosovo to support NATO's mission there, Turkish "
             "officials announced."],
            ["The battalion flew out from a military airfield near the capital and will be based at the Turkish "
             "camp near Prizren, where Türkiye's contingent is stationed.",
             "The commandos will form part of the operational reserve that NATO activated after clashes in the "
             "north of Kosovo.",
             "The soldiers, drawn from a commando brigade, will be stationed near Prizren, in the south of "
             "Kosovo, and can be moved to the north at short notice.",
             "Turkish troops have served in Kosovo since the mission was created, mostly in the area around "
             "Prizren."],
            ["{{guler_c|,}} @GULER said at the send-off ceremony.",
             "@GULER said: {{guler_c|.}}",
             "{{guler_c|,}} said Yaşar Güler, Türkiye's defence minister.",
             "@GULER said the deployment showed his country's commitment to the "
             "alliance. {{guler_c|,}} Güler said."],
            ["@STOL welcomed the move. {{stol_c|,}} Stoltenberg said on social "
             "media.",
             "{{stol_c|,}} @STOL said.",
             "@STOL thanked Ankara. {{stol_c|,}} said Stoltenberg.",
             "{{stol_c|,}} according to @STOL."],
            ["Belgrade welcomed the deployment. {{srbmod_c|,}} @SRBMOD said in a statement.",
             "{{srbmod_c|,}} said @SRBMOD, which has often criticised KFOR for failing to "
             "protect Serbs.",
             "In Belgrade, @SRBMOD said in a statement: {{srbmod_c|.}}",
             "Serbia's reaction was warm. {{srbmod_c|,}} according to a statement from the Serbian defence "
             "ministry."],
            ["Türkiye is one of the few NATO members with close ties to both Belgrade and Pristina. It recognised "
             "Kosovo early, but it also trades heavily with Serbia, and the two governments want to raise their "
             "annual trade to <<money|$5 billion>>.",
             "Ankara keeps good relations with both sides. Turkish companies have built roads in Kosovo, and "
             "Serbia's president has described his Turkish counterpart as a friend.",
             "Analysts say Türkiye's standing with both Serbs and Albanians makes its troops more acceptable to "
             "the local population than those of some other allies.",
             "The deployment comes at a delicate moment for Türkiye's Balkan diplomacy: Ankara is courting "
             "Belgrade while remaining one of Kosovo's strongest backers."],
            "bg_kfor",
        ]),
    "D": dict(
        published="2023-06-20", city="Pristina", country="Kosovo",
        outlets=["MPA", "ADRIATIC", "BWS", "DANUBE", "SAVA", "BOSP", "COURIER", "CONTINENTAL"], core=2,
        headlines=["KFOR commander says reinforced force is ready for any scenario",
                   "NATO's Kosovo mission back at full strength as the north stays tense",
                   "Inside KFOR: a bigger force for an uneasy north",
                   "Kosovo peacekeepers step up patrols in tense north"],
        alt_headlines=["KFOR at full strength", "A bigger KFOR for northern Kosovo"],
        captions=["KFOR soldiers, part of a <<caption|4,500-strong force>>, patrol near Zubin Potok on June 19, "
                  "2023. (Photo: {credit})",
                  "<<caption|Around 30 Italian soldiers>> on patrol in Leposavić on June 19, 2023. "
                  "(Photo: {credit})"],
        slots=[
            ["NATO's Kosovo Force has grown to [[D1|4,511 troops]] after the arrival of reinforcements, its "
             "commander said, as the mission braces for further unrest in the north.",
             "With the arrival of reinforcements, KFOR counts [[D1|about 4,500 troops]], and its commander says "
             "the force is ready for anything.",
             "KFOR, the NATO-led peacekeeping mission in Kosovo, has [[D1|4,511 soldiers]] on the ground after the "
             "alliance sent reinforcements, according to figures released by the mission.",
             "The NATO-led force in Kosovo stands at [[D1|some 4,500 troops]] after a wave of reinforcements, the "
             "largest it has been in years."],
            ["{{rist_d|,}} @RIST told journalists at the "
             "mission's headquarters.",
             "@RIST said: {{rist_d|.}}",
             "{{rist_d|,}} said Major General Angelo Michele Ristuccia, the Italian officer who commands the "
             "force.",
             "@RIST said the reinforcements had changed the "
             "situation on the ground. {{rist_d|,}} Ristuccia said."],
            ["Italy, which has led the mission for years, is its largest contributor with "
             "[[D2|about 800 soldiers]].",
             "The largest contingent comes from Italy, which has [[D2|some 800 troops]] in Kosovo.",
             "[[D2|Around 800 Italian soldiers]] form the biggest national contingent.",
             "Italy contributes [[D2|roughly 800 troops]], more than any other country."],
            ["[[D3|Around 50,000 Serbs]] live in the north of Kosovo, where they form a majority and reject the "
             "authority of the government in Pristina.",
             "The north is home to [[D3|about 50,000 Serbs]], most of whom still draw salaries and pensions from "
             "Belgrade.",
             "Most of the [[D3|50,000 Serbs]] in the north refuse to recognise Kosovo's institutions.",
             "[[D3|Some 50,000 ethnic Serbs]] live north of the Ibar river, which divides the city of Mitrovica."],
            ["Mira Halden, an analyst at the Balkan Policy Institute, said the troops alone could not solve the "
             "crisis. {{halden_d|,}} Halden said.",
             "{{halden_d|,}} said Mira Halden, an analyst at the Balkan Policy Institute.",
             "Mira Halden of the Balkan Policy Institute, a think tank, said: {{halden_d|.}}",
             "{{halden_d|,}} according to Mira Halden, an analyst at the Balkan Policy Institute."],
            ["Troops have set up checkpoints around municipal buildings in Zvečan, Leposavić and Zubin Potok, and "
             "patrols run around the clock.",
             "The commander held a <<duration|45-minute meeting>> with local Serb leaders in Zvečan, the mission "
             "said.",
             "Mission vehicles are a common sight on the road from Mitrovica to the Jarinje crossing, where "
             "barricades went up last year.",
             "KFOR has also asked Pristina to reduce the number of special police in the north, a request the "
             "government has so far resisted."],
            ["European Union mediators are trying to arrange new elections in the north, which Serb leaders say "
             "they would take part in if the current mayors stepped aside.",
             "Western governments have asked Pristina to withdraw special police units from the north and to "
             "organise fresh local elections, demands it has so far rejected.",
             "Diplomats hope that the calm brought by the extra troops will give Belgrade and Pristina room to "
             "return to the talks brokered by the European Union.",
             "The mission plans to keep the reinforcements in place until the situation in the north improves, "
             "officials said."],
            "bg_kfor",
        ]),
    "E": dict(
        published="2023-06-15", city="Belgrade", country="Serbia",
        outlets=["BWS", "COURIER", "MPA", "SAVA", "BOSP", "DANUBE", "ADRIATIC", "CONTINENTAL"], core=2,
        headlines=["Serbia arrests Kosovo police officers, deepening standoff",
                   "Kosovo accuses Serbia of kidnapping police officers",
                   "Police arrests at the border raise tension between Belgrade and Pristina",
                   "Kurti calls detention of officers an act of aggression"],
        alt_headlines=["Kosovo police officers held in Serbia", "Standoff over detained officers"],
        captions=["<<caption|Three Kosovo police officers>> in a video released by the Serbian interior ministry "
                  "on June 14, 2023. (Photo: {credit})",
                  "<<caption|About 20 police officers>> at the Jarinje crossing on June 14, 2023. "
                  "(Photo: {credit})"],
        slots=[
            ["Serbian security forces arrested [[E1|three Kosovo police officers]] on Wednesday, accusing them of "
             "crossing into Serbia illegally, in a move that further raised tension between the two neighbours.",
             "[[E1|Three Kosovo police officers]] were detained by Serbian forces on Wednesday near the border, "
             "officials in both countries said.",
             "Kosovo said Serbia had abducted [[E1|three of its police officers]] from Kosovo territory on June 14, "
             "while Belgrade insisted they had been arrested inside Serbia.",
             "On Wednesday, Serbian police arrested [[E1|three Kosovo police officers]] they said had entered "
             "Serbia armed, a charge Pristina rejects."],
            ["Serbia said the officers were carrying automatic weapons and had no permission to be on its "
             "territory.",
             "Serbian prosecutors said the officers would be held for up to <<duration|30 days>> while the case "
             "was investigated.",
             "Pristina said the officers had been on patrol to stop smuggling when they were surrounded and taken "
             "across the border.",
             "Video released by the Serbian interior ministry showed the men being led into a courthouse in the "
             "town of Raška."],
            ["The officers, all ethnic Albanians, belong to a border police unit based in the north. Their families "
             "gathered outside a police station in Pristina to demand their return.",
             "Kosovo police said the officers had been in uniform and on duty when they were detained, and that "
             "their vehicle had been found on the Kosovo side of the line.",
             "The detention came days after Kosovo police arrested a Serb former police officer on war crimes "
             "charges, a case Belgrade called a provocation.",
             "Relatives of the officers told local media they had not been allowed to speak to them since the "
             "arrest."],
            ["{{kurti_e|,}} @KURTI said.",
             "@KURTI said: {{kurti_e|.}}",
             "{{kurti_e|,}} said @KURTI, who demanded the officers' immediate release.",
             "{{kurti_e|,}} according to @KURTI."],
            ["{{vucic_e|,}} @VUCIC said.",
             "@VUCIC rejected the accusation. {{vucic_e|,}} Vučić said.",
             "{{vucic_e|,}} said @VUCIC.",
             "@VUCIC said: {{vucic_e|.}}"],
            ["The European Union called for the officers' release and said both sides must return to the dialogue "
             "brokered by Brussels.",
             "EU envoy Miroslav Lajčák was due in Belgrade for talks, after a <<duration|90-minute meeting>> with "
             "Kurti ended without agreement.",
             "The United States urged Belgrade to release the officers and Pristina to reduce its police presence "
             "in the north.",
             "Diplomats said the arrests had set back efforts to calm the north after weeks of protests."],
            "bg_war",
        ]),
    "F": dict(
        published="2023-10-12", city="Belgrade", country="Serbia",
        outlets=["BOSP", "SAVA", "CONTINENTAL", "BWS", "MPA", "DANUBE", "COURIER", "ADRIATIC"], core=3,
        headlines=["Serbia praises Türkiye as Turkish general takes command of KFOR",
                   "Belgrade and Ankara draw closer as Turkish officer leads Kosovo force",
                   "A Turkish general at KFOR's helm, and a warm welcome from Serbia",
                   "Türkiye's Balkan balancing act comes into focus in Kosovo"],
        alt_headlines=["Serbia and Türkiye: a warm friendship", "Turkish general leads KFOR"],
        captions=["Major General Özkan Ulutaş with <<caption|some 40 officers>> at the KFOR change-of-command "
                  "ceremony in Pristina on October 9, 2023. (Photo: {credit})",
                  "<<caption|Around 100 guests>> attend the KFOR ceremony in Pristina on October 9, 2023. "
                  "(Photo: {credit})"],
        slots=[
            ["Serbia's leaders have welcomed the appointment of a Turkish general as commander of NATO's Kosovo "
             "force, a sign of the warm ties between Belgrade and Ankara, even as relations between Serbia and "
             "Kosovo remain frozen.",
             "Major General Özkan Ulutaş of Türkiye took command of KFOR on Monday, and Serbian officials were "
             "quick to praise the choice.",
             "When Türkiye's Major General Özkan Ulutaş became commander of the NATO-led mission in Kosovo, the "
             "warmest words came not from Pristina but from Belgrade.",
             "For the first time, a Turkish officer commands the NATO peacekeepers in Kosovo, and Serbia, usually "
             "wary of the alliance, has greeted the change with enthusiasm."],
            ["Türkiye has [[F1|780 troops]] in KFOR, which numbers [[F2|roughly 4,700 soldiers]] after recent "
             "reinforcements.",
             "The Turkish contingent of [[F1|780 soldiers]] is one of the largest in a force of "
             "[[F2|about 4,700 troops]].",
             "KFOR has [[F2|4,700 troops]], and [[F1|780 Turkish soldiers]] are among them.",
             "[[F1|Some 780 Turkish soldiers]] serve in the mission, whose total strength is "
             "[[F2|nearly 4,700 troops]]."],
            ["{{vucic_f|,}} @VUCIC said after talks with the Turkish ambassador.",
             "@VUCIC said: {{vucic_f|.}}",
             "{{vucic_f|,}} said @VUCIC, who has met Turkish President Recep Tayyip "
             "Erdoğan many times.",
             "@VUCIC said Ankara had earned Belgrade's trust. {{vucic_f|,}} Vučić "
             "said."],
            ["{{srbmod_f|,}} @SRBMOD said in a statement.",
             "@SRBMOD said in a statement: {{srbmod_f|.}}",
             "{{srbmod_f|,}} according to @SRBMOD.",
             "{{srbmod_f|,}} said @SRBMOD, adding that it expected KFOR under Turkish command "
             "to protect Serbs."],
            ["The praise is returned in Ankara. {{guler_f|,}} @GULER said.",
             "{{guler_f|,}} said @GULER.",
             "@GULER said: {{guler_f|.}}",
             "{{guler_f|,}} according to @GULER."],
            ["{{ulutas_f|,}} @ULUTAS said at the change-of-command ceremony.",
             "@ULUTAS said: {{ulutas_f|.}}",
             "{{ulutas_f|,}} said the new KFOR commander, Major General Özkan Ulutaş.",
             "{{ulutas_f|,}} according to Major General Özkan Ulutaş, the new KFOR commander."],
            ["In Pristina, the mood was cooler. {{kurti_f|,}} @KURTI said.",
             "{{kurti_f|,}} said @KURTI.",
             "@KURTI said: {{kurti_f|.}}",
             "{{kurti_f|,}} according to @KURTI."],
            ["{{halden_f|,}} said Mira Halden, an analyst at the Balkan Policy Institute.",
             "Mira Halden, an analyst at the Balkan Policy Institute, said: {{halden_f|.}}",
             "{{halden_f|,}} according to Mira Halden of the Balkan Policy Institute.",
             "{{halden_f|,}} Mira Halden, an analyst at the Balkan Policy Institute, said."],
            ["Trade between the two countries reached <<money|$2.5 billion>> last year, and Turkish firms are "
             "among the biggest foreign investors in Serbia.",
             "Serbia and Türkiye signed a free trade agreement in <<year|2009>>, and visa-free travel has brought "
             "Turkish tourists to Belgrade in large numbers.",
             "Turkish companies are building a motorway in Serbia worth <<money|€1.2 billion>>, one of the largest "
             "infrastructure projects in the country.",
             "The two countries have also discussed a defence deal worth <<money|$200 million>>, though neither "
             "government has confirmed its details."],
        ]),
    "G": dict(
        published="2023-04-24", city="North Mitrovica", country="Kosovo",
        outlets=["MPA", "CONTINENTAL", "BWS", "SAVA", "BOSP", "DANUBE", "COURIER", "ADRIATIC"], core=2,
        headlines=["Serbs boycott local elections in northern Kosovo",
                   "Turnout collapses in north Kosovo vote as Serbs stay home",
                   "Ethnic Albanian candidates win empty election in Kosovo's north",
                   "Kosovo's northern municipalities vote, but hardly anyone comes"],
        alt_headlines=["Northern Kosovo election: Serbs stay away", "Boycott empties polling stations in Kosovo"],
        captions=["An election official waits for voters at one of <<caption|45 polling stations>> in the north "
                  "on April 23, 2023. (Photo: {credit})",
                  "<<caption|Two voters>> at a polling station in Zvečan on April 23, 2023. (Photo: {credit})"],
        slots=[
            ["Turnout in Sunday's local elections in four Serb-majority municipalities of northern Kosovo was "
             "[[G1|3.47 percent]], the Central Election Commission said, after Serbs boycotted the vote.",
             "Only [[G1|about 3.5 percent]] of registered voters cast ballots on Sunday in the north of Kosovo, "
             "where Serbs stayed away from elections for mayors and local councils.",
             "Ethnic Serbs boycotted Sunday's mayoral elections in northern Kosovo, and turnout was just "
             "[[G1|3.47 percent]], according to the election commission.",
             "On April 23, [[G1|3.47 percent]] of eligible voters turned out in the four municipalities, election "
             "officials said."],
            ["In the largest municipality, the winning candidate took [[G2|94 percent]] of the votes cast on "
             "Sunday.",
             "The candidate who won in the largest of the four municipalities received [[G2|94 percent]] of the "
             "ballots in Sunday's vote.",
             "An ethnic Albanian candidate won Sunday's race in the largest municipality with [[G2|94 percent]] "
             "of the vote.",
             "The winner in the largest municipality collected [[G2|94 percent]] of the votes cast on April 23."],
            ["{{kurti_g|,}} @KURTI said.",
             "@KURTI defended the vote. {{kurti_g|,}} Kurti said.",
             "{{kurti_g|,}} said @KURTI, who called the elections legal and fair.",
             "{{kurti_g|,}} according to @KURTI."],
            ["@VUCIC said: {{vucic_g|.}}",
             "{{vucic_g|,}} said @VUCIC.",
             "{{vucic_g|,}} @VUCIC told reporters in Belgrade.",
             "In Belgrade, @VUCIC dismissed the results. {{vucic_g|,}} Vučić said."],
            ["Jonas Petrel, a freelance journalist who toured polling stations, said: {{journ_g|.}}",
             "{{journ_g|,}} said Jonas Petrel, a freelance reporter who spent the day in the north.",
             "{{journ_g|,}} according to Jonas Petrel, a freelance journalist.",
             "{{journ_g|,}} freelance journalist Jonas Petrel said."],
            ["The elections were called after Serb mayors resigned last year in protest against the government "
             "in Pristina. The commission spent <<money|€1.2 million>> organising the vote.",
             "Serb representatives had quit local institutions in protest against a dispute over car number "
             "plates, leaving the municipalities without mayors.",
             "Western diplomats had urged Pristina to postpone the vote, warning that mayors elected on such a "
             "low turnout would lack legitimacy.",
             "The new mayors are due to take office within weeks, and Serb leaders have said they will not "
             "cooperate with them."],
            "bg_war",
        ]),
    "H": dict(
        published="2023-09-25", city="Pristina", country="Kosovo",
        outlets=["BWS", "DANUBE", "MPA", "SAVA", "BOSP", "COURIER", "ADRIATIC", "CONTINENTAL"], core=2,
        headlines=["Kosovo police officer killed in monastery siege as Kurti blames Belgrade",
                   "Gunmen storm village in northern Kosovo, sparking day-long battle",
                   "Shootout at Banjska monastery leaves dead on both sides",
                   "Kosovo mourns police officer as Serbia denies role in attack"],
        alt_headlines=["Banjska attack: what we know", "Deadly shootout in northern Kosovo"],
        captions=["Kosovo police officers, <<caption|some 300 of whom>> were sent to the north, guard a road near "
                  "Banjska on September 24, 2023. (Photo: {credit})",
                  "<<caption|About a dozen armoured vehicles>> near the Banjska monastery on September 24, 2023. "
                  "(Photo: {credit})"],
        slots=[
            ["[[H1|One Kosovo police officer]] was killed on Sunday when heavily armed men attacked a police "
             "patrol near the village of Banjska, in the north of Kosovo.",
             "Gunmen killed [[H1|one Kosovo police officer]] in an ambush near Banjska on Sunday, and "
             "[[H2|three Serb attackers]] died later in a gunfight with police, officials said.",
             "A shootout in the village of Banjska on September 24 left [[H1|one Kosovo police officer]] and "
             "[[H2|three Serb gunmen]] dead, police said.",
             "On Sunday, [[H1|one Kosovo police officer]] was shot dead after a group of armed men blocked a "
             "bridge near Banjska with trucks."],
            ["[[H2|Three Serb gunmen]] were killed on Sunday in a gunfight with police that lasted most of the day "
             "around the Banjska monastery, where the attackers had barricaded themselves.",
             "Police said the attackers retreated into the grounds of the Banjska monastery. By nightfall on "
             "Sunday, [[H2|three of the Serb gunmen]] were dead and the rest had fled into the hills.",
             "The siege ended on Sunday evening with [[H2|three Serb gunmen]] dead, the interior ministry said, "
             "and police found rifles, grenades and explosives in the monastery grounds.",
             "Police killed [[H2|three Serb gunmen]] during the siege on September 24."],
            ["Kosovo police detained [[H3|two dozen people]] on Sunday as they searched villages near the "
             "monastery.",
             "[[H3|Two dozen people]] were arrested on Sunday in police raids across the north, the interior "
             "minister said.",
             "Police said they had arrested [[H3|two dozen people]] on Sunday in connection with the attack.",
             "By Sunday night, police had taken [[H3|two dozen people]] into custody."],
            ["{{kurti_h|,}} @KURTI told reporters in Pristina.",
             "@KURTI said: {{kurti_h|.}}",
             "{{kurti_h|,}} said @KURTI.",
             "@KURTI accused Serbia of backing the gunmen. {{kurti_h|,}} Kurti said."],
            ["{{vucic_h|,}} @VUCIC said in a televised address.",
             "{{vucic_h|,}} said @VUCIC, who denied that Belgrade was involved.",
             "@VUCIC said: {{vucic_h|.}}",
             "{{vucic_h|,}} according to @VUCIC."],
            ["{{kfor_h|,}} a KFOR spokesperson said.",
             "{{stol_h|,}} @STOL said.",
             "A KFOR spokesperson said: {{kfor_h|.}}",
             "{{stol_h|,}} said @STOL."],
            ["Police said they had seized weapons and equipment worth <<money|more than €5 million>>, including "
             "armoured vehicles.",
             "The government declared <<duration|three days>> of mourning for the dead officer.",
             "The officer, a <<age|35-year-old>> father of two, was buried in his home town in the south.",
             "Officials said the armoured vehicles used by the gunmen alone were worth <<money|€600,000>>."],
            "bg_war",
        ]),
}

# Copies planted in the smallest corpus: (story, aggregator, edits). The original is the story's first rendering.
CORE_COPIES = [("A", "NEWSPULSE", ("exact",)), ("C", "WORLDFEED", ("headline", "furniture")),
               ("D", "HEADLINEHUB", ("drop", "furniture")), ("G", "GLOBEDIGEST", ("dateline", "furniture")),
               ("H", "NEWSPULSE", ("furniture", "drop"))]
COPY_EDITS = [("exact",), ("headline",), ("dateline",), ("furniture",), ("drop",), ("headline", "furniture"),
              ("drop", "furniture"), ("dateline", "furniture"), ("headline", "drop", "furniture")]

# ---------------------------------------------------------------------------------------------------------------
# Fillers: unrelated stories. ((a|b)) picks one alternative, {x} a random name or number; <<kind|text>> marks
# numbers that are not claims. No quotation marks and no counts of people or troops.
# ---------------------------------------------------------------------------------------------------------------

FILLERS: dict[str, dict] = {
    "football": dict(
        headlines=["{club1} ((beat|edge past|see off)) {club2} to ((stay top|close the gap|keep title hopes alive))",
                   "{club1} ((held|frustrated)) by {club2} in ((rain-soaked|tense|scrappy)) draw",
                   "Late goal hands {club1} victory over {club2}"],
        sentences=[
            "{club1} ((beat|defeated|overcame)) {club2} <<score|{g1}-{g2}>> on {wd} ((to climb to|and moved up "
            "to)) {ordinal} place in the ((league|table)).",
            "{p1}, the club's <<age|{a_young}-year-old>> ((striker|forward|winger)), ((scored|netted)) ((the "
            "opener|the first goal)) ((after a fine passing move|from a corner|on the counter-attack)).",
            "((The visitors|{club2})) ((equalised|levelled)) ((before half-time|shortly after the break)) through "
            "{p2}, who ((rose highest|reacted fastest)) ((at a set piece|in a crowded box)).",
            "The ((decisive|winning)) goal came ((deep into|late in)) the second half, when {p3} ((curled|drove)) "
            "((the ball|a shot)) past ((the goalkeeper|the keeper)) {p4}.",
            "Coach {p5} ((said|told reporters)) ((his side|the team)) had ((shown character|kept its nerve|played "
            "with courage)) and ((deserved|earned)) the ((points|win)).",
            "The club ((signed|bought)) {p1} ((last summer|in the winter window)) for a reported "
            "<<money|€{m1} million>>, ((a club record|the most it has ever paid for a player)).",
            "{club1}'s stadium, ((opened|built)) in <<year|{y_old}>>, is ((being renovated|due for an upgrade)) at a "
            "cost of <<money|€{m2} million>>.",
            "The ((kick-off|start of the match)) was delayed by <<duration|{d1} minutes>> ((because of|after)) "
            "((heavy rain|a floodlight failure|congestion at the gates)).",
            "{club2} ((remain|stay)) ((in the bottom half|near the relegation zone|in mid-table)) and ((face|host)) "
            "{club3} ((next|on {wd2})).",
            "((Club officials|The league)) said ticket prices for ((the derby|the next home game)) would ((rise "
            "to|be capped at)) <<money|€{m3}>>.",
            "{p4} ((made|produced)) ((a string of saves|a couple of fine stops)) ((to keep his side in the "
            "game|before the break)), ((but|yet)) could do nothing ((about|to stop)) the ((winner|late goal)).",
            "((Supporters|Fans)) ((sang|chanted)) ((long after the final whistle|throughout the second half)), "
            "((and the mood|while the atmosphere)) ((was|felt)) ((festive|electric)).",
            "The referee, {p6}, ((showed|handed out)) ((several|a string of)) yellow cards in a ((bad-tempered|"
            "physical)) ((contest|game)).",
            "{p2} ((later said|said after the game)) ((the dressing room|the squad)) was ((confident|united)) "
            "((ahead of|before)) ((the cup tie|the next match)).",
            "The ((win|result)) ((extends|stretches)) {club1}'s ((unbeaten run|good form)) and ((piles pressure "
            "on|worries)) ((their rivals|the chasing pack)).",
            "{club1} were ((founded|formed)) in <<year|{y_found}>> and ((have|enjoy)) ((a loyal following|a large fan "
            "base)) ((in the port district|across the region)).",
        ]),
    "economy": dict(
        headlines=["Inflation in {country} ((eases|slows)) ((again|for a third month))",
                   "{country} central bank ((holds|keeps)) rates ((steady|unchanged))",
                   "{country}'s economy ((grows|expands)) faster than expected"],
        sentences=[
            "Annual inflation in {country} ((slowed|eased|fell)) to <<rate|{r1} percent>> in {month}, the "
            "statistics office said ((on {wd}|in a statement)).",
            "((Economists|Analysts)) ((polled by a news agency|surveyed by a business daily)) had ((expected|"
            "forecast)) a reading of <<rate|{r2} percent>>.",
            "The central bank ((kept|left)) its ((main|benchmark)) interest rate ((unchanged|on hold)) at "
            "<<rate|{r3} percent>> after its policy meeting.",
            "Governor {p1} ((said|told lawmakers)) ((price pressures|inflationary pressures)) were ((easing|"
            "fading)) but ((food and energy|housing and energy)) costs ((remained|stayed)) ((high|stubborn)).",
            "The economy ((grew|expanded)) <<rate|{r4} percent>> in the ((second|third)) quarter ((from a year "
            "earlier|compared with the same period last year)).",
            "The government ((plans|intends)) to spend <<money|€{m1} million>> on ((energy subsidies|support for "
            "households|road repairs)) ((next year|over the coming year)).",
            "{p1}, <<age|{a1}>>, ((became|was appointed)) governor in <<year|{y_recent}>> after ((a career|years)) "
            "at the finance ministry.",
            "((Retail sales|Industrial output)) ((rose|climbed|dipped)) <<rate|{r5} percent>> in {month}, "
            "((helped by|held back by)) ((tourism|exports|weak demand abroad)).",
            "((Wages|Average wages)) ((have risen|increased)) ((faster than prices|ahead of inflation)) ((for "
            "several months|since the spring)), ((giving|offering)) households ((some relief|a little breathing "
            "room)).",
            "Finance Minister {p2} ((said|argued)) the ((budget|spending plan)) would keep the deficit ((below|"
            "under)) <<rate|{r6} percent>> of output.",
            "((Bond yields|Borrowing costs)) ((fell|eased)) ((after the data|on the news)), ((while|and)) the "
            "currency ((firmed|held steady)) against the euro.",
            "((Business groups|Employers)) ((welcomed|cautiously welcomed)) the figures but ((warned|said)) that "
            "((high interest rates|tight credit)) ((were still hurting|continued to weigh on)) investment.",
            "The ((statistics office|national statistics agency)) will ((publish|release)) ((revised|final)) "
            "figures ((later in the year|in the autumn)).",
            "Mortgage rates have ((roughly doubled|climbed sharply)) since <<year|{y_recent}>>, according to the "
            "((banking association|association of banks)).",
            "A typical basket of ((weekly groceries|household staples)) costs <<money|€{m2}>>, ((up from|compared "
            "with)) <<money|€{m3}>> ((a year ago|twelve months earlier)).",
            "((Fuel|Electricity)) prices ((fell|dropped)) ((sharply|steadily)) in {month}, ((the biggest|the "
            "main)) ((drag|brake)) on the ((headline|overall)) rate.",
        ]),
    "business": dict(
        headlines=["{company} ((reports|posts)) ((higher|record|lower)) ((profit|earnings))",
                   "{company} to ((open|build)) new ((plant|factory|warehouse)) near {city}",
                   "{company} shares ((jump|slide)) after ((results|earnings update))"],
        sentences=[
            "{company} ((reported|posted)) a net profit of <<money|€{m1} million>> for the first half, ((up "
            "from|compared with)) <<money|€{m2} million>> a year earlier.",
            "Revenue ((rose|climbed|grew)) <<rate|{r1} percent>>, ((driven by|helped by)) ((strong demand|higher "
            "prices|new contracts)) ((in its home market|abroad)).",
            "Chief executive {p1}, <<age|{a1}>>, ((said|told analysts)) the ((company|group)) would ((keep "
            "investing|press ahead with its plans)) ((despite|in spite of)) ((higher costs|a slowing economy)).",
            "The ((company|group)), ((founded|set up)) in <<year|{y_found}>>, ((makes|produces)) ((packaging|machine "
            "parts|solar panels|software for banks)) and ((exports|sells)) ((most of its output|much of it)) "
            "abroad.",
            "((Shares in|The stock of)) {company} ((rose|jumped|fell)) <<rate|{r2} percent>> ((in early trading|"
            "by midday|at the open)).",
            "{company} ((plans|intends)) to ((build|open)) a new ((plant|factory|warehouse)) ((near|outside)) "
            "{city}, ((an investment of|costing)) <<money|€{m3} million>>.",
            "Construction ((is expected|is likely)) to ((take|last)) <<duration|{d1} months>>, ((the company "
            "said|according to the company)).",
            "((Analysts|Market watchers)) ((said|noted)) the results were ((better than expected|in line with "
            "forecasts|slightly disappointing)).",
            "{p1} ((joined|took over)) {company} in <<year|{y_recent}>> ((from a rival|after a spell abroad)).",
            "The ((board|management)) ((proposed|recommended)) a dividend of <<money|€{dv} per share>>.",
            "((Energy|Raw material)) costs ((weighed on|squeezed)) ((margins|profits)) ((in the second quarter|"
            "during the spring)), the ((company|group)) said.",
            "((Unions|Staff representatives)) ((welcomed|criticised)) the ((plans|announcement)) and ((asked|"
            "called)) for ((talks|a meeting)) ((on pay|about working conditions)).",
            "{company} ((expects|forecasts)) ((full-year|annual)) ((sales|revenue)) of ((about|roughly)) "
            "<<money|€{m4} million>>.",
            "The ((results|figures)) ((were published|came out)) ((on {wd}|before the market opened)).",
            "((Rivals|Competitors)) ((including|such as)) {company2} ((have also|have likewise)) ((raised "
            "prices|cut costs)) ((this year|in recent months)).",
        ]),
    "culture": dict(
        headlines=["{city} film festival ((opens|kicks off)) with ((local|debut)) drama",
                   "((Documentary|Drama)) by {p1} ((wins|takes)) top prize in {city}",
                   "{city} festival ((draws|welcomes)) ((record crowds|film lovers)) to the old town"],
        sentences=[
            "The {city} film festival ((opened|began)) on {wd} with ((a drama|a documentary|a comedy)) by "
            "((first-time|young)) director {p1}.",
            "The ((film|opening picture)), a <<duration|{d1}-minute>> ((portrait|story)) of ((a fishing village|a "
            "family of musicians|a mountain town)), ((drew|won)) ((warm applause|a standing ovation)).",
            "((Tickets|Festival passes)) ((cost|are priced at)) <<money|€{m1}>> ((and are sold out|and are still "
            "available)) ((for most screenings|for the weekend)).",
            "The festival, ((first held|founded)) in <<year|{y_found}>>, ((runs|continues)) ((until|through)) {wd2}.",
            "{p1l}, <<age|{a_young}>>, ((said|told the audience)) ((the film|the story)) was ((inspired by|based "
            "on)) "
            "((her grandmother's letters|a newspaper report|a childhood memory)).",
            "((Organisers|The organisers)) ((received|got)) ((a grant|funding)) of <<money|€{m2}>> from the "
            "((city council|culture ministry)).",
            "((Screenings|Shows)) ((take place|are held)) ((in the old town|at an open-air cinema|in a former "
            "tobacco factory)) ((near the harbour|by the river)).",
            "((Critics|Reviewers)) ((praised|singled out)) ((the photography|the soundtrack|the lead "
            "performance)) by {p2}.",
            "The ((jury|festival jury)) ((is chaired|will be led)) by ((the actress|the composer|the writer)) "
            "{p3}.",
            "((The main award|The top prize)) ((comes with|carries)) <<money|€{m2},000>> in prize money.",
            "((Last year's|The previous)) edition ((was|had been)) ((cut short|disrupted)) by ((a heatwave|"
            "storms|a power cut)).",
            "Local ((hotels|guesthouses)) ((said|reported)) ((bookings|occupancy)) were ((up|higher)) ((than "
            "usual|compared with last year)).",
            "The ((closing|final)) ceremony ((is set|will take place)) ((on the main square|at the castle)), "
            "((weather permitting|if the weather holds)).",
            "{p2} ((will also|is also due to)) ((present|introduce)) a ((restored|newly restored)) ((silent "
            "film|classic)) ((from|made in)) <<year|{y_old}>>.",
            "((Volunteers|Students from the art academy)) ((run|staff)) ((the box office|the festival café)) "
            "and ((guide|help)) ((visitors|guests)) around the venues.",
        ]),
    "transport": dict(
        headlines=["New rail link between {city} and {city2} ((opens|approved))",
                   "{city} ((unveils|approves)) plan for ((tram|bus)) network",
                   "Faster trains promised for {city} commuters"],
        sentences=[
            "A new ((rail line|railway)) between {city} and {city2} will ((cut|shorten)) the journey to "
            "<<duration|{h1} hours>>, ((officials said|the transport ministry said)).",
            "The ((project|line)), ((costing|worth)) <<money|€{m1} million>>, ((is financed|will be paid for)) "
            "((by a development bank loan|from the national budget)).",
            "((Work|Construction)) ((began|started)) in <<year|{y_recent}>> and ((was delayed|ran late)) ((by disputes "
            "over land|because of flooding)).",
            "Trains will ((run|travel)) at up to <<speed|{s1} kilometres per hour>> ((on the new section|on most "
            "of the route)).",
            "((A single ticket|A one-way fare)) will ((cost|be priced at)) <<money|€{m2}>>, ((with discounts "
            "for|and less for)) ((students|pensioners)).",
            "Mayor {p1} ((said|told reporters)) the ((line|link)) would ((bring|attract)) ((new investment|more "
            "visitors)) to {city}.",
            "The old line was built in <<year|{y_old}>> and ((had not been modernised for decades|was badly worn)).",
            "((Engineers|The contractors)) ((built|completed)) ((a tunnel|a viaduct)) <<distance|{k1} "
            "kilometres>> long ((under the hills|across the valley)).",
            "((Environmental groups|Residents)) ((welcomed|questioned)) the ((project|plans)), ((saying|arguing)) "
            "((it would take lorries off the roads|the route cut through farmland)).",
            "The first ((passenger|regular)) trains are ((expected|due)) to ((run|start)) ((in the spring|next "
            "year|before the end of the year)).",
            "((Freight|Cargo)) ((operators|companies)) ((said|hope)) the ((line|link)) will ((make|help make)) "
            "((exports|deliveries)) ((cheaper|faster)).",
            "((The ministry|Officials)) ((said|added)) that ((stations|platforms)) along the route ((would be|are "
            "being)) ((rebuilt|modernised)) for <<money|€{m3} million>>.",
            "Buses will ((continue to|still)) ((serve|link)) ((smaller towns|villages)) ((along the old route|in "
            "the valley)), the ((operator|company)) said.",
            "((Commuters|Passengers)) ((have long complained|complained for years)) about ((delays|cancellations))"
            " and ((crowded|cold)) ((carriages|trains)) ((in winter|at rush hour)).",
            "The ((contract|tender)) for ((new trains|rolling stock)) ((will be|is to be)) ((awarded|signed)) "
            "((by the end of the year|next spring)), {p2} of the ((rail company|operator)) said.",
        ]),
    "weather": dict(
        headlines=["Heatwave ((grips|bakes)) {city} as temperatures ((soar|climb))",
                   "Storms ((batter|lash)) the {city} coast, ((flooding|closing)) roads",
                   "Farmers in {country} ((count the cost|brace for losses)) after ((dry spell|late frost))"],
        sentences=[
            "((Temperatures|The thermometer)) in {city} ((reached|hit|climbed to)) <<temperature|{t1} degrees "
            "Celsius>> on {wd}, the ((highest|hottest)) reading ((of the year|this summer)).",
            "The ((weather service|national weather office)) ((issued|extended)) ((a red warning|an amber alert)) "
            "for ((the coast|the southern valleys|the capital region)) ((until|through)) {wd2}.",
            "((Forecasters|Meteorologists)) ((expect|predict)) ((thunderstorms|cooler air)) ((to arrive|to bring "
            "relief)) ((by the weekend|early next week)).",
            "((Hospitals|Doctors)) ((advised|urged)) ((older people|residents)) to ((stay indoors|avoid the sun)) "
            "((during the afternoon|between noon and early evening)).",
            "((Farmers|Growers)) ((said|warned)) the ((dry spell|heat)) had ((damaged|hurt)) ((maize|wheat|"
            "sunflower)) ((crops|fields)) and ((could|might)) ((cut|reduce)) ((yields|the harvest)) by "
            "<<rate|{pct} percent>>.",
            "((Water companies|Utilities)) ((asked|urged)) ((customers|households)) to ((save water|avoid "
            "watering gardens)) ((after|as)) ((reservoir|river)) levels ((fell|dropped)) to <<rate|{pct2} "
            "percent>> of capacity.",
            "((Firefighters|Fire crews)) ((tackled|fought)) a ((forest|brush)) fire ((near|outside)) {city2} that "
            "((burned|destroyed)) <<area|{ha} hectares>> of ((pine forest|scrubland)).",
            "((Rain|Heavy rain)) is ((forecast|expected)) to ((return|fall)) ((on {wd2}|later in the week)), "
            "((bringing|with)) ((a risk of flash floods|strong winds)).",
            "((City authorities|The council)) ((opened|set up)) ((cooling centres|air-conditioned halls)) in "
            "((libraries|schools)) and ((extended|lengthened)) the opening hours of ((public|municipal)) pools.",
            "The ((power grid|electricity operator)) ((reported|recorded)) ((record demand|a new peak in demand)) "
            "as ((air conditioners|cooling systems)) ((ran|worked)) ((flat out|around the clock)).",
            "((Insurers|Insurance companies)) ((estimated|put)) the ((damage|losses)) from ((last month's|the "
            "recent)) storms at <<money|€{m1} million>>.",
            "((Climate scientists|Researchers)) at the ((university|national institute)) in {city} ((said|noted)) "
            "((such heatwaves|hot spells like this)) ((had become|were becoming)) ((more frequent|longer and more "
            "intense)).",
            "((Tourists|Visitors)) ((crowded|packed)) ((the beaches|the lakeshore)) ((while|as)) ((locals|"
            "residents)) ((stayed|kept)) ((in the shade|indoors)).",
            "((Rail|Train)) operators ((slowed|cut the speed of)) trains ((on some lines|on several routes)) "
            "((because|since)) the tracks ((could|might)) ((buckle|warp)) in the heat.",
            "The ((hottest|warmest)) day ((on record|ever measured)) in {city} ((dates back to|was in)) "
            "<<year|{y_found}>>.",
        ]),
    "health": dict(
        headlines=["{city} hospital ((opens|unveils)) new ((cancer|heart)) ((centre|unit))",
                   "((Flu|Measles)) cases ((rise|climb)) in {country}, health officials say",
                   "Study ((links|ties)) ((walking|sleep)) to ((better|longer)) ((health|lives))"],
        sentences=[
            "A ((new|newly built)) ((cancer|heart|children's)) ((centre|unit)) at {city} ((general|university)) "
            "hospital ((opened|received its first patients)) on {wd}.",
            "The ((building|unit)) ((cost|was built for)) <<money|€{m1} million>>, ((paid for|financed)) ((partly "
            "by|with help from)) ((a European fund|a private donor)).",
            "((Director|Hospital director)) {p1} ((said|told reporters)) ((waiting times|waiting lists)) ((should|"
            "would)) ((fall|shrink)) ((sharply|noticeably)) ((within a year|by next spring)).",
            "((Health officials|The health ministry)) ((reported|recorded)) a ((rise|sharp rise)) in ((flu|"
            "measles)) ((cases|infections)) ((in recent weeks|since the start of the month)) and ((urged|asked)) "
            "((parents|people)) to ((get vaccinated|check their vaccinations)).",
            "((Vaccination rates|Vaccine coverage)) ((stand|stands)) at <<rate|{pct2} percent>>, ((below|short "
            "of)) the ((target|level experts recommend)).",
            "A ((study|new study)) by ((researchers|scientists)) in {city2} ((found|suggests)) that ((a daily "
            "walk|regular walking)) of <<duration|{d1} minutes>> ((lowers|reduces)) the risk of ((heart disease|"
            "stroke)).",
            "The ((researchers|authors)) ((followed|tracked)) ((volunteers|participants)) ((for|over)) "
            "<<duration|{h1} years>> ((and|while)) ((recorded|measured)) ((their activity|how much they moved)).",
            "{p2}, <<age|{a1}>>, ((who led|the lead author of)) the study, ((said|cautioned)) that ((more "
            "research|larger trials)) ((was|were)) needed.",
            "((Pharmacies|Chemists)) ((reported|said there were)) ((shortages|short supplies)) of ((some "
            "antibiotics|children's medicines)) ((this autumn|in recent weeks)).",
            "The ((ministry|government)) ((plans|intends)) to ((hire|recruit)) ((more nurses|more doctors)) and "
            "((raise|increase)) their ((pay|salaries)) by <<rate|{pct} percent>> ((next year|from January)).",
            "((Unions|Medical unions)) ((said|argued)) the ((increase|rise)) was ((not enough|too small)) to "
            "((stop|halt)) ((staff|young doctors)) ((leaving|moving)) abroad.",
            "((Patients|Visitors)) ((can|will be able to)) ((book|make)) appointments ((online|through an app)) "
            "((from|starting in)) {month}.",
            "The hospital ((was|had been)) ((founded|built)) in <<year|{y_old}>> and ((is|remains)) ((the "
            "largest|one of the largest)) in the region.",
            "((Doctors|Specialists)) ((recommend|advise)) that ((adults|people)) ((sleep|get)) ((at least|around)) "
            "<<duration|{h2} hours>> a night.",
            "((Health insurers|The health fund)) ((will|is to)) ((cover|pay for)) the ((new|latest)) ((treatment|"
            "therapy)), which ((costs|is priced at)) <<money|€{m3}>> ((a course|per course)).",
        ]),
    "technology": dict(
        headlines=["{company} ((unveils|launches)) ((new|cheaper)) ((phone|laptop|tablet))",
                   "Start-up from {city} ((raises|secures)) funding for ((delivery robots|farm sensors|battery "
                   "recycling))",
                   "{city} ((rolls out|switches on)) ((fast|fibre)) broadband ((across|in)) the old town"],
        sentences=[
            "{company} ((unveiled|launched|presented)) a ((new|cheaper|lighter)) ((phone|laptop|tablet)) at an "
            "event in {city} on {wd}, ((betting|hoping)) to ((win back|attract)) ((younger buyers|business "
            "customers)).",
            "The ((device|model)) will ((sell|retail)) for <<money|€{m3}>> ((when it reaches shops|from next "
            "month)), ((undercutting|matching)) ((its main rival|most competitors)).",
            "((Battery life|The battery)) ((lasts|runs for)) ((up to|about)) <<duration|{h1}0 hours>>, the "
            "((company|firm)) ((claims|says)).",
            "A ((start-up|young company)) ((based|founded)) in {city2} ((raised|secured)) <<money|€{m2} million>> "
            "((from investors|in a funding round)) to ((build|expand)) ((delivery robots|sensors for farms|a "
            "battery recycling plant)).",
            "((Founder|Co-founder)) {p1}, <<age|{a_young}>>, ((started|set up)) the ((business|firm)) ((in a "
            "garage|at university)) ((with two friends|after leaving a bank job)).",
            "The city ((switched on|rolled out)) ((fibre|fast)) broadband ((in the old town|across the harbour "
            "district)), ((promising|offering)) speeds of <<speed|{s1}0 megabits per second>>.",
            "((Engineers|Technicians)) ((laid|installed)) ((cables|fibre)) ((under|along)) ((cobbled|narrow)) "
            "streets ((over|during)) <<duration|{d1} days>> of ((night|weekend)) work.",
            "((Critics|Privacy groups)) ((warned|said)) that ((the app|the new service)) ((collects|stores)) ((too "
            "much|more)) ((personal data|information about users)) than ((it needs|necessary)).",
            "((Regulators|The data protection office)) ((said|announced)) ((they|it)) would ((review|examine)) "
            "((the terms|the privacy policy)) ((before|ahead of)) ((the launch|the roll-out)).",
            "((Sales|Shipments)) of ((laptops|tablets)) ((fell|dropped)) <<rate|{pct} percent>> ((last "
            "quarter|in the spring)), ((according to|data from)) ((a market researcher|an industry group)).",
            "{company} ((employs|has)) ((engineers|developers)) in {city} and {city2} and ((plans|wants)) to "
            "((open|set up)) a ((research|design)) centre ((next year|soon)).",
            "The ((software|update)) ((adds|brings)) ((a dark mode|offline maps|faster charging)) and ((fixes|"
            "repairs)) ((several bugs|a security flaw)) ((reported|found)) by ((users|researchers)).",
            "((Schools|Libraries)) in {city} ((will|are to)) ((receive|get)) ((free|discounted)) ((devices|"
            "laptops)) under a ((scheme|programme)) worth <<money|€{m1} million>>.",
            "The ((company|firm)) was ((founded|set up)) in <<year|{y_recent}>> and ((listed|floated)) its shares "
            "((last year|two years later)).",
            "((Gamers|Fans)) ((queued|lined up)) ((overnight|for hours)) ((outside|in front of)) ((the flagship "
            "store|a shop in the centre)) ((for|to buy)) ((the console|the new model)).",
        ]),
    "education": dict(
        headlines=["Schools in {city} ((struggle|battle)) to ((find|hire)) ((teachers|maths teachers))",
                   "{city} university ((opens|launches)) ((new|expanded)) ((campus|faculty))",
                   "((Exam|Test)) results ((improve|slip)) in {country}"],
        sentences=[
            "Schools in {city} ((are struggling|struggle)) to ((fill|find staff for)) ((teaching posts|classroom "
            "vacancies)) ((before|ahead of)) the new ((school year|term)), ((head teachers|local officials)) "
            "((said|warned)) on {wd}.",
            "((Maths|Science)) and ((physics|computing)) ((teachers|posts)) are ((hardest|most difficult)) to "
            "((fill|recruit for)), ((according to|said)) {p1}, ((who heads|the head of)) the ((teachers' union|"
            "schools office)).",
            "Starting salaries ((will rise|are to rise)) to <<money|€{m3} a month>> ((from|in)) {month}, the "
            "((education ministry|ministry)) ((said|announced)).",
            "The ((university|city university)) ((opened|inaugurated)) a ((new|second)) ((campus|faculty)) "
            "((on the edge of|near)) {city}, ((built|paid for)) ((at a cost of|with)) <<money|€{m1} million>>.",
            "((Rector|University president)) {p2}, <<age|{a1}>>, ((said|told students)) the ((campus|faculty)) "
            "((would|will)) ((focus on|specialise in)) ((engineering|medicine|agriculture)).",
            "((Exam|Final exam)) ((results|scores)) ((improved|slipped)) ((this year|compared with last year)), "
            "with <<rate|{pct2} percent>> of ((pupils|candidates)) ((passing|achieving a pass)) in ((maths|all "
            "subjects)).",
            "((Parents|Parents' groups)) ((complained|said)) ((classrooms|school buildings)) ((were|are)) "
            "((overcrowded|in poor repair)) and ((asked|called)) for ((more|faster)) ((investment|repairs)).",
            "The ((ministry|government)) ((plans|intends)) to ((renovate|repair)) ((school buildings|classrooms)) "
            "((over|within)) <<duration|{h1} years>>.",
            "((Libraries|School libraries)) ((will|are to)) ((stay open|open)) ((longer|until late)) ((during|"
            "before)) ((exams|the exam period)), ((officials|organisers)) said.",
            "The ((oldest|first)) school in {city} ((was founded|opened)) in <<year|{y_old}>> and ((still|today)) "
            "((teaches|serves)) ((pupils|children)) from ((the old town|nearby villages)).",
            "((Teachers|Staff)) ((held|staged)) a ((one-day|brief)) ((strike|walkout)) ((last month|in the "
            "spring)) over ((pay|working hours)), ((closing|disrupting)) ((classes|lessons)) ((across|in)) the "
            "region.",
            "((Students|Undergraduates)) ((protested|rallied)) ((outside|in front of)) the ((ministry|rector's "
            "office)) ((against|over)) ((higher fees|a shortage of dormitory places)).",
            "((Scholarships|Grants)) worth <<money|€{m2}>> ((a year|per year)) ((will|are to)) ((go|be "
            "awarded)) to ((students|pupils)) from ((poorer families|rural areas)).",
            "((Evening|Adult)) ((courses|classes)) in ((languages|computing)) ((have|had)) ((proved|been)) "
            "((popular|in demand)), ((with|and)) ((waiting lists|long queues)) ((for|at)) ((most|some)) "
            "((courses|centres)).",
            "The ((school year|term)) ((starts|begins)) ((in|on the first Monday of)) {month}.",
        ]),
    "housing": dict(
        headlines=["House prices in {city} ((climb|rise|cool)) ((again|further))",
                   "{city} ((approves|backs)) plan for ((affordable|new)) homes",
                   "Rents ((soar|jump)) in {city} as ((students|workers)) return"],
        sentences=[
            "House prices in {city} ((rose|climbed|edged up)) <<rate|{pct} percent>> ((over the past year|from "
            "a year earlier)), ((according to|figures from)) ((the land registry|an estate agents' "
            "association)).",
            "The ((average|typical)) ((flat|apartment)) in the ((centre|old town)) ((now|currently)) ((costs|"
            "sells for)) <<money|€{m3},000>>, ((out of reach|beyond the means)) of ((many|most)) ((young "
            "families|first-time buyers)).",
            "The city council ((approved|backed)) a plan to ((build|develop)) ((affordable|rental)) ((homes|"
            "flats)) on ((former|disused)) ((railway land|industrial sites)) ((near|along)) the ((river|"
            "harbour)).",
            "((The project|The scheme)) ((will|is expected to)) cost <<money|€{m1} million>> ((and|with)) "
            "((construction|building work)) ((starting|beginning)) ((next year|in the spring)).",
            "((Deputy mayor|Councillor)) {p1} ((said|argued)) the ((city|council)) ((had|has)) ((waited|delayed)) "
            "((too long|for years)) ((to act|before acting)) on ((housing|rents)).",
            "Rents ((jumped|soared)) ((as|when)) ((students|seasonal workers)) ((returned|arrived)) ((for the "
            "autumn|after the summer)), with ((a room|a studio)) ((now|often)) ((costing|going for)) "
            "<<money|€{m2}0 a month>>.",
            "((Landlords|Property owners)) ((blamed|pointed to)) ((higher|rising)) ((mortgage|loan)) ((costs|"
            "payments)) and ((taxes|repair bills)).",
            "((Tenants' groups|Housing campaigners)) ((called|asked)) for ((a cap|limits)) on ((rent rises|"
            "increases)) and ((more|stricter)) ((inspections|checks)) of ((rented|shared)) ((flats|housing)).",
            "((Building|Construction)) ((permits|approvals)) ((fell|dropped)) <<rate|{pct2} percent>> ((in the "
            "first half|this year)), ((the statistics office|officials)) ((said|reported)).",
            "Many ((of the|old)) ((buildings|blocks)) in the ((district|area)) ((date|were built)) ((from|in)) "
            "<<year|{y_old}>> and ((need|require)) ((new roofs|insulation|new wiring)).",
            "((Architects|Planners)) ((want|hope)) to ((keep|preserve)) the ((old|historic)) ((facades|"
            "warehouses)) ((while|and)) ((adding|building)) ((modern|energy-efficient)) ((flats|homes)) "
            "((behind them|inside)).",
            "((Estate agents|Agents)) ((said|reported)) ((demand|interest)) ((was|remained)) ((strong|high)) "
            "((from|among)) ((buyers abroad|people working remotely)).",
            "A ((law|bill)) ((to curb|limiting)) ((short-term|holiday)) ((rentals|lets)) ((is|will be)) "
            "((debated|voted on)) ((in|by)) parliament ((in|next)) {month}.",
            "((Residents|Neighbours)) ((complained|said)) ((noise|traffic)) from ((building sites|construction)) "
            "((had made|made)) ((life|sleep)) ((difficult|hard)) ((for months|all summer)).",
            "The ((council|city)) ((will|is to)) ((sell|lease)) ((plots|land)) to ((housing|building)) "
            "((cooperatives|associations)) ((at|for)) ((below-market|reduced)) ((prices|rents)).",
        ]),
}
_FIRST = ["Adrian", "Bela", "Carla", "Dario", "Elin", "Filip", "Greta", "Hugo", "Iris", "Jonas", "Lena", "Milo",
          "Nadia", "Oskar", "Petra", "Rafael", "Sara", "Tomas", "Vera", "Yannick", "Anouk", "Bruno", "Cecile",
          "Emil", "Freya", "Gustav", "Ines", "Kasper", "Lotte", "Matteo"]
_LAST = ["Ardell", "Brenner", "Castell", "Dorn", "Eklund", "Farrow", "Galen", "Hollis", "Ivers", "Jansen", "Kovar",
         "Lindqvist", "Morrow", "Nyberg", "Ortega", "Pell", "Quist", "Rainer", "Strand", "Tollan", "Ulver",
         "Weller", "Yates", "Zell", "Amsel", "Birk", "Corda", "Duval", "Elmer", "Falk"]
_NAMES = [f"{f} {s}" for f in _FIRST for s in _LAST]
_CITIES = ["Valmora", "Drevna", "Kestrel Bay", "Halvik", "Ostreva", "Kelsa", "Castelmare", "Northgate", "Brenholm",
           "Sorvik", "Verano", "Aldmere", "Brisca", "Corvell", "Dunmora", "Ellisport", "Fennick", "Greyhaven"]
_CLUB = ["FC {c}", "{c} United", "{c} Rovers", "Athletic {c}", "Sporting {c}", "{c} Albion", "Dynamo {c}",
         "{c} Town", "Real {c}", "Union {c}"]
_COUNTRIES = ["Valmora", "Estria", "Korvenland", "Lusitra", "Oberhall", "Drevania", "Marisca", "Tolvany"]
_COMPANY = ["{c} Packaging", "Norvent Systems", "{c} Industries", "Helix Components", "Brightmoor Solar",
            "Ardent Software", "{c} Machine Works", "Corvid Logistics", "Silvane Foods", "Tessaro Group"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]
_FILLER_OUTLETS = ["SAVA", "BOSP", "DANUBE", "COURIER", "ADRIATIC", "CONTINENTAL", "NEWSPULSE", "WORLDFEED",
                   "HEADLINEHUB", "GLOBEDIGEST", "MPA", "BWS"]

# ---------------------------------------------------------------------------------------------------------------
# Text machinery: markup, outlet style, sentences and pieces
# ---------------------------------------------------------------------------------------------------------------

_MARKUP = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]|\{\{(\w+)\|([.,]?)\}\}|<<(\w+)\|([^>]+)>>")
_SENTENCE_END = re.compile(r"(?:(?<=[.?!])|(?<=\|\.\}\}))\s+(?=[A-Z\[{<])")
_ALT = re.compile(r"\(\(([^()]*)\)\)")
_HEDGES = ["more than", "approximately", "roughly", "around", "nearly", "almost", "about", "some", "at least"]
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "two dozen": 24, "a dozen": 12}
_ASCII = {"ZVEČAN": "ZVECAN", "Vučić": "Vucic", "Güler": "Guler", "Yaşar": "Yasar", "Ulutaş": "Ulutas",
          "Özkan": "Ozkan", "Zvečan": "Zvecan", "Leposavić": "Leposavic", "Lajčák": "Lajcak", "Erdoğan": "Erdogan",
          "Raška": "Raska"}
_US = {"defence": "defense", "Defence": "Defense", "organised": "organized", "organising": "organizing",
       "organise": "organize",
       "recognise": "recognize", "criticised": "criticized", "armoured": "armored", "neighbours": "neighbors",
       "centre": "center", "kilometres": "kilometers", "modernised": "modernized", "equalised": "equalized",
       "Organisers": "Organizers", "organisers": "organizers"}

# A piece of text: kind "t" (plain), "claim", "quote", "x" (not a claim); text as printed; meta.
Piece = tuple[str, str, dict]


def style_text(text: str, style: dict) -> str:
    """Apply an outlet's house style to a piece of text (names, spelling, percent, apostrophes)."""
    if style.get("turkey") == "Turkey":
        text = text.replace("Türkiye", "Turkey")
    if style.get("ascii"):
        for a, b in _ASCII.items():
            text = text.replace(a, b)
    if style.get("us"):
        for a, b in _US.items():
            text = re.sub(rf"\b{a}\b", b, text)
    percent = style.get("percent", "percent")
    if percent == "%":
        text = re.sub(r"(\d) percent\b", r"\1%", text)
    elif percent == "per cent":
        text = re.sub(r"(\d) percent\b", r"\1 per cent", text)
    if style.get("quotes") == "curly":
        text = text.replace("'", "’")
    return text


def parse_figure(text: str) -> tuple[int | float, str | None]:
    """Return (value, hedge) of a planted figure phrase ("about 4,500 troops" -> (4500, "about"))."""
    low = text.lower()
    approx = None
    for hedge in _HEDGES:
        if low.startswith(hedge + " "):
            approx, low = hedge, low[len(hedge) + 1:]
            break
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)", low)
    if m:
        number = m.group(1).replace(",", "")
        return (float(number) if "." in number else int(number)), approx
    for words in sorted(_WORD_NUMBERS, key=len, reverse=True):
        if low.startswith(words + " "):
            return _WORD_NUMBERS[words], approx
    raise ValueError(f"no number in planted figure {text!r}")


def pieces_of(template: str, style: dict) -> list[Piece]:
    """Split one sentence template into pieces, styled for the outlet."""
    out: list[Piece] = []
    pos = 0
    for m in _MARKUP.finditer(template):
        if m.start() > pos:
            out.append(("t", style_text(template[pos:m.start()], style), {}))
        if m.group(1):
            text = style_text(m.group(2), style)
            value, approx = parse_figure(text)
            out.append(("claim", text, {"claim": m.group(1), "value": value, "approx": approx}))
        elif m.group(3):
            qid, punct = m.group(3), m.group(4)
            inner = style_text(QUOTES[qid][5], style)
            open_, close = ("“", "”") if style.get("quotes") == "curly" else ('"', '"')
            out.append(("quote", f"{open_}{inner}{punct}{close}", {"quote": qid, "inner": inner}))
        else:
            out.append(("x", style_text(m.group(6), style), {"kind": m.group(5)}))
        pos = m.end()
    if pos < len(template):
        out.append(("t", style_text(template[pos:], style), {}))
    return out


def paragraph(template: str, style: dict) -> list[list[Piece]]:
    """A paragraph: its sentences (the first letter capitalised), each a list of pieces."""
    sentences = _SENTENCE_END.split(template.strip())
    return [pieces_of(s[:1].upper() + s[1:], style) for s in sentences]


def _house_text(text: str, outlet: str, alternative: bool) -> str:
    """Name recurring speakers in the outlet's house style; quote the other words of a statement if asked."""
    k = INDEPENDENT.index(outlet) if outlet in INDEPENDENT else 0
    text = re.sub(r"@([A-Z]+)", lambda m: NAME_FORMS[m.group(1)][k % len(NAME_FORMS[m.group(1)])], text)
    if alternative:
        text = re.sub(r"\{\{(\w+)\|", lambda m: "{{" + (m.group(1) + "2" if m.group(1) + "2" in QUOTES
                                                         else m.group(1)) + "|", text)
    return text


def _alternatives(text: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


# Blocks of an article: ("headline", str), ("byline", str), ("furniture", str), ("caption", [pieces]),
# ("para", [[pieces], ...]). The body is the blocks' text joined by blank lines.
def block_text(block: tuple) -> str:
    kind, content = block[0], block[1]
    if kind in ("headline", "byline", "furniture"):
        return content
    if kind == "caption":
        return "".join(p[1] for p in content)
    return " ".join("".join(p[1] for p in sentence) for sentence in content)


def body_of(blocks: list[tuple]) -> str:
    return "\n\n".join(block_text(b) for b in blocks) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# Rendering articles
# ---------------------------------------------------------------------------------------------------------------

def _rng(seed: int, *key: object) -> random.Random:
    return random.Random("|".join(map(str, (seed, *key))))


def _headline_of(story: str, r: int) -> str:
    x, y = r % 4, r // 4
    return STORIES[story]["headlines"][(x + 3 * y) % 4]


def _other_headline(story: str, rng: random.Random) -> str:
    others = sorted(s for s in STORIES if s != story)
    s = rng.choice(others)
    return STORIES[s]["headlines"][rng.randrange(4)]


def _furniture_line(template: str, rng: random.Random, outlet: dict, story: str | None, title: str,
                    source: str = "") -> str:
    journalists = outlet.get("journalists") or ["Staff"]
    j = rng.choice(journalists)
    j2 = rng.choice([n for n in journalists if n != j] or journalists)
    city = STORIES[story]["city"] if story else rng.choice(_CITIES)
    other = _other_headline(story or "A", rng)
    return style_text(template.format(j=j, j2=j2, city=city, other=other, title=title, source=source), outlet)


def _caption(story: str, rng: random.Random, outlet: dict) -> tuple:
    template = rng.choice(STORIES[story]["captions"])
    credit = f"{outlet['tag']}/{rng.choice(PHOTOGRAPHERS)}"
    return ("caption", pieces_of(template.replace("{credit}", credit), outlet))


def render_story(story: str, r: int, seed: int) -> dict:
    """The r-th independent rendering of a story, by the r-th outlet of its list."""
    st = STORIES[story]
    key = st["outlets"][r]
    outlet = OUTLETS[key]
    rng = _rng(seed, "story", story, r)
    x, y = r % 4, r // 4
    title = style_text(_headline_of(story, r), outlet)
    paragraphs: list[tuple] = []
    for s, slot in enumerate(st["slots"]):
        versions = SHARED[slot] if isinstance(slot, str) else slot
        # Two renderings that share a version of a slot quote different words in it; others differ half the time.
        version = _house_text(versions[(x + s * y) % len(versions)], key, (x + y + s * y) % 2 == 1)
        for text in version.split("\n"):
            paragraphs.append(("para", paragraph(text, outlet)))
    if outlet.get("dateline"):
        country = f", {st['country']}" if st["country"] else ""
        prefix = style_text(outlet["dateline"].format(CITY=st["city"].upper(), City=st["city"], country=country),
                            outlet)
        paragraphs[0][1][0].insert(0, ("t", prefix, {"dateline": True}))
    blocks: list[tuple] = [("furniture", _furniture_line(t, rng, outlet, story, title)) for t in outlet["top"]]
    blocks.append(("headline", title))
    byline = None
    if outlet.get("byline"):
        byline = rng.choice(outlet["journalists"])
        blocks.append(("byline", f"By {byline}"))
    blocks.append(paragraphs[0])
    if outlet.get("caption"):
        blocks.append(_caption(story, rng, outlet))
    blocks.extend(paragraphs[1:])
    blocks.extend(("furniture", _furniture_line(t, rng, outlet, story, title)) for t in outlet["tail"])
    return dict(outlet=key, published=st["published"], title=title, byline=byline, story=story, copy_of=None,
                edits=[], blocks=blocks)


def render_copy(original: dict, original_id: str, story: str, aggregator: str, edits: tuple, seed: int) -> dict:
    """An aggregator's copy of a wire story: the same text, with light edits."""
    outlet = OUTLETS[aggregator]
    rng = _rng(seed, "copy", original_id, aggregator)
    blocks = [_copy_block(b) for b in original["blocks"]]
    title = original["title"]
    source = OUTLETS[original["outlet"]]["name"]
    for edit in edits:
        if edit == "headline":
            title = rng.choice(STORIES[story]["alt_headlines"])
            title = style_text(title, OUTLETS[original["outlet"]])
            blocks = [("headline", title) if b[0] == "headline" else b for b in blocks]
        elif edit == "dateline":
            for b in blocks:
                if b[0] == "para":
                    first = b[1][0]
                    if first and first[0][2].get("dateline"):
                        first.pop(0)
                    break
        elif edit == "drop":
            _drop_sentence(blocks, rng)
        elif edit == "furniture":
            top = [("furniture", _furniture_line(t, rng, outlet, story, title, source)) for t in outlet["top"]]
            tail = [("furniture", _furniture_line(t, rng, outlet, story, title, source)) for t in outlet["tail"]]
            blocks = top + blocks + tail
            if not any(b[0] == "caption" for b in blocks):
                at = next(i for i, b in enumerate(blocks) if b[0] == "para") + 1
                blocks.insert(at, _caption(story, rng, OUTLETS[original["outlet"]] | {"tag": outlet["tag"]}))
    return dict(outlet=aggregator, published=original["published"], title=title, byline=original["byline"],
                story=story, copy_of=original_id, edits=list(edits), blocks=blocks)


def _copy_block(block: tuple) -> tuple:
    """A copy of a block whose lists can be edited (pieces are never changed in place)."""
    if block[0] == "para":
        return ("para", [list(sentence) for sentence in block[1]])
    if block[0] == "caption":
        return ("caption", list(block[1]))
    return block


def _drop_sentence(blocks: list[tuple], rng: random.Random) -> None:
    """Drop one sentence of a paragraph after the lead (one carrying a claim or a quote where there is one)."""
    paras = [i for i, b in enumerate(blocks) if b[0] == "para"][1:]
    candidates = [(i, j) for i in paras for j in range(len(blocks[i][1])) if len(blocks[i][1]) > 1]
    if not candidates:
        candidates = [(i, 0) for i in paras]
    marked = [(i, j) for i, j in candidates if any(p[0] in ("claim", "quote") for p in blocks[i][1][j])]
    i, j = rng.choice(marked or candidates)
    if len(blocks[i][1]) > 1:
        del blocks[i][1][j]
    else:
        del blocks[i]


def _filler_values(rng: random.Random) -> dict:
    """Random names and numbers for the {placeholders} of filler sentences."""
    names = rng.sample(_NAMES, 6)
    cities = rng.sample(_CITIES, 4)
    return dict(
        club1=rng.choice(_CLUB).format(c=cities[0]), club2=rng.choice(_CLUB).format(c=cities[1]),
        club3=rng.choice(_CLUB).format(c=cities[2]), city=cities[0], city2=cities[1],
        country=rng.choice(_COUNTRIES), company=rng.choice(_COMPANY).format(c=cities[0]),
        company2=rng.choice(_COMPANY).format(c=cities[3]),
        **{f"p{i + 1}": name for i, name in enumerate(names)},
        **{f"p{i + 1}l": name.split()[-1] for i, name in enumerate(names)},
        wd=rng.choice(_WEEKDAYS), wd2=rng.choice(_WEEKDAYS), month=rng.choice(_MONTHS),
        ordinal=rng.choice(_ORDINALS), g1=rng.randint(2, 5), g2=rng.randint(0, 1), a1=rng.randint(41, 66),
        a_young=rng.randint(19, 34), y_old=rng.randint(1885, 1975), y_found=rng.randint(1905, 2012),
        y_recent=rng.randint(2008, 2021), d1=rng.randint(10, 95), h1=rng.randint(2, 6),
        s1=rng.choice([120, 160, 200, 250]), k1=rng.randint(2, 14), t1=rng.randint(32, 41), pct=rng.randint(5, 40),
        pct2=rng.randint(8, 60), ha=rng.randint(40, 900), h2=rng.choice([7, 8]),
        m1=rng.randint(3, 480), m2=rng.randint(5, 95), m3=rng.randint(12, 350), m4=rng.randint(100, 900),
        dv=f"{rng.randint(1, 4)}.{rng.randint(10, 95)}",
        **{f"r{i}": f"{rng.randint(0, 9)}.{rng.randint(1, 9)}" for i in range(1, 7)},
    )


def render_filler(index: int, seed: int) -> dict:
    """An unrelated story (sport, economy, business, culture, transport, weather, health, technology, education,
    housing) with distractor numbers, followed by four briefs on other topics (a round-up), so that fillers on
    one topic share few sentences."""
    rng = _rng(seed, "filler", index)
    topic = sorted(FILLERS)[index % len(FILLERS)]
    spec = FILLERS[topic]
    key = rng.choice(_FILLER_OUTLETS)
    outlet = OUTLETS[key]
    values = _filler_values(rng)
    title = style_text(_alternatives(rng.choice(spec["headlines"]), rng).format(**values), outlet)
    title = title[0].upper() + title[1:]
    chosen = [0] + rng.sample(range(1, len(spec["sentences"])), rng.randint(4, 5))
    sentences = [_alternatives(spec["sentences"][i], rng).format(**values) for i in chosen]
    for other in rng.sample([t for t in sorted(FILLERS) if t != topic], 4):
        pool, brief = FILLERS[other]["sentences"], _filler_values(rng)
        picked = rng.sample(range(len(pool)), 2)
        sentences.append("\n" + " ".join(_alternatives(pool[i], rng).format(**brief) for i in picked))
    blocks: list[tuple] = [("headline", title)]
    byline = None
    if outlet.get("byline"):
        byline = rng.choice(outlet["journalists"])
        blocks.append(("byline", f"By {byline}"))
    k = 0
    while k < len(sentences):
        if sentences[k].startswith("\n"):
            blocks.append(("para", paragraph(sentences[k][1:], outlet)))
            k += 1
            continue
        size = rng.choice([1, 2, 2, 3])
        group = sentences[k:k + size]
        group = group[:next((i for i, t in enumerate(group) if i and t.startswith("\n")), len(group))]
        blocks.append(("para", paragraph(" ".join(group), outlet)))
        k += len(group)
    blocks.extend(("furniture", _furniture_line(t, rng, outlet, None, title, "")) for t in outlet["tail"][:1])
    return dict(outlet=key, published=_filler_date(rng), title=title, byline=byline, story="filler",
                copy_of=None, edits=[], blocks=blocks, section="sport" if topic == "football" else topic)


def _filler_date(rng: random.Random) -> str:
    return (date(2023, 4, 1) + timedelta(days=rng.randrange(214))).isoformat()


# ---------------------------------------------------------------------------------------------------------------
# The plan: which articles a corpus of n holds
# ---------------------------------------------------------------------------------------------------------------

def plan(n_articles: int, seed: int = 0) -> list[tuple]:
    """The articles of a corpus of n, in order: ("story", S, r), ("copy", S, r, aggregator, edits), ("filler", i).

    The first 24 hold every planted hard case; larger corpora add the other outlets' renderings, more syndicated
    copies and fillers (about 2 : 5 : 3 until the 47 other renderings are used), a copy always after its original.
    """
    items: list[tuple] = []
    for story, st in STORIES.items():
        items.extend(("story", story, r) for r in range(st["core"]))
        items.extend(("copy", s, 0, agg, edits) for s, agg, edits in CORE_COPIES if s == story)
    items += [("filler", 0), ("filler", 1)]
    renderings = [("story", s, r) for r in range(2, 8) for s in STORIES if r >= STORIES[s]["core"]]
    core_copies = {(s, 0, agg) for s, agg, _ in CORE_COPIES}
    copies = [("copy", s, r, agg) for agg in AGGREGATORS for s in STORIES for r in range(8)
              if STORIES[s]["outlets"][r] in WIRES and (s, r, agg) not in core_copies]
    present = {(i[1], i[2]) for i in items if i[0] == "story"}
    filler = 2
    schedule = "RCFCFRCCFC"
    step = 0
    while len(items) < n_articles:
        want = schedule[step % len(schedule)]
        step += 1
        if want == "R" and renderings:
            item = renderings.pop(0)
            items.append(item)
            present.add((item[1], item[2]))
            continue
        if want in "RC":
            pick = next((k for k, c in enumerate(copies) if (c[1], c[2]) in present), None)
            if pick is not None:
                c = copies.pop(pick)
                edits = _rng(seed, "edits", *c[1:]).choice(COPY_EDITS)
                items.append((*c, edits))
                continue
        items.append(("filler", filler))
        filler += 1
    return items[:n_articles]


# ---------------------------------------------------------------------------------------------------------------
# Generation and truth
# ---------------------------------------------------------------------------------------------------------------

def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _article_id(article: dict, item: tuple, seed: int) -> str:
    digest = hashlib.sha1(repr((seed, item[:4])).encode()).hexdigest()[:8]
    return f"{_slug(OUTLETS[article['outlet']]['name'])}-{article['published']}-{digest}"


def _front_matter(article: dict, article_id: str) -> str:
    outlet = OUTLETS[article["outlet"]]
    day = article["published"].replace("-", "/")
    section = article.get("section", "world")
    lines = ["---", f"title: {json.dumps(article['title'], ensure_ascii=False)}",
             f"outlet: {json.dumps(outlet['name'], ensure_ascii=False)}", f"published: {article['published']}",
             f"url: https://www.{outlet['domain']}/{section}/{day}/{_slug(article['title'])[:60]}-{article_id[-8:]}",
             "---", ""]
    return "\n".join(lines) + "\n"


def _walk(blocks: list[tuple]) -> Iterator[tuple[int, Piece, str]]:
    """Yield (offset in body, piece, sentence text) for every piece of the body."""
    offset = 0
    for b, block in enumerate(blocks):
        if b:
            offset += 2
        if block[0] == "caption":
            text = block_text(block)
            for piece in block[1]:
                yield offset, piece, text
                offset += len(piece[1])
        elif block[0] == "para":
            for k, sentence in enumerate(block[1]):
                if k:
                    offset += 1
                text = "".join(p[1] for p in sentence)
                for piece in sentence:
                    yield offset, piece, text
                    offset += len(piece[1])
        else:
            offset += len(block[1])


def _sig_digits(value: Decimal) -> int:
    digits = value.normalize().as_tuple().digits
    return len(digits)


def ledger(rows: list[dict]) -> str:
    """same (one value), rounding (every other value is the most precise one rounded, with a hedge), or
    disagreement."""
    values = sorted({Decimal(str(r["value"])) for r in rows})
    if len(values) == 1:
        return "same"
    precise = max(values, key=_sig_digits)
    if sum(1 for v in values if _sig_digits(v) == _sig_digits(precise)) > 1:
        return "disagreement"
    for r in rows:
        v = Decimal(str(r["value"]))
        if v == precise:
            continue
        digits = _sig_digits(v)
        exponent = precise.adjusted() - digits + 1
        rounded = precise.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
        if r["approx"] is None or rounded != v:
            return "disagreement"
    return "rounding"


def generate(out: Path, n_articles: int, seed: int = 0, truth_name: str | None = "truth.json") -> dict:
    """Write n_articles articles into `out` and return the truth (also written to out/truth_name)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rendered: dict[tuple[str, int], tuple[str, dict]] = {}
    articles: list[tuple[str, dict]] = []
    for item in plan(n_articles, seed):
        if item[0] == "story":
            article = render_story(item[1], item[2], seed)
            aid = _article_id(article, item, seed)
            rendered[(item[1], item[2])] = (aid, article)
        elif item[0] == "copy":
            original_id, original = rendered[(item[1], item[2])]
            article = render_copy(original, original_id, item[1], item[3], item[4], seed)
            aid = _article_id(article, item, seed)
        else:
            article = render_filler(item[1], seed)
            aid = _article_id(article, item, seed)
        articles.append((aid, article))
    ids = [a for a, _ in articles]
    if len(set(ids)) != len(ids):
        raise AssertionError("article ids collide")
    articles.sort(key=lambda a: a[0])

    truth_articles, rows, quotes, non_claims = [], {}, [], []
    for aid, article in articles:
        blocks = article["blocks"]
        (out / f"{aid}.md").write_text(_front_matter(article, aid) + body_of(blocks), encoding="utf-8")
        furniture = [block_text(b) for b in blocks if b[0] in ("furniture", "caption")]
        truth_articles.append(dict(
            article_id=aid, outlet=OUTLETS[article["outlet"]]["name"], kind=OUTLETS[article["outlet"]]["kind"],
            published=article["published"], title=article["title"], byline=article["byline"],
            story=article["story"], copy_of=article["copy_of"], edits=article["edits"], furniture=furniture))
        for offset, (kind, text, meta), sentence in _walk(blocks):
            if kind == "claim":
                rows.setdefault(meta["claim"], []).append(dict(
                    article_id=aid, text=text, value=meta["value"], approx=meta["approx"], start=offset,
                    sentence=sentence))
            elif kind == "quote":
                speaker, speaks_for, official, about, stance, _ = QUOTES[meta["quote"]]
                quotes.append(dict(article_id=aid, opens=" ".join(meta["inner"].split()[:6]), quote=meta["inner"],
                                   speaker=speaker, speaks_for=speaks_for, official=official, about=about,
                                   stance=stance, start=offset + 1, quote_id=meta["quote"]))
            elif kind == "x":
                non_claims.append(dict(article_id=aid, text=text, kind=meta["kind"], start=offset))

    group = {a["article_id"]: a["copy_of"] or a["article_id"] for a in truth_articles}
    claims = []
    for cid in sorted(rows):
        measure, subject, start, end, basis, value = CLAIMS[cid]
        claim_rows = sorted(rows[cid], key=lambda r: (r["article_id"], r["start"]))
        claims.append(dict(claim=cid, measure=measure, subject=subject, value=value, date_start=start,
                           date_end=end, date_basis=basis, rows=claim_rows,
                           n_sources=len({group[r["article_id"]] for r in claim_rows}), ledger=ledger(claim_rows)))
    series: dict[str, list] = {}
    for c in claims:
        subject = "null" if c["subject"] is None else c["subject"]
        series.setdefault(f"{c['measure']}|{subject}", []).append([c["date_start"], c["value"]])
    series = {k: sorted(v) for k, v in sorted(series.items()) if len({d for d, _ in v}) > 1}
    truth = dict(articles=truth_articles, claims=claims, series=series,
                 quotes=sorted(quotes, key=lambda q: (q["article_id"], q["start"])),
                 non_claims=sorted(non_claims, key=lambda x: (x["article_id"], x["start"])))
    if truth_name:
        (out / truth_name).write_text(json.dumps(truth, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return truth


def read_body(path: Path) -> str:
    """The body of a generated article: the text after the front matter (what truth offsets index)."""
    text = Path(path).read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n\n")
    if not head.startswith("---\n") or not sep:
        raise ValueError(f"{path}: no front matter")
    return body


if __name__ == "__main__":  # python tests/planted.py OUT N [SEED]
    import sys

    result = generate(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    print(len(result["articles"]), "articles,", len(result["claims"]), "claims,", len(result["quotes"]), "quotes")
