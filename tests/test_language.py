"""The cheap language guess: the language whose function words make up most of the text, else "und"."""

from __future__ import annotations

import pytest

from helpers.extract.language import guess_language


@pytest.mark.parametrize(("text", "lang"), [
    ("The mission said on Tuesday that it was ready to help the police in the north of the country.", "en"),
    ("Die Regierung hat am Dienstag erklärt, dass sie mit der Polizei im Norden des Landes arbeiten wird.", "de"),
    ("Le gouvernement a déclaré mardi que la police est prête pour les élections dans le nord du pays.", "fr"),
    ("Hükümet bu sabah bir açıklama yaptı ve bu konuda daha çok çalışma için bir plan olarak sundu.", "tr"),
    ("Qeveria tha të martën se policia është gati për zgjedhjet në veri të vendit dhe se ka plan.", "sq"),
    ("KFOR NATO EULEX OSCE 2023 4,500", "und"),
    ("", "und"),
])
def test_language_of_a_sentence(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_tie_between_languages_goes_to_the_first_in_alphabetical_order() -> None:
    assert guess_language("de la de la") == "es"  # "de" and "la" are Spanish and French words; es sorts first
