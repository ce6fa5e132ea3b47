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
