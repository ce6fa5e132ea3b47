"""English uses the gazetteer's demonyms as adjectives: "Myanmar military", "Cameroonian soldiers"."""

import pytest


@pytest.mark.parametrize("body, attacker", [
    ("Myanmar military aircraft bombed a market in Kyauktaw on Tuesday, killing 19 people, residents said.",
     "Myanmar forces"),
    ("Cameroonian soldiers killed 12 separatist fighters near Bamenda on Tuesday.", "Cameroonian forces"),
])
def test_the_demonym_names_the_forces(extract, body, attacker):
    [event] = extract(body, "en").events
    assert (attacker, "attacker") in [(a.name, a.role) for a in event.actors]


def test_a_country_is_named_without_its_bracketed_alias(extract):
    [event] = extract("An air strike killed 19 people in a market in Myanmar on Tuesday.", "en").events
    assert event.location.name == "Myanmar"
