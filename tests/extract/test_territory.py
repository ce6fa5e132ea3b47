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
