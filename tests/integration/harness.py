"""Running the real worker against the real broker and collecting every output topic."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from contextlib import contextmanager

from worker.models import Alert, Article, DeadLetter, Event, Incident, TallyUpdate
from worker.settings import Settings, TopicNames
from worker.stream.admin import create_topics
from worker.stream.clients import producer
from worker.stream.codec import decode
from worker.stream.progress import wait_drained
from worker.stream.reader import read_topic
from worker.stream.supervisor import WorkerProcess

OUTPUT_MODELS = {"unique": Article, "events": Event, "incidents": Incident, "tallies": TallyUpdate,
                 "alerts": Alert, "deadletter": DeadLetter}


def isolated_env(name: str, partitions: int = 4) -> dict[str, str]:
    """Own app id (consumer group) and topic names, so tests share one broker without seeing each other."""
    env = {"WIREWATCH_APP_ID": f"ww-{name}", "WIREWATCH_PARTITIONS": str(partitions),
           "WIREWATCH_END_OFFSETS_BY_FETCH": "true", "WIREWATCH_STORE": "memory://"}
    for role, default in TopicNames.model_fields.items():
        env[f"WIREWATCH_TOPIC_{role.upper()}"] = f"{default.default}.{name}"
    return env


def settings_for(broker, env: dict[str, str]) -> Settings:
    fields = {"app_id": env["WIREWATCH_APP_ID"], "partitions": int(env["WIREWATCH_PARTITIONS"]),
              "broker_url": broker.url, "end_offsets_by_fetch": True,
              "topics": TopicNames(**{role: env[f"WIREWATCH_TOPIC_{role.upper()}"]
                                      for role in TopicNames.model_fields})}
    return Settings(**fields)


async def produce(settings: Settings, bootstrap: str, messages: Iterable[tuple[bytes | None, bytes]]) -> int:
    await create_topics(settings, bootstrap)
    client = producer(settings, bootstrap)
    await client.start()
    try:
        futures = [await client.send(settings.topics.raw, value=value, key=key) for key, value in messages]
        await asyncio.gather(*futures)
        return len(futures)
    finally:
        await client.stop()


async def collect(settings: Settings, bootstrap: str) -> dict[str, list]:
    """Every message on every output topic, decoded."""
    names = settings.topics.all()
    return {role: [decode(model, r.value) for r in await read_topic(settings, bootstrap, names[role])]
            for role, model in OUTPUT_MODELS.items()}


@contextmanager
def running_worker(broker, env: dict[str, str], name: str = "worker"):
    worker = WorkerProcess(broker.url, env=env, name=name).start()
    try:
        yield worker
    finally:
        worker.stop()


def stream_through(broker, env: dict[str, str], messages, timeout: float = 120.0) -> dict[str, list]:
    """Start a worker, produce the messages, wait until every stage has committed everything, collect outputs."""
    settings = settings_for(broker, env)
    with running_worker(broker, env) as worker:
        async def go():
            await produce(settings, broker.bootstrap, messages)
            try:
                await wait_drained(settings, broker.bootstrap, timeout=timeout)
            except TimeoutError as exc:
                raise AssertionError(f"{exc}\nworker log {worker.log_path}:\n{worker.log_tail()}") from None
            return await collect(settings, broker.bootstrap)

        return asyncio.run(go())
