"""Internal topics carry envelopes: a step's records for one partition packed into one Kafka record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from ..models import Article, ArticleBatch, ContributionBatch, Event, EventBatch
from ..pipeline.stages import batch_of

#: An envelope closes at this size; a single item larger than it still travels, alone.
ENVELOPE_MAX_BYTES = 256 * 1024


def _list_packer(field: str) -> Callable[[list[BaseModel], list[bytes]], bytes]:
    head = b'{"' + field.encode("ascii") + b'":['

    def pack(items: list[BaseModel], encoded: list[bytes]) -> bytes:
        return head + b",".join(encoded) + b"]}"  # the items' own JSON, not encoded a second time

    return pack


def _merge_contributions(items: list[BaseModel], encoded: list[bytes]) -> bytes:
    merged = batch_of([c for batch in items for c in batch.contributions])  # type: ignore[attr-defined]
    assert merged is not None, "contribution batches are never empty"
    return merged.model_dump_json().encode("utf-8")


@dataclass(frozen=True)
class Envelope:
    """How one internal topic packs items and unpacks them. A record holding a single item (written before
    envelopes existed, during an upgrade) still unpacks."""

    envelope: type[BaseModel]
    item: type[BaseModel]
    field: str | None  # the envelope's list of items; None: the envelope is itself an item (merged)
    pack: Callable[[list[BaseModel], list[bytes]], bytes]

    def unpack(self, value: bytes) -> list:
        if self.field is None:
            return [self.item.model_validate_json(value)]
        try:
            return getattr(self.envelope.model_validate_json(value), self.field)
        except ValidationError:
            try:
                return [self.item.model_validate_json(value)]
            except ValidationError:
                pass
            raise


ENVELOPES: dict[str, Envelope] = {
    "valid": Envelope(ArticleBatch, Article, "articles", _list_packer("articles")),
    "resolve": Envelope(EventBatch, Event, "events", _list_packer("events")),
    "contributions": Envelope(ContributionBatch, ContributionBatch, None, _merge_contributions),
}


def packed(envelope: Envelope, items: list[BaseModel], encoded: list[bytes],
           max_bytes: int = ENVELOPE_MAX_BYTES) -> list[bytes]:
    """The items' envelopes, in order, each at most `max_bytes` unless one item alone is larger."""
    values: list[bytes] = []
    start, size = 0, 0
    for index, value in enumerate(encoded):
        if index > start and size + len(value) > max_bytes:
            values.append(envelope.pack(items[start:index], encoded[start:index]))
            start, size = index, 0
        size += len(value) + 1
    if start < len(encoded):
        values.append(envelope.pack(items[start:], encoded[start:]))
    return values
