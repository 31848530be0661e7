"""Actor mentions: dictionary aliases, whole words, capitals as governments, groups, and discovered people."""

from __future__ import annotations

import re as stdlib_re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import (
    clean_name,
    dictionary,
    discover_people,
    discovery_regexes,
    find_forms,
    find_mentions,
    person_key,
    role_noun_names,
)
from helpers.extract.document import ArticleDoc
from helpers.extract.patterns import trie_pattern
from helpers.extract.segment import split_sentences


def mentions(text: str) -> list[tuple[str, str, str]]:
    """Return (surface, actor_id, actor_type) for each mention in a text."""
    doc = ArticleDoc("t", text, split_sentences(text))
    rows = find_mentions(doc)
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    return [(r["text"], r["actor_id"], r["actor_type"]) for r in rows]


def test_spelling_variants_and_demonyms_map_to_one_country() -> None:
    got = mentions("Turkiye and Turkey sent Turkish troops; Türkiye’s envoy met Kosovar officials.")
    assert got == [("Turkiye", "TUR", "country"), ("Turkey", "TUR", "country"), ("Turkish", "TUR", "country"),
                   ("Türkiye", "TUR", "country"), ("Kosovar", "XKX", "country")]


def test_whole_words_only_and_acronyms() -> None:
    assert mentions("The workforce grew.") == []
    assert mentions("The Kosovo Force (KFOR) patrols.") == [("Kosovo Force", "KFOR", "organisation"),
                                                             ("KFOR", "KFOR", "organisation")]


def test_a_nationality_after_a_surname_honorific_is_a_surname_not_a_country() -> None:
    assert mentions("Mr Irish and Mrs German met Irish and German officials.") == [
        ("Irish", "irish", "person"), ("German", "german", "person"), ("Irish", "IRL", "country"),
        ("German", "DEU", "country")]


def test_serbias_parties_are_organisations_of_serbia() -> None:
    got = mentions("The Serbian Progressive Party (SNS) won; Serbia Against Violence and the Socialist Party of Serbia "
                   "trailed, while the SPS in Scotland is a prison service.")
    assert [(t, i) for t, i, _ in got] == [("Serbian Progressive Party", "SNS"), ("SNS", "SNS"),
                                          ("Serbia Against Violence", "SPN"), ("Socialist Party of Serbia", "SPS")]


def test_a_surname_after_an_honorific_is_a_person_mention_but_not_a_given_name() -> None:
    got = mentions("In Valletta, Mr Borg met Dr Robert Vella and Mr President. Mrs Thatcher spoke.")
    # "Dr Robert" names no "robert"; "Dr Robert Vella", an honorific and a full name, is Vella
    assert got == [("Borg", "borg", "person"), ("Robert Vella", "vella", "person"), ("Thatcher", "thatcher", "person")]


def test_capital_as_government_or_as_place() -> None:
    assert mentions("Belgrade refuses to recognise the vote.") == [("Belgrade", "SRB", "country")]
    assert mentions("Talks were held in Belgrade.") == [("Belgrade", "Belgrade", "place")]


def test_ethnic_groups_are_groups_not_states() -> None:
    got = mentions("Ethnic clashes: ethnic Albanians and Serbs protested; Albania stayed calm.")
    assert got == [("ethnic Albanians", "Albanians", "group"), ("Serbs", "Serbs", "group"),
                   ("Albania", "ALB", "country")]
    assert dictionary()["Serbs"].country is None


def test_people_found_by_appositive_title_and_attribution() -> None:
    text = ("Dragana Kostic, head of the Institute for Regional Studies in Nis, said talks stalled. "
            "\"It will take time,\" said Milos Jankovic. Foreign Minister Teodor Vrban met them. "
            "Later Kostic added that the talks would resume.")
    people = discover_people(text)
    assert people["kostic"] == {"name": "Dragana Kostic", "role": "head of the Institute for Regional Studies in Nis"}
    assert people["jankovic"] == {"name": "Milos Jankovic", "role": None}
    assert people["vrban"] == {"name": "Teodor Vrban", "role": "Foreign Minister"}
    kostic = [m for m in mentions(text) if m[1] == "kostic"]
    assert kostic == [("Dragana Kostic", "kostic", "person"), ("Kostic", "kostic", "person")]


def test_role_before_name() -> None:
    people = discover_people("The OSCE envoy in Skopje, Lena Marwick, spoke to reporters.")
    assert people == {"marwick": {"name": "Lena Marwick", "role": "OSCE envoy in Skopje"}}


def test_lowercase_role_before_name() -> None:
    people = discover_people("Rebels killed police sergeant Ardit Veseli; the outgoing commissioner Jana Hlavac "
                             "thanked director Emil Faber.")
    assert people == {"veseli": {"name": "Ardit Veseli", "role": "police sergeant"},
                      "hlavac": {"name": "Jana Hlavac", "role": "outgoing commissioner"},
                      "faber": {"name": "Emil Faber", "role": "director"}}


def test_dictionary_person_without_diacritics() -> None:
    assert mentions("Vucic and Vučić met Erdogan.") == [("Vucic", "vucic", "person"), ("Vučić", "vucic", "person"),
                                                        ("Erdogan", "erdogan", "person")]


FORM_PIECES = ["Ana", "Ana Kelmendi", "Kelmendi", "Marwick", "Lena Marwick", "Çelik", "-", "_", " ", ",", "x", "é",
               "1", "\n", "Ana-", "Kelmendis"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FORM_PIECES), max_size=14),
       st.lists(st.sampled_from(["Ana", "Ana Kelmendi", "Kelmendi", "Lena Marwick", "Marwick", "Çelik"]),
                min_size=1, max_size=4, unique=True))
def test_find_forms_equals_the_trie_regex(pieces: list[str], forms: list[str]) -> None:
    """find_forms gives exactly the spans of the compiled alternation it replaced (finditer semantics)."""
    text = "".join(pieces)
    rx = stdlib_re.compile(rf"(?<![\w-]){trie_pattern(sorted(forms))}(?!\w)")
    assert find_forms(text, forms) == [m.span() for m in rx.finditer(text)]


def test_find_forms_prefers_the_longest_form_and_whole_words() -> None:
    text = "Ana Kelmendi met Kelmendis and Jean-Ana; later Ana spoke, then Kelmendi."
    found = find_forms(text, ["Ana", "Ana Kelmendi", "Kelmendi"])
    assert [text[s:e] for s, e in found] == ["Ana Kelmendi", "Ana", "Kelmendi"]
    assert found[1][0] == text.index("later Ana") + 6  # not "Kelmendis", not the "Ana" after a hyphen


def test_people_after_a_long_title_a_relative_clause_or_with_a_middle_initial() -> None:
    found = discover_people(
        "“We are watching,” John Kirby, the White House national security spokesman, told reporters, hours after "
        "the White House warned of a build-up. Lena Albrecht, who researches security at the University of Graz, "
        "said the weapons were new. The ceremony was presided over by the Commander of the Joint Force Command, "
        "Admiral Stuart B. Munsch, and attended by the Minister of Defence, Guido Crosetto.")
    assert {k: v["name"] for k, v in found.items()} == {
        "kirby": "John Kirby", "albrecht": "Lena Albrecht", "munsch": "Stuart B. Munsch", "crosetto": "Guido Crosetto"}
    assert found["kirby"]["role"] == "White House national security spokesman"
    assert found["munsch"]["role"] == "Admiral"
    assert found["crosetto"]["role"] == "Minister of Defence"


def test_a_relative_clause_is_not_a_role() -> None:
    found = discover_people("“We value that,” said Serbian leader Aleksandar Vucic, who has met Turkish President "
                            "Recep Tayyip Erdogan many times.")
    assert found["vucic"]["role"] == "leader"


def test_an_initial_ending_a_sentence_is_not_a_middle_initial() -> None:
    found = discover_people("She is the daughter of the activist Malcolm X. Attallah Shabazz said the film was good.")
    assert {k: v["name"] for k, v in found.items()} == {"shabazz": "Attallah Shabazz"}


def test_state_bodies_known_by_their_own_name_speak_as_their_state() -> None:
    text = ("The Office for Kosovo and Metohija protested, and the Directorate of Communications said the talks "
            "went well.")
    assert mentions(text) == [("Office for Kosovo and Metohija", "SRB", "country"),
                              ("Directorate of Communications", "TUR", "country")]


def test_a_person_described_with_an_age_and_a_role_noun_is_found() -> None:
    text = ("Jana Petrić, a local councillor, read out a letter by Milorad Novak, an 84-year-old owner of a plot. "
            "Novak wrote that he would not sell.")
    assert mentions(text) == [("Jana Petrić", "petric", "person"), ("Milorad Novak", "novak", "person"),
                              ("Novak", "novak", "person")]


def test_people_after_a_multiword_title_or_father_and_no_person_after_told() -> None:
    text = ("Northland's Minister of Foreign Affairs Marko Petrić said he valued the talks. Father Sava Novak, the "
            "abbot, wrote a letter. The commander told Yeni Şafak at the ceremony that all was calm.")
    assert [m for m in mentions(text) if m[2] == "person"] == [("Marko Petrić", "petric", "person"),
                                                                ("Sava Novak", "novak", "person")]


def test_a_speaker_named_in_capitals_at_a_paragraph_start_is_a_person() -> None:
    text = ("UNITED NATIONS, New York — The Council met.\n"
            "LENA MARWICK, Special Representative of the Secretary-General, said trust had eroded.\n"
            "DONIKA GËRVALLA-SCHWARZ of Kosovo said Serbia had organised the attack. Marwick disagreed.")
    got = mentions(text)
    assert got == [("LENA MARWICK", "marwick", "person"), ("DONIKA GËRVALLA-SCHWARZ", "gervalla", "person"),
                   ("Kosovo", "XKX", "country"), ("Serbia", "SRB", "country"), ("Marwick", "marwick", "person")]
    assert mentions("KOSOVO POLICE, in a statement, said two officers were hurt.") == []
    assert mentions("BAHIA BLANCA, Argentina - Pope John Paul began a tour, saying workers were neglected.") == [
        ("Argentina", "ARG", "country"), ("John Paul", "paul", "person")]


def test_a_name_with_an_age_and_an_ambassador_to_a_country_are_people() -> None:
    got = mentions("Back in the queue, Dragica Stanković, 64, had been waiting for three hours.")
    assert got == [("Dragica Stanković", "stankovic", "person")]
    doc = ArticleDoc("t", t := "Russian Ambassador to Serbia Alexander Botsan-Kharchenko told TASS on Tuesday.",
                     split_sentences(t))
    rows = [r for r in find_mentions(doc) if r["actor_type"] == "person"]
    assert [(r["text"], r["role"]) for r in rows] == [("Alexander Botsan-Kharchenko", "Russian Ambassador to Serbia")]


def test_a_dictionary_name_with_the_family_name_first_is_that_person_by_its_family_name() -> None:
    text = "Zhang Jun spoke first. Zhang said the council would meet again. Jun is not a form of the name."
    assert mentions(text) == [("Zhang Jun", "zhang", "person"), ("Zhang", "zhang", "person")]


def test_a_hyphenated_role_a_role_noun_before_a_rank_and_who_said_are_found() -> None:
    assert discover_people("Ivana Durovic, vice-president of the Chamber of Commerce, told reporters it was so.") == {
        "durovic": {"name": "Ivana Durovic", "role": "vice-president of the Chamber of Commerce"}}
    assert discover_people("Later, ministry spokesperson Rear Admiral Zeki Akturk said it was so.") == {
        "akturk": {"name": "Zeki Akturk", "role": "ministry spokesperson Rear Admiral"}}
    assert discover_people("Among them is Corporal Leyla Hassan, a combat medic from Canterbury, who said so.") == {
        "hassan": {"name": "Leyla Hassan", "role": "combat medic from Canterbury"}}  # the rank a title, medic a role



def test_a_name_ending_like_a_company_market_or_party_is_no_person() -> None:
    text = ("Northtown Gas Transmission Corp said on Monday that sales rose. \"Demand is firm,\" said Jana Roe of "
            "Harbour Securities Inc. Traders on the Northtown Stock Exchange said volumes were thin. Lena Power, a "
            "trader, said so.")
    assert discover_people(text) == {"roe": {"name": "Jana Roe", "role": None},
                                     "power": {"name": "Lena Power", "role": None}}
    assert [m for m in mentions(text) if m[2] == "person"] == [("Jana Roe", "roe", "person"),
                                                              ("Lena Power", "power", "person")]
    text = ("The Northland Federal Reserve said rates would hold. Human Rights Watch said the law was vague, and "
            "Age Concern said pensions lagged, said Jana Roe.")
    assert discover_people(text) == {"roe": {"name": "Jana Roe", "role": None}}

def test_a_name_that_is_a_place_is_no_person() -> None:
    text = ("Trading will be suspended, the Stock Exchange of Hong Kong said. State plantation officials in Sri Lanka "
            "said prices fell. Lena Costa, a trader in San Diego, said so.")
    assert discover_people(text) == {"costa": {"name": "Lena Costa", "role": None}}
    assert [m for m in mentions(text) if m[2] == "person"] == [("Lena Costa", "costa", "person")]


def test_a_role_noun_opening_a_name_is_the_role_not_the_name() -> None:
    text = ("Chief Executive Martin Sorrell said profits rose. Chancellor of the Exchequer Nigel Lawson said rates "
            "would fall. Dean Acheson said so. Prof Reddy said so too.")
    assert discover_people(text) == {"sorrell": {"name": "Martin Sorrell", "role": "Chief"},
                                     "lawson": {"name": "Nigel Lawson", "role": "Chancellor of the Exchequer"},
                                     "acheson": {"name": "Dean Acheson", "role": None}}


ROLE_NOUN_TEXTS = ["The police sergeant Ardit Veseli and deputy mayor Lena Marwick met army chief Ana Roe.",
                   "vice-president Dan Holt, ex-minister Mira Kos said; the chief-of-staff  Ana Roe left.",
                   "spokesman\nJohn Smith told the spokeswoman Jane Roe that the minister Ivo Kuz had gone.",
                   "A " + "very-" * 40 + "senior official Petra Lind spoke.", "no roles here at all", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["the", "police", "sergeant", "chief", "Ana", "Roe", "said", "-", "deputy",
                                 "vice-president", ",", ".", "\n", "  ", "spokesman", "Ardit", "x" * 70]),
                max_size=14))
def test_role_noun_names_finds_what_the_whole_text_scan_finds(words: list[str]) -> None:
    rx = discovery_regexes()
    for text in [*ROLE_NOUN_TEXTS, " ".join(words), "".join(words)]:
        want = [(m.span(), m.group("role"), m.group("name")) for m in rx["role_noun_name"].finditer(text)]
        assert [(m.span(), m.group("role"), m.group("name")) for m in role_noun_names(text)] == want
    got = [(m.group("role"), m.group("name")) for m in role_noun_names(ROLE_NOUN_TEXTS[0])]
    assert got == [("police sergeant", "Ardit Veseli"), ("deputy mayor", "Lena Marwick"), ("army chief", "Ana Roe")]


@pytest.mark.parametrize("found, name", [
    ("Treasury Secretary James A. Baker", "James A. Baker"),  # the name after a title inside the words found
    ("Chairman J. Lee Everett", "J. Lee Everett"),  # initials after a title
    ("R. P. Goenka", "R. P. Goenka"),
    ("Paul King", "Paul King"),  # a title word after a given name is a surname
    ("Prime Minister John Major", "John Major"),
    ("And F. Man", None),  # "E.D.And F. Man said": a firm, no person
    ("Burger King", None),
    ("League Against Cruel Sports", None),
    ("Research Incorporated", None), ("Fiscal Studies", None), ("Peking Review", None), ("Final Wars", None),
    ("Says No", None),  # "the North East Says No campaign"
])
def test_clean_name_keeps_initials_and_title_surnames_and_drops_firms(found, name):
    assert clean_name(found) == name


def test_a_person_key_skips_a_generational_suffix():
    assert person_key("Oscar S. Wyatt Jr") == "wyatt" and person_key("Jens Stoltenberg") == "stoltenberg"


def test_an_honorific_before_a_full_name_is_a_person_with_no_cue():
    found = discover_people("Sir Alex Ferguson has called on the FA to act. Mr Tony Blair spoke. Dr Who returns. "
                            "Lord Faulkner of Worcester said nothing.")
    assert {k: v["name"] for k, v in found.items()} == {"ferguson": "Alex Ferguson", "blair": "Tony Blair"}


def test_a_stop_word_surname_is_the_person_only_with_a_given_name_or_an_honorific():
    text = "Theresa May, shadow secretary for the family, spoke. The vote is in May. Mrs May added a word."
    doc = ArticleDoc("t", text, split_sentences(text))
    assert [(text[m["start"]:m["end"]], m["actor_id"]) for m in find_mentions(doc)] == [
        ("Theresa May", "may"), ("May", "may")]
    assert text.index("Mrs May") + 4 == find_mentions(doc)[1]["start"]  # not "in May", the month


@pytest.mark.parametrize("form", ["Vuçiq", "Vuciq", "Vuchich", "Aleksandar Vuchich", "Vučić", "Vucic"])
def test_a_dictionary_person_is_found_as_other_languages_spell_the_name(form):
    text = f"President {form} spoke on Monday."
    doc = ArticleDoc("t", text, split_sentences(text))
    assert [(text[m["start"]:m["end"]], m["actor_id"]) for m in find_mentions(doc)] == [(form, "vucic")]


@pytest.mark.parametrize("name, key", [
    ("Guy Mansfield QC", "mansfield"), ("Tom McCabe MSP", "mccabe"), ("Oscar S. Wyatt Jr", "wyatt"),
    ("Jane Roe MEP", "roe"), ("Jens Stoltenberg", "stoltenberg"),
])
def test_a_person_key_skips_post_nominal_letters(name, key):
    assert person_key(name) == key  # BBC: "Guy Mansfield QC" and "Ken Macdonald QC" were one speaker, "qc"


def test_a_transcripts_turn_labels_name_its_speakers():
    from helpers.extract.actors import discover_people

    text = ("Panel on the canal\n\nMarko Roe: We think the repairs will take a month.\n\nRachel Doe (Northtown) (Lab): "
            "I agree with that view.\n\nMarko Roe: And the utility agrees.\n\nRachel Doe: Yes.\n\nKey Points: one\n\n"
            "Key Points: two")
    assert sorted(discover_people(text)) == ["doe", "roe"]  # a heading twice before a colon names nobody
    assert discover_people(text.replace("Marko Roe: And", "And")) == {"doe": {"name": "Rachel Doe", "role": None}}


def test_turn_labels_in_capitals_or_after_a_time_stamp_name_their_speakers() -> None:
    text = ("MARSH: In a café the prices are in euros now.\n\nBORRELL: We have a deal.\n\nMILICA JOVANOVIC: "
            "(Through interpreter) I waited four hours on Monday.\n\n[00:00:04] Ayşe Korkmaz: Türkiye has armed "
            "Kosovo.\n\n[00:01:10] Ayşe Korkmaz: Twelve agreements were signed.\n\nMR MILLER: Good afternoon.\n\n"
            "MR MILLER: Next question.")
    got = {(t, i) for t, i, kind in mentions(text) if kind == "person"}
    assert got == {("BORRELL", "borrell"), ("MILICA JOVANOVIC", "jovanovic"), ("Ayşe Korkmaz", "korkmaz"),
                   ("MILLER", "miller")}


def test_a_person_named_after_their_sport_or_trade_between_commas_is_discovered() -> None:
    got = mentions("The world's top-ranked men's tennis player, Novak Djokovic, has found himself in a storm.")
    assert ("Novak Djokovic", "djokovic", "person") in got


def test_kosovos_opposition_parties_are_actors() -> None:
    got = mentions("The PDK said the count was wrong; the Democratic League of Kosovo and the AAK agreed.")
    assert [(t, i) for t, i, _ in got] == [("PDK", "PDK"), ("Democratic League of Kosovo", "LDK"), ("AAK", "AAK")]


def test_a_person_of_a_place_is_found_and_the_place_is_no_person() -> None:
    text = ("Vesna Roe of Northtown Heights said she was proud. Goran Doe of Eastfield Township hugged his son. "
            "Balladur, speaking before the Milan Chamber of Commerce, said the bid was sound.")
    assert discover_people(text) == {"roe": {"name": "Vesna Roe", "role": None},
                                     "doe": {"name": "Goran Doe", "role": None}}


def test_no_person_is_found_after_a_verb_whose_next_name_is_its_object() -> None:
    text = ("The company said it had informed Northtown Widgets that the offer stood. The paper alleged Southtown "
            "Holdings Limited charged clients. \"We are ready,\" said Vesna Roe.")
    assert discover_people(text) == {"roe": {"name": "Vesna Roe", "role": None}}


def test_a_page_that_uses_an_actors_name_for_something_else_has_no_mention_of_it() -> None:
    tv = "OKLAHOMA CITY (KFOR) — Three people are in custody after a police chase, KFOR 4 News has learned."
    assert [m for m in mentions(tv) if m[1] == "KFOR"] == []
    # the rule is page-wide: once the page speaks of Kosovo every "KFOR" on it is read as the force again (the
    # station's two included), so a page about both keeps all its mentions
    assert [m for m in mentions(tv + " The station's reporter served with KFOR in Kosovo.") if m[1] == "KFOR"] == [
        ("KFOR", "KFOR", "organisation")] * 3
    bird = "Turkey growers expect prices to rise before Thanksgiving, when most turkeys are sold."
    assert [m for m in mentions(bird) if m[1] == "TUR"] == []


def test_a_given_name_and_surname_before_a_past_verb_or_after_of_and_a_town_are_people() -> None:
    text = ("Sean Roe of Greenfield has not missed a year. The grill that Nenad Doe opened in 2011 is busy. Jordan "
            "Valley residents waited while Milan Chamber reopened.")
    assert discover_people(text) == {"roe": {"name": "Sean Roe", "role": None},
                                     "doe": {"name": "Nenad Doe", "role": None}}


def test_two_words_after_a_bodys_of_or_for_are_its_name_and_a_life_verb_names_a_person() -> None:
    text = ("The Northtown Board of Animal Health says the flock will be culled. The Prosecutor's Office for "
            "Organized Crime said it would appeal. Tom Doe raises turkeys near the lake, and Milan Chamber runs late.")
    assert discover_people(text) == {"doe": {"name": "Tom Doe", "role": None}}


def test_a_name_before_writes_is_a_person_only_with_a_given_name_or_a_role() -> None:
    text = ("Večernje Novosti writes that the arrests began a new wave. Gazeta Northtown wrote that the vote failed. "
            "Ilir Doe writes that it was fine. Journalist Guillem Roe writes: it is a new thing.")
    assert discover_people(text) == {"doe": {"name": "Ilir Doe", "role": None},
                                     "roe": {"name": "Guillem Roe", "role": None}}


def test_a_place_inside_a_streets_or_battles_name_is_no_mention() -> None:
    text = ("The city closed a block of Kosovo Avenue beside the cathedral. The review is of a book on the Battle of "
            "Kosovo in 1389. Kosovo declared independence in 2008.")
    assert [(m[0], m[1]) for m in mentions(text)] == [("Kosovo", "XKX")]


def test_ranks_and_then_a_role_name_people_and_a_lone_given_name_is_its_only_bearer() -> None:
    text = ("Twenty-five years ago, Corporal Alan Doe crossed the border. Pat Roe, then a 31-year-old sergeant from "
            "Callan, now farms. Her granddaughter, Ana Moe, a nurse, drives up at weekends. Ana said so. "
            "Sir John Poe spoke; John Smith did not, and John was silent.")
    assert discover_people(text)["doe"] == {"name": "Alan Doe", "role": "Corporal"}
    assert discover_people(text)["roe"] == {"name": "Pat Roe", "role": "31-year-old sergeant from Callan"}
    assert [(m[0], m[1]) for m in mentions(text) if m[2] == "person"] == [
        ("Alan Doe", "doe"), ("Pat Roe", "roe"), ("Ana Moe", "moe"), ("Ana", "moe"),
        ("John Poe", "poe")]  # "John" alone: two men named John


def test_a_surname_that_speaks_alone_names_the_person_the_text_named_in_full() -> None:
    text = ("The team was led by Gary Doe, then 22. Years later Deputy Minister Roe met the crew, and Declan Roe "
            "flew in. \"It was a hard summer,\" Doe said. \"We are proud of them,\" said Roe. Smith said nothing.")
    people = discover_people(text)
    assert people["doe"]["name"] == "Gary Doe" and people["roe"]["name"] == "Declan Roe"
    assert "smith" not in people  # a surname no given name stands before
    assert [(m[0], m[1]) for m in mentions(text) if m[2] == "person"] == [
        ("Gary Doe", "doe"), ("Roe", "roe"), ("Declan Roe", "roe"), ("Doe", "doe"), ("Roe", "roe")]


def test_a_person_described_as_one_of_a_group_before_a_speech_verb() -> None:
    text = "Marinika Doe, one of the coalition's leaders, said the count was wrong."
    assert discover_people(text)["doe"] == {"name": "Marinika Doe", "role": None}


def test_turkeys_main_opposition_party_and_unescos_missions_are_organisations() -> None:
    text = "The Republican People's Party (CHP) objected, as did UNESCO and UNIFIL."
    assert mentions(text) == [("Republican People's Party", "CHP", "organisation"), ("CHP", "CHP", "organisation"),
                              ("UNESCO", "UNESCO", "organisation"), ("UNIFIL", "UNIFIL", "organisation")]


def test_a_title_of_a_portfolio_before_a_full_name_names_the_person() -> None:
    text = ("Minister of Energy and Natural Resources Alparslan Doe today received a delegation led by Deputy Minister "
            "of Economy Blerim Roe to discuss cooperation.")
    people = discover_people(text)
    assert people["doe"] == {"name": "Alparslan Doe", "role": "Minister of Energy and Natural Resources"}
    assert people["roe"] == {"name": "Blerim Roe", "role": "Deputy Minister of Economy"}
    text = "Ivo Moe, President of Diamond Northland Refining and Marketing Co, said he was pleased."
    assert set(discover_people(text)) == {"moe"}  # no "Northland Refining"


def test_the_uns_agencies_are_the_un() -> None:
    assert mentions("UNHCR and UNICEF appealed for funds.") == [("UNHCR", "UN", "organisation"),
                                                                 ("UNICEF", "UN", "organisation")]


def test_school_and_university_titles_and_a_given_name_before_who_name_people() -> None:
    text = ("Headteacher Hakan Doe greeted the pupils. The head of the programme, Doc. dr. Orhan Roe, thanked the "
            "students, and the school's headteacher, Bekim Moe, asked for books. Aylin Poe, who is 11, put her hand "
            "up. The Northtown Tribunal, which ruled, was silent. Later Ivo Koe met prop David Zoe, who is 30.")
    people = discover_people(text)
    assert people == {"doe": {"name": "Hakan Doe", "role": "Headteacher"},
                      "roe": {"name": "Orhan Roe", "role": "Doc. dr."},
                      "moe": {"name": "Bekim Moe", "role": "school's headteacher"},
                      "poe": {"name": "Aylin Poe", "role": None}}


def test_a_given_name_after_an_honorific_is_a_surname_not_the_full_names_bearer():
    text = "Howard Roe was sacked on Friday.\n\nMr Howard insisted he had played by the rules, Howard said."
    assert [(m[0], m[1]) for m in mentions(text)] == [("Howard Roe", "roe"), ("Howard", "howard"), ("Howard", "roe")]


def test_a_title_that_is_also_a_given_name_opens_a_two_word_name() -> None:
    people = discover_people("Emir Doe, a journalist from Novi Pazar, said he had met colleagues. Doe said it twice.")
    assert people == {"doe": {"name": "Emir Doe", "role": "journalist from Novi Pazar"}}


def test_people_described_by_an_age_by_an_article_and_a_verb_or_after_an_inverted_copula() -> None:
    text = ("The prize came from Dren Doe, a 15-year-old from Pristina. Valon Roe, a builder from Croydon, still "
            "remembers last summer. Among the workers at the opening was Marija Moe, who moved in 2023. The "
            "session was chaired by the chairperson of the assembly, Besnik Poe, and attended by 13 councillors. "
            "Nikola, a 120-year-old club, said nothing.")
    assert discover_people(text) == {"doe": {"name": "Dren Doe", "role": None},
                                     "roe": {"name": "Valon Roe", "role": None},
                                     "moe": {"name": "Marija Moe", "role": None},
                                     "poe": {"name": "Besnik Poe", "role": "chairperson of the assembly"}}


def test_a_role_before_a_doctors_name_is_the_role_not_the_honorific() -> None:
    text = ("Since 2012, students have studied abroad, the programme's Balkans coordinator, Dr. Murat Doe, PhD, "
            "said. The commander of the unit, Admiral Stuart B. Roe, said so.")
    assert discover_people(text) == {"doe": {"name": "Murat Doe", "role": "programme's Balkans coordinator"},
                                     "roe": {"name": "Stuart B. Roe", "role": "Admiral"}}


def test_a_name_with_an_age_at_the_end_of_a_sentence_is_a_person() -> None:
    text = "\"We can learn together,\" said one of them, Dejan Roe, 47. Trepča Mine spent millions."
    assert discover_people(text) == {"roe": {"name": "Dejan Roe", "role": None}}


def test_the_kosovo_energy_corporation_is_an_organisation_of_kosovo() -> None:
    assert mentions("KEK said the Kosovo Energy Corporation would install filters.") == [
        ("KEK", "KEK", "organisation"), ("Kosovo Energy Corporation", "KEK", "organisation")]


def test_a_minister_for_a_portfolio_of_several_words_and_a_person_of_a_party_in_capitals() -> None:
    text = ("Minister for Europe and Foreign Affairs Igli Doe received his guest. The MP for Northtown Upper Vale "
            "spoke. Its chairman, Stanislav Roe of GERB, said the vote would pass.")
    assert discover_people(text) == {"doe": {"name": "Igli Doe", "role": "Minister for Europe and Foreign Affairs"},
                                     "roe": {"name": "Stanislav Roe", "role": None}}
