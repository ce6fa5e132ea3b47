"""Offline commands over the same core as the stream: run-batch and extract."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click

from ..heap import freeze_startup_heap
from ..ingest import Limits, SourcePosition, prepare, validate
from ..ingest.sources import iter_messages
from ..models import DeadLetter
from ..pipeline.batch import BatchRunner, write_outputs
from .errors import friendly, load_settings


@click.command("run-batch")
@click.argument("input_path", metavar="INPUT", type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for articles/events/incidents/tallies/alerts/deadletter .jsonl files.")
@friendly
def run_batch_command(input_path: str, out_dir: Path) -> None:
    """Run the whole pipeline offline, in input order, without Kafka."""
    settings = load_settings()
    started = time.perf_counter()
    runner = BatchRunner(settings)
    freeze_startup_heap()
    result = runner.run(value for _, value in iter_messages(input_path))
    write_outputs(result, out_dir)
    elapsed = time.perf_counter() - started
    counts = ", ".join(f"{name} {count}" for name, count in result.counts().items())
    click.echo(f"{counts} -> {out_dir} ({elapsed:.2f} s)", err=True)


@click.command("extract")
@click.argument("input_path", metavar="[PATH|-]", type=click.Path(allow_dash=True), default="-")
@friendly
def extract_command(input_path: str) -> None:
    """Extract events and reported figures from RawArticle JSON lines; one JSON line per article."""
    from ..extract import default_extractor

    settings = load_settings()
    limits = Limits(max_message_bytes=settings.max_message_bytes)
    extractor = default_extractor()
    freeze_startup_heap()
    received_at = datetime.now(timezone.utc)
    for offset, (key, value) in enumerate(iter_messages(input_path)):
        raw = validate(value, key, SourcePosition(offset=offset), limits, received_at=received_at)
        if isinstance(raw, DeadLetter):
            click.echo(f"line {offset + 1}: skipped ({raw.reason.value}): {raw.detail}", err=True)
            continue
        extraction = extractor.extract(prepare(raw, max_body_chars=settings.max_body_chars))
        sys.stdout.write(extraction.model_dump_json(exclude={"schema_version"}) + "\n")
