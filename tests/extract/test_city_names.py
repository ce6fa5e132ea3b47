"""Gaza City and Tyre by their names in every language: the city, not the territory or the country."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 5, 13, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body, place", [
    ("en", "An Israeli air strike hit a school in Gaza City on Monday, killing five people.", "Gaza City"),
    ("de", "Ein israelischer Luftangriff auf eine Schule in der Stadt Gaza hat am Montag fünf Menschen getötet.",
     "Gaza City"),
    ("fr", "Une frappe israélienne a tué cinq personnes lundi dans la ville de Gaza.", "Gaza City"),
    ("es", "Un ataque israelí contra una escuela en la ciudad de Gaza mató a cinco personas el lunes.", "Gaza City"),
    ("ar", "قتل خمسة أشخاص في غارة إسرائيلية على مدرسة في مدينة غزة يوم الاثنين.", "Gaza City"),
    ("fr", "Deux personnes ont été tuées mercredi dans une frappe de drone israélienne contre une voiture à Tyr.",
     "Tyre"),
    ("es", "Un dron israelí mató a dos personas en Tiro, en el sur del Líbano, el miércoles.", "Tyre"),
])
def test_the_city_is_the_place(extract, lang, body, place):
    extraction = extract(body, lang, "", PUBLISHED)
    [event] = [e for e in extraction.events if e.status == "new"]
    assert event.location.name == place and event.location.precision == "city"
