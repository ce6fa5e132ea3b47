"""An event placed in a region, then restated at a town of that region ("in the Mopti region", then "near the town
of Bandiagara"), is at the town. A town far outside the region stays apart. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body,town", [
    ("en", "Gunmen attacked a convoy in the Mopti region on Monday, killing six soldiers. The attack took place near "
           "the town of Bandiagara, the army said.", "Bandiagara"),
    ("de", "Bewaffnete haben am Montag in der Region Mopti einen Konvoi angegriffen und sechs Soldaten getötet. Der "
           "Angriff ereignete sich nahe der Stadt Bandiagara, teilte die Armee mit.", "Bandiagara"),
    ("fr", "Des hommes armés ont attaqué lundi un convoi dans la région de Mopti, tuant six soldats. L'attaque a eu "
           "lieu près de la ville de Bandiagara, selon l'armée.", "Bandiagara"),
    ("es", "Hombres armados atacaron el lunes un convoy en la región de Mopti y mataron a seis soldados. El ataque "
           "ocurrió cerca de la ciudad de Bandiagara, según el ejército.", "Bandiagara"),
    ("ar", "قتل ستة جنود يوم الاثنين في هجوم على قافلة في محافظة ديالى. ووقع الهجوم قرب مدينة بعقوبة، بحسب الجيش.",
     "Baqubah"),
])
def test_the_town_named_in_the_region_is_the_event_place(extract, lang, body, town):
    [event] = extract(body, lang).events
    assert event.location.name == town and event.location.precision == "city"
    assert event.fatalities.value == 6


def test_a_town_far_outside_the_region_leaves_the_region(extract):
    [event] = extract("Gunmen attacked a convoy in the Mopti region on Monday, killing six soldiers. The attack came "
                      "as talks opened in the capital Bamako, the army said.", "en").events
    assert event.location.precision == "admin1"
