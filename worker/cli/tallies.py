"""`wirewatch tallies`: current tallies as the tallies topic has them (latest revision per tally)."""

from __future__ import annotations

import asyncio
import json

import click
from rich.console import Console

from ..models import TallyUpdate
from ..stream.codec import decode
from ..stream.discovery import resolve_bootstrap
from ..stream.reader import read_topic
from .errors import friendly, load_settings
from .render import latest, tallies_table


@click.command("tallies")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per tally instead of a table.")
@click.option("--id", "tally_id", default=None, help="Only this tally.")
@friendly
def tallies_command(as_json: bool, tally_id: str | None) -> None:
    """Print current tallies: observed counts beside the figures articles reported."""
    settings = load_settings()
    records = asyncio.run(read_topic(settings, resolve_bootstrap(settings), settings.topics.tallies))
    updates = latest((decode(TallyUpdate, r.value) for r in records), "tally_id")
    if tally_id is not None:
        updates = [u for u in updates if u.tally_id == tally_id]
    if as_json:
        for update in sorted(updates, key=lambda u: u.tally_id):
            click.echo(json.dumps(update.model_dump(mode="json"), ensure_ascii=False))
        return
    if not updates:
        click.echo("no tallies yet: nothing counted on " + settings.topics.tallies)
        return
    Console().print(tallies_table(updates))
