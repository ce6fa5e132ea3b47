"""`wirewatch demo`: embedded broker, a worker, the bundled sample articles, and what came out."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import click
from rich.console import Console

from ..models import Alert, Incident, TallyUpdate
from ..settings import DATA, Settings
from ..stream.broker import EmbeddedBroker
from ..stream.codec import decode
from ..stream.progress import wait_drained
from ..stream.reader import read_topic
from ..stream.supervisor import WorkerProcess
from .errors import friendly, load_settings
from .render import print_report
from .stream import ingest

SAMPLES = DATA / "samples" / "articles.jsonl"


@click.command("demo")
@click.option("--input", "input_path", type=click.Path(exists=True, path_type=Path), default=SAMPLES,
              show_default="bundled samples", help="Articles to stream instead of the bundled samples.")
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Seconds to wait for processing.")
@click.option("--serve", is_flag=True, help="Keep running with the live dashboard (URL printed) until Ctrl-C.")
@click.option("--pace", type=float, default=1.0, show_default=True,
              help="With --serve: seconds between articles, so a viewer sees them arrive (0: all at once).")
@friendly
def demo_command(input_path: Path, timeout: float, serve: bool, pace: float) -> None:
    """Stream sample articles through a local broker and worker, then print incidents, tallies and alerts."""
    console = Console(width=None if sys.stdout.isatty() else 150)  # readable tables when piped or logged
    settings = load_settings()
    started = time.monotonic()
    with EmbeddedBroker() as broker:
        settings = load_settings(broker_url=broker.url, end_offsets_by_fetch=True)
        worker = WorkerProcess(broker.url, env={"WIREWATCH_END_OFFSETS_BY_FETCH": "true"}).start()
        console.print(f"[dim]broker {broker.bootstrap} (memory only) · worker log {worker.log_path}[/dim]")
        try:
            if serve:
                _serve_until_interrupted(console, settings, broker.bootstrap, worker, input_path, pace)
            else:
                asyncio.run(_run(console, settings, broker.bootstrap, worker, input_path, timeout))
        finally:
            worker.stop()
    console.print(f"[dim]done in {time.monotonic() - started:.1f} s[/dim]")


async def _run(console: Console, settings: Settings, bootstrap: str, worker: WorkerProcess, input_path: Path,
               timeout: float) -> None:
    sent = await ingest(settings, bootstrap, input_path)
    console.print(f"ingested {sent} articles; waiting for the worker…")
    try:
        await wait_drained(settings, bootstrap, timeout=timeout)
    except TimeoutError:
        worker.check_alive()
        raise
    topics = settings.topics
    incidents = [decode(Incident, r.value) for r in await read_topic(settings, bootstrap, topics.incidents)]
    tallies = [decode(TallyUpdate, r.value) for r in await read_topic(settings, bootstrap, topics.tallies)]
    alerts = [decode(Alert, r.value) for r in await read_topic(settings, bootstrap, topics.alerts)]
    dead = len(await read_topic(settings, bootstrap, topics.deadletter))
    print_report(console, incidents, tallies, alerts, dead)


def _serve_until_interrupted(console: Console, settings: Settings, bootstrap: str, worker: WorkerProcess,
                             input_path: Path, pace: float) -> None:
    from ..dashboard.live_demo import serve

    try:
        asyncio.run(serve(console, settings, bootstrap, worker, input_path, pace))
    except KeyboardInterrupt:
        console.print("stopping…")
