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


#: A toll counted from an agreement is a running figure without a start date (it was an Agreement with 300 dead).
SINCE_THE_TRUCE = ([(300, "fatalities", None)], [])
#: A strike despite a ceasefire in force since a date is an event (it was a figure of one or two killed since then).
TRUCE_SINCE_A_DATE = ([], ["Air/drone strike"])


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "Lebanon's health ministry says Israeli strikes have killed more than 300 people in Lebanon since the "
           "ceasefire took effect.", SINCE_THE_TRUCE),
    ("fr", "Les frappes israéliennes ont tué plus de 300 personnes au Liban depuis l'entrée en vigueur du "
           "cessez-le-feu, selon le ministère de la Santé.", SINCE_THE_TRUCE),
    ("de", "Seit Inkrafttreten der Waffenruhe wurden bei israelischen Angriffen im Libanon mehr als 300 Menschen "
           "getötet.", SINCE_THE_TRUCE),
    ("es", "Los ataques israelíes han matado a más de 300 personas en el Líbano desde la entrada en vigor del alto "
           "el fuego.", SINCE_THE_TRUCE),
    ("en", "An Israeli drone strike killed a man on a motorbike in Nabatieh on Tuesday and wounded two passers-by, the "
           "health ministry said, despite a ceasefire in place since November 2024.", TRUCE_SINCE_A_DATE),
    ("fr", "Une frappe de drone israélienne a tué mardi un homme à Nabatiyé et blessé deux passants, malgré le "
           "cessez-le-feu en vigueur depuis novembre 2024.", TRUCE_SINCE_A_DATE),
    ("de", "Eine israelische Drohne hat am Dienstag in Nabatieh einen Mann getötet und zwei Passanten verletzt, trotz "
           "der seit November 2024 geltenden Waffenruhe.", TRUCE_SINCE_A_DATE),
])
def test_counts_from_a_ceasefire_and_strikes_despite_one(extract, lang, body, expected):
    extraction = extract(body, lang, "", PUBLISHED)
    figures = [(f.value, f.metric, f.since) for f in extraction.reported_figures]
    assert (figures, [e.sub_event_type for e in extraction.events]) == expected


def test_an_event_word_beside_a_ceasefire_in_force_types_the_event(extract):
    [event] = extract("Trotz der Waffenruhe wurden am Mittwoch zwei Menschen bei einem Drohnenangriff im Südlibanon "
                      "getötet.", "de", "", PUBLISHED).events
    assert event.sub_event_type == "Air/drone strike"
    assert next(e.text for e in event.evidence if e.field == "event_type") == "Drohnenangriff"
