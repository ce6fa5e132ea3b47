"""One pipeline run on the real broker that tests can disturb: produce, start/kill workers, wait on progress, drain."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import orjson

from tests.integration.harness import collect, isolated_env, produce, settings_for
from worker.stream.progress import group_progress
from worker.stream.supervisor import WorkerProcess


def keyed(messages: list[bytes]) -> list[tuple[bytes, bytes]]:
    """Raw messages keyed by language, so each language's articles keep their order (dedup sees them in order)."""
    return [(orjson.loads(m).get("language", "und").encode(), m) for m in messages]


class Scenario:
    """Topics and consumer group of its own; workers as child processes; every wait has a deadline."""

    def __init__(self, broker, name: str, partitions: int = 4, env: dict[str, str] | None = None) -> None:
        self.broker = broker
        self.env = {**isolated_env(name, partitions), **(env or {})}
        self.settings = settings_for(broker, self.env)
        self.workers: list[WorkerProcess] = []
        self.produced = 0

    def produce(self, messages: list[bytes]) -> None:
        self.produced += asyncio.run(produce(self.settings, self.broker.bootstrap, keyed(messages)))

    def start_worker(self, env: dict[str, str] | None = None, wait: bool = True) -> WorkerProcess:
        worker = WorkerProcess(self.broker.url, env={**self.env, **(env or {})},
                               name=f"worker{len(self.workers)}").start()
        self.workers.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    def alive(self) -> list[WorkerProcess]:
        return [w for w in self.workers if w.process is not None]

    def progress(self, roles=("raw",)) -> tuple[int, int]:
        """(committed, end) summed over the partitions of the given source topics."""
        parts = asyncio.run(group_progress(self.settings, self.broker.bootstrap, roles))
        return sum(p.committed or 0 for p in parts), sum(p.end for p in parts)

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            for worker in self.alive():
                worker.check_alive()
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}\n" + self.logs())
            time.sleep(0.2)  # polling a condition with a deadline

    def wait_committed(self, fraction: float, timeout: float = 120.0) -> None:
        """Until the raw topic's committed offsets reach `fraction` of what was produced."""
        self.wait_for(lambda: self.progress()[0] >= fraction * self.produced, f"{fraction:.0%} of raw committed",
                      timeout)

    def drain(self, timeout: float = 180.0) -> None:
        """Until every stage has committed everything on its source topic (upstream first)."""
        behind: list[str] = []

        def drained() -> bool:
            parts = asyncio.run(group_progress(self.settings, self.broker.bootstrap))
            behind[:] = [f"{p.topic}[{p.partition}] committed {p.committed} end {p.end}" for p in parts if p.lag > 0]
            return not behind

        try:
            self.wait_for(drained, "the pipeline to drain", timeout)
        except AssertionError as exc:
            raise AssertionError(f"still behind: {'; '.join(behind)}\n{exc}") from None

    def collect(self) -> dict[str, list]:
        return asyncio.run(collect(self.settings, self.broker.bootstrap))

    def logs(self, lines: int = 30) -> str:
        return "\n".join(f"--- {w.log_path}\n{w.log_tail(lines)}" for w in self.workers)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
