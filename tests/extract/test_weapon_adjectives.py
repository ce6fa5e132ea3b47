"""A country adjective beside a launched weapon names who attacked; aerial bombs are air strikes."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 2, 3, 12, tzinfo=timezone.utc)


def new_events(extract, lang: str, body: str):
    extraction = extract(body, lang, "", PUBLISHED)
    return [e for e in extraction.events if e.status == "new"]


@pytest.mark.parametrize("lang, body", [
    ("en", "Russian glide bombs killed four people in Kharkiv on Tuesday, officials said."),
    ("de", "Russische Gleitbomben töteten am Dienstag in Charkiw vier Menschen, teilten die Behörden mit."),
    ("fr", "Des bombes planantes russes ont tué quatre personnes mardi à Kharkiv, selon les autorités."),
    ("es", "Bombas planeadoras rusas mataron a cuatro personas el martes en Járkov, según las autoridades."),
])
def test_glide_bombs_are_an_air_strike_by_the_adjective_country(extract, lang, body):
    [event] = new_events(extract, lang, body)
    assert event.sub_event_type == "Air/drone strike"
    assert ("Russian forces", "attacker") in [(a.name, a.role) for a in event.actors]


def test_barrel_bombs_are_an_air_strike(extract):
    [event] = new_events(extract, "ar", "قتل أربعة أشخاص يوم الثلاثاء في قصف بالبراميل المتفجرة على بلدة في ريف إدلب.")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang, body, country", [
    ("fr", "Des drones russes ont frappé Odessa dans la nuit de lundi, blessant trois personnes.", "Russian forces"),
    ("es", "Misiles rusos impactaron en Járkov el lunes y mataron a dos civiles.", "Russian forces"),
    ("en", "Israeli drones struck a car near Tyre on Monday, killing two people.", "Israeli forces"),
])
def test_adjective_beside_a_weapon_is_the_attacker(extract, lang, body, country):
    [event] = new_events(extract, lang, body)
    assert (country, "attacker") in [(a.name, a.role) for a in event.actors]


def test_a_named_attacker_keeps_the_weapon_maker_out(extract):
    [event] = new_events(extract, "en", "Ukrainian forces fired US-made ATACMS missiles at an airfield in Crimea on "
                                          "Monday, killing two soldiers.")
    attackers = [a.name for a in event.actors if a.role == "attacker"]
    assert attackers == ["Ukrainian forces"]
