"""Timed runs on the embedded broker: the wirewatch worker (1..n processes) and the pass-through faust baseline."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import orjson
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tests.integration.harness import isolated_env, produce, settings_for
from worker.stream.broker import free_port
from worker.stream.clients import consumer, producer
from worker.stream.end_offsets import end_offsets
from worker.stream.progress import group_progress
from worker.stream.reader import read_topic
from worker.stream.supervisor import WorkerProcess

PASSTHROUGH = Path(__file__).parent / "passthrough_app.py"


def keyed(messages: list[bytes]) -> list[tuple[bytes, bytes]]:
    return [(orjson.loads(m)["id"].encode(), m) for m in messages]


async def _drained(settings, bootstrap, timeout: float, roles=None) -> float:
    deadline = time.monotonic() + timeout
    while True:
        parts = await (group_progress(settings, bootstrap, roles) if roles else group_progress(settings, bootstrap))
        if parts and all(p.lag <= 0 for p in parts) and sum(p.end for p in parts if p.topic == parts[0].topic):
            return time.monotonic()
        if time.monotonic() > deadline:
            raise TimeoutError("not drained")
        await asyncio.sleep(0.1)  # polling a condition with a deadline


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Burst:
    rate: float  # articles/s
    worker_cpu_ms: float  # per article, all worker processes
    broker_cpu_ms: float  # per article
    worker_shares: list[float]  # each worker's share of the workers' CPU: an uneven split idles a core
    records: float  # Kafka records written per article, on every topic of the run (changelogs included)


class PipelineRun:
    """wirewatch workers on fresh topics and group; throughput of a burst, or latency under a paced load."""

    def __init__(self, broker, workers: int, partitions: int = 4, env: dict | None = None) -> None:
        self.broker = broker
        self.env = {**isolated_env(f"bench-{uuid.uuid4().hex[:6]}", partitions), **(env or {})}
        self.settings = settings_for(broker, self.env)
        # one dashboard for the deployment, as in docker-compose: its feed reads every output topic
        self.workers = [WorkerProcess(broker.url, env={**self.env, **({"WIREWATCH_DASHBOARD": "false"} if i else {})},
                                      name=f"bench{i}") for i in range(workers)]

    def __enter__(self) -> "PipelineRun":
        for worker in self.workers:
            worker.start()
        for worker in self.workers:
            worker.wait_ready(timeout=120)
        return self

    def __exit__(self, *exc) -> None:
        for worker in self.workers:
            worker.stop()

    def burst(self, messages: list[bytes], timeout: float = 1800) -> Burst:
        """Articles per second from the first produce until every stage has committed everything, and the CPU
        the worker processes and the broker spent meanwhile (robust to other load on the machine)."""
        async def go() -> float:
            started = time.monotonic()
            await produce(self.settings, self.broker.bootstrap, keyed(messages))
            return len(messages) / (await _drained(self.settings, self.broker.bootstrap, timeout) - started)
        pids = [worker.process.pid for worker in self.workers]
        workers_before, broker_before = list(map(cpu_seconds, pids)), cpu_seconds(self.broker._process.pid)
        rate = asyncio.run(go())
        spent = [after - before for after, before in zip(map(cpu_seconds, pids), workers_before)]
        return Burst(rate, 1000 * sum(spent) / len(messages),
                     1000 * (cpu_seconds(self.broker._process.pid) - broker_before) / len(messages),
                     [part / (sum(spent) or 1.0) for part in spent],
                     asyncio.run(self.records_written()) / len(messages))

    async def records_written(self) -> int:
        """Records on the run's topics and table changelogs (its own names: the run's topics end with its tag,
        the changelogs start with its app id)."""
        client = consumer(self.settings, self.broker.bootstrap)
        await client.start()
        try:
            names = [name for name in await client.topics()
                     if name in self.settings.topics.all().values() or name.startswith(f"{self.settings.app_id}-")]
            tps = [TopicPartition(name, p) for name in names for p in client.partitions_for_topic(name) or ()]
        finally:
            await client.stop()
        return sum((await end_offsets(self.settings, self.broker.bootstrap, tps)).values())

    def paced(self, messages: list[bytes], rate: float, timeout: float = 1800) -> dict[str, list[float]]:
        """Produce at `rate` per second; returns the wall-clock produce times (seconds) of each article id, in
        order (a redelivered id is produced again)."""
        async def go() -> dict[str, list[float]]:
            client = producer(self.settings, self.broker.bootstrap)
            await client.start()
            sent: dict[str, list[float]] = defaultdict(list)
            try:
                start = time.monotonic()
                for index, (key, value) in enumerate(keyed(messages)):
                    delay = start + index / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)  # pacing the load generator
                    sent[key.decode()].append(time.time())
                    await client.send(self.settings.topics.raw, value=value, key=key)
                await client.flush()
            finally:
                await client.stop()
            await _drained(self.settings, self.broker.bootstrap, timeout)
            return sent
        return asyncio.run(go())

    def records(self, role: str):
        return asyncio.run(read_topic(self.settings, self.broker.bootstrap, self.settings.topics.all()[role]))


def passthrough_rate(broker, messages: list[bytes], partitions: int = 4, timeout: float = 600) -> float:
    """Articles per second of a consume-parse-produce faust agent on the same broker and message sizes."""
    name = f"pt-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "PASSTHROUGH_BROKER": broker.url, "PASSTHROUGH_IN": f"{name}.in",
           "PASSTHROUGH_OUT": f"{name}.out", "PASSTHROUGH_APP": name, "PASSTHROUGH_WEB_PORT": str(free_port()),
           "PASSTHROUGH_PARTITIONS": str(partitions)}
    settings = settings_for(broker, isolated_env(name, partitions))

    async def out_count() -> int:
        outs = [TopicPartition(f"{name}.out", p) for p in range(partitions)]
        ends = await end_offsets(settings, broker.bootstrap, outs)
        return sum(ends.values())

    async def send(batch):
        client = producer(settings, broker.bootstrap)
        await client.start()
        try:
            futures = [await client.send(f"{name}.in", value=v, key=k) for k, v in keyed(batch)]
            await asyncio.gather(*futures)
        finally:
            await client.stop()

    async def create():
        admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(f"{name}.{s}", partitions, 1) for s in ("in", "out")])
        finally:
            await admin.close()

    asyncio.run(create())
    log = open(Path(f"/tmp/{name}.log"), "wb")
    workdir = tempfile.TemporaryDirectory(prefix=f"{name}-")  # faust's data directory goes there
    process = subprocess.Popen([sys.executable, str(PASSTHROUGH), "worker", "-l", "warn"], env=env, stdout=log,
                               stderr=subprocess.STDOUT, cwd=workdir.name)
    try:
        asyncio.run(send(messages[:1]))  # warm-up: the first message through means the group is assigned
        deadline = time.monotonic() + 120
        while asyncio.run(out_count()) < 1:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"pass-through app did not start; log /tmp/{name}.log")
            time.sleep(0.2)  # polling readiness with a deadline
        started = time.monotonic()
        asyncio.run(send(messages))
        while asyncio.run(out_count()) < len(messages) + 1:
            if time.monotonic() - started > timeout:
                raise TimeoutError("pass-through did not finish")
            time.sleep(0.05)  # polling completion with a deadline
        return len(messages) / (time.monotonic() - started)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
        workdir.cleanup()
