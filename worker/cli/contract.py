"""`wirewatch schemas export`: write (or check) the JSON Schemas and AsyncAPI document."""

from __future__ import annotations

from pathlib import Path

import click

from ..contract import drift, export
from .errors import UserError


@click.group("schemas")
def schemas_group() -> None:
    """The message contract in schemas/."""


@schemas_group.command("export")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("schemas"), show_default=True)
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models instead of writing them.")
def export_command(out: Path, check: bool) -> None:
    """Generate JSON Schemas of every message and the AsyncAPI 3 document from the pydantic models."""
    if check:
        stale = drift(out)
        if stale:
            raise UserError(f"{out} is out of date ({', '.join(stale)}): run `wirewatch schemas export`")
        click.echo(f"{out} matches the models")
        return
    for path in export(out):
        click.echo(f"wrote {path}")
