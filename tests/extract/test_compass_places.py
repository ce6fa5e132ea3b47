"""A compass word names a part of a place ("im Norden des Gazastreifens", "en el este de Ucrania"), never a place of
its own, though "Norden" (Germany) and "Este" (Italy) are towns: the place is the one it is part of. Texts written for
these tests."""

from __future__ import annotations

import pytest


def place(extractor, article, body, lang):
    events = extractor.extract(article(body, lang)).events
    return events[0].location.name if events and events[0].location else None


@pytest.mark.parametrize("lang,body,where", [
    ("de", "Bei einem Luftangriff im Norden des Gazastreifens wurden fünf Menschen getötet.", "Gaza Strip"),
    ("de", "Im Süden des Gazastreifens wurden bei einem Luftangriff vier Menschen getötet.", "Gaza Strip"),
    ("de", "Bei einem Raketenangriff im Osten der Ukraine wurden drei Zivilisten getötet.", "Ukraine"),
    ("de", "Im Westen Bagdads explodierte eine Autobombe, zwei Menschen wurden getötet.", "Baghdad"),
    ("de", "Norden des Irak: Bei einem Drohnenangriff wurden zwei Kämpfer getötet.", "Iraq"),
    ("es", "Un bombardeo en el norte de la Franja de Gaza mató a cinco personas.", "Gaza Strip"),
    ("es", "Este de Ucrania: un ataque con misiles mató a tres civiles.", "Ukraine"),
    ("fr", "Est de l'Ukraine : une frappe de missiles a tué trois civils.", "Ukraine"),
    ("en", "An air strike in the north of the Gaza Strip killed five people.", "Gaza Strip"),
    ("en", "East of Ukraine: a missile strike killed three civilians.", "Ukraine"),
    ("ar", "قتل خمسة أشخاص في غارة جوية في شمال قطاع غزة.", "Gaza Strip"),
    ("ar", "قتل ثلاثة مدنيين في قصف صاروخي في شرق أوكرانيا.", "Ukraine"),
])
def test_the_place_is_the_one_the_compass_word_is_part_of(extractor, article, lang, body, where):
    assert place(extractor, article, body, lang) == where


def test_a_named_region_with_a_compass_word_stays_a_place(extractor, article):
    body = "Bei einem Luftangriff im Süden des Libanon wurden zwei Menschen getötet."
    assert place(extractor, article, body, "de") == "South Lebanon"
