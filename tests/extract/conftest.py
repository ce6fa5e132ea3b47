"""Shared fixtures for the extractor tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from worker.extract import Extractor
from worker.models import Article

PUBLISHED = datetime(2024, 1, 4, 15, 0, tzinfo=timezone.utc)  # a Thursday


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def article():
    def make(body: str, lang: str, headline: str = "", published: datetime = PUBLISHED, aid: str = "a1") -> Article:
        return Article(article_id=aid, source="test", published_at=published, language=lang, headline=headline,
                       body=" ".join(body.split()), content_hash="h", dedup_key=lang)
    return make
