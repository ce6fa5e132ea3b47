"""A namespace inside one stage's state mapping: the keys of one partition key (language, incident key)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any


class PrefixedState:
    """Reads and writes ``prefix|key`` in a mapping that may be a dict or a faust table (assign, never mutate)."""

    def __init__(self, state: MutableMapping[str, Any], prefix: str) -> None:
        self.state = state
        self.prefix = f"{prefix}|"

    def _get(self, key: str) -> Any:
        return self.state.get(self.prefix + key)

    def _set(self, key: str, value: Any) -> None:
        self.state[self.prefix + key] = value

    def _del(self, key: str) -> None:
        if self.prefix + key in self.state:
            del self.state[self.prefix + key]
