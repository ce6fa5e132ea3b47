"""Shared fixtures for the extractor tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from worker.extract import Extractor, default_extractor
from worker.models import Article, Event, Extraction

PUBLISHED = datetime(2024, 1, 4, 15, 0, tzinfo=timezone.utc)  # a Thursday


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def make_article(body: str, lang: str, headline: str = "", published: datetime = PUBLISHED, aid: str = "a1") -> Article:
    return Article(article_id=aid, source="test", published_at=published, language=lang, headline=headline,
                   body=" ".join(body.split()), content_hash="h", dedup_key=lang)


@pytest.fixture
def article():
    return make_article


@pytest.fixture(scope="session")
def extract():
    """extract(body, lang, headline, published): the extraction of one article, every language loaded first (as
    the worker does: language files add exonyms to the shared gazetteer)."""
    ex = default_extractor()

    def run(body: str, lang: str, headline: str = "", published: datetime = PUBLISHED) -> Extraction:
        return ex.extract(make_article(body, lang, headline, published))
    return run


@pytest.fixture(scope="session")
def new_event(extract):
    """new_event(body, lang, headline): the one new event of an article (fails on none or several)."""
    def run(body: str, lang: str, headline: str = "") -> Event:
        events = [e for e in extract(body, lang, headline).events if e.status == "new"]
        assert len(events) == 1, events
        return events[0]
    return run
