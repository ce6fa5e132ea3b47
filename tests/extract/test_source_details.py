"""What a report says about its source or about the aftermath is not the event's: a year past the comma after
"said" tells of the source ("said a spokesman for a group formed after the 2021 coup"), and a count without an event
word that names a place not after a locative ("une dizaine de blessés ont été évacués vers l'hôpital de Bunia")
says where the wounded went. Neither makes the event past nor moves it. Texts written for these tests."""

from __future__ import annotations

import pytest


def test_a_year_describing_the_source_does_not_date_the_event(extract):
    body = ("A military jet bombed a monastery in Myanmar's Sagaing region on Saturday, killing 11 people. The air "
            "strike hit the monastery in the early hours, said a spokesman for a local resistance unit, one of the "
            "armed groups formed to fight the junta after the 2021 coup. He said 15 people had been wounded.")
    events = extract(body, "en").events
    assert [e.status for e in events] == ["new"]
    assert events[0].injuries is not None and events[0].injuries.value == 15


def test_a_year_in_the_event_clause_still_dates_it(extract):
    body = "The air strike in 2021 hit a monastery in Sagaing, killing 11 people, a spokesman said."
    assert [e.status for e in extract(body, "en").events] == ["background"]


@pytest.mark.parametrize("lang,body", [
    ("fr", "Au moins 19 civils ont été tués lundi lors de l'attaque d'un camp à Lala, dans le territoire de Djugu, en "
           "Ituri (RD Congo). Des miliciens armés ont fait irruption dans le camp. Une dizaine de blessés ont été "
           "évacués vers l'hôpital de Bunia."),
    ("en", "At least 19 civilians were killed on Monday in an attack on a camp in Djugu, in Congo's Ituri province. "
           "Militiamen stormed the camp at dawn. About ten wounded were taken to the hospital of Bunia."),
])
def test_where_the_wounded_were_taken_is_not_the_event_place(extract, lang, body):
    [event] = [e for e in extract(body, lang).events if e.status == "new"]
    assert event.location.name != "Bunia"
    assert event.injuries is not None and event.injuries.value == 10
