import pytest

from worker.extract.casualties import find_casualties
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold


def cas(lang, text):
    f = fold(text)
    c = find_casualties(lexicon(lang).index(f), 0, len(f))
    killed, injured = c.best("killed"), c.best("injured")
    return (killed.number.value if killed else None, injured.number.value if injured else None, c.leader_span is not None)


def test_german_counts_ignore_weapons_and_subsets():
    text = ("eine Drohne habe mindestens zwei Raketen abgefeuert und vier Menschen getötet, darunter einen lokalen "
            "Kommandeur der Gruppe und einen seiner Helfer")
    assert cas("de", text) == (4, None, True)


def test_english_killed_and_wounded():
    assert cas("en", "killing at least 12 people and wounding dozens") == (12, 12, False)
    assert cas("en", "Two soldiers were killed and three wounded") == (2, 3, False)


def test_french_spanish_arabic():
    assert cas("fr", "faisant au moins neuf morts et une trentaine de blessés") == (9, 30, False)
    assert cas("es", "Seis presuntos sicarios murieron y dos soldados resultaron heridos") == (6, 2, False)
    assert cas("ar", "ما أسفر عن مقتل أربعة أشخاص بينهم قيادي في الحركة") == (4, None, True)
    assert cas("ar", "سقوط قتيلين وثلاثة جرحى") == (2, 3, False)


def test_no_casualty_word_no_figure():
    assert cas("en", "The army deployed 2,500 soldiers") == (None, None, False)


@pytest.mark.parametrize("lang,text,expected", [
    # the counted noun right after the number decides, not an injured word further on
    ("en", "Russian attacks killed two civilians and wounded nine on Sunday", (2, 9)),
    ("en", "a drone strike killed at least 9 people and wounded 30 others", (9, 30)),
    ("de", "Der Angriff tötete zwei Zivilisten und verletzte neun in Charkiw", (2, 9)),
    ("fr", "Les frappes ont tué deux civils et blessé neuf à Kherson dimanche", (2, 9)),
    ("es", "Los ataques mataron a dos civiles e hirieron a nueve en Jersón el domingo", (2, 9)),
    ("ar", "قتل مدنيان وأصيب تسعة في خاركيف يوم الأحد", (2, 9)),
    # a place after the count is no counted noun ("kills four at", "wounded nine in")
    ("en", "Drone strike kills four at militia headquarters in Baghdad", (4, None)),
    ("en", "Shelling wounded nine in Kherson on Sunday", (None, 9)),
])
def test_killed_and_wounded_counts_in_one_clause(lang, text, expected):
    assert cas(lang, text)[:2] == expected
