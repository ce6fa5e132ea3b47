"""Arabic dates: an ordinal day word ("السابع من أكتوبر") and a month given in both calendars with its year."""

from datetime import date, datetime, timezone

import pytest

from worker.extract.dates import AR_ORDINALS


def published(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("body, day, since", [
    ("وارتفع عدد الشهداء في الضفة الغربية منذ السابع من أكتوبر/تشرين الأول الماضي إلى أكثر من 500 شهيد، بحسب "
     "وزارة الصحة.", "2024-03-01", date(2023, 10, 7)),
    ("وأعلنت وزارة الصحة ارتفاع حصيلة القتلى منذ بدء الحرب في السابع من تشرين الأول/أكتوبر 2023 إلى 61722 قتيلا "
     "على الأقل.", "2025-08-10", date(2023, 10, 7)),
])
def test_a_running_count_since_an_ordinal_day(extract, body, day, since):
    assert [f.since for f in extract(body, "ar", published=published(day)).reported_figures] == [since]


def test_an_ordinal_day_dates_the_event(extract):
    [event] = extract("قتل ثلاثة أشخاص في الحادي والعشرين من يوليو في غارة على خان يونس.", "ar",
                      published=published("2025-07-22")).events
    assert (event.event_date, event.date_precision) == (date(2025, 7, 21), "day")


def test_every_day_of_a_month_has_one_ordinal():
    assert sorted(AR_ORDINALS.values()) == list(range(1, 32))
