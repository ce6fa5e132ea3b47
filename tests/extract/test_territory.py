"""Territory changing hands in English wire phrasing: "had taken control of the town", "has seized key town",
"captured the strategic town" are a non-state actor overtaking territory, not the fighting around it; "seized
weapons" or "seized control of the market" (economy news) are not. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", [
    "Rebels have taken control of the town of Al-Khuwei in West Kordofan after two days of fighting with the army, "
    "residents said on Tuesday.",
    "M23 rebels captured the strategic town of Walikale in eastern Congo on Wednesday, residents said.",
    "Jihadists seized the border town of Boni in central Mali on Monday, local officials said.",
])
def test_a_town_taken_is_territory_overtaken(extract, body):
    events = [e for e in extract(body, "en").events if e.status == "new"]
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_seized_weapons_are_no_territory(extract):
    events = extract("Police seized weapons and ammunition in a raid on a house in Kirkuk on Monday.", "en").events
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


@pytest.mark.parametrize("lang,body,sub,taker", [
    # a group that "liberates" a town overtakes it; its forces are the group's
    ("en", "An RSF statement said its forces had liberated the town of Al-Khuwei in West Kordofan on Monday.",
     "Non-state actor overtakes territory", "Rapid Support Forces"),
    ("fr", "Dans un communiqué, le M23 affirme que ses combattants ont libéré la ville de Walikale lundi, dans l'est "
           "de la RDC.", "Non-state actor overtakes territory", "M23"),
    # the army that captures a town regains it
    ("en", "Sudan's army captured the town of Bara in North Kordofan on Monday, residents said.",
     "Government regains territory", None),
])
def test_who_takes_a_town_decides_the_kind(extract, lang, body, sub, taker):
    [event] = [e for e in extract(body, lang).events if e.status in ("new", "claimed")]
    assert event.sub_event_type == sub
    if taker:
        assert taker in [a.name for a in event.actors if a.role == "attacker"]
