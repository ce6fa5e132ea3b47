"""German "geschossen" (shot at): armed men who "auf Männer geschossen" attack, while a striker who "ein Tor
geschossen" or "aufs Tor geschossen" hat, or a photographer who "Fotos geschossen" hat, makes no event (the weak
trigger needs a violent word, and football words veto it). Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body,place", [
    ("Bewaffnete auf Motorrädern sind am Sonntag in das Dorf Dargo im Norden von Burkina Faso eingedrungen und haben wahllos auf Männer "
     "geschossen, berichteten Überlebende.", "Dargo"),
    ("Unbekannte haben in der Nacht zum Sonntag in Kirkuk auf ein Wohnhaus geschossen, zwei Bewohner wurden "
     "verletzt.", "Kirkuk"),
])
def test_shooting_at_people_is_an_attack(extract, body, place):
    [event] = [e for e in extract(body, "de").events if e.status == "new"]
    assert event.event_type == "Violence against civilians" or event.sub_event_type == "Attack"
    assert event.location.name == place


@pytest.mark.parametrize("body", [
    "Der Stürmer hat am Samstag in der 80. Minute das entscheidende Tor geschossen. Bayern gewann in Dortmund "
    "mit 2:1.",
    "Kane hat am Samstag dreimal aufs Tor geschossen, doch Bayern verlor in Dortmund.",
    "Der Fotograf hat am Samstag in Leipzig mehr als 300 Fotos geschossen.",
])
def test_goals_and_photos_are_no_event(extract, body):
    assert extract(body, "de").events == []
