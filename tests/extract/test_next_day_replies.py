"""An event of another ACLED type told a day later ("Le lendemain, dimanche, l'aviation a frappé des positions des
assaillants" after a ground attack on Saturday) is a reply, an event of its own; a toll that rose overnight ("two
wounded officers had died overnight") or a plain attack word a day off still belong to the event. Texts written
for these tests; published Thursday 4 January 2024."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body", [
    ("fr", "Lundi à l'aube, des centaines de combattants ont attaqué le camp militaire de Djibo, au Burkina Faso. Les "
           "combats ont duré cinq heures. Mardi, l'aviation a frappé des positions des assaillants autour de Djibo."),
    ("en", "On Monday hundreds of fighters attacked the army camp in Djibo, Burkina Faso. The fighting lasted five "
           "hours. On Tuesday, warplanes struck the attackers' positions around Djibo."),
])
def test_a_reply_of_another_kind_a_day_later_is_its_own_event(extract, lang, body):
    events = [e for e in extract(body, lang).events if e.status == "new"]
    assert [(e.event_type, e.event_date.isoformat()) for e in events] == [
        ("Battles", "2024-01-01"), ("Explosions/Remote violence", "2024-01-02")]


def test_a_toll_that_rose_overnight_stays_with_its_event(extract):
    body = ("A suicide bomber rammed a car into a police checkpoint in Dera Ismail Khan, Pakistan, late on "
            "Wednesday, killing seven policemen. A hospital official gave a higher toll of nine dead, saying two "
            "wounded officers had died overnight.")
    events = [e for e in extract(body, "en").events if e.status == "new"]
    assert len(events) == 1 and events[0].event_date.isoformat() == "2024-01-03"
