"""A vague amount ("dozens" = 12) is the count only when no report of the event states a number."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, headline, body, injured", [
    ("en", "Missile strike on Kharkiv kills 5, injures dozens",
     "A Russian missile hit a residential building in Kharkiv on Tuesday, killing five people and injuring at least "
     "31, the governor said.", 31),
    ("fr", "Frappe russe sur Kharkiv : cinq morts, des dizaines de blessés",
     "Un missile russe a frappé mardi un immeuble de Kharkiv, tuant cinq personnes et blessant au moins 31 autres, "
     "a indiqué le gouverneur.", 31),
    ("de", "Raketenangriff auf Charkiw: fünf Tote, Dutzende Verletzte",
     "Eine russische Rakete hat am Dienstag ein Wohnhaus in Charkiw getroffen und fünf Menschen getötet, mindestens "
     "31 wurden verletzt, teilte der Gouverneur mit.", 31),
    ("en", "Missile strike on Kharkiv kills 5, injures dozens",
     "A Russian missile hit a residential building in Kharkiv on Tuesday, killing five people, the governor said.",
     12),
])
def test_a_stated_number_wins_over_a_vague_amount(extractor, article, lang, headline, body, injured):
    events = extractor.extract(article(body, lang, headline=headline)).events
    assert events and events[0].status == "new"
    assert events[0].fatalities is not None and events[0].fatalities.value == 5
    assert events[0].injuries is not None and events[0].injuries.value == injured
