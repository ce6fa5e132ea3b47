"""What an attack left behind belongs to it: "zahlreiche Hütten seien niedergebrannt" after civilians were killed
is neither a run of attacks ("zahlreiche" counts the huts, not attacks) nor a retyping of the attack as property
destruction (ACLED: the destruction is part of the attack). "Numerous attacks" still are many. Texts written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body", [
    ("de", "Bei einem Angriff der Miliz Codeco auf ein Lager in Ituri sind am Dienstag 22 Zivilisten getötet worden. "
           "Dutzende Menschen seien verletzt worden, zahlreiche Hütten seien niedergebrannt."),
    ("en", "Militiamen killed 22 civilians in an attack on a camp in Ituri on Tuesday. Dozens of people were wounded "
           "and numerous huts were burned down."),
])
def test_burned_huts_are_part_of_the_attack(new_event, lang, body):
    event = new_event(body, lang)
    assert (event.sub_event_type, event.fatalities.value, event.injuries.value) == ("Attack", 22, 12)


def test_numerous_attacks_are_many(extract):
    body = "Militiamen have carried out numerous attacks on camps in Ituri, killing dozens of civilians."
    assert not [e for e in extract(body, "en").events if e.status == "new"]
