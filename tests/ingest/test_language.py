"""Language identification of the five supported languages, and 'und' for too little text."""

from __future__ import annotations

import pytest

from worker.ingest.language import detect_language


@pytest.mark.parametrize("text, expected", [
    ("Eine Drohne hat im Osten Bagdads zwei Raketen auf ein Gebäude der Miliz abgefeuert.", "de"),
    ("A drone fired two rockets at a militia building in eastern Baghdad on Thursday.", "en"),
    ("Un drone a tiré deux roquettes sur un bâtiment de la milice dans l'est de Bagdad.", "fr"),
    ("Un dron disparó dos cohetes contra un edificio de la milicia en el este de Bagdad.", "es"),
    ("أطلقت طائرة مسيرة صاروخين على مبنى تابع للفصيل في شرق بغداد يوم الخميس.", "ar"),
])
def test_detects_supported_languages(text, expected):
    assert detect_language(text) == expected


def test_short_text_falls_back_to_declared_language():
    assert detect_language("Bagdad", "de") == "de"
    assert detect_language("ok") == "und"
