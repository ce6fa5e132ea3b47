"""A country named beside an attack noun, with another place struck after it, is the attacker, not the event's
place: "bombardeos de EEUU contra Yemen", "Israel strikes on Lebanon", "Angriffe Israels im Libanon". Without the
place struck it may be the country hit ("le bombardement de l'Iran"), so it stays the place. Texts written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,headline,body,attacker,place", [
    ("en", "Five killed in Russia strikes on Ukraine's Sumy region", "", "RU", "UA"),
    ("en", "Iran's attack on Iraq's Kurdistan kills two", "", "IR", "IQ"),
    ("de", "Fünf Tote bei Angriffen Russlands auf die Ukraine", "", "RU", "UA"),
    ("de", "Tote bei Angriffen der Türkei im Irak", "", "TR", "IQ"),
    ("fr", "Cinq morts dans des frappes d'Israël au Liban", "", "IL", "LB"),
    ("fr", "Trois morts dans des frappes de la Turquie contre la Syrie", "", "TR", "SY"),
    ("es", "Cinco muertos en ataques de Rusia contra Ucrania", "", "RU", "UA"),
    ("es", "Nueve muertos en bombardeos de Israel contra el Líbano", "", "IL", "LB"),
    ("ar", "مقتل خمسة في غارات إسرائيل على لبنان", "", "IL", "LB"),
])
def test_the_country_attacking_is_no_place_of_the_event(new_event, lang, headline, body, attacker, place):
    event = new_event(body, lang, headline)
    assert event.location is not None and event.location.country_code == place
    assert attacker in {a.country_code for a in event.actors if a.role == "attacker"}


@pytest.mark.parametrize("lang,headline,body", [
    ("es", "Nueve muertos en bombardeos de EEUU contra Yemen, según los hutíes",
     "Al menos nueve personas murieron en un bombardeo estadounidense contra un mercado en la ciudad yemení de Saada."),
    ("fr", "Frappes des Etats-Unis au Yémen: neuf morts",
     "Au moins neuf personnes ont été tuées dans un bombardement américain contre un marché à Saada."),
])
def test_the_headline_merges_with_the_lead_at_the_town_struck(new_event, lang, headline, body):
    event = new_event(body, lang, headline)
    assert event.location.name == "Saada" and event.location.country_code == "YE"


@pytest.mark.parametrize("lang,headline", [
    ("fr", "Le bombardement de l'Iran a fait cinq morts"),
    ("en", "Yemen strikes kill five"),
    ("es", "Cinco muertos en un ataque de Israel"),
])
def test_without_a_place_struck_the_country_stays_the_place(new_event, lang, headline):
    event = new_event("", lang, headline)
    assert event.location is not None and event.location.precision == "country"
    assert not [a for a in event.actors if a.role == "attacker" and a.country_code == event.location.country_code
                and a.kind == "state_forces"]
