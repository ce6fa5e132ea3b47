"""A state, department or governorate word makes a city's name the region ("Kano state", "estado de Chihuahua")."""

import pytest


@pytest.mark.parametrize("lang, body, name", [
    ("en", "Gunmen killed six people in Kano state on Monday.", "Kano"),
    ("de", "Bewaffnete töteten am Montag im Bundesstaat Kano sechs Menschen.", "Kano"),
    ("es", "Hombres armados mataron a seis personas en el estado de Chihuahua el lunes.", "Chihuahua"),
    ("fr", "Des hommes armés ont tué six personnes lundi dans le gouvernorat d'Alep.", "Aleppo"),
])
def test_the_region_word_makes_the_region(extract, lang, body, name):
    [event] = extract(body, lang).events
    assert (event.location.name, event.location.precision) == (name, "admin1")


def test_the_bare_name_stays_the_city(extract):
    [event] = extract("Hombres armados mataron a seis personas en Chihuahua el lunes.", "es").events
    assert (event.location.name, event.location.precision) == ("Chihuahua", "city")
