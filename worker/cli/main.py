"""Entry point: the `wirewatch` command group."""

from __future__ import annotations

import click

from .. import __version__
from .batch import extract_command, run_batch_command
from .contract import schemas_group
from .deadletter import deadletter_group
from .demo import demo_command
from .operate import config_group, topics_group
from .replay import replay_command
from .status import status_command
from .stream import ingest_command, tail_command, worker_command
from .tallies import tallies_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirewatch")
def cli() -> None:
    """wirewatch: news wire articles to conflict events, incidents, tallies and alerts, over Kafka.

    Configuration comes from WIREWATCH_* environment variables (see the README).
    """


for command in (worker_command, ingest_command, tail_command, run_batch_command, extract_command, demo_command,
                schemas_group, topics_group, config_group, tallies_command):
    cli.add_command(command)
for command in (status_command, replay_command, deadletter_group):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="wirewatch")


if __name__ == "__main__":
    main()
