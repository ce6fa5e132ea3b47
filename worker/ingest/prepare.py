"""A validated RawArticle to a normalized Article, ready for dedup."""

from __future__ import annotations

from ..models import Article, RawArticle
from .language import SAMPLE_CHARS, detect_language
from .normalize import content_hash, normalize_text


def prepare(raw: RawArticle, *, max_body_chars: int = 200_000) -> Article:
    headline = normalize_text(raw.headline)[:1000]
    body = normalize_text(raw.body)[:max_body_chars]
    language = detect_language(f"{headline}\n{body[:SAMPLE_CHARS]}", raw.language)
    return Article(
        article_id=raw.id,
        source=raw.source,
        url=raw.url,
        published_at=raw.published_at,
        language=language,
        headline=headline,
        body=body,
        story_id=raw.story_id,
        content_hash=content_hash(body or headline),
        dedup_key=language,
    )
