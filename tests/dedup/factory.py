"""Compact Article builder for dedup tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from worker.ingest.normalize import content_hash
from worker.models import Article

T0 = datetime(2024, 1, 4, 16, 30, tzinfo=timezone.utc)

STORY = [
    "Iraqi police sources and witnesses said a drone fired at least two rockets at a building used by the "
    "al-Nujaba militia in the east of Baghdad on Thursday afternoon.",
    "The rockets hit a vehicle inside the group's headquarters and killed four people, among them a local "
    "commander and one of his aides, police and militia sources said. Hospital officials confirmed the toll.",
    "Forces of the United States have been attacked at least 100 times in Iraq and Syria since the war between "
    "Israel and Hamas began in October, mostly with rockets and one-way attack drones.",
    "Washington keeps about 2,500 troops in Iraq and 900 in neighbouring Syria on a mission to stop a revival "
    "of the Islamic State group.",
    "A spokesman for the prime minister's military command blamed the international coalition for what he "
    "called an unjustified attack on an Iraqi security body operating under government authority.",
    "Militia commanders accused the United States of carrying out the strike and vowed to retaliate, saying "
    "the Americans would come to regret the aggression.",
]


def article(article_id: str, body: str, *, headline: str = "Drone strike hits militia base in Baghdad",
            source: str = "Wire", at: datetime = T0, days: float = 0, story_id: str | None = None,
            language: str = "en") -> Article:
    return Article(article_id=article_id, source=source, published_at=at + timedelta(days=days),
                   language=language, headline=headline, body=body, story_id=story_id,
                   content_hash=content_hash(body), dedup_key=language)


def story(paragraphs: list[str] = STORY) -> str:
    return "\n\n".join(paragraphs)
