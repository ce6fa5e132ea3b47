""""That same night", "am selben Abend", "le même jour", "esa misma noche", "في الليلة نفسها": the day of the event
told before, not the day of publication. With no day before, the phrase dates nothing. Texts written for these
tests; published Thursday 4 January 2024."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body", [
    ("es", "Al menos nueve personas murieron el lunes en un bombardeo contra un mercado en Saada. Esa misma noche, "
           "aviones estadounidenses bombardearon también el puerto de Hodeida."),
    ("en", "At least nine people were killed on Monday in an air strike on a market in Saada. Later that day, US jets "
           "also bombed the port of Hodeidah."),
    ("de", "Bei einem Luftangriff auf einen Markt in Saada sind am Montag mindestens neun Menschen getötet worden. Am "
           "selben Abend bombardierten US-Kampfjets auch den Hafen von Hodeida."),
    ("fr", "Au moins neuf personnes ont été tuées lundi dans une frappe aérienne sur un marché à Saada. Le même jour, "
           "des avions américains ont aussi bombardé le port de Hodeïda."),
    ("ar", "قتل تسعة أشخاص على الأقل يوم الاثنين في غارة جوية على سوق في صعدة. وفي الليلة نفسها قصفت طائرات أمريكية "
           "ميناء الحديدة."),
])
def test_the_same_day_is_the_day_before_it(extract, lang, body):
    events = [e for e in extract(body, lang).events if e.status == "new"]
    assert len(events) == 2, events
    assert [e.event_date.isoformat() for e in events] == ["2024-01-01", "2024-01-01"]


def test_with_no_day_before_it_dates_nothing(extract):
    [event] = extract("Later that day, US jets bombed the port of Hodeidah, killing three people.", "en").events
    assert event.status == "new" and event.event_date.isoformat() == "2024-01-04"
