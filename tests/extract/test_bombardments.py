"""A bombardment ("bombardeo", "bombardement", "Bombardierung", "bombardment") is from the air or by guns: the
weapons decide, those of the sentence first, else those the article names anywhere (a headline's "des
bombardements", then "des obus sont tombés"). Guns or launchers without aircraft or drones make it shelling; with
none named it is an air strike, as most such reports are. Texts written for these tests."""

from __future__ import annotations

import pytest

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


@pytest.mark.parametrize("lang,headline,body,sub", [
    ("es", "", "Al menos 15 personas murieron el martes en un bombardeo israelí contra una escuela en Gaza.", AIR),
    ("es", "", "La artillería rusa bombardeó el lunes un barrio de Zaporiyia y mató a una mujer.", SHELLING),
    ("fr", "", "Des bombardements ont tué neuf personnes lundi dans un camp près de Goma.", AIR),
    ("fr", "RDC - des bombardements font neuf morts près de Goma",
     "Des obus sont tombés lundi sur un camp de déplacés près de Goma, faisant au moins neuf morts.", SHELLING),
    ("de", "", "Bei der Bombardierung eines Marktes in Saada sind am Montag neun Menschen getötet worden.", AIR),
    ("de", "", "Bei der Bombardierung eines Marktes mit Artillerie und Mörsern sind am Montag in Saada neun Menschen "
               "getötet worden.", SHELLING),
    ("en", "", "Nine people were killed in a bombardment of a market in Saada on Monday.", AIR),
    ("en", "", "Nine people were killed when mortars and artillery bombarded a market in Saada on Monday.", SHELLING),
    ("es", "", "Aviones estadounidenses bombardearon el lunes el puerto de Hodeida y mataron a tres personas.", AIR),
])
def test_the_weapons_decide_a_bombardment(new_event, lang, headline, body, sub):
    assert new_event(body, lang, headline).sub_event_type == sub
