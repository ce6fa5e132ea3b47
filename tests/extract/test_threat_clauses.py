"""An event word before "and <subject> threatened" ("a drone attack hit a base in Jordan and Washington threatened
to respond") is a report of its own: the attack stays a new event, the threat is a separate threat, and the capital
that opens the threat's clause is no place of the attack. Texts written for these tests."""

from __future__ import annotations

import pytest


def summary(extractor, article, body, lang):
    events = extractor.extract(article(body, lang)).events
    return [(e.status, e.event_type, e.location.name if e.location else None) for e in events]


@pytest.mark.parametrize("lang,body,where", [
    ("es", "Un ataque con dron alcanzó una base estadounidense en Jordania y Washington amenazó con responder.",
     "Jordan"),
    ("es", "Mueren tres soldados en un ataque con dron en Jordania y Washington amenazó con responder.", "Jordan"),
    ("en", "A drone attack hit a US base in Jordan and Washington threatened to respond.", "Jordan"),
    ("en", "Militiamen attacked a US base in Syria with rockets on Sunday and the Pentagon vowed to respond.", "Syria"),
    ("fr", "Une attaque de drone a visé une base américaine en Jordanie et Washington a menacé de riposter.", "Jordan"),
    ("fr", "Trois soldats sont morts dans une attaque de drone en Jordanie et Washington a menacé de riposter.",
     "Jordan"),
    ("de", "Bei einem Angriff auf einen US-Stützpunkt in Jordanien am Sonntag schlugen Raketen ein und Washington "
           "drohte mit Vergeltung.", "Jordan"),
    ("de", "Bei einem Luftangriff auf einen Stützpunkt in Jordanien starben drei Soldaten und Washington drohte mit "
           "Vergeltung.", "Jordan"),
    ("ar", "استهدف هجوم بطائرة مسيرة قاعدة أمريكية في الأردن وهددت واشنطن بالرد.", "Jordan"),
    ("ar", "قتل ثلاثة جنود في هجوم بطائرة مسيرة في الأردن وهددت واشنطن بالرد.", "Jordan"),
])
def test_attack_and_threat_are_two_events(extractor, article, lang, body, where):
    found = summary(extractor, article, body, lang)
    assert [s for s, _, _ in found] == ["new", "threat"]
    assert found[0][1] == "Explosions/Remote violence"
    assert found[0][2] == where


@pytest.mark.parametrize("lang,body", [
    ("es", "Hezbolá amenazó con atacar bases estadounidenses en Irak."),
    ("en", "Hezbollah threatened to attack US bases in Iraq."),
    ("en", "Attacks on US bases in Iraq and Syria will go on, the group warned that it will respond."),
    ("fr", "Le Hezbollah a menacé de frapper les bases américaines en Irak."),
    ("es", "Habrá más ataques contra las bases, advirtió el grupo."),
])
def test_a_threatened_attack_is_still_a_threat(extractor, article, lang, body):
    assert [s for s, _, _ in summary(extractor, article, body, lang)] == ["threat"]


@pytest.mark.parametrize("lang,body", [
    ("en", "Drone attack kills three US soldiers in Jordan, Washington vowed to retaliate."),
    ("de", "Drei US-Soldaten bei Drohnenangriff in Jordanien getötet, Washington drohte mit Vergeltung."),
    ("fr", "Jordanie: trois soldats américains tués par un drone, Washington promet de riposter."),
    ("es", "Un ataque con dron mata a tres soldados estadounidenses en Jordania, Washington amenaza con responder."),
    ("ar", "مقتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة في الأردن وواشنطن تتوعد بالرد."),
])
def test_the_capital_opening_the_threat_clause_is_no_place_of_the_attack(extractor, article, lang, body):
    found = summary(extractor, article, body, lang)
    assert found[0][:1] == ("new",) and found[0][2] == "Jordan"
    assert ("threat", "Strategic developments", None) in found


def test_a_city_after_a_locative_stays_the_place(extractor, article):
    assert summary(extractor, article, "A rocket attack hit a base in Erbil, Baghdad said.", "en")[0][2] == "Erbil"
