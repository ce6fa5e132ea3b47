"""Operator commands: topics and configuration."""

from __future__ import annotations

import asyncio
import json

import click

from ..stream.admin import create_topics
from ..stream.discovery import resolve_bootstrap
from .errors import friendly, load_settings


@click.group("topics")
def topics_group() -> None:
    """Kafka topics of wirewatch."""


@topics_group.command("create")
@friendly
def topics_create_command() -> None:
    """Create every configured topic (partitions, replication, retention) and exit; existing ones are kept."""
    settings = load_settings()
    created = asyncio.run(create_topics(settings, resolve_bootstrap(settings)))
    click.echo(f"created {len(created)} topics" + (f": {', '.join(created)}" if created else " (all existed)"))


@click.group("config")
def config_group() -> None:
    """Configuration."""


@config_group.command("show")
def config_show_command() -> None:
    """Print the effective settings as JSON, secrets masked."""
    click.echo(json.dumps(load_settings().masked(), indent=2, sort_keys=True))
