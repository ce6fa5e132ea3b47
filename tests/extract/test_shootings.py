"""Shooting as an event word. English "opened fire" is both the act and its weapon (small arms): unlike a weapon
noun alone ("missiles were stored"), it makes an event without casualties. German "geschossen" (shot at): armed
men who "auf Männer geschossen" attack, while a striker who "ein Tor geschossen" or "aufs Tor geschossen" hat, or a
photographer who "Fotos geschossen" hat, makes no event (the weak trigger needs a violent word, and football words
veto it). Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body,place", [
    ("Bewaffnete auf Motorrädern sind am Sonntag in das Dorf Dargo im Norden von Burkina Faso eingedrungen und "
     "haben wahllos auf Männer geschossen, berichteten Überlebende.", "Dargo"),
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


@pytest.mark.parametrize("body", [
    "Gunmen opened fire on a police patrol near Kirkuk on Monday, the army said.",
    "The officers were on a rural road near Kirkuk on Monday when attackers opened fire from the hills.",
])
def test_opening_fire_is_an_event(extract, body):
    [event] = [e for e in extract(body, "en").events if e.status == "new"]
    assert event.location.name == "Kirkuk" and "small arms" in event.weapons


def test_a_weapon_noun_alone_stays_no_event(extract):
    assert extract("Police said rifles and missiles were stored in a warehouse near Kirkuk.", "en").events == []
