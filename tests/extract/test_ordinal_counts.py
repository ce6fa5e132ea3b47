""""It was the 15th attack on US forces since January": a running count of 15 attacks, no event of its own."""

from datetime import date, datetime, timezone

import pytest

PUBLISHED = datetime(2026, 3, 4, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body", [
    ("en", "It was the 15th attack on U.S. forces in Iraq and Syria since January, the Pentagon said."),
    ("fr", "Il s'agit de la 15e attaque contre les forces américaines depuis janvier, selon le Pentagone."),
    ("de", "Es war bereits der 15. Angriff auf US-Truppen seit Jahresbeginn."),
    ("es", "Es el ataque número 15 contra fuerzas estadounidenses desde enero."),
    ("ar", "وهذا هو الهجوم الخامس عشر على القوات الأمريكية منذ مطلع العام."),
    # ordinal words
    ("en", "It was the fifteenth attack on U.S. forces in Iraq and Syria since January, the Pentagon said."),
    ("fr", "Il s'agit de la quinzième attaque contre les forces américaines depuis janvier, selon le Pentagone."),
    ("de", "Es war bereits der fünfzehnte Angriff auf US-Truppen seit Jahresbeginn."),
    ("es", "Se trata del decimoquinto ataque contra fuerzas estadounidenses desde enero."),
])
def test_an_ordinal_attack_is_a_running_count(extract, lang, body):
    extraction = extract(body, lang, published=PUBLISHED)
    assert [(f.value, f.since) for f in extraction.reported_figures] == [(15, date(2026, 1, 1))]
    assert extraction.events == []


def test_an_ordinal_without_a_start_counts_nothing(extract):
    assert extract("It was the third attack on the base this week.", "en", published=PUBLISHED).reported_figures == []


@pytest.mark.parametrize("lang, body, value", [
    ("en", "The strike was the twenty-first attack on the base since January.", 21),
    ("de", "Es war der einundzwanzigste Angriff auf den Stützpunkt seit Januar.", 21),
    ("fr", "C'était la vingt et unième attaque contre la base depuis janvier.", 21),
    ("es", "Es el vigésimo primer ataque contra la base desde enero.", 21),
])
def test_compound_ordinal_words(extract, lang, body, value):
    assert [f.value for f in extract(body, lang, published=PUBLISHED).reported_figures] == [value]
