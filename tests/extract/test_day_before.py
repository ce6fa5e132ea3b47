""""La veille", "am Vortag", "the day before": wire copy counts them back from the day it reports (publication).
Texts written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

TUESDAY = datetime(2025, 5, 20, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang,body", [
    ("fr", "Douze soldats ont été tués la veille lors de l'attaque d'un poste militaire près de Banibangou, a annoncé "
           "mardi l'armée."),
    ("en", "Twelve soldiers were killed the day before in an attack on a military post near Banibangou, the army "
           "said on Tuesday."),
    ("de", "Zwölf Soldaten wurden am Vortag bei einem Angriff auf einen Militärposten nahe Banibangou getötet, "
           "teilte die Armee am Dienstag mit."),
    ("es", "Doce soldados murieron la víspera en un ataque contra un puesto militar cerca de Banibangou, informó el "
           "martes el ejército."),
    ("ar", "قتل اثنا عشر جنديا في اليوم السابق في هجوم على موقع عسكري قرب بانيبانغو، بحسب ما أعلن الجيش الثلاثاء."),
])
def test_the_day_before_is_the_day_before_publication(extract, lang, body):
    [event] = extract(body, lang, published=TUESDAY).events
    assert (event.event_date, event.date_precision) == (date(2025, 5, 19), "day")
