import pytest

from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.places import PlaceFinder, gazetteer


def places(lang, text, countries=frozenset()):
    finder = PlaceFinder(lexicon(lang), gazetteer())
    return [(p.place.name, p.place.country, p.place.precision)
            for p in finder.find(text, lexicon(lang).index(fold(text)), 0, len(text), countries)]


@pytest.mark.parametrize("lang,text,name,country", [
    ("de", "im Osten Bagdads", "Baghdad", "IQ"),
    ("en", "in Baghdad", "Baghdad", "IQ"),
    ("fr", "à Bagdad", "Baghdad", "IQ"),
    ("ar", "في بغداد", "Baghdad", "IQ"),
    ("ar", "في الموصل وبغداد", "Mosul", "IQ"),
    ("en", "near Arbil", "Erbil", "IQ"),
    ("ar", "في أربيل", "Erbil", "IQ"),
    ("de", "in Chan Junis", "Khan Younis", "PS"),
])
def test_exonyms(lang, text, name, country):
    assert places(lang, text)[0][:2] == (name, country)


def test_seas_have_no_country():
    assert places("de", "im Roten Meer") == [("Red Sea", None, "sea")]
    assert places("ar", "في البحر الأحمر") == [("Red Sea", None, "sea")]


def test_false_positive_traps():
    assert places("de", "Die Hamas sagte, auch bei dem Tod des Mannes") == []
    assert places("de", "Aus Polizei- und Milizkreisen verlautete") == []
    assert places("en", "The USA and Jan said") == []


def test_country_context_chooses_between_namesakes():
    found = places("en", "Rafah was hit", frozenset({"PS"}))
    assert found[0][1] == "PS"
