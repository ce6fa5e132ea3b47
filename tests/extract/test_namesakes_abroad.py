"""A small town of a country the article never names is a namesake, even after a locative: "near Lido beach" in a
Mogadishu story is no Lido, Italy (15,000 people); a big city abroad stays ("in Paris"). Without any country in the
article a located name is still taken ("near Gwoza"), and the United Nations or the European Union are no country
that would rule it out. Texts written for these tests."""

from __future__ import annotations

import pytest


def test_a_small_town_abroad_is_a_namesake(new_event):
    event = new_event("The death toll from a suicide bombing at a restaurant in Somalia's capital rose to 14 on "
                      "Tuesday. A bomber blew himself up at the entrance of the restaurant near Lido beach on Monday "
                      "evening. At least 20 people were wounded.", "en",
                      headline="Death toll from Mogadishu restaurant bombing rises to 14")
    assert event.location.name == "Mogadishu"
    assert (event.event_date.isoformat(), event.injuries.value) == ("2024-01-01", 20)


@pytest.mark.parametrize("body", [
    "Gunmen abducted 25 villagers near Gwoza on Monday, residents said, according to the United Nations.",
    "Gunmen abducted 25 villagers near Gwoza on Monday, residents said, the European Union said.",
])
def test_no_country_named_keeps_a_located_town(new_event, body):
    assert new_event(body, "en").location.name == "Gwoza"


def test_a_big_city_abroad_stays(new_event):
    event = new_event("A man attacked passers-by with a knife in Paris on Monday, wounding three, "
                      "Iraqi media reported.", "en")
    assert event.location.name == "Paris"


def test_a_small_town_next_door_to_a_country_named_stays(new_event):
    event = new_event("Israeli tanks fired four shells at targets in Jericho, witnesses said, in a rare "
                      "incident in the West Bank city.", "en")
    assert (event.location.name, event.location.country_code) == ("Jericho", "PS")
