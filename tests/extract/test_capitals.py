"""A capital named by its country ("the Somali capital", "la capitale somalienne") is that country's capital city."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 3, 4, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body", [
    ("en", "A suicide bomber blew himself up at a police training academy in the Somali capital on Wednesday, "
           "killing six recruits."),
    ("en", "Gunmen stormed a hotel in Somalia's capital on Wednesday, killing six people."),
    ("fr", "Un kamikaze s'est fait exploser mercredi dans une école de police de la capitale somalienne, tuant six "
           "recrues."),
    ("de", "Ein Selbstmordattentäter hat sich am Mittwoch in einer Polizeischule der somalischen Hauptstadt in die "
           "Luft gesprengt und sechs Rekruten getötet."),
    ("es", "Un atacante suicida se hizo estallar el miércoles en una academia de policía de la capital somalí y mató "
           "a seis reclutas."),
    ("ar", "قتل ستة مجندين يوم الأربعاء في تفجير انتحاري استهدف أكاديمية للشرطة في العاصمة الصومالية."),
])
def test_the_capital_by_its_country(extract, lang, body):
    extraction = extract(body, lang, "", PUBLISHED)
    [event] = extraction.events
    assert (event.location.name, event.fatalities.value) == ("Mogadishu", 6)


def test_a_capital_far_from_any_country_is_none(extract):
    body = "The Ethiopian army said on Wednesday it had killed 20 rebels in fighting far from the capital."
    extraction = extract(body, "en", "", PUBLISHED)
    assert [e.location for e in extraction.events] == [None]
