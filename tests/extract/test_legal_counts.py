"""A group counted beside a legal word ("charged two men", "two men were arrested", "zwei Männer wurden
festgenommen", "deux hommes ont été inculpés", "اعتقلت الشرطة شخصين") is suspects, never a casualty figure; the
toll of the attack beside it still counts. Texts written for these tests."""

from __future__ import annotations

import pytest


def tolls(extractor, article, body, lang):
    events = extractor.extract(article(body, lang)).events
    return [(e.fatalities.value if e.fatalities else None, e.injuries.value if e.injuries else None) for e in events]


@pytest.mark.parametrize("lang,body,dead", [
    ("en", "Police arrested two men after a shooting that killed three people at a wedding in Basra on Sunday.", 3),
    ("en", "Two suspects were detained after the attack that killed five soldiers near Tikrit on Friday.", 5),
    ("en", "Prosecutors charged four men on Tuesday over the bombing that killed 11 people at a Kirkuk market.", 11),
    ("de", "Die Polizei nahm zwei Männer fest, nachdem bei einer Schießerei in Basra am Montag drei Menschen getötet "
           "worden waren.", 3),
    ("de", "Nach dem Anschlag in Kirkuk mit vier Toten wurden am Dienstag zwei Männer angeklagt.", 4),
    ("fr", "Deux hommes ont été inculpés mardi après l'attentat qui a tué quatre personnes à Kirkouk.", 4),
    ("fr", "Trois suspects ont été interpellés jeudi après l'embuscade qui a tué six gendarmes près de Kidal.", 6),
    ("es", "Dos hombres fueron acusados el martes del atentado que mató a cuatro personas en Kirkuk.", 4),
    ("es", "La policía detuvo a tres sospechosos tras el tiroteo que mató a dos personas en Medellín el lunes.", 2),
    ("ar", "اعتقلت الشرطة شخصين بعد الهجوم الذي أسفر عن مقتل أربعة أشخاص في كركوك يوم الاثنين.", 4),
    ("ar", "ألقت القوات الأمنية القبض على ثلاثة مشتبه بهم بعد تفجير أودى بحياة سبعة أشخاص في الموصل يوم الثلاثاء.", 7),
])
def test_suspects_are_not_the_toll(extractor, article, lang, body, dead):
    assert (dead, None) in tolls(extractor, article, body, lang)


@pytest.mark.parametrize("lang,body", [
    ("en", "Police charged two men with murder on Monday after the killing of a shopkeeper in Basra."),
    ("de", "Zwei Männer wurden am Montag wegen des Mordes an einem Ladenbesitzer in Basra angeklagt."),
    ("fr", "Deux hommes ont été mis en examen lundi pour le meurtre d'un commerçant à Bassora."),
    ("es", "Dos hombres fueron acusados el lunes por el asesinato de un comerciante en Basora."),
    ("ar", "وجهت السلطات يوم الاثنين اتهامات لرجلين بقتل صاحب متجر في البصرة."),
])
def test_a_charge_alone_reports_no_dead(extractor, article, lang, body):
    assert all(dead in (None, 1) for dead, _ in tolls(extractor, article, body, lang))


@pytest.mark.parametrize("lang,body,dead", [
    ("en", "Troops killed five militants and detained two others near Tikrit on Friday.", 5),
    ("en", "Two men were killed and three were arrested after clashes in Basra on Sunday.", 2),
    ("es", "Los soldados mataron a cuatro insurgentes y detuvieron a otros dos cerca de Tumaco el jueves.", 4),
])
def test_the_dead_beside_an_arrest_still_count(extractor, article, lang, body, dead):
    assert any(d == dead for d, _ in tolls(extractor, article, body, lang))


@pytest.mark.parametrize("lang,body", [
    ("en", "Two men were charged on Tuesday over the bombing that killed 11 people at a market in Kirkuk."),
    ("de", "Zwei Männer wurden am Dienstag wegen des Anschlags angeklagt, bei dem in Kirkuk elf Menschen "
           "getötet wurden."),
    ("fr", "Deux hommes ont été inculpés mardi pour l'attentat qui a tué onze personnes sur un marché de Kirkouk."),
    ("es", "Dos hombres fueron acusados el martes del atentado que mató a once personas en un mercado de Kirkuk."),
    ("ar", "مثل رجلان متهمان بتنفيذ التفجير الذي قتل 11 شخصا في سوق كركوك أمام القاضي يوم الثلاثاء."),
])
def test_the_attack_behind_a_charge_is_a_past_one(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert [(e.status, e.fatalities.value if e.fatalities else None) for e in events] == [("background", 11)]
