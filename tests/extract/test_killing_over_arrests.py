"""A report that leads with a killing it counts ("Troops killed five militants and detained two others") is a violent
event with its dead, the arrests after it part of it (ACLED codes arrests as a strategic development only without
violence); a report that leads with the arrests ("Police arrested two men after a shooting that killed three") stays
an arrest. Texts written for these tests."""

from __future__ import annotations

import pytest

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def primary(extractor, article, body, lang):
    events = extractor.extract(article(body, lang)).events
    return next(e for e in events if e.salience == "primary")


@pytest.mark.parametrize("lang,body,dead", [
    ("en", "Troops killed five militants and detained two others.", 5),
    ("en", "Troops killed five militants and detained two others near Tikrit on Friday.", 5),
    ("es", "Las tropas mataron a cinco milicianos y detuvieron a otros dos.", 5),
    ("es", "Los soldados mataron a cuatro insurgentes y detuvieron a otros dos cerca de Tumaco el jueves.", 4),
    ("fr", "Les soldats ont tué cinq militants et arrêté deux autres.", 5),
    ("fr", "Les soldats ont tué cinq jihadistes et arrêté deux autres près de Kidal vendredi.", 5),
    ("de", "Soldaten töteten fünf Kämpfer und nahmen zwei weitere fest.", 5),
    ("de", "Soldaten töteten fünf Kämpfer und verhafteten zwei weitere nahe Kirkuk.", 5),
    ("ar", "قتلت القوات خمسة مسلحين واعتقلت اثنين آخرين.", 5),
    ("ar", "قتلت القوات خمسة مسلحين واعتقلت اثنين آخرين قرب تكريت يوم الجمعة.", 5),
])
def test_the_killing_wins_over_the_arrest(extractor, article, lang, body, dead):
    event = primary(extractor, article, body, lang)
    assert event.event_type in VIOLENT_TYPES
    assert event.fatalities is not None and event.fatalities.value == dead


@pytest.mark.parametrize("lang,body", [
    ("en", "Police arrested two men after a shooting that killed three people at a wedding in Basra on Sunday."),
    ("en", "Police arrested three suspects in Basra on Sunday."),
    ("es", "La policía detuvo a tres sospechosos tras el atentado que mató a dos personas en Medellín el lunes."),
    ("fr", "La police a arrêté deux hommes après l'attentat qui a tué trois personnes à Kirkouk dimanche."),
])
def test_a_report_leading_with_arrests_stays_an_arrest(extractor, article, lang, body):
    assert primary(extractor, article, body, lang).sub_event_type == "Arrests"
