"""A headline names the nearest well-known town, the body the village where it happened: one event, at the body's
place and on its day, not two (the same incident counted twice). Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,headline,body,place", [
    ("en", "Three soldiers killed in bomb attack near Kirkuk",
     "Three Iraqi soldiers were killed on Monday when a roadside bomb struck their vehicle near the town of Hawija, "
     "security sources said.", "Hawija"),
    ("de", "Drei Soldaten bei Anschlag nahe Kirkuk getötet",
     "Drei irakische Soldaten wurden am Montag getötet, als ein Sprengsatz ihr Fahrzeug nahe der Stadt Hawidscha "
     "traf, teilten Sicherheitskreise mit.", "Hawidscha"),
    ("fr", "Trois soldats tués dans un attentat près de Kirkouk",
     "Trois soldats irakiens ont été tués lundi lorsqu'une bombe a frappé leur véhicule près de la ville de Hawija, "
     "selon des sources de sécurité.", "Hawija"),
    ("es", "Tres soldados muertos en un atentado cerca de Kirkuk",
     "Tres soldados iraquíes murieron el lunes cuando una bomba alcanzó su vehículo cerca de la ciudad de Hawija, "
     "según fuentes de seguridad.", "Hawija"),
])
def test_the_headline_town_and_the_body_village_are_one_event(extract, lang, headline, body, place):
    [event] = [e for e in extract(body, lang, headline=headline).events if e.status == "new"]
    assert event.location.name == place and event.fatalities.value == 3
    assert event.event_date.isoformat() == "2024-01-01"  # the Monday before publication (Thursday 4 January)


@pytest.mark.parametrize("lang,headline,body,place", [
    ("de", "Drei Soldaten bei Anschlag nahe Kirkuk getötet",
     "Bei der Explosion eines Sprengsatzes im Norden des Irak sind drei Soldaten getötet worden. Zwei weitere wurden "
     "verletzt, als ihr Fahrzeug am Montagabend nahe der Stadt Hawidscha über einen Sprengsatz fuhr.", "Hawidscha"),
    ("en", "Three soldiers killed in bomb attack near Kirkuk",
     "A roadside bomb killed three soldiers in northern Iraq. Two others were wounded when their vehicle hit the "
     "device near the town of Hawija on Monday evening.", "Hawija"),
])
def test_the_body_town_may_follow_a_first_report_placed_in_the_country(extract, lang, headline, body, place):
    [event] = [e for e in extract(body, lang, headline=headline).events if e.status == "new"]
    assert event.location.name == place and event.fatalities.value == 3 and event.injuries.value == 2
    assert event.event_date.isoformat() == "2024-01-01"


def test_a_body_place_in_another_country_stays_an_event_of_its_own(extract):
    events = extract("A roadside bomb killed two soldiers near Raqqa in Syria on Monday.", "en",
                     headline="Three soldiers killed in bomb attack near Kirkuk").events
    assert len([e for e in events if e.status == "new"]) == 2
