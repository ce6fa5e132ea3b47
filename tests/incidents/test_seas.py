import pytest

from worker.incidents.match import compare_places
from worker.incidents.seas import incident_key, sea_area, sea_at
from worker.models import Actor, Location

ADEN = Location(name="Aden", country_code="YE", lat=12.78, lon=45.04, precision="city")
HODEIDAH = Location(name="Hodeidah", country_code="YE", lat=14.80, lon=42.95, precision="city")
SHIP = [Actor(name="Houthis", role="attacker", kind="rebels"), Actor(name="Marlin Luanda", role="target", kind="vessel")]
GUNMEN = [Actor(name="gunmen", role="attacker", kind="other")]


@pytest.mark.parametrize("lat, lon, sea", [
    (12.78, 45.04, "Gulf of Aden"), (14.80, 42.95, "Red Sea"), (13.32, 43.25, "Red Sea"), (12.66, 43.42, "Bab el-Mandeb"),
    (11.59, 43.15, "Gulf of Aden"), (26.2, 56.25, "Strait of Hormuz"), (46.48, 30.73, "Black Sea"),
    (47.10, 37.55, "Sea of Azov"), (33.3, 44.4, None)])
def test_ports_lie_in_the_sea_off_them(lat, lon, sea):
    assert sea_at(lat, lon) == sea


@pytest.mark.parametrize("location, actors, key", [
    (Location(name="Gulf of Aden", sea_area="Gulf of Aden", precision="sea"), [], "Red Sea"),
    (ADEN, SHIP, "Red Sea"),  # 'off Aden': the sea off the port, one region with the Gulf of Aden
    (ADEN, GUNMEN, "YE"),  # a shooting in the city stays with the country
    (Location(name="Yemen", country_code="YE", lat=15.5, lon=47.5, precision="country"), SHIP, "Red Sea"),
    (Location(name="Baghdad", country_code="IQ", lat=33.3, lon=44.4, precision="city"), SHIP, "IQ"),
    (Location(name="Rotes Meer", sea_area="Red Sea", precision="sea"), GUNMEN, "Red Sea"),
    (None, SHIP, "ZZ"),
])
def test_maritime_events_are_keyed_by_sea_region(location, actors, key):
    assert incident_key(location, actors) == key
    assert incident_key(location.model_dump(mode="json") if location else None,
                        [a.model_dump(mode="json") for a in actors]) == key


def test_a_port_named_in_a_maritime_report_is_the_same_place_as_the_sea_named_in_another():
    at_sea = {"name": "golfe d'Aden", "precision": "sea", "sea_area": "Gulf of Aden"}
    off_aden = {**ADEN.model_dump(mode="json"), "sea_area": sea_area(ADEN, SHIP)}
    assert compare_places(at_sea, off_aden, 25) == "same"
    red_sea = {"name": "Red Sea", "precision": "sea", "sea_area": "Red Sea"}
    assert compare_places(at_sea, red_sea, 25) == "coarse"  # adjacent seas: only with corroboration
    black_sea = {"name": "Black Sea", "precision": "sea", "sea_area": "Black Sea"}
    assert compare_places(at_sea, black_sea, 25) is None
    off_hodeidah = {**HODEIDAH.model_dump(mode="json"), "sea_area": sea_area(HODEIDAH, SHIP)}
    assert compare_places(off_aden, off_hodeidah, 25) == "coarse"  # ports are reference points: corroborate
    mokha = {"name": "Mokha", "country_code": "YE", "lat": 13.32, "lon": 43.25, "precision": "city"}
    off_mokha = {**mokha, "sea_area": "Red Sea"}
    assert compare_places(off_hodeidah, off_mokha, 25) == "coarse"
    assert compare_places(off_hodeidah, {**off_hodeidah, "name": "الحديدة"}, 25) == "same"
    assert compare_places({**HODEIDAH.model_dump(mode="json")}, mokha, 25) is None  # on land: two towns
