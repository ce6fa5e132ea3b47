"""Internal topics carry envelopes: a step's records for one partition packed into one Kafka record."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from ..models import Article, ArticleBatch, ContributionBatch, ContributionBatches, Event, EventBatch

#: An envelope closes at this size; a single item larger than it still travels, alone.
ENVELOPE_MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class Envelope:
    """How one internal topic packs items and unpacks them. A record holding a single item (written before
    envelopes existed, during an upgrade) still unpacks."""

    envelope: type[BaseModel]
    item: type[BaseModel]
    field: str  # the envelope's list of items

    def pack(self, encoded: list[bytes]) -> bytes:
        """The items' own JSON inside the envelope's, not encoded a second time."""
        return b'{"' + self.field.encode("ascii") + b'":[' + b",".join(encoded) + b"]}"

    def unpack(self, value: bytes) -> list:
        try:
            return getattr(self.envelope.model_validate_json(value), self.field)
        except ValidationError:
            try:
                return [self.item.model_validate_json(value)]
            except ValidationError:
                pass
            raise


ENVELOPES: dict[str, Envelope] = {
    "valid": Envelope(ArticleBatch, Article, "articles"),
    "resolve": Envelope(EventBatch, Event, "events"),
    # never merged into one batch: the tally book's crash rule holds per batch (models/contribution.py)
    "contributions": Envelope(ContributionBatches, ContributionBatch, "batches"),
}


def packed(envelope: Envelope, encoded: list[bytes], max_bytes: int = ENVELOPE_MAX_BYTES) -> list[bytes]:
    """The encoded items' envelopes, in order, each at most `max_bytes` unless one item alone is larger."""
    values: list[bytes] = []
    start, size = 0, 0
    for index, value in enumerate(encoded):
        if index > start and size + len(value) > max_bytes:
            values.append(envelope.pack(encoded[start:index]))
            start, size = index, 0
        size += len(value) + 1
    if start < len(encoded):
        values.append(envelope.pack(encoded[start:]))
    return values
