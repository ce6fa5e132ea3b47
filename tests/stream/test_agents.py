"""Agent tests without a broker: each agent routes its stage's results to the right topics and keys."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone

import pytest

from worker.ingest import SourcePosition
from worker.models import Article, DeadLetter, DeadLetterReason
from worker.settings import Settings
from worker.stream.agents import Wiring
from worker.pipeline.stages import Stages
from worker.stream.app import create_app, declare_tables, declare_topics

ARTICLE = {"id": "a1", "source": "Wire", "published_at": "2024-01-04T10:00:00Z", "headline": "Markets",
           "body": "Stocks rose on Thursday as investors cheered lower inflation figures across the euro zone."}


class RecordingWiring(Wiring):
    """The real agents, with sends captured instead of produced."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.sent: list[tuple[str, str, object]] = []

    async def send(self, role, message_key, message) -> None:
        self.sent.append((role, message_key, message))


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
    [(role, _, letter)] = wiring.sent
    assert role == "deadletter" and letter.reason is DeadLetterReason.processing_error
    assert letter.stage == "extract" and "extractor bug" in letter.detail
    assert Article.model_validate_json(base64.b64decode(letter.original_b64)).article_id == "a1"


async def test_dedup_agent_emits_a_verdict_per_article_keyed_by_article_id(wiring):
    article = wiring.stages.validate(json.dumps(ARTICLE).encode(), None, SourcePosition(), datetime.now(timezone.utc))
    copy = article.model_copy(update={"article_id": "a2"})
    async with agent(wiring, "dedup").test_context() as dedup:
        await dedup.put(article.model_dump_json().encode(), key=b"en")
        await dedup.put(copy.model_dump_json().encode(), key=b"en")
    verdicts = [(role, key, message.dedup.status) for role, key, message in wiring.sent]
    assert verdicts == [("unique", "a1", "unique"), ("unique", "a2", "duplicate")]
