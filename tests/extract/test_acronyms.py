"""Capitalised short words (UN, US, EU, "Un" after a dateline) are no towns: Un is a town in India."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 3, 2, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body", [
    ("de", "Nach UN-Angaben wurden am Montag in der Region drei Menschen getötet."),
    ("de", "Seit Jahresbeginn wurden nach UN-Angaben mehr als 600 Zivilisten getötet."),
    ("fr", "Selon l'ONU et l'UE, trois personnes ont été tuées lundi dans une attaque."),
])
def test_no_town_from_an_acronym(extract, lang, body):
    extraction = extract(body, lang, "", PUBLISHED)
    assert "Un" not in [e.location.name for e in extraction.events if e.location]


def test_a_dateline_word_does_not_place_the_sentence_start(extract):
    """"CIUDAD DE MÉXICO, 4 mar (EFE).- Un grupo armado": the dateline's "de" is no locative for "Un" (India)."""
    body = ("CIUDAD DE MÉXICO, 4 mar (EFE).- Un grupo armado asesinó a cinco personas en un bar de la ciudad de "
            "Celaya, en el estado mexicano de Guanajuato, informaron este miércoles las autoridades.")
    extraction = extract(body, "es", "", PUBLISHED)
    assert [e.location.name for e in extraction.events if e.location] == ["Celaya"]
