"""`wirewatch status`: the worker group's lag per partition and its members; exit 1 when unhealthy."""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from ..settings import Settings
from ..stream.connect import require_topics
from ..stream.discovery import resolve_bootstrap
from ..stream.groups import GroupState, describe_group
from ..stream.progress import PIPELINE_ORDER, PartitionProgress, group_progress
from .errors import friendly, load_settings, quiet_client_logs


@click.command("status")
@click.option("--max-lag", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Unhealthy (exit 1) when any partition lags by more messages than this.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@friendly
def status_command(max_lag: int, as_json: bool) -> None:
    """Committed offsets, end offsets and lag of the worker group on every source topic, and its members.

    Exit code 0 when healthy, 1 when the group has no members or a partition lags by more than --max-lag."""
    settings = load_settings()
    quiet_client_logs()
    progress, group = asyncio.run(gather(settings, resolve_bootstrap(settings)))
    problems = health_problems(progress, group, max_lag)
    if as_json:
        click.echo(json.dumps({"group": settings.app_id, "state": group.state, "healthy": not problems,
                               "problems": problems, "members": [asdict(m) for m in group.members],
                               "partitions": [{**asdict(p), "lag": p.lag} for p in progress]}, indent=2))
    else:
        render(Console(), settings, progress, group, problems)
    sys.exit(1 if problems else 0)


async def gather(settings: Settings, bootstrap: str) -> tuple[list[PartitionProgress], GroupState]:
    await require_topics(settings, bootstrap, [settings.topics.all()[role] for role in PIPELINE_ORDER])
    return await group_progress(settings, bootstrap), await describe_group(settings, bootstrap, settings.app_id)


def health_problems(progress: list[PartitionProgress], group: GroupState, max_lag: int) -> list[str]:
    problems = [] if group.members else [f"group {group.group} has no members: no worker is running"]
    problems += [f"{p.topic}[{p.partition}] lags by {p.lag} (> {max_lag})" for p in progress if p.lag > max_lag]
    return problems


def render(console: Console, settings: Settings, progress: list[PartitionProgress], group: GroupState,
           problems: list[str]) -> None:
    lag = Table(title=f"group {settings.app_id}: offsets", title_justify="left")
    for column, justify in (("topic", "left"), ("partition", "right"), ("committed", "right"), ("end", "right"),
                            ("lag", "right")):
        lag.add_column(column, justify=justify, overflow="fold")
    for p in progress:
        colour = "red" if p.lag > 0 else "green"
        lag.add_row(p.topic, str(p.partition), "-" if p.committed is None else str(p.committed), str(p.end),
                    f"[{colour}]{p.lag}[/]")
    console.print(lag)
    members = Table(title=f"members ({group.state})", title_justify="left")
    for column in ("member", "client", "host", "assigned"):
        members.add_column(column, overflow="fold")
    for member in group.members:
        assigned = "; ".join(f"{topic}: {','.join(map(str, parts))}" for topic, parts in member.partitions.items())
        members.add_row(member.member_id, member.client_id or "-", member.client_host or "-", assigned or "-")
    console.print(members)
    for problem in problems:
        console.print(f"[red]unhealthy:[/red] {problem}")
    if not problems:
        console.print("[green]healthy[/green]")
