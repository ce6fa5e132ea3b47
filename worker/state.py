"""Views of a stage's state mapping: one partition key's namespace, and a step's held writes."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
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


_DELETED = object()


class WriteBack(MutableMapping):
    """A step's view of a state mapping: writes are held until `flush`, which applies each changed key once.

    A faust table sends one changelog record per assignment and a step often rewrites a key (a watermark, an
    incident's record); holding them also means a step that fails leaves the state untouched (`discard`). Keys
    are applied in the order of their last write, so a stage that records "applied" after its effects keeps that
    order in the changelog, where a crash can only cut off a suffix."""

    def __init__(self, state: MutableMapping[str, Any]) -> None:
        self.state = state
        self.pending: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self.pending:
            value = self.pending[key]
            if value is _DELETED:
                raise KeyError(key)
            return value
        return self.state[key]

    def get(self, key: str, default: Any = None) -> Any:
        value = self.pending.get(key, self)
        if value is self:
            return self.state.get(key, default)
        return default if value is _DELETED else value

    def __contains__(self, key: object) -> bool:
        if key in self.pending:
            return self.pending[key] is not _DELETED
        return key in self.state

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending.pop(key, None)  # flushed in the order of last writes, as a plain mapping would have seen them
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.pending.pop(key, None)
        self.pending[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        for key in self.state.keys():
            if key not in self.pending:
                yield key
        yield from (key for key, value in self.pending.items() if value is not _DELETED)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def flush(self) -> None:
        for key, value in self.pending.items():
            if value is _DELETED:
                if key in self.state:
                    del self.state[key]
            else:
                self.state[key] = value
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()
