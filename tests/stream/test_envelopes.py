"""Envelopes on internal topics: packed per partition, bounded in size, unpacked to the same items in order."""

from __future__ import annotations

import asyncio

from aiokafka.partitioner import DefaultPartitioner
from hypothesis import given, settings, strategies as st

from worker.models import Article, ArticleBatch, ContributionBatch, ContributionBatches, TallyUpdate
from worker.models.contribution import TallyContribution
from worker.pipeline.stages import batch_of
from worker.stream.codec import encode
from worker.stream.envelopes import ENVELOPES, packed
from worker.stream.outbox import Outbox, Sender

PUBLISHED = "2024-01-04T10:00:00Z"


def article(article_id: str, body: str = "Stocks rose on Thursday.") -> Article:
    return Article(article_id=article_id, source="Wire", published_at=PUBLISHED,
                   headline="Markets", body=body, language="en", dedup_key="en", content_hash="h")


def contributions(incident: str, tallies: int = 2) -> ContributionBatch:
    batch = batch_of([TallyContribution(contribution_id=f"{incident}-{t}", tally_id=f"t{t}", kind="incident",
                                        incident_id=incident, incident_revision=1, reported_at=PUBLISHED)
                      for t in range(tallies)])
    assert batch is not None
    return batch


@settings(max_examples=50, deadline=None)
@given(sizes=st.lists(st.integers(min_value=1, max_value=3000), min_size=1, max_size=30),
       limit=st.integers(min_value=500, max_value=20_000))
def test_envelopes_keep_every_item_in_order_and_stay_under_the_limit_unless_one_item_is_larger(sizes, limit):
    items = [article(f"a{i}", "x" * size) for i, size in enumerate(sizes)]
    encoded = [encode(item) for item in items]
    values = packed(ENVELOPES["valid"], encoded, max_bytes=limit)
    unpacked = [a for value in values for a in ENVELOPES["valid"].unpack(value)]
    assert [a.article_id for a in unpacked] == [a.article_id for a in items]
    for value in values:
        assert len(value) <= limit + 64 or len(ENVELOPES["valid"].unpack(value)) == 1


def test_an_envelope_is_the_batch_model_on_the_wire():
    [value] = packed(ENVELOPES["valid"], [encode(article("a1")), encode(article("a2"))])
    assert [a.article_id for a in ArticleBatch.model_validate_json(value).articles] == ["a1", "a2"]


def test_contribution_batches_of_a_step_travel_together_and_stay_apart():
    first, second = contributions("i1"), contributions("i2", tallies=3)
    [value] = packed(ENVELOPES["contributions"], [encode(first), encode(second)])
    assert ENVELOPES["contributions"].unpack(value) == [first, second]
    assert ContributionBatches.model_validate_json(value).batches == [first, second]


def test_a_contribution_batch_written_before_envelopes_still_reads():
    batch = contributions("i1")
    assert ENVELOPES["contributions"].unpack(encode(batch)) == [batch]


class FakeProducer:
    """faust's producer surface the sender uses: metadata of partitions, and send."""

    def __init__(self, partitions: int) -> None:
        self.partitions = set(range(partitions))
        self.sent: list[tuple[str, bytes, bytes, int | None]] = []

    def _ensure_producer(self):
        return self

    async def partitions_for(self, topic: str) -> set[int]:
        return self.partitions

    async def send(self, topic, key, value, partition, timestamp, headers):
        self.sent.append((topic, key, value, partition))
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


async def test_internal_records_travel_one_envelope_per_partition_where_each_key_would_have_gone():
    producer = FakeProducer(partitions=4)
    sender = Sender(producer, {"valid": "valid-topic", "unique": "unique-topic"})
    outbox = Outbox()
    languages = ["en", "de", "fr", "es", "ar", "en", "de"]
    for index, language in enumerate(languages):
        outbox.add("valid", language, article(f"a{index}"))
        outbox.add("unique", f"a{index}", article(f"a{index}"))
    written = await sender.write(outbox)
    unique = [s for s in producer.sent if s[0] == "unique-topic"]
    envelopes = [s for s in producer.sent if s[0] == "valid-topic"]
    assert len(unique) == len(languages) and all(partition is None for *_, partition in unique)
    expected = {DefaultPartitioner()(language.encode(), sorted(producer.partitions), []) for language in languages}
    assert {partition for *_, partition in envelopes} == expected and len(envelopes) == len(expected)
    carried = sorted(a.article_id for _, _, value, _ in envelopes for a in ENVELOPES["valid"].unpack(value))
    assert carried == sorted(f"a{i}" for i in range(len(languages)))
    assert len(written) == len(producer.sent)


def test_a_failed_input_takes_back_only_its_own_records():
    outbox = Outbox()
    outbox.add("unique", "a1", article("a1"))
    mark = outbox.mark()
    outbox.add("unique", "a2", article("a2"))
    outbox.rollback(mark)
    assert [key for _, key, _ in outbox.records] == ["a1"]


def tally(revision: int) -> TallyUpdate:
    return TallyUpdate(tally_id="t1", title="T", window={"kind": "rolling", "days": 7}, values={}, revision=revision,
                       updated_at=PUBLISHED)


def test_a_step_writes_the_last_revision_of_each_tally_once_in_the_place_of_its_first():
    outbox = Outbox()
    outbox.add("tallies", "t1", tally(1))
    outbox.add("unique", "a1", article("a1"))
    outbox.add("tallies", "t1", tally(2))
    assert [(role, getattr(message, "revision", None)) for role, _, message in outbox.records] == \
        [("tallies", 2), ("unique", None)]


def test_a_failed_input_puts_back_the_revisions_it_replaced():
    outbox = Outbox()
    outbox.add("tallies", "t1", tally(1))
    mark = outbox.mark()
    outbox.add("tallies", "t1", tally(2))
    outbox.add("tallies", "t2", tally(1).model_copy(update={"tally_id": "t2"}))
    outbox.rollback(mark)
    assert [(key, message.revision) for _, key, message in outbox.records] == [("t1", 1)]
    outbox.add("tallies", "t1", tally(3))
    assert [(key, message.revision) for _, key, message in outbox.records] == [("t1", 3)]


def test_an_older_revision_later_in_a_step_never_replaces_a_newer_one():
    outbox = Outbox()
    outbox.add("tallies", "t1", tally(5))
    outbox.add("tallies", "t1", tally(4))
    assert [message.revision for _, _, message in outbox.records] == [5]
