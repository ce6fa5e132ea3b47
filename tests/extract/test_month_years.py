"""A month placed by a year period ("August of last year") or by "last" ("last August", "août dernier")."""

from datetime import date

import pytest

from worker.extract.dates import find_dates
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold

DECEMBER = date(2024, 12, 4)
AUGUST = date(2024, 8, 20)


def first_date(lang, text, ref):
    f = fold(text)
    found = find_dates(lexicon(lang).index(f), text, 0, len(f), ref)
    return (found[0].value, found[0].precision) if found else None


@pytest.mark.parametrize("lang,text", [
    ("ar", "وفي أغسطس/آب من العام الماضي، قُتل 55 شخصا"),
    ("ar", "وفي أغسطس من العام الماضي قتل 55 شخصا"),
    ("de", "Im August vergangenen Jahres wurden 55 Menschen getötet"),
    ("de", "Im August des vergangenen Jahres wurden 55 Menschen getötet"),
    ("de", "Im August des Vorjahres wurden 55 Menschen getötet"),
    ("fr", "En août de l'année dernière, 55 personnes ont été tuées"),
    ("fr", "En août l'an dernier, 55 personnes ont été tuées"),
    ("es", "En agosto del año pasado murieron 55 personas"),
    ("en", "In August last year, 55 people were killed"),
    ("en", "In August of last year, 55 people were killed"),
])
def test_a_month_of_last_year_is_in_the_year_before_publication(lang, text):
    assert first_date(lang, text, DECEMBER) == (date(2023, 8, 1), "month")


@pytest.mark.parametrize("lang,text", [
    ("en", "In August 2023, 55 people were killed"),
    ("es", "En agosto de 2023 murieron 55 personas"),
])
def test_a_stated_year_still_wins(lang, text):
    assert first_date(lang, text, DECEMBER) == (date(2023, 8, 1), "month")


def test_a_day_of_last_year():
    assert first_date("en", "On August 5 last year, 55 people were killed", DECEMBER) == (date(2023, 8, 5), "day")
    assert first_date("fr", "Le 5 août de l'année dernière, 55 personnes ont été tuées", DECEMBER) == \
        (date(2023, 8, 5), "day")


@pytest.mark.parametrize("lang,text", [
    ("en", "Last August, 55 people were killed"),
    ("de", "Im vergangenen August wurden 55 Menschen getötet"),
    ("fr", "En août dernier, 55 personnes ont été tuées"),
    ("es", "En agosto pasado murieron 55 personas"),
    ("es", "El pasado agosto murieron 55 personas"),
    ("ar", "وفي أغسطس الماضي قتل 55 شخصا"),
    ("ar", "وفي أغسطس/آب الماضي قتل 55 شخصا"),
])
def test_last_month_in_that_very_month_is_a_year_ago(lang, text):
    assert first_date(lang, text, AUGUST) == (date(2023, 8, 1), "month")
    assert first_date(lang, text, DECEMBER) == (date(2024, 8, 1), "month")


@pytest.mark.parametrize("lang,text", [
    ("en", "In August, 55 people were killed"),
    ("fr", "En août, 55 personnes ont été tuées"),
    ("ar", "وفي أغسطس قتل 55 شخصا"),
])
def test_a_bare_month_is_the_latest_one(lang, text):
    assert first_date(lang, text, AUGUST) == (date(2024, 8, 1), "month")
    assert first_date(lang, text, DECEMBER) == (date(2024, 8, 1), "month")
