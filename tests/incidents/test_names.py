import pytest

from worker.incidents.names import is_generic, name_key, same_name


@pytest.mark.parametrize("a,b", [
    ("al-Nujaba", "Nujaba'a"), ("al-Nujaba", "an-Noujaba"), ("al-Nujaba", "النجباء"),
    ("Kataib Hezbollah", "Kata'ib Hizballah"), ("Kataib Hezbollah", "كتائب حزب الله"),
    ("Houthi", "Huthi"), ("Houthi", "الحوثي"), ("Baghdad", "Bagdad"), ("Baghdad", "بغداد"), ("Erbil", "أربيل"),
    ("Ain al-Asad", "Aïn al-Assad"), ("Ain al-Asad", "عين الأسد"), ("Galaxy Leader", "GALAXY LEADER"),
])
def test_spelling_variants_meet(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize("a,b", [
    ("al-Nujaba", "Kataib Hezbollah"), ("Baghdad", "Basra"), ("Galaxy Leader", "Marlin Luanda"),
    ("Tower 22", "Tower 23"), ("Rubymar", "True Confidence"),
])
def test_different_names_stay_apart(a, b):
    assert not same_name(a, b)


def test_articles_are_ignored_and_nothing_left_is_empty():
    assert name_key("the al-") == ""
    assert not same_name("al", "el")


@pytest.mark.parametrize("name", ["British vessel", "Militia", "Unidentified armed group", "US-led coalition",
                                  "Iran-backed militants", "U.S. forces", "مسلحون مجهولون", "Handelsschiff"])
def test_descriptions_are_generic(name):
    assert is_generic(name)


@pytest.mark.parametrize("name", ["al-Nujaba", "Marlin Luanda", "Islamic Resistance in Iraq", "Houthis", "USS Carney"])
def test_names_are_not_generic(name):
    assert not is_generic(name)
