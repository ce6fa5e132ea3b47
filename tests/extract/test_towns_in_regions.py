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


@pytest.mark.parametrize("lang,body,town", [
    ("en", "Three soldiers were killed by a roadside bomb in northern Iraq. Two others were wounded when their "
           "vehicle hit the device near the town of Hawija on Monday evening.", "Hawija"),
    ("de", "Bei der Explosion eines Sprengsatzes im Norden des Irak sind drei Soldaten getötet worden. Zwei weitere "
           "wurden verletzt, als ihr Fahrzeug am Montagabend nahe der Stadt Hawidscha über einen Sprengsatz fuhr.",
     "Hawidscha"),
    ("fr", "Trois soldats ont été tués par l'explosion d'un engin explosif dans le nord de l'Irak. Deux autres ont "
           "été blessés lorsque leur véhicule a sauté sur l'engin près de la ville de Hawija lundi soir.", "Hawija"),
    ("es", "Tres soldados murieron por la explosión de un artefacto en el norte de Irak. Otros dos resultaron "
           "heridos cuando su vehículo pasó sobre el explosivo cerca de la ciudad de Hawija el lunes.", "Hawija"),
    ("en", "Rebels killed 18 civilians in an attack in eastern Congo on Monday. ADF fighters attacked residents of "
           "the town of Oicha with machetes, a local official said.", "Hyosha"),
    # a sentence of the same account between: who is blamed
    ("en", "Three soldiers were killed by a roadside bomb in northern Iraq on Monday. The army blamed the Islamic "
           "State group. Two others were wounded when their vehicle hit the device near the town of Hawija.", "Hawija"),
    ("de", "Im Norden des Irak sind drei Soldaten entführt worden. Die Armee machte den Islamischen Staat "
           "verantwortlich. Bewaffnete hätten die Männer am Samstag nahe der Stadt Hawidscha verschleppt.",
     "Hawidscha"),
])
def test_a_town_right_after_a_country_is_the_event_place(extract, lang, body, town):
    [event] = extract(body, lang).events
    assert event.location.name == town and event.location.precision == "city"


@pytest.mark.parametrize("body", [
    # two sentences later, with another matter between: a round-up's country takes in much of the article
    "Three soldiers were killed by a roadside bomb in northern Iraq on Monday. The army gave no details. Two others "
    "were wounded near the town of Hawija.",
    # not where it happened: a road leads towards the town
    "M23 rebels seized a mining hub in eastern Congo on Monday, killing 12 people. They then advanced on the road "
    "towards Kisangani, residents said.",
])
def test_a_town_further_on_or_not_placed_leaves_the_country(extract, body):
    event = extract(body, "en").events[0]
    assert event.location.precision == "country"
