"""A report of a claim ("IS claims Kabul mosque bombing") is a claimed event, headline and body alike."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 3, 4, 15, tzinfo=timezone.utc)


def events(extract, lang: str, headline: str, body: str):
    extraction = extract(body, lang, headline, PUBLISHED)
    return extraction.events


@pytest.mark.parametrize("lang, headline, body", [
    ("en", "Islamic State claims Kabul mosque bombing",
     "KABUL, March 4 (Reuters) - Islamic State claimed responsibility on Wednesday for a suicide bombing at a "
     "Shi'ite mosque in Kabul that killed 14 worshippers on Tuesday, the group's news agency Amaq said."),
    ("ar", "داعش يتبنى تفجير مسجد في كابول",
     "كابول (رويترز) - أعلن تنظيم الدولة الإسلامية يوم الأربعاء مسؤوليته عن التفجير الانتحاري الذي استهدف مسجدا "
     "في كابول أمس وأسفر عن مقتل 14 مصليا."),
])
def test_a_claim_report_is_claimed(extract, lang, headline, body):
    assert [e.status for e in events(extract, lang, headline, body)] == ["claimed"]


def test_a_site_named_after_its_city_is_the_same_place(extract):
    found = events(extract, "es", "El ELN reivindica el ataque con drones en Cúcuta",
                   "BOGOTÁ, 4 mar (EFE).- La guerrilla del ELN reivindicó este miércoles el ataque con drones que "
                   "dejó dos soldados muertos el martes en una base militar de Cúcuta.")
    assert len(found) == 1
