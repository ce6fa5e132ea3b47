"""`wirewatch demo --serve`: the demo kept running with its dashboard, articles streamed in at a viewer's pace."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.console import Console

from worker.ingest.sources import iter_messages
from worker.settings import Settings
from worker.stream.admin import create_topics
from worker.stream.clients import producer
from worker.stream.supervisor import WorkerProcess


async def serve(console: Console, settings: Settings, bootstrap: str, worker: WorkerProcess, input_path: Path,
                pace: float) -> None:
    """Prints the dashboard URL, streams the articles (one every `pace` s), then runs until cancelled (Ctrl-C)."""
    await asyncio.to_thread(worker.wait_ready)
    console.print(f"[bold]dashboard: {worker.url}/[/bold]  (Ctrl-C to stop)")
    sent = await paced_ingest(settings, bootstrap, input_path, pace)
    console.print(f"streamed {sent} articles; the dashboard stays up until Ctrl-C")
    while True:
        worker.check_alive()
        await asyncio.sleep(1.0)  # watching the worker while the viewer looks at the dashboard


async def paced_ingest(settings: Settings, bootstrap: str, path: Path, pace: float) -> int:
    """Produce every article to the raw topic, waiting `pace` seconds between them (0: all at once)."""
    await create_topics(settings, bootstrap)
    client = producer(settings, bootstrap)
    await client.start()
    sent = 0
    try:
        for key, value in iter_messages(path):
            await client.send_and_wait(settings.topics.raw, value=value, key=key)
            sent += 1
            if pace > 0:
                await asyncio.sleep(pace)  # pacing for a human viewer, not waiting on a condition
    finally:
        await client.stop()
    return sent
