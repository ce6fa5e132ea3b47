"""A sentence that refers back to the event and adds only a day dates the event before it, when the lead said
only when it was reported: "informaron este martes las autoridades. El artefacto fue activado el lunes". It never
overrides the lead's own day, is no event of its own, and a day said of something else (a match, a report) dates
nothing. Published Wednesday 2024-01-10 in these tests; texts written for them."""

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
