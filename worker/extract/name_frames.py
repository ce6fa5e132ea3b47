"""Where a gazetteer name is no event place: inside a street, square or ship name, or in the dateline."""

from __future__ import annotations

import re
from typing import Any

from .matcher import fold

#: "KYIV, Jan 20 - ", "Bagdad (dpa) - ", "Kabul, 4. Januar (Reuters) - ", "GAZA, 5 mar (EFE).- ", "بغداد - (أ ف ب) - ":
#: "MAIDUGURI, Nigeria, June 12 (Wire) - ", "Damaskus/Beirut (dpa) - ": where and when the reporter files, not where
#: or when it happened. A mixed-case place needs its agency.
_DATELINE = re.compile(
    r"\A\s{0,3}(?:[A-ZÀ-Þ][A-ZÀ-Þ.'\-/ ]{1,30}"
    r"|[^\W\d_][\w'\-]{1,30}(?:[ /][^\W\d_][\w'\-]{1,30}){0,2}(?:,\s?[\w .]{1,20}){0,2}\s?\([^()\n]{1,30}\)"
    r"|[\u0600-\u06ff]{2,20}(?: [\u0600-\u06ff]{2,20}){0,2})(?:,\s?[\w .]{1,20}){0,2}\s?(?:\([^()\n]{1,30}\))?\.?\s?"
    r"[-\u2013\u2014]\s(?:\([^()\n]{1,30}\)\s?[-\u2013\u2014]\s)?")
_WINDOW = 40


def dateline_end(body: str) -> int:
    """End offset of the body's dateline, 0 when it has none."""
    m = _DATELINE.match(body)
    return m.end() if m else 0


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({re.escape(fold(str(w))) for w in words}, key=len, reverse=True))


class NameFrames:
    """Street/square words before or after a name ("Palestine Street", "rue de Gaza", "شارع فلسطين") and vessel
    words before up to two name words ("the tanker Marlin Luanda")."""

    def __init__(self, data: dict[str, Any] | None, arabic: bool = False):
        data = data or {}
        before, after, vessels = data.get("before") or [], data.get("after") or [], data.get("vessels") or []
        self._before = re.compile(rf"(?<!\w)(?:{_alternation(before)}) ?$") if before else None
        self._after = re.compile(rf" ?(?:{_alternation(after)})(?!\w)") if after else None
        self._tail = re.compile(rf" (?:{_alternation(after)})$") if after else None  # "Dniprovskyi district"
        gap = r"(?: [^\s]{1,20}){0,1}" if arabic else r"(?: [\w'.]{1,20}){0,2}"
        self._vessel = re.compile(rf"(?<!\w)(?:{_alternation(vessels)})({gap}) $") if vessels else None
        self.arabic = arabic

    def framed(self, text: str, folded: str, s: int, e: int) -> bool:
        """Whether the name at [s, e) belongs to a street or ship name."""
        lo = max(0, s - _WINDOW)
        if self._before is not None and self._before.search(folded, lo, s):
            return True
        if self._after is not None and (self._after.match(folded, e, min(len(folded), e + _WINDOW))
                                        or (self._tail is not None and self._tail.search(folded, s, e))):
            return True
        if self._vessel is not None:
            m = self._vessel.search(folded, lo, s)
            if m is not None:
                words = text[m.start(1):m.end(1)].split()
                return self.arabic or all(w[:1].isupper() for w in words)
        return False
