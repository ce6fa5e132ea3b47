"""An agreement is news once made: a ceasefire mentioned as context is no Agreement event."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 5, 13, 12, tzinfo=timezone.utc)


def types(extract, lang: str, body: str) -> list[str]:
    extraction = extract(body, lang, "", PUBLISHED)
    return [e.sub_event_type for e in extraction.events]


@pytest.mark.parametrize("lang, body", [
    ("en", "Israel and Hamas agreed to a ceasefire on Wednesday, mediators said."),
    ("en", "A ceasefire between the army and the rebels took effect in Goma at midnight on Sunday."),
    ("de", "Israel und die Hamas einigten sich am Mittwoch auf eine Waffenruhe, teilten die Vermittler mit."),
    ("fr", "Le gouvernement et les rebelles ont signé mercredi un cessez-le-feu à Doha."),
    ("es", "El Gobierno y el ELN firmaron un alto el fuego bilateral el lunes en La Habana."),
    ("ar", "اتفقت روسيا وأوكرانيا على تبادل الأسرى يوم الثلاثاء."),
])
def test_an_agreement_made_is_an_event(extract, lang, body):
    assert types(extract, lang, body) == ["Agreement"]


@pytest.mark.parametrize("lang, body", [
    ("en", "Two people were killed in an Israeli drone strike in Tyre on Wednesday, the health ministry announced, "
           "despite the ceasefire in force between Israel and Hezbollah."),
    ("de", "Trotz der Waffenruhe wurden am Mittwoch zwei Menschen bei einem Drohnenangriff im Südlibanon getötet."),
    ("fr", "Deux personnes ont été tuées mercredi dans une frappe de drone à Tyr, a annoncé le ministère, malgré le "
           "cessez-le-feu en vigueur entre Israël et le Hezbollah."),
    ("es", "Dos personas murieron el miércoles en un ataque con dron en Tiro, pese al alto el fuego vigente."),
    ("ar", "قتل شخصان في غارة إسرائيلية على جنوب لبنان رغم وقف إطلاق النار."),
])
def test_a_ceasefire_as_context_is_no_event(extract, lang, body):
    assert "Agreement" not in types(extract, lang, body)
