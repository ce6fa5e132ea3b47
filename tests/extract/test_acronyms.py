"""A short word in capitals is an acronym (UN, US, EU), never the town of the same letters (Un, India)."""

from datetime import datetime, timezone

import pytest

from worker.extract import Extractor
from worker.models import Article

PUBLISHED = datetime(2026, 3, 2, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor().warm_up()


@pytest.mark.parametrize("lang, body", [
    ("de", "Nach UN-Angaben wurden am Montag in der Region drei Menschen getötet."),
    ("de", "Seit Jahresbeginn wurden nach UN-Angaben mehr als 600 Zivilisten getötet."),
    ("fr", "Selon l'ONU et l'UE, trois personnes ont été tuées lundi dans une attaque."),
])
def test_no_town_from_an_acronym(extractor, lang, body):
    article = Article(article_id="t", source="test", published_at=PUBLISHED, language=lang, headline="", body=body,
                      content_hash="t", dedup_key=lang)
    assert "Un" not in [e.location.name for e in extractor.extract(article).events if e.location]
