"""A neighbourhood is named after its city ("la colonia Tierra Blanca de Culiacán"): the event is in the city, not
in a same-named town elsewhere in the country. And a place whose name begins like a veto word ("Tierra" and the
German "Tier", animal) keeps its event. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body", [
    ("es", "Al menos seis hombres murieron el domingo en un enfrentamiento armado en la colonia Tierra Blanca de "
           "Culiacán, informó la Fiscalía."),
    ("es", "Seis personas murieron el domingo en un tiroteo en el barrio Tierra Blanca de Culiacán, según la policía."),
    ("de", "Bei einem Feuergefecht im Viertel Tierra Blanca von Culiacán sind am Sonntag sechs Menschen getötet "
           "worden, teilte die Staatsanwaltschaft mit."),
    ("de", "Bei einem Feuergefecht im Stadtteil Tierra Blanca in Culiacán sind am Sonntag sechs Menschen getötet "
           "worden."),
    ("en", "Six people were killed on Sunday in a gunfight in the Tierra Blanca neighbourhood of Culiacan, "
           "prosecutors said."),
])
def test_the_event_is_in_the_city_the_neighbourhood_belongs_to(extract, lang, body):
    [event] = [e for e in extract(body, lang).events if e.status == "new"]
    assert event.location.name in ("Culiacán", "Culiacan") and event.location.country_code == "MX"
    assert event.fatalities.value == 6


def test_a_town_named_like_an_animal_word_keeps_its_event(extract):
    [event] = extract("Bei einem Feuergefecht in Tierra Blanca sind am Sonntag sechs Menschen getötet worden.",
                      "de", headline="Schüsse in Mexiko").events
    assert event.location.name == "Tierra Blanca" and event.fatalities.value == 6


@pytest.mark.parametrize("body", [
    "Wilderer haben am Sonntag in Kenia sechs Tiere getötet.",
    "Im Tierpark sind am Sonntag zwei Tiere bei einem Angriff getötet worden.",
])
def test_animals_killed_are_no_event(extract, body):
    assert extract(body, "de").events == []
