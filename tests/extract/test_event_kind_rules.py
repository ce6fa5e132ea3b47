"""Event types and event counts for constructions found on held-out text: forces fighting armed groups are battles,
an attack compound with a place and a day is an event, a recap of earlier strikes is no new event, people attacked
outrank houses burnt, and "una base militar" counts nobody."""

import pytest


def events(extractor, article, lang, body, headline=""):
    return extractor.extract(article(body, lang, headline)).events


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers killed 12 jihadists in an operation near Mopti on Tuesday."),
    ("en", "Troops killed five militants near Tikrit on Friday."),
    ("fr", "Les militaires ont tué 15 jihadistes lundi près de Djibo, selon l'armée."),
    ("es", "Soldados malienses mataron a 12 yihadistas cerca de Mopti el martes."),
    ("de", "Soldaten töteten am Montag zwölf Dschihadisten bei Mopti."),
    ("ar", "قتلت القوات خمسة مسلحين قرب تكريت يوم الجمعة."),
])
def test_forces_killing_an_armed_group_is_a_battle(extractor, article, lang, text):
    evs = events(extractor, article, lang, text)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Armed clash")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed 12 villagers near Bandiagara on Monday."),
    ("fr", "Des hommes armés ont attaqué un village près de Bandiagara lundi, tuant 15 civils."),
    ("es", "Hombres armados mataron a 12 civiles en una aldea cerca de Bandiagara el lunes."),
    ("ar", "هاجم مسلحون قرية قرب مدينة بني في شرق الكونغو يوم الاثنين وقتلوا 12 مدنيا."),
])
def test_civilians_killed_by_an_armed_group_stay_violence_against_civilians(extractor, article, lang, text):
    evs = events(extractor, article, lang, text)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text,sub,place", [
    ("Bei einem Drohnenangriff auf Odessa wurde am Montag ein Wohnhaus beschädigt.", "Air/drone strike", "Odesa"),
    ("Raketenangriff auf Kiew in der Nacht zum Dienstag.", "Shelling/artillery/missile attack", "Kyiv"),
])
def test_an_attack_compound_with_a_place_and_a_day_is_an_event(extractor, article, text, sub, place):
    evs = events(extractor, article, "de", text)
    assert [(e.status, e.sub_event_type, e.location.name) for e in evs] == [("new", sub, place)]


@pytest.mark.parametrize("text", [
    "Deutschland liefert am Montag Raketen an die Ukraine.",
    "Drohnenangriffe sind eine wachsende Gefahr, sagen Experten.",
])
def test_weapons_or_compounds_without_place_and_day_are_no_event(extractor, article, text):
    assert events(extractor, article, "de", text) == []


@pytest.mark.parametrize("lang,headline,body", [
    ("en", "Drone strike hits Baghdad", "A drone strike hit a militia headquarters in Baghdad on Thursday, killing two "
     "people. It was the third such attack this month, after a strike on a base in Anbar on Monday."),
    ("en", "US strike kills militia commander", "A US drone strike killed a commander of the Nujaba militia in east "
     "Baghdad on Thursday. The strike, the second this month after the one on January 2 that hit a Kataib Hezbollah "
     "base near Jurf al-Sakhar, drew condemnation from the Iraqi government."),
    ("fr", "Frappe à Bagdad", "Une frappe de drone a tué deux miliciens à Bagdad jeudi. La frappe, la deuxième ce "
     "mois-ci après celle du 2 janvier contre une base à Jurf al-Sakhar, a été condamnée par le gouvernement."),
    ("es", "Ataque en Bagdad", "Un ataque con drones mató a dos milicianos en Bagdad el jueves. El ataque, el segundo "
     "este mes tras el del 2 de enero contra una base en Anbar, fue condenado por el gobierno."),
    ("de", "Angriff in Bagdad", "Ein Drohnenangriff tötete am Donnerstag zwei Milizionäre in Bagdad. Der Angriff, der "
     "zweite in diesem Monat nach dem vom Montag auf einen Stützpunkt in Anbar, wurde von der Regierung verurteilt."),
])
def test_a_recap_of_earlier_strikes_is_no_new_event(extractor, article, lang, headline, body):
    evs = [e for e in events(extractor, article, lang, body, headline) if e.status == "new"]
    assert len(evs) == 1 and evs[0].location.name == "Baghdad"
    assert not any(a.name == "Kataib Hezbollah" for a in evs[0].actors)


def test_people_attacked_and_houses_burnt_is_an_attack(extractor, article):
    evs = events(extractor, article, "de", "Kämpfer der Miliz ADF hätten am Montag Bewohner der Kleinstadt Oicha mit "
                 "Macheten angegriffen und mehrere Häuser in Brand gesteckt, sagte ein Vertreter der Verwaltung.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_houses_burnt_with_nobody_attacked_stay_property_destruction(extractor, article):
    evs = events(extractor, article, "en", "Rebels looted and burned dozens of houses in Oicha on Monday, residents "
                 "said.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


@pytest.mark.parametrize("text,dead", [
    ("El Estado Islámico atacó una base militar en Tillabéri el lunes y mató a 10 soldados.", 10),
    ("Un convoy militar fue atacado por hombres armados cerca de Gao el lunes; murieron cuatro soldados.", 4),
])
def test_a_military_base_is_no_dead_soldier(extractor, article, text, dead):
    evs = events(extractor, article, "es", text)
    assert evs[0].fatalities.value == dead


@pytest.mark.parametrize("lang,text", [
    ("de", "Soldaten töteten am Montag 12 Dschihadisten bei Mopti."),
    ("es", "El Ejército abatió a 12 disidentes de las FARC en combates en el Cauca el martes."),
])
def test_armed_men_killed_are_counted(extractor, article, lang, text):
    assert events(extractor, article, lang, text)[0].fatalities.value == 12
