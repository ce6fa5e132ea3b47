"""A state mapping that fails part-way through a step's writes: what a changelog cut short by a kill leaves."""

from __future__ import annotations


class Crash(Exception):
    pass


class CrashingState(dict):
    """A state mapping that fails after `budget` more writes: what a changelog cut short leaves."""

    budget: int | None = None

    def _spend(self) -> None:
        if self.budget is not None:
            if self.budget == 0:
                raise Crash
            self.budget -= 1

    def __setitem__(self, key, value) -> None:
        self._spend()
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self._spend()
        super().__delitem__(key)
