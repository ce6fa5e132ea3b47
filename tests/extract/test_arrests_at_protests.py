"""Arrests at a demonstration are its police intervention, not an event of their own (ACLED)."""

from datetime import datetime, timezone

import pytest

from worker.extract import Extractor
from worker.models import Article

PUBLISHED = datetime(2026, 6, 26, 18, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor().warm_up()


def types(extractor: Extractor, lang: str, body: str) -> list[str]:
    article = Article(article_id="t", source="test", published_at=PUBLISHED, language=lang, headline="", body=body,
                      content_hash="t", dedup_key=lang)
    return [e.sub_event_type for e in extractor.extract(article).events if e.status == "new"]


def test_arrests_after_a_dispersed_protest_join_it(extractor):
    body = ("La police a dispersé à coups de gaz lacrymogène une manifestation contre la vie chère à Lomé jeudi. "
            "Une dizaine de personnes ont été blessées et au moins 30 interpellées, selon le collectif organisateur.")
    assert types(extractor, "fr", body) == ["Protest with intervention"]


def test_arrests_elsewhere_stay_apart(extractor):
    body = ("Police arrested 12 suspected militants in raids in Peshawar on Monday. Separately, hundreds protested in "
            "Lahore against fuel prices.")
    assert types(extractor, "en", body) == ["Arrests", "Peaceful protest"]
