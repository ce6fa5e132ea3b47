"""A headline's shorthand ("Bombs hit Kharkiv") is refined by the body's fuller account of the same event
("aircraft dropped bombs"): a later mention that names every weapon the event named so far, and more, decides
its sub-event type when neither states it outright. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,headline,body", [
    ("en", "Bombs hit Kharkiv, four dead",
     "Russian aircraft dropped bombs on Kharkiv on Tuesday, killing four civilians, the governor said."),
    ("en", "Russian glide bombs kill four in Kharkiv",
     "Russian aircraft dropped guided bombs on Kharkiv on Tuesday, killing four civilians, the governor said."),
    ("es", "Bombas alcanzaron Járkov: cuatro muertos",
     "Aviones rusos lanzaron bombas sobre Járkov el martes y mataron a cuatro civiles, dijo el gobernador."),
    ("fr", "Des bombes frappent Kharkiv, quatre morts",
     "Des avions russes ont largué des bombes sur Kharkiv mardi, tuant quatre civils, a indiqué le gouverneur."),
    ("de", "Bomben getroffen: vier Tote in Charkiw",
     "Russische Kampfflugzeuge warfen am Dienstag Bomben auf Charkiw ab und töteten vier Zivilisten, sagte der "
     "Gouverneur."),
])
def test_the_body_names_the_aircraft_behind_the_headline_bombs(extractor, article, lang, headline, body):
    events = extractor.extract(article(body, lang, headline=headline)).events
    assert [(e.status, e.sub_event_type, e.fatalities.value) for e in events] == [("new", "Air/drone strike", 4)]


@pytest.mark.parametrize("body,attacker", [
    ("Bei einem Angriff der Miliz Codeco auf ein Vertriebenenlager im Osten des Landes wurden 22 Zivilisten getötet.",
     "CODECO"),
    ("Bei einem Anschlag der Taliban auf einen Stützpunkt in Kundus wurden fünf Soldaten getötet.", "Taliban"),
])
def test_the_genitive_after_an_attack_noun_is_the_attacker(extractor, article, body, attacker):
    [event] = extractor.extract(article(body, "de")).events
    assert [a.name for a in event.actors if a.role == "attacker"] == [attacker]
    assert not [a for a in event.actors if a.name == attacker and a.role == "target"]
