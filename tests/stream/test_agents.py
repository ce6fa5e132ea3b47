"""Agent tests without a broker: each agent routes its stage's results to the right topics and keys."""

from __future__ import annotations

import asyncio
import base64
import json
from datetime import datetime, timezone

import pytest

from worker.ingest import SourcePosition
from worker.models import Article, ArticleBatch, DeadLetter, DeadLetterReason
from worker.settings import Settings
from worker.stream.agents import Wiring
from worker.pipeline.stages import STATE_NAMES, Stages
from worker.stream.app import create_app, declare_tables, declare_topics

ARTICLE = {"id": "a1", "source": "Wire", "published_at": "2024-01-04T10:00:00Z", "headline": "Markets",
           "body": "Stocks rose on Thursday as investors cheered lower inflation figures across the euro zone."}


class RecordingWiring(Wiring):
    """The real agents, with each step's outbox captured instead of produced."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.sent: list[tuple[str, str, object]] = []
        self.flushed = asyncio.Condition()

    async def flush(self, outbox) -> list:
        async with self.flushed:
            self.sent.extend(outbox.records)
            self.flushed.notify_all()
        return []

    async def outputs(self, count: int) -> list[tuple[str, str, object]]:
        """The records sent once there are `count` of them: steps run in the agent's stepper task, after the
        test context has handed the records over."""
        async with self.flushed:
            await asyncio.wait_for(self.flushed.wait_for(lambda: len(self.sent) >= count), timeout=10)
        return self.sent


@pytest.fixture
def wiring(tmp_path):
    settings = Settings(broker_url="kafka://127.0.0.1:1", data_dir=tmp_path)
    app = create_app(settings, "127.0.0.1:1")
    app.finalize()
    topics = declare_topics(app, settings)
    tables = declare_tables(app, settings)
    wiring = RecordingWiring(app, topics, Stages(settings, {name: {} for name in tables}))
    wiring.register()
    return wiring


def agent(wiring, stage):
    return wiring.app.agents[f"wirewatch.{stage}"]


async def test_validate_agent_sends_articles_by_language_and_poison_to_dead_letters(wiring):
    async with agent(wiring, "validate").test_context() as validate:
        await validate.put(json.dumps(ARTICLE).encode(), key=b"a1")
        await validate.put(b"{broken", key=b"x")
        await wiring.outputs(2)
    (role, key, article), (dl_role, _, letter) = wiring.sent
    assert (role, key) == ("valid", "en") and isinstance(article, Article)
    assert dl_role == "deadletter" and isinstance(letter, DeadLetter)
    assert letter.reason is DeadLetterReason.malformed_json


async def test_a_failing_stage_dead_letters_its_input_instead_of_skipping_it(wiring, monkeypatch):
    def explode(article):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(wiring.stages, "extract", explode)
    async with agent(wiring, "extract").test_context() as extract:
        article = wiring.stages.validate(json.dumps(ARTICLE).encode(), None, SourcePosition(),
                                         datetime.now(timezone.utc))
        await extract.put(article.model_dump_json().encode(), key=b"a1")
        await wiring.outputs(1)
    [(role, _, letter)] = wiring.sent
    assert role == "deadletter" and letter.reason is DeadLetterReason.processing_error
    assert letter.stage == "extract" and "extractor bug" in letter.detail
    assert Article.model_validate_json(base64.b64decode(letter.original_b64)).article_id == "a1"


def valid_article(article_id: str = "a1") -> Article:
    article = wiring_free_validate(json.dumps(ARTICLE).encode())
    return article.model_copy(update={"article_id": article_id})


def wiring_free_validate(value: bytes) -> Article:
    settings = Settings(broker_url="kafka://127.0.0.1:1")
    return Stages(settings, {name: {} for name in STATE_NAMES}).validate(value, None, SourcePosition(),
                                                                           datetime.now(timezone.utc))


async def test_dedup_agent_emits_a_verdict_per_article_of_an_envelope_keyed_by_article_id(wiring):
    envelope = ArticleBatch(articles=[valid_article("a1"), valid_article("a2")])
    async with agent(wiring, "dedup").test_context() as dedup:
        await dedup.put(envelope.model_dump_json().encode(), key=b"en")
        await wiring.outputs(2)
    verdicts = [(role, key, message.dedup.status) for role, key, message in wiring.sent]
    assert verdicts == [("unique", "a1", "unique"), ("unique", "a2", "duplicate")]


async def test_a_single_article_written_before_envelopes_still_reads(wiring):
    async with agent(wiring, "dedup").test_context() as dedup:
        await dedup.put(valid_article("a1").model_dump_json().encode(), key=b"en")
        await wiring.outputs(1)
    [(role, key, verdict)] = wiring.sent
    assert (role, key, verdict.dedup.status) == ("unique", "a1", "unique")


async def test_a_failing_item_of_an_envelope_dead_letters_alone_with_its_own_bytes(wiring, monkeypatch):
    dedup_step = wiring.stages.dedup

    def explode_on_a2(article):
        if article.article_id == "a2":
            raise RuntimeError("dedup bug")
        return dedup_step(article)

    monkeypatch.setattr(wiring.stages, "dedup", explode_on_a2)
    envelope = ArticleBatch(articles=[valid_article("a1"), valid_article("a2"), valid_article("a3")])
    async with agent(wiring, "dedup").test_context() as dedup:
        await dedup.put(envelope.model_dump_json().encode(), key=b"en")
        await wiring.outputs(3)
    roles = [(role, getattr(message, "article_id", None)) for role, _, message in wiring.sent]
    assert roles[0] == ("unique", "a1") and roles[2] == ("unique", "a3")
    letter = wiring.sent[1][2]
    assert isinstance(letter, DeadLetter) and letter.stage == "dedup" and "dedup bug" in letter.detail
    assert Article.model_validate_json(base64.b64decode(letter.original_b64)).article_id == "a2"


async def test_an_unreadable_envelope_is_dead_lettered_whole(wiring):
    async with agent(wiring, "dedup").test_context() as dedup:
        await dedup.put(b'{"articles": [{"nope": 1}]}', key=b"en")
        await wiring.outputs(1)
    [(role, _, letter)] = wiring.sent
    assert role == "deadletter" and base64.b64decode(letter.original_b64) == b'{"articles": [{"nope": 1}]}'

