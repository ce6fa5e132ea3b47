"""Every raw message becomes an article or a dead letter with a reason; never an exception."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.ingest import Limits, SourcePosition, validate
from worker.models import DeadLetter, DeadLetterReason, RawArticle

NOW = datetime(2024, 1, 5, tzinfo=timezone.utc)
GOOD = {"id": "a1", "source": "Reuters", "published_at": "2024-01-04T16:30:00Z", "headline": "H", "body": "Text."}


def run(value: bytes, limits: Limits = Limits()):
    return validate(value, b"k", SourcePosition("raw", 3, 42), limits, received_at=NOW)


def test_good_article_keeps_unknown_fields():
    result = run(orjson.dumps({**GOOD, "extra": {"x": 1}}))
    assert isinstance(result, RawArticle)
    assert result.model_extra == {"extra": {"x": 1}}


@pytest.mark.parametrize("value, reason", [
    (b"", DeadLetterReason.empty_body),
    (b"   \n", DeadLetterReason.empty_body),
    (b"\xff\xfeabc", DeadLetterReason.not_utf8),
    (b"{not json", DeadLetterReason.malformed_json),
    (b'"a string"', DeadLetterReason.not_an_object),
    (b"[1, 2]", DeadLetterReason.not_an_object),
    (orjson.dumps({**GOOD, "published_at": "yesterday"}), DeadLetterReason.schema_violation),
    (orjson.dumps({k: v for k, v in GOOD.items() if k != "source"}), DeadLetterReason.schema_violation),
    (orjson.dumps({**GOOD, "body": " \n\t "}), DeadLetterReason.empty_body),
    (b"[" * 5000 + b"]" * 5000, DeadLetterReason.malformed_json),
    (b'{"id": "\\ud800"}', DeadLetterReason.malformed_json),
])
def test_bad_input_is_dead_lettered_with_reason(value, reason):
    result = run(value)
    assert isinstance(result, DeadLetter)
    assert result.reason is reason
    assert base64.b64decode(result.original_b64) == value
    assert (result.source_topic, result.source_partition, result.source_offset) == ("raw", 3, 42)


@pytest.mark.parametrize("published_at", ["1969-07-20T20:17:00Z", "2024-01-06T00:00:01Z", "3000-01-01T00:00:00Z"])
def test_publication_time_before_1990_or_after_receipt_is_implausible(published_at):
    result = run(orjson.dumps({**GOOD, "published_at": published_at}))
    assert isinstance(result, DeadLetter) and result.reason is DeadLetterReason.implausible_date
    assert result.article_id == "a1"


def test_oversize_is_dead_lettered_before_parsing():
    value = orjson.dumps({**GOOD, "body": "x" * 5000})
    result = run(value, Limits(max_message_bytes=1024))
    assert isinstance(result, DeadLetter) and result.reason is DeadLetterReason.oversize
    assert "WIREWATCH_MAX_MESSAGE_BYTES" in result.detail


def test_schema_violation_names_the_field_and_keeps_the_id():
    result = run(orjson.dumps({**GOOD, "published_at": 12.5e99}))
    assert isinstance(result, DeadLetter)
    assert "published_at" in result.detail and result.article_id == "a1"


def test_dead_letter_id_is_deterministic_per_position():
    assert run(b"{").dead_letter_id == run(b"{").dead_letter_id
    other = validate(b"{", None, SourcePosition("raw", 3, 43), received_at=NOW)
    assert other.dead_letter_id != run(b"{").dead_letter_id


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_raise(value):
    assert isinstance(run(value), (RawArticle, DeadLetter))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "source", "published_at", "headline", "body", "url", "language", "x"]),
                       json_values, max_size=8))
def test_wrong_types_never_raise(document):
    assert isinstance(run(json.dumps(document).encode()), (RawArticle, DeadLetter))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "Z", "Cf", "P", "N")), min_size=1,
               max_size=300))
def test_any_unicode_body_is_accepted_or_explained(body):
    result = run(orjson.dumps({**GOOD, "body": body}))
    if body.strip():
        assert isinstance(result, RawArticle)
    else:
        assert result.reason is DeadLetterReason.empty_body
