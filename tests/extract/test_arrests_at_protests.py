"""Arrests at a demonstration are its police intervention, not an event of their own (ACLED)."""

from datetime import datetime, timezone

PUBLISHED = datetime(2026, 6, 26, 18, tzinfo=timezone.utc)


def types(extract, lang: str, body: str) -> list[str]:
    extraction = extract(body, lang, "", PUBLISHED)
    return [e.sub_event_type for e in extraction.events if e.status == "new"]


def test_arrests_after_a_dispersed_protest_join_it(extract):
    body = ("La police a dispersé à coups de gaz lacrymogène une manifestation contre la vie chère à Lomé jeudi. "
            "Une dizaine de personnes ont été blessées et au moins 30 interpellées, selon le collectif organisateur.")
    assert types(extract, "fr", body) == ["Protest with intervention"]


def test_arrests_elsewhere_stay_apart(extract):
    body = ("Police arrested 12 suspected militants in raids in Peshawar on Monday. Separately, hundreds protested in "
            "Lahore against fuel prices.")
    assert types(extract, "en", body) == ["Arrests", "Peaceful protest"]


def test_arabic_detention_is_no_protest(extract):
    """"احتجاز" (detention) and "المحتجزين" (the detained) share their first letters with "احتجاج" (protest) and
    "محتجين" (protesters): neither makes a demonstration."""
    assert "Peaceful protest" not in types(extract, "ar", "احتجزت قوات الأمن عشرات الأشخاص في بغداد يوم الاثنين.")
    body = "قتل 12 شخصا في غارة على خان يونس يوم الاثنين. وتعهد الجيش بإعادة الأسرى المحتجزين في غزة."
    assert types(extract, "ar", body) == ["Air/drone strike"]
    assert types(extract, "ar", "احتج المئات في البصرة يوم الاثنين على البطالة.") == ["Peaceful protest"]
