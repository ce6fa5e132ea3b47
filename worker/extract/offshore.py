"""A ship attacked off a coast ("off Hodeidah", "au large de Hodeïda", "frente a las costas de Yemen", "قبالة سواحل
الحديدة") was attacked at sea: the place is the sea area off that port (or the sea the sentence names), not the port."""

from __future__ import annotations

import re
from typing import Any

from worker.incidents.seas import sea_at

from .matcher import fold
from .name_frames import _alternation

#: Up to three words between the offshore words and the name ("off Yemen's port of Hodeidah", "قبالة ميناء الحديدة").
FILLER = r" ?(?:[^\W\d_][\w'\u2019]{0,20} ){0,3}"


class Offshore:
    """`offshore: [...]` words of a language file, and its vessel words (`name_frames: vessels`): a place after
    the offshore words in a sentence that names a ship is the sea off it."""

    def __init__(self, offshore: list[str] | None, vessels: list[str] | None, arabic: bool = False):
        edge = "" if arabic else r"(?<!\w)"  # an Arabic clitic may come first ("والسفينة")
        words = [str(w) for w in offshore or ()]
        spaced, elided = [w for w in words if not w.endswith("'")], [w for w in words if w.endswith("'")]
        alts = "|".join(f"(?:{_alternation(ws)}){sep}" for ws, sep in ((spaced, " "), (elided, "")) if ws)
        self._off = re.compile(rf"(?<!\w)(?:{alts}){FILLER}$") if words else None
        #: the first word of each offshore phrase: a substring test rules most places out before the regex
        self._heads = tuple({fold(w).split()[0].rstrip("'") for w in words})
        self._ship = re.compile(rf"{edge}(?:{_alternation(vessels)})") if vessels else None

    def at_sea(self, found: list[Any], folded: str, start: int, end: int, seas: dict[str, Any]) -> list[Any]:
        """The mentions with each one off a coast replaced by the sea: the sea the sentence names, else the sea
        area off the port (its coordinates). Off a country and no sea named, the country stays: the incident key
        already maps a maritime event in a country to its shipping lanes."""
        off = self._off
        if off is None or self._ship is None or not found:
            return found
        named = next((p.place for p in found if p.place.precision == "sea"), None)
        # a port named without a locative beside a sea named with one is a bearing ("dans le golfe d'Aden, à 120
        # milles nautiques à l'est du port d'Aden"), not where the ship was
        bearings = named is not None and any(p.place.precision == "sea" and p.located for p in found)
        offshore = [p for p in found if p.place.precision in ("city", "site", "country")
                    and ((bearings and not p.located and p.place.precision != "country")
                         or (any(h in folded[max(start, p.start - 60):p.start] for h in self._heads)
                             and off.search(folded, max(start, p.start - 60), p.start)))]
        if not offshore or not self._ship.search(folded, start, end):  # the short look first: most have no "off"
            return found
        out = []
        for p in found:
            sea = (named or self._sea_off(p.place, seas)) if any(p is q for q in offshore) else None
            out.append(p if sea is None else type(p)(sea, p.start, p.end, True))
        return out

    @staticmethod
    def _sea_off(place: Any, seas: dict[str, Any]) -> Any:
        if place.precision == "country" or place.lat is None or place.lon is None:
            return None
        name = sea_at(place.lat, place.lon)
        return seas.get(name) if name else None
