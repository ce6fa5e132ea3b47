"""A count "since the ceasefire took effect" starts on the date an earlier sentence gave that ceasefire ("the truce
agreed in November 2024"), in every language. Texts written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

PUBLISHED = datetime(2025, 10, 21, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang,body", [
    ("en", "A truce agreed in November 2024 ended the fighting. Israeli strikes have killed more than 300 people in "
           "Lebanon since the ceasefire took effect, the health ministry says."),
    ("de", "Die im November 2024 vereinbarte Waffenruhe beendete die Kämpfe. Seit Inkrafttreten der Waffenruhe "
           "wurden im Libanon mehr als 300 Menschen getötet, teilte das Gesundheitsministerium mit."),
    ("fr", "La trêve conclue en novembre 2024 a mis fin aux combats. Plus de 300 personnes ont été tuées au Liban "
           "depuis l'entrée en vigueur du cessez-le-feu, selon le ministère de la Santé."),
    ("es", "La tregua acordada en noviembre de 2024 puso fin a los combates. Más de 300 personas han muerto en "
           "Líbano desde la entrada en vigor del alto el fuego, según el Ministerio de Salud."),
    ("ar", "أنهت الهدنة التي تم التوصل إليها في نوفمبر 2024 القتال. وقتل أكثر من 300 شخص في لبنان منذ دخول وقف "
           "إطلاق النار حيز التنفيذ، بحسب وزارة الصحة."),
])
def test_a_count_since_the_ceasefire_starts_on_its_earlier_date(extract, lang, body):
    [figure] = extract(body, lang, published=PUBLISHED).reported_figures
    assert (figure.value, figure.since) == (300, date(2024, 11, 1))
    since = next(e for e in figure.evidence if e.field == "since")
    assert body[since.start:since.end] == since.text and "2024" in since.text


def test_without_a_dated_ceasefire_the_start_stays_unknown(extract):
    body = ("Israeli strikes have killed more than 300 people in Lebanon since the ceasefire took effect, "
            "the health ministry says.")
    [figure] = extract(body, "en", published=PUBLISHED).reported_figures
    assert figure.since is None
