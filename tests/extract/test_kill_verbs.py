"""A present-tense killing verb with the dead after it ("mata a tres soldados", "tötet drei Soldaten", "tue trois
soldats", "kills three soldiers", "يقتل ثلاثة جنود") states the toll, and a count before a killing verb that has its
own object count is the killer ("Un kamikaze tue six soldats"). Texts written for these tests."""

from __future__ import annotations

import pytest


def primary(extractor, article, body, lang):
    return extractor.extract(article(body, lang)).events[0]


@pytest.mark.parametrize("lang,body,dead", [
    ("es", "Un ataque con dron mata a tres soldados estadounidenses en Jordania.", 3),
    ("es", "Los bombardeos israelíes matan a dos civiles en Rafah.", 2),
    ("es", "Hombres armados matan a cuatro policías en Guerrero.", 4),
    ("es", "Un coche bomba mata al menos a siete personas en Mogadiscio.", 7),
    ("de", "Drohnenangriff tötet drei US-Soldaten in Jordanien.", 3),
    ("de", "Bewaffnete töten vier Polizisten in Kirkuk.", 4),
    ("de", "Soldaten töteten fünf Kämpfer nahe Kirkuk am Freitag.", 5),
    ("fr", "Une frappe de drone tue trois soldats américains en Jordanie.", 3),
    ("fr", "Des hommes armés tuent quatre policiers à Kidal.", 4),
    ("en", "Drone attack kills three US soldiers in Jordan.", 3),
    ("en", "Gunmen kill four policemen in Kirkuk.", 4),
    ("ar", "هجوم بطائرة مسيرة يقتل ثلاثة جنود أمريكيين في الأردن.", 3),
    ("ar", "مسلحون يقتلون أربعة من رجال الشرطة في كركوك.", 4),
    ("ar", "قتلت القوات خمسة مسلحين قرب تكريت يوم الجمعة.", 5),
])
def test_the_dead_after_a_killing_verb_are_the_toll(extractor, article, lang, body, dead):
    event = primary(extractor, article, body, lang)
    assert event.status == "new"
    assert event.fatalities is not None and event.fatalities.value == dead


@pytest.mark.parametrize("lang,body,dead", [
    ("fr", "Un kamikaze tue six soldats à Mogadiscio.", 6),
    ("es", "Un atacante mata a tres policías en Guerrero.", 3),
    ("de", "Ein Selbstmordattentäter tötet sechs Soldaten in Mogadischu.", 6),
    ("en", "Two gunmen killed three soldiers in Kirkuk on Monday.", 3),
    ("es", "Un tribunal condenó a un hombre por el atentado que mató a 12 personas en Sevilla.", 12),
])
def test_the_count_before_a_killing_verb_is_the_killer(extractor, article, lang, body, dead):
    assert primary(extractor, article, body, lang).fatalities.value == dead


@pytest.mark.parametrize("lang,body,dead", [
    ("es", "Doce soldados murieron el domingo en una emboscada de yihadistas cerca de Gao.", 12),
    ("en", "Three soldiers killed, two injured in Kirkuk blast.", 3),
    ("en", "Three soldiers were killed on Sunday in a blast in Kirkuk.", 3),
    ("fr", "Deux soldats tués et trois blessés dans une embuscade à Kidal.", 2),
    ("de", "Drei Soldaten wurden am Sonntag bei einem Anschlag in Kirkuk getötet.", 3),
])
def test_the_dead_before_an_intransitive_or_passive_verb_still_count(extractor, article, lang, body, dead):
    assert primary(extractor, article, body, lang).fatalities.value == dead
