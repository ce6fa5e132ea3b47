"""Patterns rewritten for speed (a character class first, the look-behind after it) match exactly what the plain
forms match, on random text over the characters that matter and on every benchmark article."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract.numbers import _DIGITS
from worker.extract.places import _CAPITALIZED
from worker.extract.sentences import _BOUNDARY

#: The plain forms, as first written.
PLAIN = {
    "capitalized": (_CAPITALIZED, re.compile(r"(?:(?<=\b[dlDL]['\u2019])|(?<![\w'\u2019]))"
                                             r"(?:[A-ZÀ-ÖØ-Þ][\w']{0,40}|(?:mer|golfe|golfo|mar)(?= ))")),
    "boundary": (_BOUNDARY, re.compile(r"(?<![.!?\u061f\u06d4])[.!?\u061f\u06d4]+[\"'\u201d\u00bb)]{0,3}(?=\s)|\n+")),
    "digits": (_DIGITS, re.compile(r"(?<![\w.,])\d{1,3}(?:([.,' ])\d{3})+(?![\d])|(?<![\w.,])\d{1,7}(?:[.,]\d{1,2})?(?![\d])")),
}
_ALPHABET = "aAdDlLÉé1207 .,'\u2019!?\u061f\n\"\u201d)_-بmergolf"
STORIES = Path(__file__).resolve().parents[2] / "bench" / "data" / "extract"


def _all(rx: re.Pattern, text: str, start: int = 0, cut: int = 0) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text, start, len(text) - cut)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60), st.integers(0, 10), st.integers(0, 5))
def test_same_matches_on_random_text(text, start, cut):
    for fast, plain in PLAIN.values():
        assert _all(fast, text, start, cut) == _all(plain, text, start, cut)


_TRICKY = ["la mer Rouge et le golfe d'Aden", "golfo de Adén, mar Rojo", "amer Rouge", "l'mer x", "d'mar y",
           "mer", "golfe.", "Xmer y", "el mar  Rojo", "1.200.000 y 3,5 y 12.5.", "Ende... Neu!) Satz?\" ja"]


def test_same_matches_on_the_articles():
    texts = [text for path in STORIES.glob("*.yaml") for item in yaml.safe_load(path.read_text(encoding="utf-8"))
             for text in (item["body"], item.get("headline", ""))]
    for text in texts + _TRICKY:
        for fast, plain in PLAIN.values():
            assert _all(fast, text) == _all(plain, text)
