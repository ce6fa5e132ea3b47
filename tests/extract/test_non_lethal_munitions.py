"""Tear gas canisters and stun grenades are police means against a crowd, no explosive weapons."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 2, 3, 12, tzinfo=timezone.utc)


def events(extract, lang: str, body: str):
    extraction = extract(body, lang, "", PUBLISHED)
    return extraction.events


@pytest.mark.parametrize("lang, body", [
    ("en", "Police fired tear gas canisters and stun grenades at protesters in Nairobi on Tuesday, injuring "
           "12 people."),
    ("fr", "La police a tiré des grenades lacrymogènes sur les manifestants à Lomé jeudi ; une dizaine de personnes "
           "ont été blessées."),
    ("es", "La policía lanzó granadas aturdidoras contra los manifestantes que marchaban en Lima el jueves."),
    ("de", "Die Polizei setzte am Samstag in Leipzig Tränengasgranaten und Blendgranaten gegen Demonstranten ein, "
           "23 Beamte wurden verletzt."),
    ("ar", "أطلقت الشرطة قنابل الغاز المسيل للدموع على المتظاهرين في تونس يوم الخميس وأصيب عشرة أشخاص."),
])
def test_police_munitions_make_an_intervention_not_a_bombing(extract, lang, body):
    found = [e for e in events(extract, lang, body) if e.status == "new"]
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]
    assert found[0].weapons == []


@pytest.mark.parametrize("lang, body, sub", [
    ("en", "A grenade attack on a market in Mogadishu killed three people on Tuesday.", "Grenade"),
    ("fr", "Une grenade lancée sur un marché de Bangui a tué trois personnes mardi.", "Grenade"),
    ("de", "Bei einem Granatenangriff auf einen Markt in Mogadischu wurden am Dienstag drei Menschen getötet.",
     "Grenade"),
    ("es", "Una bomba colocada junto a la carretera mató a tres soldados en el Cauca el martes.",
     "Remote explosive/landmine/IED"),
])
def test_real_explosives_stay_weapons(extract, lang, body, sub):
    assert sub in [e.sub_event_type for e in events(extract, lang, body)]
