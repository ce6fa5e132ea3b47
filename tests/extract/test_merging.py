"""Follow-up sentences fold into the event they elaborate; street names and datelines are no event places."""

from __future__ import annotations

import pytest


def _new(extractor, article, body, lang, headline=""):
    return [e for e in extractor.extract(article(body, lang, headline)).events if e.status == "new"]


@pytest.mark.parametrize("lang, body", [
    ("en", "A drone strike hit a militia base in Baghdad on Thursday, killing four people. "
           "Two rockets hit a car parked inside the compound on Palestine Street."),
    ("de", "Ein Drohnenangriff auf einen Stützpunkt der Miliz in Bagdad tötete am Donnerstag vier Menschen. "
           "Zwei Raketen trafen ein Auto in der Haifa-Straße."),
    ("fr", "Une frappe de drone a tué quatre personnes jeudi dans une base de milice à Bagdad. "
           "Deux roquettes ont touché une voiture garée rue de Palestine."),
    ("es", "Un ataque con dron mató a cuatro personas el jueves en una base de una milicia en Bagdad. "
           "Dos cohetes alcanzaron un coche aparcado en la calle Palestina."),
    ("ar", "قتل أربعة أشخاص في غارة بطائرة مسيرة على مقر لفصيل مسلح في بغداد يوم الخميس. "
           "وأصاب صاروخان سيارة متوقفة في شارع فلسطين."),
])
def test_street_detail_folds_into_the_strike(extractor, article, lang, body):
    events = _new(extractor, article, body, lang)
    assert len(events) == 1
    assert events[0].location.name == "Baghdad"
    assert all(e.location is None or e.location.country_code != "PS" for e in events)


@pytest.mark.parametrize("lang, body", [
    ("en", "A drone strike killed four people in Baghdad on Thursday. In a separate attack, a roadside bomb "
           "wounded two soldiers."),
    ("de", "Ein Drohnenangriff tötete am Donnerstag in Bagdad vier Menschen. Bei einem weiteren Angriff wurden "
           "zwei Soldaten durch einen Sprengsatz verletzt."),
    ("fr", "Une frappe de drone a tué quatre personnes jeudi à Bagdad. Dans une autre attaque, une bombe artisanale "
           "a blessé deux soldats."),
    ("es", "Un ataque con dron mató a cuatro personas el jueves en Bagdad. En otro ataque, una bomba de carretera "
           "hirió a dos soldados."),
    ("ar", "قتل أربعة أشخاص في غارة بطائرة مسيرة في بغداد يوم الخميس. وفي هجوم آخر أصيب جنديان بانفجار عبوة ناسفة."),
])
def test_separate_attack_is_its_own_event(extractor, article, lang, body):
    assert len(_new(extractor, article, body, lang)) == 2


def test_dateline_city_is_not_the_event_place(extractor, article):
    body = ("KYIV, Jan 20 - Russian artillery shelled the southern city of Kherson on Saturday, killing three "
            "people. Shells struck a bus stop in the city's Dniprovskyi district.")
    events = _new(extractor, article, body, "en")
    assert [e.location.name for e in events] == ["Kherson"]


def test_capital_as_speaker_is_not_a_place(extractor, article):
    body = ("Three soldiers were killed on Sunday in a drone attack on a base in Jordan. "
            "Washington blamed the attack on armed groups backed by Iran.")
    events = _new(extractor, article, body, "en")
    assert len(events) == 1 and events[0].location.country_code == "JO"


def test_ship_name_is_not_a_city(extractor, article):
    body = "A missile struck the tanker Marlin Luanda in the Gulf of Aden on Friday, setting it on fire."
    events = _new(extractor, article, body, "en")
    assert len(events) == 1 and events[0].location.name == "Gulf of Aden"


def test_running_count_since_months_is_background(extractor, article):
    body = "Depuis novembre, les rebelles multiplient les attaques contre les navires en mer Rouge."
    assert not _new(extractor, article, body, "fr")
