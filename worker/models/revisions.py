"""What a consumer that dedupes by id and revision ends up holding."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def latest_revisions(messages: Iterable[Any], id_field: str) -> dict[str, Any]:
    """The highest revision per id (the later one on ties), in first-seen order of the ids."""
    best: dict[str, Any] = {}
    for message in messages:
        key = getattr(message, id_field)
        if key not in best or message.revision >= best[key].revision:
            best[key] = message
    return best
