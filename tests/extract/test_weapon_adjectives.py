"""A country adjective beside a launched weapon names who attacked; aerial bombs are air strikes."""

from datetime import datetime, timezone

import pytest

from worker.extract import Extractor
from worker.models import Article

PUBLISHED = datetime(2026, 2, 3, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor().warm_up()


def new_events(extractor: Extractor, lang: str, body: str):
    article = Article(article_id="t", source="test", published_at=PUBLISHED, language=lang, headline="", body=body,
                      content_hash="t", dedup_key=lang)
    return [e for e in extractor.extract(article).events if e.status == "new"]


@pytest.mark.parametrize("lang, body", [
    ("en", "Russian glide bombs killed four people in Kharkiv on Tuesday, officials said."),
    ("de", "Russische Gleitbomben töteten am Dienstag in Charkiw vier Menschen, teilten die Behörden mit."),
    ("fr", "Des bombes planantes russes ont tué quatre personnes mardi à Kharkiv, selon les autorités."),
    ("es", "Bombas planeadoras rusas mataron a cuatro personas el martes en Járkov, según las autoridades."),
])
def test_glide_bombs_are_an_air_strike_by_the_adjective_country(extractor, lang, body):
    [event] = new_events(extractor, lang, body)
    assert event.sub_event_type == "Air/drone strike"
    assert ("Russian forces", "attacker") in [(a.name, a.role) for a in event.actors]


def test_barrel_bombs_are_an_air_strike(extractor):
    [event] = new_events(extractor, "ar", "قتل أربعة أشخاص يوم الثلاثاء في قصف بالبراميل المتفجرة على بلدة في ريف إدلب.")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang, body, country", [
    ("fr", "Des drones russes ont frappé Odessa dans la nuit de lundi, blessant trois personnes.", "Russian forces"),
    ("es", "Misiles rusos impactaron en Járkov el lunes y mataron a dos civiles.", "Russian forces"),
    ("en", "Israeli drones struck a car near Tyre on Monday, killing two people.", "Israeli forces"),
])
def test_adjective_beside_a_weapon_is_the_attacker(extractor, lang, body, country):
    [event] = new_events(extractor, lang, body)
    assert (country, "attacker") in [(a.name, a.role) for a in event.actors]


def test_a_named_attacker_keeps_the_weapon_maker_out(extractor):
    [event] = new_events(extractor, "en", "Ukrainian forces fired US-made ATACMS missiles at an airfield in Crimea on "
                                          "Monday, killing two soldiers.")
    attackers = [a.name for a in event.actors if a.role == "attacker"]
    assert attackers == ["Ukrainian forces"]
