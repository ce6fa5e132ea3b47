"""Raw message bytes to a RawArticle, or a DeadLetter that keeps the original bytes and says why."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import orjson
import xxhash
from pydantic import ValidationError

from ..ids import stable_id
from ..models import DeadLetter, DeadLetterReason, RawArticle


@dataclass(frozen=True, slots=True)
class SourcePosition:
    """Where a message was read; absent fields (batch mode) are None."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 1024 * 1024


#: Event time drives expiry and windows: one article from the year 3000 would expire everything after it.
EARLIEST_PUBLICATION = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_TOLERANCE = timedelta(days=1)


class Rejected(Exception):
    """Raised inside validation; carries the dead-letter reason."""

    def __init__(self, reason: DeadLetterReason, detail: str, article_id: str | None = None) -> None:
        super().__init__(detail)
        self.reason, self.detail, self.article_id = reason, detail, article_id


def validate(
    value: bytes | None,
    key: bytes | None = None,
    position: SourcePosition = SourcePosition(),
    limits: Limits = Limits(),
    *,
    received_at: datetime,
) -> RawArticle | DeadLetter:
    """Never raises for bad input: every message becomes an article or a dead letter."""
    value = value or b""
    try:
        return _plausible(_parse(value, limits), received_at)
    except Rejected as rejected:
        return dead_letter(value, key, position, rejected.reason, rejected.detail, received_at, rejected.article_id)


def dead_letter(
    value: bytes,
    key: bytes | None,
    position: SourcePosition,
    reason: DeadLetterReason,
    detail: str,
    received_at: datetime,
    article_id: str | None = None,
    stage: str = "validate",
    item: int | None = None,
) -> DeadLetter:
    """`item`: the place of the failed item in an envelope record (several items share its position)."""
    if position.offset is not None:
        where = (position.topic, position.partition, position.offset) + (() if item is None else (item,))
        dead_letter_id = stable_id("dlq", *where, stage)
    else:
        dead_letter_id = stable_id("dlq", value.hex() if len(value) < 4096 else hash_bytes(value), stage)
    return DeadLetter(
        dead_letter_id=dead_letter_id,
        reason=reason,
        detail=detail[:2000],
        original_b64=base64.b64encode(value).decode("ascii"),
        original_key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        original_size=len(value),
        article_id=article_id,
        stage=stage,
        source_topic=position.topic,
        source_partition=position.partition,
        source_offset=position.offset,
        received_at=received_at,
    )


def hash_bytes(value: bytes) -> str:
    return xxhash.xxh3_128_hexdigest(value)


def _plausible(raw: RawArticle, received_at: datetime) -> RawArticle:
    """Publication time between 1990 and a day after the message was received (its Kafka timestamp)."""
    if not EARLIEST_PUBLICATION <= raw.published_at <= received_at + FUTURE_TOLERANCE:
        raise Rejected(DeadLetterReason.implausible_date,
                       f"published_at {raw.published_at.isoformat()} is before 1990 or more than a day after the "
                       f"message was received ({received_at.isoformat()}): fix the producer's clock or field",
                       raw.id)
    return raw


def _parse(value: bytes, limits: Limits) -> RawArticle:
    if not value.strip():
        raise Rejected(DeadLetterReason.empty_body, "empty message: send one RawArticle JSON object per message")
    if len(value) > limits.max_message_bytes:
        raise Rejected(
            DeadLetterReason.oversize,
            f"message is {len(value)} bytes, limit is {limits.max_message_bytes} (WIREWATCH_MAX_MESSAGE_BYTES)",
        )
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected(DeadLetterReason.not_utf8, f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise Rejected(DeadLetterReason.malformed_json, f"malformed JSON: {exc}") from None
    if not isinstance(document, dict):
        raise Rejected(DeadLetterReason.not_an_object, f"expected a JSON object, got {type(document).__name__}")
    article_id = document.get("id") if isinstance(document.get("id"), str) else None
    try:
        raw = RawArticle.model_validate(document)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise Rejected(DeadLetterReason.schema_violation, f"schema violation: {problems}", article_id) from None
    if not raw.body.strip():
        raise Rejected(DeadLetterReason.empty_body, "article body is empty", raw.id)
    return raw
