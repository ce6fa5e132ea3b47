from datetime import date

import pytest

from worker.extract.dates import find_dates
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold

FRIDAY = date(2024, 1, 5)


def dates(lang, text, ref=FRIDAY):
    f = fold(text)
    return [(d.value, d.precision, d.since) for d in find_dates(lexicon(lang).index(f), text, 0, len(f), ref)]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "der Angriff vom Donnerstag", date(2024, 1, 4)),
    ("de", "am Freitag", date(2024, 1, 5)),
    ("en", "Thursday's attack", date(2024, 1, 4)),
    ("fr", "ce dimanche", date(2023, 12, 31)),
    ("es", "el jueves", date(2024, 1, 4)),
    ("ar", "يوم الخميس", date(2024, 1, 4)),
    ("de", "gestern", date(2024, 1, 4)),
    ("fr", "hier soir", date(2024, 1, 4)),
    ("en", "on January 3", date(2024, 1, 3)),
    ("de", "am 3. Januar", date(2024, 1, 3)),
    ("es", "el 28 de diciembre", date(2023, 12, 28)),
    ("ar", "انفجرت العبوة أول من أمس", date(2024, 1, 3)),  # the day before yesterday, not yesterday
    ("ar", "في الليلة قبل الماضية", date(2024, 1, 3)),
])
def test_day_dates(lang, text, expected):
    assert dates(lang, text)[0][:2] == (expected, "day")


def test_months_and_periods():
    assert dates("de", "Im vergangenen Monat") == [(date(2023, 12, 1), "month", False)]
    assert dates("en", "last month") == [(date(2023, 12, 1), "month", False)]
    assert dates("en", "in October") == [(date(2023, 10, 1), "month", False)]
    assert dates("ar", "الشهر الماضي") == [(date(2023, 12, 1), "month", False)]


def test_since_marks_the_start_of_a_count():
    assert dates("de", "seit Beginn des Krieges im Oktober") == [(date(2023, 10, 1), "month", True)]
    assert dates("fr", "depuis octobre") == [(date(2023, 10, 1), "month", True)]


def test_may_the_verb_is_not_a_month():
    assert dates("en", "officials said it may take weeks") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "since Oct. 17", date(2023, 10, 17)),
    ("de", "seit dem 17. Okt.", date(2023, 10, 17)),
    ("fr", "le 4 nov.", date(2023, 11, 4)),
    ("es", "el 4 de nov.", date(2023, 11, 4)),
    ("fr", "le 4 novembre", date(2023, 11, 4)),
    ("de", "am 4. November", date(2023, 11, 4)),
    ("es", "el 4 de noviembre", date(2023, 11, 4)),
    ("ar", "في 4 نوفمبر", date(2023, 11, 4)),
])
def test_explicit_and_abbreviated_months(lang, text, expected):
    assert dates(lang, text)[0][:2] == (expected, "day")


def test_abbreviated_month_needs_its_day():
    assert dates("en", "Jan said the talks would go on") == []
