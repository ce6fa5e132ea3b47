"""Which place an event happened in: a town the gazetteer lacks but a settlement word vouches for, the article's
countries over a lone namesake abroad, a region named after its city, other romanisations of a curated name, a
common-word city name the dateline vouches for, and the area around a city an event is north of."""

from __future__ import annotations

import pytest

from worker.extract.places import _romanisations


def _place(extractor, article, body: str, lang: str, headline: str = ""):
    events = extractor.extract(article(body, lang, headline=headline)).events
    assert events
    loc = events[0].location
    return loc and (loc.name, loc.country_code, loc.precision)


@pytest.mark.parametrize("lang, body, place", [
    ("en", "Russian artillery shelled the village of Zorivka in Ukraine's Kharkiv region on Tuesday, killing two "
           "civilians.", ("Zorivka", "UA", "city")),
    ("de", "Rebellen haben in der Demokratischen Republik Kongo die Kleinstadt Malunga angegriffen und zwölf "
           "Dorfbewohner getötet.", ("Malunga", "CD", "city")),
    ("fr", "Les rebelles ont attaqué la localité minière de Kabwera, dans l'est de la RDC, tuant six civils.",
     ("Kabwera", "CD", "city")),
    ("es", "Seis personas murieron en combates en la vereda Palo Seco, en el norte de Colombia.",
     ("Palo Seco", "CO", "city")),
    ("ar", "قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة في قرية الزهيرية في العراق.", ("الزهيرية", "IQ", "city")),
])
def test_a_settlement_word_vouches_for_a_town_the_gazetteer_lacks(extractor, article, lang, body, place):
    assert _place(extractor, article, body, lang) == place


@pytest.mark.parametrize("lang, body", [
    ("fr", "Des rebelles ont attaqué mardi Kabwera, une localité minière de l'est de la RDC, tuant six civils."),
    ("en", "Gunmen killed six people in Zorivka, a village in eastern Ukraine, on Tuesday."),
    ("es", "Seis personas murieron en Palo Seco, una vereda del norte de Colombia, el martes."),
    ("de", "Kämpfer haben Malunga, eine Kleinstadt im Osten der Demokratischen Republik Kongo, angegriffen und "
           "sechs Menschen getötet."),
])
def test_a_settlement_word_after_the_name_vouches_for_it_too(extractor, article, lang, body):
    name = _place(extractor, article, body, lang)[0]
    assert name in ("Kabwera", "Zorivka", "Palo Seco", "Malunga")


def test_the_frames_adjective_gives_the_towns_country(extractor, article):
    body = ("Bei einem Luftangriff auf die nordsyrische Stadt Kafr Tabul sind sechs Menschen getötet worden, "
            "teilte die russische Armee mit.")
    assert _place(extractor, article, body, "de") == ("Kafr Tabul", "SY", "city")


@pytest.mark.parametrize("lang, body", [
    ("en", "A roadside bomb killed six Malian soldiers near the town of Boni in central Mali on Sunday."),
    ("fr", "Une mine a tué six soldats près de la localité de Boni, au Mali, dimanche."),
    ("de", "Ein Sprengsatz hat nahe der Ortschaft Boni im Zentrum Malis sechs Soldaten getötet."),
])
def test_a_country_beside_a_framed_name_rules_out_a_namesake_abroad(extractor, article, lang, body):
    """"Boni" is one of Bonn's other names in the gazetteer; "in central Mali" says which Boni it is."""
    assert _place(extractor, article, body, lang) == ("Boni", "ML", "city")


@pytest.mark.parametrize("lang, body, town", [
    ("en", "Russian forces fired missiles at Kharkiv from Russia's Belgorod region on Monday, killing three people.",
     ("Kharkiv", "UA")),
    ("de", "Russische Truppen beschossen Charkiw aus Russland am Montag und töteten drei Menschen.", ("Kharkiv", "UA")),
    ("en", "An Israeli drone struck a car in Beirut from Israel on Monday, killing two people.", ("Beirut", "LB")),
])
def test_a_country_a_strike_came_from_is_not_the_towns(extractor, article, lang, body, town):
    assert _place(extractor, article, body, lang)[:2] == town


def test_a_country_beside_a_framed_town_keeps_the_town_of_the_texts_own_country(extractor, article):
    body = ("Turkish police said a rocket fired from Syria killed two people in the town of Akcakale near the border "
            "with Syria on Sunday.")
    assert _place(extractor, article, body, "en")[:2] == ("Akçakale", "TR")


@pytest.mark.parametrize("lang, body", [
    ("de", "Der Stadtrat traf sich in der Stadt Menschen aus allen Vierteln, nachdem zwei Polizisten verletzt "
           "wurden."),
    ("en", "Two soldiers were killed in the city of Police raids in Iraq."),
])
def test_a_lexicon_word_after_a_settlement_word_is_no_town(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert not any(e.location and e.location.name in ("Menschen", "Police") for e in events)


@pytest.mark.parametrize("lang, body, wrong", [
    ("es", "La policía peruana dispersó con gases a cientos de manifestantes en Lima; dos resultaron heridos, según "
           "la Defensoría del Pueblo.", "Puebla"),
    ("de", "Rebellen haben im Osten der Demokratischen Republik Kongo zwölf Dorfbewohner getötet, hieß es aus dem "
           "Osten Kongos.", "Koungou"),
])
def test_a_lone_name_abroad_yields_to_the_articles_countries(extractor, article, lang, body, wrong):
    events = extractor.extract(article(body, lang)).events
    assert events and not any(e.location and e.location.name == wrong for e in events)


@pytest.mark.parametrize("lang, body", [
    ("en", "Thousands marched in London on Saturday in solidarity with Gaza."),
    ("de", "Ein israelischer Luftangriff hat in Bagdad drei Menschen getötet, teilte das US-Militär mit."),
])
def test_a_city_by_its_own_name_or_a_big_one_abroad_stays(extractor, article, lang, body):
    assert _place(extractor, article, body, lang)[0] in ("London", "Baghdad")


@pytest.mark.parametrize("lang, body, place", [
    ("en", "Russian shelling killed two civilians in Ukraine's Sumy region on Tuesday.", "Sumy"),
    ("de", "Ukrainische Drohnen haben in der Region Kursk zwei Menschen getötet.", "Kursk"),
    ("fr", "Des drones ukrainiens ont tué deux personnes en Russie, dans la région de Koursk, mardi.", "Kursk"),
    ("es", "Drones ucranianos mataron a dos personas en la región de Kursk el martes.", "Kursk"),
])
def test_a_region_named_after_its_city_is_the_region(extractor, article, lang, body, place):
    assert _place(extractor, article, body, lang)[::2] == (place, "admin1")


def test_a_town_in_a_named_region_is_the_events_place(extractor, article):
    body = ("Russian artillery shelled the village of Zorivka in Ukraine's northeastern Sumy region late on Tuesday, "
            "killing two civilians.")
    headline = "Russian shelling kills two in Ukraine's Sumy border region"
    assert _place(extractor, article, body, "en", headline)[:2] == ("Zorivka", "UA")


@pytest.mark.parametrize("key, variant", [
    ("nabatieh", "nabatiyé"), ("nabatieh", "nabatiya"), ("dahiyeh", "dahieh"), ("dahiya", "dahiyah"),
])
def test_an_iyya_name_has_its_other_romanisations(key, variant):
    assert variant in _romanisations(key)


@pytest.mark.parametrize("name", ["colombia", "kharkiv", "gaza", "nabat"])
def test_other_names_have_none(name):
    assert _romanisations(name) == []


@pytest.mark.parametrize("lang, body", [
    ("fr", "Une frappe de drone israélienne a tué deux combattants du Hezbollah près de Nabatiyé mardi."),
    ("en", "An Israeli drone strike killed two Hezbollah fighters near Nabatiya on Tuesday."),
    ("es", "Un ataque con drones israelí mató a dos combatientes de Hezbolá cerca de Nabatiye el martes."),
])
def test_a_curated_name_is_found_in_another_romanisation(extractor, article, lang, body):
    assert _place(extractor, article, body, lang)[:2] == ("Nabatieh", "LB")


@pytest.mark.parametrize("lang, body, place", [
    ("de", "Halle (dpa) - Bei Krawallen nach einer Demonstration in Halle sind am Samstag zwölf Polizisten verletzt "
           "worden.", ("Halle", "DE")),
    ("en", "READING, England (Reuters) - Two men were killed in a knife attack in Reading on Saturday, police said.",
     ("Reading", "GB")),
])
def test_the_dateline_vouches_for_a_city_named_like_a_common_word(extractor, article, lang, body, place):
    name, country, _ = _place(extractor, article, body, lang)
    assert name.startswith(place[0]) and country == place[1]


def test_a_common_word_city_name_without_its_dateline_is_no_place(extractor, article):
    body = "Bei Krawallen nach einer Demonstration in Halle sind am Samstag zwölf Polizisten verletzt worden."
    assert _place(extractor, article, body, "de") is None


@pytest.mark.parametrize("lang, body, precision", [
    ("en", "A roadside bomb killed two soldiers north of Baghdad on Tuesday.", "admin1"),
    ("en", "A roadside bomb killed two soldiers near Baghdad on Tuesday.", "city"),
    ("ar", "قتل جنديان بانفجار عبوة ناسفة شمال بغداد يوم الثلاثاء.", "admin1"),
    ("ar", "قتل جنديان بانفجار عبوة ناسفة في شرق بغداد يوم الثلاثاء.", "city"),
    ("fr", "Une bombe a tué deux soldats au nord de Bagdad mardi.", "admin1"),
])
def test_north_of_a_city_is_its_area_near_or_inside_it_is_the_city(extractor, article, lang, body, precision):
    assert _place(extractor, article, body, lang)[::2] == ("Baghdad", precision)


def test_a_town_named_after_a_headline_north_of_a_city_is_the_events_place(extractor, article):
    headline = "مقتل جنديين عراقيين بانفجار عبوة ناسفة شمال بغداد"
    body = "قتل جنديان عراقيان يوم الثلاثاء بانفجار عبوة ناسفة في قضاء الزهيرية شمالي العاصمة بغداد."
    events = extractor.extract(article(body, "ar", headline=headline)).events
    assert len(events) == 1 and events[0].location.name == "الزهيرية"


@pytest.mark.parametrize("lang, body", [
    ("en", "John Hartley, a town councillor, said gunmen killed six people in Kano on Tuesday."),
    ("fr", "Jean Morel, un village entier l'a vu, dit que des hommes armés ont tué six personnes à Kano mardi."),
])
def test_a_compound_after_the_apposition_noun_is_no_town(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert not any(e.location and e.location.name in ("John Hartley", "Jean Morel") for e in events)


def test_a_framed_towns_country_is_the_one_the_texts_towns_are_in(extractor, article):
    body = ("Quatre soldats ont été tués mardi par une mine près de Goma, dans l'est de la RDC. La zone, proche de la "
            "frontière rwandaise, est visée par des rebelles soutenus par le Rwanda, selon Kinshasa et Beni. En "
            "décembre, une attaque contre le "
            "village de Kabwera, dans le même territoire, avait fait huit morts parmi les civils.")
    events = extractor.extract(article(body, "fr")).events
    placed = {e.location.name: e.location.country_code for e in events if e.location}
    assert placed.get("Kabwera") == "CD"
