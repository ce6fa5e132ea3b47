"""`wirewatch replay`: rewind the stopped worker group on a topic to the offsets at a point in time."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime

import click
from aiokafka import TopicPartition
from rich.console import Console
from rich.table import Table

from ..settings import Settings
from ..stream.discovery import resolve_bootstrap
from ..stream.groups import describe_group
from ..stream.offsets import GroupBusy, PartitionRewind, commit_as_member, plan_rewind
from .errors import UserError, friendly, load_settings, quiet_client_logs

LOOKUPS = ("auto", "broker", "scan")


def parse_time(text: str, option: str) -> datetime:
    """ISO 8601; a time without an offset is UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} {text!r} is not a date/time: use ISO 8601, e.g. 2024-01-04T16:30:00Z") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def offset_lookup() -> str:
    lookup = os.environ.get("WIREWATCH_REPLAY_OFFSET_LOOKUP", "auto").strip().lower()
    if lookup not in LOOKUPS:
        raise UserError(f"WIREWATCH_REPLAY_OFFSET_LOOKUP={lookup!r}: use one of {', '.join(LOOKUPS)}")
    return lookup


@click.command("replay")
@click.option("--from", "from_", required=True, metavar="DATETIME",
              help="Replay records written at or after this time (ISO 8601, UTC unless an offset is given).")
@click.option("--to", metavar="DATETIME", help="Planned end: its offsets are printed; the worker does not stop there.")
@click.option("--topic", default="raw", show_default=True, help="Topic role (raw, unique, ...) or topic name.")
@click.option("--dry-run/--execute", "dry_run", default=True, show_default=True,
              help="Only print the plan, or commit the new offsets.")
@click.option("--force", is_flag=True,
              help="Skip the membership check, when every worker is stopped but the broker still lists a departed "
                   "member (the embedded broker does until the next join). Never use it with a worker running.")
@friendly
def replay_command(from_: str, to: str | None, topic: str, dry_run: bool, force: bool) -> None:
    """Rewind the worker's consumer group on TOPIC to the offsets at --from (stop every worker first)."""
    settings = load_settings()
    quiet_client_logs()
    start = parse_time(from_, "--from")
    stop = parse_time(to, "--to") if to else None
    if stop is not None and stop <= start:
        raise UserError("--to must be later than --from")
    name = settings.topics.all().get(topic, topic)
    asyncio.run(replay(settings, resolve_bootstrap(settings), name, start, stop, dry_run, force, offset_lookup()))


async def replay(settings: Settings, bootstrap: str, topic: str, start: datetime, stop: datetime | None,
                 dry_run: bool, force: bool, lookup: str) -> None:
    console = Console()
    plan = await plan_rewind(settings, bootstrap, topic, millis(start), millis(stop) if stop else None, lookup)
    console.print(plan_table(settings, topic, start, stop, plan))
    if stop is not None:
        console.print("[dim]--to is not enforced: Kafka consumer groups have no stop offset, so the worker reads on "
                      "to the end; the 'stop at' column says where the replay window ends.[/dim]")
    if dry_run:
        console.print("dry run: nothing changed; run again with --execute to commit these offsets")
        return
    group = await describe_group(settings, bootstrap, settings.app_id)
    if group.members and not force:
        ids = ", ".join(member.member_id for member in group.members)
        raise UserError(f"group {settings.app_id} has {len(group.members)} active member(s) ({ids}): stop every "
                        "worker first (replay changes offsets only while the group is inactive)")
    try:
        await commit_as_member(settings, bootstrap,
                               {TopicPartition(p.topic, p.partition): p.target for p in plan})
    except GroupBusy as exc:
        raise UserError(str(exc)) from None
    console.print(f"committed: group {settings.app_id} will re-read {sum(p.end - p.target for p in plan)} "
                  f"messages of {topic} when the worker starts")


def plan_table(settings: Settings, topic: str, start: datetime, stop: datetime | None,
               plan: list[PartitionRewind]) -> Table:
    table = Table(title=f"replay {topic} for group {settings.app_id} from {start.isoformat()}"
                        + (f" to {stop.isoformat()}" if stop else ""), title_justify="left")
    for column in ("partition", "committed", "new offset", "end offset", "to re-read") + (("stop at",) if stop else ()):
        table.add_column(column, justify="right")
    for p in plan:
        row = [str(p.partition), "-" if p.committed is None else str(p.committed), str(p.target), str(p.end),
               str(p.end - p.target)]
        table.add_row(*row, *((str(p.stop),) if stop else ()))
    return table
