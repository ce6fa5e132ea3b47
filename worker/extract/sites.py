"""Base words around a city name make the place a military site ("base aérienne d'Erbil" -> Erbil air base)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .matcher import fold

_WINDOW = 40


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(fold(str(w))) for w in words}, key=len, reverse=True))


class SiteFrames:
    """`site_frames: {before: {words: label}, after: {words: label}}` from a language file; label is
    "air base" or "base"; an air-base word on either side wins."""

    def __init__(self, data: dict[str, Any] | None):
        data = data or {}
        self._before = {fold(str(k)): v for k, v in (data.get("before") or {}).items()}
        self._after = {fold(str(k)): v for k, v in (data.get("after") or {}).items()}
        self._before_rx = re.compile(rf"(?<!\w)({_alternation(self._before)}) ?$") if self._before else None
        self._after_rx = re.compile(rf" ({_alternation(self._after)})(?!\w)") if self._after else None

    def label(self, folded: str, s: int, e: int) -> tuple[str | None, int]:
        """The site label of the name at [s, e) and the end of the whole site name (e when none)."""
        labels, end = [], e
        if self._before_rx is not None:
            m = self._before_rx.search(folded, max(0, s - _WINDOW), s)
            if m is not None:
                labels.append(self._before[m.group(1)])
        if self._after_rx is not None:
            m = self._after_rx.match(folded, e, min(len(folded), e + _WINDOW))
            if m is not None:
                labels.append(self._after[m.group(1)])
                end = m.end()
        if not labels:
            return None, e
        return ("air base" if "air base" in labels else labels[0]), end

    @staticmethod
    def site(place, label: str):
        """The site named after a city: same country and coordinates, site precision."""
        return replace(place, name=f"{place.name} {label}", precision="site")
