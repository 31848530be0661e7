"""Actor mentions: dictionary aliases, whole words, capitals as governments, groups, and discovered people."""

from __future__ import annotations

from helpers.actors import dictionary, discover_people, find_mentions
from helpers.document import ArticleDoc
from helpers.segment import split_sentences


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
