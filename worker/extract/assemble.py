"""Merges sentence mentions into distinct events (new, background, claimed, threat) and builds the models."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from worker.geo import km
from worker.ids import stable_id
from worker.incidents.seas import incident_key
from worker.models import Actor, Count, Event, Evidence, Location, Qualifier
from worker.models.article import Article

from .casualties import Casualties, Figure
from .construct import Builder
from .event_types import ACLED, DEMONSTRATIONS, PRIORITY, RIOTS, VIOLENT
from .mentions import Mention
from .places import PlaceMention

MAX_EVENTS = 50
#: Attacks by fire from afar: what air defences intercept.
_REMOTE = frozenset({"air", "shelling"})
_PRECISION_RANK = {"site": 0, "city": 1, "admin1": 2, "sea": 3, "country": 4}
#: How far from a region's reference point a town named for an event placed in that region may lie (a large
#: province spans some 300 km).
_REGION_REACH_KM = 250.0
#: Threat statements this many sentences apart are one threat.
_THREAT_REACH = 3


@dataclass(slots=True)
class Draft:
    """An event being assembled from mentions; code, place and day are those of its first mention
    that states them (kept up to date as mentions are added)."""

    status: str
    mentions: list[Mention] = field(default_factory=list)
    #: Per mention: whether it speaks of this very event, so that its actors belong to it.
    own: list[bool] = field(default_factory=list)
    code: str = ""
    _strong: bool = False
    _place: PlaceMention | None = None
    _day: date | None = None

    def add(self, m: Mention) -> None:
        self.own.append(not self.mentions or _same_event(self, m))
        self.mentions.append(m)
        if _arrests_at_protest(self.code, m.code):  # "des blessés et 30 interpellés": the police intervened
            self.code = "protest_intervention" if "protest" in (self.code, m.code) else \
                (m.code if self.code == "arrests" else self.code)
            self._strong = self._strong or m.strong
        elif not self.code or (m.strong and not self._strong and not self._ambush() and not _aftermath(self.code, m)):
            self.code, self._strong = m.code, m.strong
        elif m.strong and _more_specific(m.code, self.code):
            self.code = m.code  # "Angriff" then "Drohnenangriff"; "قصف" then "غارة بمسيرة"
        elif not m.strong and not self._strong and m.weapons and m.code in VIOLENT and self.code == "attack_civ" \
                and not any(x.weapons for x in self.mentions[:-1]):
            self.code = m.code  # "attacked a ship" then "attacked the ship with missiles": the weapon decides
        elif not m.strong and not self._strong and _more_specific(m.code, self.code) and _names_more(m, self.mentions):
            self.code = m.code  # "glide bombs kill four" then "aircraft dropped bombs": the fuller account decides
        elif {m.code, self.code} <= DEMONSTRATIONS and PRIORITY.index(m.code) < PRIORITY.index(self.code) \
                and not (self.code in RIOTS and m.code == "protest_intervention"):
            # "protesters" then "police fired tear gas": a protest with intervention; rioters the police dispersed
            # stay a violent demonstration (ACLED)
            self.code = m.code
        if m.places and (self._place is None or self._headline_place(m) or self._town_in_region(m)
                         or self._town_in_country(m)):
            self._place = _best_place(m)
        if self._day is None:
            self._day = next((d.value for d in m.dates if d.precision == "day"), None)

    def _ambush(self) -> bool:
        """An ambush of armed men stays a battle whatever weapons the report names later (ACLED)."""
        return self.code == "clash" and any(x.trigger.code == "ambush" for x in self.mentions)

    def _headline_place(self, m: Mention) -> bool:
        """Whether the body restating the event names a place at least as precise as the headline's, which
        a kicker may have given ("Mer Rouge - un pétrolier visé" over "dans le golfe d'Aden")."""
        place = self._place
        if place is None or m.sentence.source != "body" or not self.own[-1]:
            return False
        held = next(x for x in self.mentions if place in x.places)
        if held.sentence.source != "headline":
            return False
        best = _best_place(m)
        return best is not None and _PRECISION_RANK[best.place.precision] <= _PRECISION_RANK[place.place.precision]

    def _town_in_region(self, m: Mention) -> bool:
        """Whether a restatement names a town within the region the event was placed in ("in der Region Mopti",
        then "nahe der Stadt Bandiagara"): the town is the more precise account of the same place. Not below a
        country: a draft placed only in a country takes in much of the article ("the fighting for Goma", "on the
        road towards Kisangani"), and a wrong town misleads more than a right country."""
        place = self._place
        if place is None or place.place.precision != "admin1" or not self.own[-1]:
            return False
        best = _best_place(m)
        return best is not None and best.place.precision in ("city", "site") and \
            _near(place.place, best.place, _REGION_REACH_KM)

    def _town_in_country(self, m: Mention) -> bool:
        """Whether the sentence right after the one that placed the event in a country restates it in a town of
        that country, after a locative ("an attack in northern Iraq", then "near the town of Hawija"). Sentences
        of the same account may stand between ("The army blamed the ELN."), no other."""
        place = self._place
        if place is None or place.place.precision != "country" or not self.own[-1]:
            return False
        held = next(x for x in self.mentions if place in x.places)
        best = _best_place(m)
        if best is None or not best.located or best.place.precision not in ("city", "site") \
                or best.place.country != place.place.country or m.sentence.source != held.sentence.source:
            return False
        account = {x.sentence.index for x, own in zip(self.mentions, self.own) if own}
        return all(i in account for i in range(held.sentence.index + 1, m.sentence.index))

    def place(self) -> PlaceMention | None:
        return self._place

    def day(self) -> date | None:
        return self._day


def _aftermath(code: str, m: Mention) -> bool:
    """Huts burned after people were attacked ("zahlreiche Hütten seien niedergebrannt"): the destruction is part of
    the attack (ACLED), it does not retype it."""
    return m.code == "looting" and code in VIOLENT and code != "looting"


def _same_event(draft: Draft, m: Mention) -> bool:
    """Whether a mention joining the draft restates its event rather than merely fitting it: it shares a
    sentence with it, follows the headline, refers back ("the attack"), counts its dead, blames or claims it,
    or names its day or its city. "The group has carried out attacks on US forces" fits a drone strike on the
    group but its actors are not the strike's."""
    if m.anaphoric or m.elaborates or m.blame or m.status == "claimed":
        return True
    if any(x.sentence.index == m.sentence.index for x in draft.mentions):
        return True
    if all(x.sentence.source == "headline" for x in draft.mentions):
        return m.sentence.source == "body" and not any(x.sentence.source == "body" for x in draft.mentions)
    day = next((d.value for d in m.dates if d.precision == "day"), None)
    if day is not None and day == draft.day():
        return True
    here, there = draft.place(), _best_place(m)
    if here is None or there is None:
        return False
    if here.place.precision == "country":  # "an attack in eastern Congo" told next in Oicha: the place made precise
        return there.place.country == here.place.country and there.place.precision in ("site", "city") \
            and m.sentence.index - max(x.sentence.index for x in draft.mentions) == 1
    if here.place.name != there.place.name and there.place.precision in ("site", "city") \
            and here.place.precision in ("site", "city"):  # "nahe Kirkuk" in the headline, then "nahe Hawidscha"
        return _nearest_city(draft, m, here.place, there.place)
    return here.place.name == there.place.name


def _names_more(m: Mention, earlier: list[Mention]) -> bool:
    """Whether the mention names every weapon the earlier ones did, and more."""
    before = {w.value for x in earlier if x is not m for w in x.weapons}
    return bool(before) and before < {w.value for w in m.weapons}


def _more_specific(new: str, old: str) -> bool:
    """Both violent, same ACLED type, and `new` ranks before `old` (air before shelling)."""
    if new not in VIOLENT or old not in VIOLENT or new not in PRIORITY or old not in PRIORITY:
        return False
    return ACLED[new][0] == ACLED[old][0] and PRIORITY.index(new) < PRIORITY.index(old)


def _draft(status: str, m: Mention) -> Draft:
    draft = Draft(status)
    draft.add(m)
    return draft


def _best_place(m: Mention) -> PlaceMention | None:
    """The most precise place; between equally precise ones, the one in the event word's clause ("Israeli
    strikes on Rafah overnight, talks resume in Cairo": Rafah), then one that does not name the attacker
    ("bombardeos de EEUU contra Yemen", "Israel strikes on Lebanon": the country struck), then one after a
    locative, then the first."""
    if not m.places:
        return None
    clause = next(((a, b) for a, b in m.sentence.clauses() if a <= m.trigger.start < b), (m.start, m.end))
    attacking = {actor.start for actor, role in m.actors if role == "attacker"}
    return min(m.places, key=lambda p: (_PRECISION_RANK[p.place.precision], not clause[0] <= p.start < clause[1],
                                        p.start in attacking, not p.located, p.start))


def _types_fit(draft: Draft, m: Mention) -> bool:
    """Same kind of event: one code is a plain attack, both are demonstrations, or both are violence of the
    same ACLED type (a follow-up detail), or the mention restates the event without facts of its own."""
    code = draft.code
    if m.code == code or code == "attack" or m.code == "attack" or {m.code, code} <= DEMONSTRATIONS:
        return True
    if _arrests_at_protest(code, m.code):
        return True
    if m.code == "disrupted" and code in _REMOTE and draft._strong and _follows(draft, m):
        # "air defences downed 14 of the 19 drones": the interception of the attack's own weapons is part of it;
        # "a destroyer also shot down three drones" after a missile attack is an interception of its own
        fired = {w.value for x in draft.mentions for w in x.weapons}
        return not m.weapons or any(w.value in fired for w in m.weapons)
    if not draft._strong and m.code in VIOLENT and code in VIOLENT:
        return True  # "Blast kills 5" is refined by "a suicide bomber killed five people"
    if m.code in VIOLENT and code in VIOLENT:
        same_type = ACLED.get(m.code, ACLED["other"])[0] == ACLED.get(code, ACLED["other"])[0]
        return same_type or not m.strong or m.blame or m.anaphoric or not _specific(m)
    return False


def _arrests_at_protest(code: str, other: str) -> bool:
    """Arrests at a demonstration are its police intervention (ACLED), not an event of their own."""
    return (code == "arrests" and other in DEMONSTRATIONS) or (other == "arrests" and code in DEMONSTRATIONS)


def _places_fit(draft: Draft, m: Mention) -> bool:
    """Whether the mention's place can be the draft's. A count without an event word that names a place not after
    a locative ("une dizaine de blessés ont été évacués vers l'hôpital de Bunia") says where they went, not where
    it happened."""
    here, there = draft.place(), _best_place(m)
    if here is None or there is None or (m.elaborates and not there.located):
        return True
    a, b = here.place, there.place
    if a.precision in ("site", "city") and b.precision in ("site", "city") and a.name != b.name \
            and (a.lat, a.lon) != (b.lat, b.lon):  # "Cúcuta" and "Cúcuta base", a site named after its city
        return _nearest_city(draft, m, a, b)
    return not (a.country != b.country and b.precision != "country" and a.precision != "sea")


#: How far from the town a headline names the body's place of the same event may lie ("nahe Kirkuk", then "nahe
#: der Stadt Hawidscha", 55 km away).
_HEADLINE_REACH_KM = 80.0


def _nearest_city(draft: Draft, m: Mention, a, b) -> bool:
    """A headline names the nearest well-known town, the body the village or site: the body's first town in a
    report of the headline's event ("im Norden des Irak", then "nahe der Stadt Hawidscha") may be another place of
    the same country, nearby or not in the gazetteer."""
    if m.sentence.source != "body" or any(x.sentence.source == "body" and _names_town(x) for x in draft.mentions):
        return False
    return _near(a, b, _HEADLINE_REACH_KM)


def _names_town(m: Mention) -> bool:
    return any(p.place.precision in ("city", "site") for p in m.places)


def _near(a, b, reach_km: float) -> bool:
    """Two places of one country within `reach_km`; a place without coordinates (a village the gazetteer lacks)
    counts as near."""
    if a.country != b.country:
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return True
    return km(a.lat, a.lon, b.lat, b.lon) <= reach_km


def _compatible(draft: Draft, m: Mention) -> bool:
    """Whether the mention elaborates the draft's event: compatible type, no conflicting place or day."""
    if m.status == "threat" or draft.status == "threat" or m.separate:
        return False
    if not _types_fit(draft, m):
        return False
    refers_back = m.anaphoric and not m.casualties.figures  # "the clashes had begun on Monday": a detail of it
    day = next((d.value for d in m.dates if d.precision == "day"), None)
    known = draft.day()
    if day and known and not refers_back and (abs((day - known).days) > 1
                                              or (day != known and _other_kind(draft.code, m))):
        return False
    return refers_back or _places_fit(draft, m)


def _other_kind(code: str, m: Mention) -> bool:
    """Another ACLED event type, told by an event word or a weapon ("Le lendemain, l'aviation a frappé" after a
    ground attack): a reply, not the same event a day off. A plain attack word fits any, and so does a toll ("two
    wounded officers had died overnight")."""
    other = m.code
    return (m.strong or bool(m.weapons)) and code in ACLED and other in ACLED and ACLED[code][0] != ACLED[other][0]


def _specific(m: Mention) -> bool:
    """A mention with its own casualties or place is a report of its own, not a reference back."""
    return bool(m.casualties.figures) or any(p.place.precision in ("site", "city") for p in m.places)


def _new_counts_only(m: Mention, draft: Draft) -> Mention:
    """A bare count adds only kinds of casualties the event lacks, or states only vaguely: "among the dead was a
    commander" is a subset of the toll already stated, "At least 54 police were injured" makes "dozens of police
    injured" precise."""
    known = {f.kind for x in draft.mentions for f in x.casualties.figures if not f.number.vague}
    figures = tuple(f for f in m.casualties.figures if f.kind not in known)
    if len(figures) == len(m.casualties.figures):
        return m
    return replace(m, casualties=Casualties(figures, m.casualties.leader_span))


def _may_join(draft: Draft, m: Mention) -> bool:
    """Whether talk about violence may add to a draft: of the same status, or a claim of responsibility or an
    interception with no facts of its own, which refer to the event reported before them ("The Pakistani Taliban
    claimed responsibility", "several projectiles were intercepted")."""
    if draft.status == m.status:
        return True
    refers = m.status == "claimed" or m.code == "disrupted"
    return draft.status in ("new", "claimed") and refers and _follows(draft, m)


#: A follow-up sentence comes at most this many sentences after the last one about the event.
_FOLLOW_UP_REACH = 2


def _follows(draft: Draft, m: Mention) -> bool:
    """Whether the mention comes right after the draft's latest sentence (a claim or interception further on may
    be about another incident of a round-up)."""
    return 0 <= m.sentence.index - max(x.sentence.index for x in draft.mentions) <= _FOLLOW_UP_REACH


def _claimant_only(m: Mention) -> Mention:
    """A mention joining an event of another status adds who claimed it, not the rest of its actors ("claimed
    responsibility and threatened further attacks on security forces": the forces are the threat's)."""
    claimants = [x for x, r in m.actors if r == "claimant"]
    return replace(m, actors=[(x, r) for x, r in m.actors if any(x is c for c in claimants)])


def group_mentions(mentions: list[Mention], off_topic: bool = False) -> list[Draft]:
    """Mentions in text order to drafts: a mention joins the first compatible draft of its status class;
    a separate incident ("in another attack") always starts a new one. In a match report or market story
    (`off_topic`) only a strong event word with a toll is violence ("a bomb killed 5 near the stadium"), since such
    stories lend weapons to players too ("un cañonazo", "shell-shocked"); demonstrations stay (a protest against
    prices)."""
    drafts: list[Draft] = []
    for m in mentions:
        if m.status in ("hypothetical", "denied", "generic"):
            continue
        if off_topic and m.code not in DEMONSTRATIONS and not (m.strong and m.casualties.figures):
            continue  # a protest against prices is still a protest
        if m.dating:  # a day for the event just before, if it has none of its own
            if drafts and drafts[-1].status in ("new", "claimed") and drafts[-1].day() is None \
                    and _follows(drafts[-1], m):
                drafts[-1].add(m)
            continue
        if m.elaborates or (m.anaphoric and not _specific(m) and not m.dates):
            # a bare count, or "the attack had not been reported at the time": the event before it (a reference
            # in a background clause, "the day after the Hamas attack on Israel", to a background one)
            last = next((d for d in reversed(drafts) if d.status != "threat"
                         and (m.elaborates or (d.status == "background") == (m.status == "background"))), None)
            if last is not None and (m.anaphoric or _compatible(last, m)):
                last.add(_new_counts_only(m, last) if m.elaborates else m)
            continue
        if m.status == "threat":
            last = next((d for d in reversed(drafts) if d.status == "threat"), None)
            if last and m.sentence.index - last.mentions[-1].sentence.index <= _THREAT_REACH:
                last.add(m)
            else:
                drafts.append(_draft("threat", m))
            continue
        background = m.status == "background"
        if not m.anchored:  # talk about violence: it may add to an event already found, never start one
            target = next((d for d in reversed(drafts) if _may_join(d, m) and _compatible(d, m)), None)
            if target is not None:
                target.add(m if target.status == m.status else _claimant_only(m))
                if target.status == "claimed" and m.status == "new" and m.code == "disrupted":
                    target.status = "new"  # the other side reports intercepting the fire claimed: it happened
            continue
        pool = [d for d in drafts if (d.status == "background") == background and d.status != "threat"]
        target = next((d for d in pool if _compatible(d, m)), None)
        if target is None:
            drafts.append(_draft(m.status, m))
        else:
            target.add(m)
            if target.status == "claimed" and m.status == "new":
                target.status = "new"
        if len(drafts) >= MAX_EVENTS:
            break
    return drafts


# Parts are built without validation (as model_construct would): every value comes typed from this module, and
# validating thousands of small parts per second would cost more than the extraction itself.
_EVIDENCE, _COUNT, _ACTOR = Builder(Evidence), Builder(Count), Builder(Actor)
_LOCATION, _EVENT = Builder(Location), Builder(Event)


def _evidence(field_name: str, m: Mention, start: int, end: int) -> Evidence:
    return _EVIDENCE(field=field_name, source=m.sentence.source, start=start, end=end,
                                    text=_text_of(m, start, end))


def _text_of(m: Mention, start: int, end: int) -> str:
    s = m.sentence
    return s.text[start - s.start:end - s.start]


def _count(figs) -> Count | None:
    if not figs:
        return None
    stated = [f for f in figs if not f.number.vague] or figs  # "dozens" (12) counts only when no report says more
    stated = [f for f in stated if not f.unconfirmed] or stated  # a source's unconfirmed higher toll never wins
    stated = [f for f in stated if not f.part] or stated  # "among the dead were two civilians": not the toll
    base = [f for f in stated if not f.additional] or stated
    tolls = [f for f in base if f.toll]
    pick = tolls[-1] if tolls else min(base, key=lambda f: f.number.value)
    # "two attackers were also killed": on top of the toll, each figure once however often it is repeated
    extra = sum({f.number.value for f in stated if f.additional and f not in base})
    return _COUNT(value=pick.number.value + extra, qualifier=Qualifier(pick.number.qualifier))


_FORCES = frozenset({"us_military", "state_forces"})


def _refers_back(actor, role: str, draft: Draft) -> bool:
    """"the soldier", "all five soldiers": forces without a nationality, in an event that names whose forces
    play that role, are those forces again; "the militia" beside al-Nujaba in the same role is al-Nujaba, "les
    paramilitaires" beside the RSF the RSF."""
    if not actor.generic or actor.country is not None:
        return False
    if actor.kind in _FORCES:
        return any(x.country is not None and x.kind in _FORCES and r == role
                   for m in draft.mentions for x, r in m.actors)
    return any(not x.generic and _same_side(x, actor) and r == role for m in draft.mentions for x, r in m.actors)


#: Non-state armed kinds: "the paramilitaries" beside the RSF (rebels), "the militants" beside al-Shabaab.
_ARMED_GROUPS = frozenset({"militia", "rebels"})


def _same_side(named, generic) -> bool:
    return named.kind == generic.kind or {named.fighting_kind, generic.fighting_kind} <= _ARMED_GROUPS


def build_event(article: Article, draft: Draft, index: int, primary: bool, published: date) -> Event:
    first = draft.mentions[0]
    code = draft.code if draft.status != "threat" else "other"
    event_type, sub = ACLED.get(code, ACLED["other"])
    evidence = [_evidence("event_type", first, first.trigger.start, first.trigger.end)]
    weapons: list[str] = []
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    killed: list[Figure] = []
    injured: list[Figure] = []
    leader = False
    # body first: a telegraphic headline ("Soldiers killed in ambush") states roles less clearly than the report
    for m, own in sorted(zip(draft.mentions, draft.own), key=lambda x: x[0].sentence.source == "headline"):
        for actor, role in m.actors if own else ():
            if _refers_back(actor, role, draft) or (m.blame and m is not first and role != "blamed"):
                continue  # a later accusation adds who is blamed; whom it names besides is the speaker's story
            if event_type == "Battles" and actor.kind == "civilians":
                continue  # ACLED: a battle's actors are the armed sides; civilians caught in it are its toll
            if (actor.name, role) in seen or any(a.name == actor.name and role in ("attacker", "target")
                                                 and a.role in ("attacker", "target") for a in actors):
                continue
            seen.add((actor.name, role))
            actors.append(_ACTOR(name=actor.name, role=role, kind=actor.kind, country_code=actor.country))
            evidence.append(_evidence("actor", m, actor.start, actor.end))
    for m in draft.mentions:
        for w in m.weapons:
            if w.value not in weapons:
                weapons.append(w.value)
        for f in m.casualties.figures:
            (killed if f.kind == "killed" else injured).append(f)
            evidence.append(_evidence("fatalities" if f.kind == "killed" else "injuries", m, f.number.start, f.number.end))
        if m.casualties.leader_span:
            leader = True
    dates = [d for m in draft.mentions for d in m.dates]
    if draft.status == "background":  # "sentenced on Tuesday for the 2015 attack": Tuesday is the court's day
        dates = [d for d in dates if d.past]
    date_mention = next((d for d in dates if d.precision == "day"), None) or next(iter(dates), None)
    if date_mention is not None:
        holder = next(m for m in draft.mentions if date_mention in m.dates)
        evidence.append(_evidence("date", holder, date_mention.start, date_mention.end))
        event_date, precision = date_mention.value, date_mention.precision
    elif draft.status == "new":
        event_date, precision = published, "day"
    elif draft.status == "claimed":  # "said on Tuesday they had fired": a recent act, its day unstated
        event_date, precision = published, "week"
    else:
        event_date, precision = None, "unknown"
    location = None
    place = draft.place()
    if place is not None:
        holder = next(m for m in draft.mentions if place in m.places)
        evidence.append(_evidence("location", holder, place.start, place.end))
        p = place.place
        sea = p.name if p.precision == "sea" else None
        location = _LOCATION(name=p.name, country_code=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                         precision=p.precision, sea_area=sea)
    confidence = 0.45 + 0.15 * any(m.strong for m in draft.mentions) + 0.1 * (location is not None) \
        + 0.1 * bool(killed or injured) + 0.05 * (date_mention is not None) + 0.05 * bool(actors)
    if draft.status in ("claimed", "threat"):
        confidence -= 0.15
    return _EVENT(
        event_id=stable_id("evt", article.article_id, index, code, first.sentence.source, first.sentence.index),
        article_id=article.article_id, source=article.source, url=article.url, language=article.language,
        published_at=article.published_at, status=draft.status, salience="primary" if primary else "secondary",
        event_type=event_type, sub_event_type=sub, weapons=weapons, event_date=event_date, date_precision=precision,
        location=location, actors=actors, fatalities=_count(killed), injuries=_count(injured),
        leader_killed=leader and bool(killed), summary=first.sentence.text, evidence=evidence,
        confidence=round(min(confidence, 0.95), 2),
        incident_key=incident_key(location, actors),
    )
