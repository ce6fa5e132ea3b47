"""Messages that could not be processed, with their original bytes and a machine-readable reason."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from .common import Message, UtcDatetime


class DeadLetterReason(str, Enum):
    not_utf8 = "not_utf8"
    malformed_json = "malformed_json"
    not_an_object = "not_an_object"
    schema_violation = "schema_violation"
    empty_body = "empty_body"
    oversize = "oversize"
    implausible_date = "implausible_date"
    processing_error = "processing_error"


class DeadLetter(Message):
    dead_letter_id: str = Field(description="Deterministic: hash of source position (or bytes), so redelivery dedupes.")
    reason: DeadLetterReason
    detail: str
    original_b64: str = Field(description="The original message value, base64.")
    original_key_b64: str | None = None
    original_size: int = Field(ge=0)
    article_id: str | None = Field(default=None, description="If the id could be read despite the error.")
    stage: str = "validate"
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None
    received_at: UtcDatetime
