"""A commemoration recalls a past massacre: the day of the ceremony does not make it news."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2025, 7, 11, 18, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body", [
    ("en", "Mourners gathered in Srebrenica on Friday to remember the more than 8,000 men killed by Bosnian Serb "
           "forces in 1995."),
    ("de", "Die Vereinten Nationen erinnerten am Freitag an das Massaker von Srebrenica, bei dem 1995 mehr als 8000 "
           "Männer getötet wurden."),
    ("fr", "Des milliers de personnes ont commémoré vendredi à Srebrenica le massacre de plus de 8.000 hommes tués "
           "en 1995."),
    ("ar", "أحيا الآلاف يوم الجمعة ذكرى مجزرة سريبرينيتسا التي قتل فيها أكثر من 8000 رجل عام 1995."),
])
def test_the_massacre_remembered_is_background(extract, lang, body):
    extraction = extract(body, lang, "", PUBLISHED)
    assert {e.status for e in extraction.events} <= {"background"}
