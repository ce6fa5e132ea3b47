import pytest

from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.numbers import find_numbers


def nums(lang, text):
    f = fold(text)
    return [(n.value, n.qualifier) for n in find_numbers(lexicon(lang).index(f), 0, len(f))]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "vier Menschen", [(4, "exact")]),
    ("de", "mindestens zwei Raketen", [(2, "at_least")]),
    ("de", "dreiundzwanzig Tote", [(23, "exact")]),
    ("de", "2.500 Soldaten", [(2500, "exact")]),
    ("de", "rund 1,5 Millionen", [(1500000, "about")]),
    ("en", "at least 156 people", [(156, "at_least")]),
    ("en", "twenty-three soldiers", [(23, "exact")]),
    ("en", "2,500 troops", [(2500, "exact")]),
    ("en", "dozens of people", [(12, "at_least")]),
    ("fr", "au moins deux morts", [(2, "at_least")]),
    ("fr", "vingt-trois blessés", [(23, "exact")]),
    ("es", "al menos cuatro muertos", [(4, "at_least")]),
    ("es", "veintitrés heridos", [(23, "exact")]),
    ("ar", "ثلاثة أشخاص", [(3, "exact")]),
    ("ar", "ما لا يقل عن ٤ قتلى", [(4, "at_least")]),
    ("ar", "خمسة وعشرون", [(25, "exact")]),
    ("ar", "قتيلين", [(2, "exact")]),
    # a number word times a dozen or a million; "one dozen" is about twelve, a vague amount
    ("fr", "deux douzaines de morts", [(24, "exact")]),
    ("fr", "une douzaine de morts", [(12, "at_least")]),
    ("fr", "deux millions de déplacés", [(2000000, "exact")]),
    ("de", "zwei Dutzend Verletzte", [(24, "exact")]),
    ("de", "ein Dutzend Tote", [(12, "at_least")]),
    ("es", "dos docenas de muertos", [(24, "exact")]),
    ("es", "una docena de heridos", [(12, "at_least")]),
    ("en", "two dozen people", [(24, "exact")]),
    ("en", "about 3 dozen people", [(36, "about")]),
    ("en", "a dozen people", [(12, "exact")]),
    ("ar", "عشرات الجرحى", [(10, "at_least")]),
])
def test_numbers(lang, text, expected):
    assert nums(lang, text) == expected


def test_years_and_huge_numbers_are_not_counts():
    assert nums("en", "in 2024 about 99999999999 were") == [(2024, "exact")]
