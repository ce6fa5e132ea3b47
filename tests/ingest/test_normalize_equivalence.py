"""The character step (regex removal + replaces) gives exactly what the former str.translate tables gave."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from worker.ingest import normalize

_SPECIAL = "".join(map(chr, (*normalize._INVISIBLE, *normalize._ARABIC_MARKS))) + "".join(normalize._QUOTES)


def _translated(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for table in (normalize._INVISIBLE, normalize._ARABIC_MARKS, str.maketrans(normalize._QUOTES)):
        text = text.translate(table)
    return text


@given(st.text(alphabet=st.sampled_from(_SPECIAL + "ab \n\u064a\u0628\u00e9e\u0301\"")), st.text())
def test_same_as_translate(special, anything):
    for text in (special, anything, special + anything):
        assert normalize._characters(text) == _translated(text)
