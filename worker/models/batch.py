"""Envelopes of the internal topics: one record carries a step's items bound for one partition."""

from __future__ import annotations

from pydantic import Field

from .article import Article
from .common import Message
from .event import Event


class ArticleBatch(Message):
    """Validated articles for one partition of the valid topic, in input order. A record per step and partition
    instead of one per article: the broker, the producer and faust all cost per record."""

    articles: list[Article] = Field(min_length=1)


class EventBatch(Message):
    """New events for one partition of the resolve topic, in the order extracted."""

    events: list[Event] = Field(min_length=1)
