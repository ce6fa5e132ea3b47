"""Police acting against demonstrators who attack no one is a protest with intervention, not a riot (ACLED)."""

import pytest


@pytest.mark.parametrize("lang, body, sub", [
    ("es", "Al menos siete manifestantes resultaron heridos por el impacto de perdigones lanzados por la policía "
           "durante una marcha en Lima el jueves.", "Protest with intervention"),
    ("de", "Die Polizei ging am Samstag in Leipzig mit Schlagstöcken gegen Demonstranten vor, mehrere Menschen "
           "wurden verletzt.", "Protest with intervention"),
    ("en", "Protesters threw stones at police and set fire to cars in Nairobi on Tuesday; 12 officers were injured.",
     "Violent demonstration"),
    ("es", "Manifestantes lanzaron piedras contra la policía e incendiaron vehículos en Lima el jueves.",
     "Violent demonstration"),
])
def test_who_attacks_whom_decides(extract, lang, body, sub):
    assert [e.sub_event_type for e in extract(body, lang).events] == [sub]


def test_deadly_force_against_demonstrators_is_excessive_force(extract):
    body = ("NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas and live rounds at protesters in Nairobi on "
            "Wednesday, killing at least eight people, a rights group said.")
    assert [e.sub_event_type for e in extract(body, "en").events] == ["Excessive force against protesters"]


@pytest.mark.parametrize("lang, body", [
    ("fr", "Des centaines d'émeutiers ont affronté les forces de l'ordre à Nouméa mardi soir, lançant des pierres et "
           "des cocktails Molotov. Les forces de l'ordre ont fait usage de grenades lacrymogènes."),
    ("en", "Hundreds of rioters threw stones and petrol bombs at police in Nairobi on Tuesday night. Police fired tear "
           "gas canisters to disperse them."),
])
def test_rioters_the_police_dispersed_stay_a_violent_demonstration(extract, lang, body):
    assert [e.sub_event_type for e in extract(body, lang).events] == ["Violent demonstration"]
