"""`wirewatch deadletter list|show|redrive`: inspect dead letters and send them back for another try."""

from __future__ import annotations

import asyncio

import click
from rich.console import Console
from rich.table import Table

from ..models import DeadLetter, DeadLetterReason
from ..stream.deadletters import (
    original_key,
    original_value,
    read_letters,
    redrive,
    select,
)
from ..stream.discovery import resolve_bootstrap
from .errors import UserError, friendly, load_settings, quiet_client_logs

REASONS = click.Choice([reason.value for reason in DeadLetterReason])


@click.group("deadletter")
def deadletter_group() -> None:
    """Messages the worker could not process, with their original bytes."""


@deadletter_group.command("list")
@click.option("--reason", type=REASONS, help="Only letters with this reason code.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@friendly
def list_command(reason: str | None, limit: int) -> None:
    """One line per dead letter: id, reason, stage, where it was read, detail."""
    settings = load_settings()
    quiet_client_logs()
    letters = select(asyncio.run(read_letters(settings, resolve_bootstrap(settings))), reason)
    table = Table(title=f"dead letters in {settings.topics.deadletter}: {len(letters)}"
                        + (f" (showing {limit})" if len(letters) > limit else ""), title_justify="left")
    for column in ("id", "reason", "stage", "source", "received", "detail"):
        table.add_column(column, overflow="fold")
    for letter in letters[:limit]:
        table.add_row(letter.dead_letter_id, letter.reason.value, letter.stage, position(letter),
                      letter.received_at.strftime("%Y-%m-%d %H:%M:%S"), letter.detail[:200])
    Console().print(table)


@deadletter_group.command("show")
@click.argument("dead_letter_id")
@friendly
def show_command(dead_letter_id: str) -> None:
    """A dead letter in full: reason, detail, position and the decoded original message."""
    settings = load_settings()
    quiet_client_logs()
    letters = select(asyncio.run(read_letters(settings, resolve_bootstrap(settings))), ids=(dead_letter_id,))
    if not letters:
        raise UserError(f"no dead letter {dead_letter_id} in {settings.topics.deadletter}: "
                        "see `wirewatch deadletter list`")
    letter = letters[0]
    console = Console()
    for label, value in (("id", letter.dead_letter_id), ("reason", letter.reason.value), ("stage", letter.stage),
                         ("source", position(letter)), ("article id", letter.article_id or "-"),
                         ("received", letter.received_at.isoformat()), ("size", f"{letter.original_size} bytes"),
                         ("key", decoded(original_key(letter)) if letter.original_key_b64 is not None else "-"),
                         ("detail", letter.detail)):
        console.print(f"[bold]{label}:[/bold] ", end="")
        console.print(value, markup=False, highlight=False)
    console.rule("original message")
    console.print(decoded(original_value(letter)), markup=False, highlight=False)


@deadletter_group.command("redrive")
@click.option("--reason", type=REASONS, help="Redrive letters with this reason code.")
@click.option("--id", "ids", multiple=True, metavar="ID", help="Redrive this letter (repeatable).")
@click.option("--dry-run/--execute", "dry_run", default=True, show_default=True,
              help="Only print what would be sent, or send it.")
@friendly
def redrive_command(reason: str | None, ids: tuple[str, ...], dry_run: bool) -> None:
    """Send original messages back to the topic they failed on (the raw topic for validation failures).

    Idempotent: each redriven message carries a `wirewatch-redrive-of: <id>` header, and letters whose id is
    already on the target topic are skipped. Fix the cause first (limits, code), or they dead-letter again."""
    if not reason and not ids:
        raise UserError("choose what to redrive: --reason CODE and/or --id ID")
    settings = load_settings()
    quiet_client_logs()
    bootstrap = resolve_bootstrap(settings)
    letters = select(asyncio.run(read_letters(settings, bootstrap)), reason, ids)
    missing = set(ids) - {letter.dead_letter_id for letter in letters}
    if missing:
        raise UserError(f"no dead letter {', '.join(sorted(missing))} (with that reason): "
                        "see `wirewatch deadletter list`")
    plan = asyncio.run(redrive(settings, bootstrap, letters, execute=not dry_run))
    table = Table(title=("dry run: " if dry_run else "") + f"redrive {len(plan)} dead letter(s)", title_justify="left")
    for column in ("id", "reason", "to topic", "outcome"):
        table.add_column(column, overflow="fold")
    for item in plan:
        table.add_row(item.letter.dead_letter_id, item.letter.reason.value, item.topic, item.outcome)
    console = Console()
    console.print(table)
    if dry_run:
        console.print("dry run: nothing sent; run again with --execute to send")


def position(letter: DeadLetter) -> str:
    if letter.source_topic is None:
        return "-"
    return f"{letter.source_topic}[{letter.source_partition}]@{letter.source_offset}"


def decoded(value: bytes | None) -> str:
    if value is None:
        return "-"
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return repr(value)
