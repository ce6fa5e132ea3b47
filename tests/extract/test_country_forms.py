"""Country names as the press writes them: both halves of a CLDR name with brackets, common spellings."""

import pytest

from worker.extract.lexicon import _name_parts, lexicon
from worker.extract.matcher import fold


@pytest.mark.parametrize("name, parts", [
    ("Myanmar (Birmanie)", ["Myanmar", "Birmanie"]), ("Mali", ["Mali"]),
])
def test_a_name_with_brackets_is_two_names(name, parts):
    assert _name_parts(name) == parts


@pytest.mark.parametrize("lang, text, code", [
    ("es", "en el centro de Malí", "ML"), ("es", "el ejército de Birmania", "MM"), ("fr", "l'armée de Birmanie", "MM"),
    ("en", "in Burma", "MM"), ("de", "in Birma", "MM"),
])
def test_the_country_is_found(lang, text, code):
    assert code in [m.value for m in lexicon(lang).index(fold(text)).find("countries")]


@pytest.mark.parametrize("text, code", [
    ("im Norden Malis", "ML"), ("im Norden Burkina Fasos", "BF"), ("die Armee Sri Lankas", "LK"),
    ("der Süden El Salvadors", "SV"),
])
def test_a_german_genitive_names_the_country(text, code):
    assert code in [m.value for m in lexicon("de").index(fold(text)).find("countries")]


@pytest.mark.parametrize("name, takes_s", [
    ("Mali", True), ("Burkina Faso", True), ("Sierra Leone", True), ("Irak", True), ("Laos", False),
    ("Vereinigte Staaten", False), ("Zentralafrikanische Republik", False), ("Republik Moldau", False),
])
def test_which_german_names_take_a_genitive_s(name, takes_s):
    from worker.extract.lexicon import _takes_genitive_s

    assert _takes_genitive_s(name) is takes_s
