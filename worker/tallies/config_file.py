"""Reads a YAML config file into a pydantic model, with errors that name the file and the bad field."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class ConfigError(ValueError):
    """A config file is missing, is not YAML, or does not fit its schema."""


def read_config(path: Path | str, model: type[M]) -> M:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise ConfigError(f"{path}: invalid config:\n{describe(exc)}") from exc


def describe(exc: ValidationError) -> str:
    """One line per problem: the field's path (e.g. ``tallies[2].window.days``) and what is wrong."""
    lines = []
    for err in exc.errors():
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in err["loc"]).lstrip(".")
        lines.append(f"  {where or '<top>'}: {err['msg']}")
    return "\n".join(lines)
