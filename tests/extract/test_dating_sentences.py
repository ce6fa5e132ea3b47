"""A sentence that refers back to the event and adds only a day dates the event before it, when the lead said
only when it was reported: "informaron este martes las autoridades. El artefacto fue activado el lunes". It never
overrides the lead's own day, is no event of its own, and a day said of something else (a match, a report) dates
nothing. The day a toll rose is a bound, the attack's day when one is told. Published Wednesday 2024-01-10 in these
tests; texts written for them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

WEDNESDAY = datetime(2024, 1, 10, 15, tzinfo=timezone.utc)
MONDAY, SUNDAY = date(2024, 1, 8), date(2024, 1, 7)


def only_event(extract, body, lang):
    events = extract(body, lang, published=WEDNESDAY).events
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("lang,body,day", [
    ("es", "Dos policías murieron por la explosión de una motocicleta cargada con explosivos frente a una estación "
           "en Jamundí, informaron este miércoles las autoridades. El artefacto fue activado a distancia el lunes "
           "por la mañana.", MONDAY),
    ("en", "Two police officers were killed by a car bomb outside a police station in Jamundi, authorities said on "
           "Wednesday. The device was detonated remotely on Monday morning.", MONDAY),
    ("fr", "Deux policiers ont été tués par l'explosion d'une moto piégée devant un commissariat à Jamundi, ont "
           "indiqué mercredi les autorités. L'engin a été déclenché à distance lundi matin.", MONDAY),
    ("de", "Bei einem Angriff auf ein Dorf nahe Kaya sind mindestens 27 Zivilisten getötet worden, wie Behörden am "
           "Mittwoch mitteilten. Der Angriff ereignete sich am Sonntagmorgen.", SUNDAY),
    ("ar", "قتل 12 شخصا في هجوم على قرية قرب كايا، بحسب السلطات المحلية. ووقع الهجوم يوم الأحد.", SUNDAY),
    # the subject between the verb of saying and its day: "announced the authorities on Wednesday"
    ("ar", "قتل 12 شخصا في هجوم على قرية قرب كايا، بحسب ما أعلنت السلطات يوم الأربعاء. ووقع الهجوم يوم الأحد.",
     SUNDAY),
])
def test_a_day_told_after_the_lead_dates_the_event(extract, lang, body, day):
    event = only_event(extract, body, lang)
    assert event.event_date == day and event.date_precision == "day"
    assert any(e.field == "date" for e in event.evidence)


@pytest.mark.parametrize("lang,body", [
    ("en", "A car bomb killed two police officers in Jamundi on Tuesday, authorities said. The device had been "
           "hidden in a motorcycle on Monday."),
    ("es", "Una motobomba mató el martes a dos policías en Jamundí. El artefacto había sido armado el lunes."),
])
def test_the_leads_own_day_stands(extract, lang, body):
    assert only_event(extract, body, lang).event_date == date(2024, 1, 9)


@pytest.mark.parametrize("lang,body", [
    ("en", "Yemen's Houthi rebels said they had fired missiles at a cargo ship in the Red Sea. There was no "
           "immediate confirmation. Arsenal beat Chelsea 2-1 on Sunday after a late strike from Saka."),
    ("en", "Two police officers were killed by a car bomb in Jamundi, authorities said. The attack was confirmed "
           "on Monday by the police chief."),
    ("en", "Two police officers were killed by a car bomb in Jamundi, authorities said. The mayor spoke to "
           "reporters. Schools stayed closed. Shops were shut. The attack happened on Sunday."),
])
def test_a_day_of_something_else_or_far_away_dates_nothing(extract, lang, body):
    event = extract(body, lang, published=WEDNESDAY).events[0]
    assert event.event_date not in (SUNDAY, MONDAY)
    assert not any(e.field == "date" for e in event.evidence)


@pytest.mark.parametrize("lang,body", [
    ("en", "The death toll from a suicide bombing at a restaurant in Mogadishu rose to 14 on Tuesday, police said. "
           "A bomber blew himself up at the entrance of the restaurant on Monday evening."),
    ("de", "Die Zahl der Toten nach dem Selbstmordanschlag auf ein Restaurant in Mogadischu ist am Dienstag auf 14 "
           "gestiegen. Ein Attentäter hatte sich am Montagabend am Eingang des Restaurants in die Luft gesprengt."),
    ("fr", "Le bilan de l'attentat-suicide contre un restaurant de Mogadiscio s'est alourdi mardi à 14 morts. Un "
           "kamikaze s'est fait exploser lundi soir à l'entrée du restaurant."),
    ("es", "El balance del atentado suicida contra un restaurante de Mogadiscio ascendió este martes a 14 muertos. "
           "Un suicida se hizo estallar el lunes por la noche en la entrada del restaurante."),
])
def test_the_day_a_toll_rose_gives_way_to_the_day_of_the_attack(extract, lang, body):
    event = only_event(extract, body, lang)
    assert (event.event_date, event.date_precision) == (MONDAY, "day")
    assert event.fatalities.value == 14


@pytest.mark.parametrize("lang,body", [
    ("en", "The death toll from a suicide bombing at a restaurant in Mogadishu rose to 14 on Tuesday, police said."),
    ("fr", "Le bilan de l'attentat suicide contre un restaurant de Mogadiscio est passé à 14 morts mardi."),
])
def test_a_toll_rise_alone_bounds_the_date(extract, lang, body):
    event = only_event(extract, body, lang)
    assert (event.event_date, event.date_precision) == (date(2024, 1, 9), "week")


def test_a_day_before_a_toll_verb_in_second_place_is_the_attacks(extract):
    body = "Die Zahl der Toten nach dem Luftangriff auf einen Markt in El Fasher am Montag stieg auf 120."
    event = only_event(extract, body, "de")
    assert (event.event_date, event.date_precision) == (MONDAY, "day")


def test_an_arabic_day_of_saying_after_its_subject_is_no_event_day(extract):
    body = "أعلن الجيش يوم الثلاثاء مقتل 12 مسلحا في غارة جوية قرب كايا."
    event = extract(body, "ar", published=datetime(2024, 1, 11, 9, tzinfo=timezone.utc)).events[0]
    assert event.event_date != date(2024, 1, 9)
    assert not any(e.field == "date" for e in event.evidence)
