"""Commands that talk to the stream: worker, ingest, tail."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..ingest.sources import count_messages, iter_messages
from ..settings import Settings
from ..stream.admin import create_topics
from ..stream.clients import producer
from ..stream.discovery import resolve_bootstrap
from ..stream.reader import follow
from .errors import friendly, load_settings


@click.command("worker")
@friendly
def worker_command() -> None:
    """Run the stream worker (an embedded development broker unless WIREWATCH_BROKER_URL is set)."""
    from ..logs import configure_logging
    from ..stream.runtime import run_worker

    settings = load_settings()
    configure_logging(settings)
    run_worker(settings)


@click.command("ingest")
@click.argument("path", type=click.Path(allow_dash=True))
@click.option("--quiet", is_flag=True, help="No progress bar.")
@friendly
def ingest_command(path: str, quiet: bool) -> None:
    """Send articles to the raw topic: a JSON-lines file, a folder of .json/.txt files, or '-' for stdin."""
    settings = load_settings()
    sent = asyncio.run(ingest(settings, resolve_bootstrap(settings), path, progress=not quiet))
    click.echo(f"ingested {sent} messages into {settings.topics.raw}")


async def ingest(settings: Settings, bootstrap: str, path: str | Path, progress: bool = False) -> int:
    """Produce every message from path to the raw topic, keyed by article id; returns the count."""
    await create_topics(settings, bootstrap)
    total = count_messages(path) if progress else None
    client = producer(settings, bootstrap)
    await client.start()
    sent = 0
    try:
        with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), disable=not progress, transient=True) as bar:
            task = bar.add_task("ingest", total=total)
            pending = []
            for key, value in iter_messages(path):
                pending.append(await client.send(settings.topics.raw, value=value, key=key))
                sent += 1
                bar.advance(task)
                if len(pending) >= 1000:
                    await asyncio.gather(*pending)
                    pending.clear()
            await asyncio.gather(*pending)
    finally:
        await client.stop()
    return sent


@click.command("tail")
@click.argument("topic")
@click.option("--from-beginning/--from-end", default=True, show_default=True)
@click.option("-n", "--limit", type=int, default=None, help="Stop after this many messages.")
@friendly
def tail_command(topic: str, from_beginning: bool, limit: int | None) -> None:
    """Pretty-print messages of TOPIC (a name or a role like raw, alerts, incidents)."""
    settings = load_settings()
    name = settings.topics.all().get(topic, topic)
    asyncio.run(_tail(settings, resolve_bootstrap(settings), name, from_beginning, limit))


async def _tail(settings: Settings, bootstrap: str, topic: str, from_beginning: bool, limit: int | None) -> None:
    console = Console()
    shown = 0
    async for record in follow(settings, bootstrap, topic, from_beginning=from_beginning):
        key = record.key.decode("utf-8", "replace") if record.key else None
        console.rule(f"{record.topic}[{record.partition}]@{record.offset} key={key}")
        try:
            console.print_json(json.dumps(json.loads(record.value)))
        except (ValueError, TypeError):
            console.print(repr(record.value[:500]))
        shown += 1
        if limit is not None and shown >= limit:
            return
