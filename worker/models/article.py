"""Articles as they arrive (RawArticle) and after validation and dedup (Article)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import Message, Part, UtcDatetime


class RawArticle(BaseModel):
    """What producers write to the raw topic. Unknown fields are kept (extra='allow')."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, max_length=256)
    source: str = Field(min_length=1, max_length=256, description="Outlet or wire, e.g. 'Reuters'.")
    url: str | None = Field(default=None, max_length=4096)
    language: str | None = Field(default=None, description="ISO 639-1 if the producer knows it.")
    published_at: UtcDatetime
    headline: str = ""
    body: str
    story_id: str | None = Field(default=None, description="Wire story id linking versions of one story.")


class DedupVerdict(Part):
    status: Literal["unique", "duplicate", "version"]
    of: str | None = Field(default=None, description="Earlier article id this duplicates or versions.")
    similarity: float | None = Field(default=None, ge=0, le=1)
    method: Literal["first_seen", "exact_hash", "minhash", "story_id", "headline", "redelivery"] = "first_seen"


class Article(Message):
    """A validated, normalized article with its dedup verdict (written for every valid raw message)."""

    article_id: str
    source: str
    url: str | None = None
    published_at: UtcDatetime
    language: str = Field(description="ISO 639-1 as detected (or as given when detection is unsure); 'und' if unknown.")
    headline: str
    body: str
    story_id: str | None = None
    content_hash: str = Field(description="xxh3_64 of the normalized headline+body, hex.")
    dedup_key: str = Field(description="Partition key that makes duplicates meet: the language.")
    dedup: DedupVerdict | None = None
