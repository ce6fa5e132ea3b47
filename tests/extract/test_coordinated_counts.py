"""Counts of one kind joined by "and" add up; ranges, wounds and the dateline's day count nobody extra."""

import pytest

from worker.extract.casualties import find_casualties
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold


def counts(lang: str, text: str, places_from: int = 0) -> list[tuple[str, int]]:
    f = fold(text)
    ix = lexicon(lang).index(f)
    ix.places_from = places_from
    return [(x.kind, x.number.value) for x in find_casualties(ix, 0, len(f)).figures]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "At least 14 soldiers and two civilians were killed in the raid.", [("killed", 16)]),
    ("de", "Bei dem Überfall wurden 12 Polizisten und ein Passant getötet.", [("killed", 13)]),
    ("fr", "Au moins sept militaires et trois civils ont été tués dans l'embuscade.", [("killed", 10)]),
    ("es", "Cuatro agentes y dos transeúntes resultaron heridos en el tiroteo.", [("injured", 6)]),
    ("ar", "قتل خمسة جنود وثلاثة مدنيين في الهجوم على الحاجز.", [("killed", 8)]),
])
def test_coordinated_counts_of_one_kind_add_up(lang, text, expected):
    assert counts(lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # different kinds stay apart
    ("en", "The blast killed four people and wounded nine others.", [("killed", 4), ("injured", 9)]),
    ("es", "Tres policías murieron y otros cinco resultaron heridos.", [("killed", 3), ("injured", 5)]),
    # a range is no sum
    ("en", "Between 20 and 30 people were killed in the shelling.", [("killed", 20), ("killed", 30)]),
    ("de", "Zwischen 20 und 30 Menschen wurden getötet.", [("killed", 20), ("killed", 30)]),
    ("fr", "Entre 20 et 30 personnes ont été tuées.", [("killed", 20), ("killed", 30)]),
])
def test_no_sum_across_kinds_or_in_a_range(lang, text, expected):
    assert counts(lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "The victim suffered nine stab wounds and died in hospital."),
    ("de", "Das Opfer erlitt sieben Messerstiche und starb im Krankenhaus."),
    ("fr", "La victime a reçu huit coups de couteau et elle est morte."),
    ("es", "La víctima recibió seis puñaladas y murió en el hospital."),
    ("ar", "تلقى الضحية سبع طعنات وتوفي في المستشفى."),
])
def test_wounds_and_blows_count_nobody(lang, text):
    assert counts(lang, text) == []


def test_the_datelines_day_counts_nobody():
    body = "Ciudad de México, 7 feb (EFE).- Nueve policías murieron en una emboscada."
    assert counts("es", body, places_from=body.index("Nueve")) == [("killed", 9)]


def test_arabic_passive_with_damma_is_read():
    assert counts("ar", "قُتل أربعة مدنيين، وأُصيب ستة آخرون بقصف على البلدة.") == [("killed", 4), ("injured", 6)]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Tres líderes sociales fueron asesinados el fin de semana en Cauca.", [("killed", 3)]),
    ("en", "Three activists were shot dead at the weekend in Cauca.", [("killed", 3)]),
    ("fr", "Trois activistes ont été abattus ce week-end dans le Cauca.", [("killed", 3)]),
    ("de", "Drei Aktivisten wurden am Wochenende in Cauca erschossen.", [("killed", 3)]),
    ("ar", "قتل ثلاثة ناشطين في كاوكا نهاية الأسبوع.", [("killed", 3)]),
])
def test_activists_are_counted_people(lang, text, expected):
    assert counts(lang, text) == expected
