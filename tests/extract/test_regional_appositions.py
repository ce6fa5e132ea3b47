"""A name after a locative with its region in apposition is a town even when the gazetteer (towns of 15,000 and
more) lacks it: "près de Banibangou, dans la région de Tillabéri", "in Dargo, in der Provinz Sanmatenga". A region
holds towns, so the apposition vouches for the name as a settlement frame does; the town takes the country of its
context. Lower-case words, countries and months before such an apposition stay no place. Texts written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body,town,country", [
    ("fr", "Douze soldats nigériens ont été tués lundi lors de l'attaque d'un poste militaire près de Banibangou, "
           "dans la région de Tillabéri.", "Banibangou", "NE"),
    ("fr", "Au moins 19 civils ont été tués lundi à Lala, dans le territoire de Djugu, en Ituri (RD Congo).", "Lala",
     "CD"),
    ("de", "Bewaffnete haben am Sonntag in Dargo, in der Provinz Sanmatenga im Norden Burkina Fasos, 27 Zivilisten "
           "getötet.", "Dargo", "BF"),
    ("es", "Seis soldados colombianos murieron el lunes en combates en Campo Dos, en el municipio de Tibú.",
     "Campo Dos", "CO"),
    ("en", "Gunmen killed five Nigerian soldiers near Kukawa Dogo, in the Borno state, on Monday.", "Kukawa Dogo",
     "NG"),
])
def test_a_name_before_its_region_is_a_town(new_event, lang, body, town, country):
    event = new_event(body, lang)
    assert (event.location.name, event.location.country_code, event.location.precision) == (town, country, "city")


@pytest.mark.parametrize("lang,body", [
    ("en", "Gunmen killed five Nigerian soldiers in the town, in the Borno state, on Monday."),
    ("en", "Gunmen killed five soldiers in Nigeria, in the Borno state, on Monday."),
    ("fr", "Douze soldats nigériens ont été tués en janvier, dans la région de Tillabéri."),
])
def test_no_town_without_a_capitalised_name(new_event, lang, body):
    event = new_event(body, lang)
    assert event.location is None or event.location.precision != "city"
