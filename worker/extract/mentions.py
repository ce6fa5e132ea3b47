"""Event mentions in one sentence: trigger, status, weapons, casualties, date, places and actors in scope."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .actors import POSTPOSED_ADJECTIVES, ActorMention, assign_roles, find_actors, state_actor
from .casualties import Casualties, find_casualties
from .dates import DateMention, find_dates
from .event_types import (DEMONSTRATIONS, PROTEST, RIOTS, VIOLENT, Trigger, find_triggers, grievance_only,
                          is_violent_context, meant, resolve_code, same_clause, settle_bombardments, triggers_of,
                          vetoed)
from .figures import FigureMention, find_figure, onset, year_to_date
from .lexicon import Lexicon
from .matcher import Match, TextIndex
from .places import Gazetteer, PlaceFinder, PlaceMention, paired_countries
from .sentences import Sentence
from .status import Cues, find_cues, mention_status, reporting_dates, source_years, toll_days

#: A trigger's country adjective sits this close ("US strike", "frappe israélienne").
_ADJ_BEFORE = 3
_ADJ_AFTER = 16
_NOT_ADJ_GAP = frozenset({"de", "du", "des", "sur", "contre", "en", "à", "a", "contra", "con", "por", "par", "على", "في", "ضد", "من"})
#: Weapons a state's forces launch from afar: the country adjective beside one names who attacked.
_LAUNCHED = frozenset({"drone", "missile", "ballistic missile", "cruise missile", "rocket", "aircraft", "artillery",
                       "mortar"})


@dataclass(slots=True)
class Mention:
    sentence: Sentence
    start: int
    end: int
    code: str
    status: str
    strong: bool
    trigger: Trigger
    weapons: list[Match] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[tuple[ActorMention, str]] = field(default_factory=list)
    blame: bool = False
    separate: bool = False  # "in a separate attack": never folded into an earlier event
    anaphoric: bool = False  # "the attack", "l'attaque": refers back to an event already reported
    elaborates: bool = False  # a count without an event word: adds to the event before it, never one of its own
    anchored: bool = True  # a casualty count, weapon, place, day or actor beside the trigger: it can start an event
    dating: bool = False  # "Der Angriff ereignete sich am Sonntag": only the day of the event before it


def carry_same_days(mentions: list[Mention]) -> None:
    """"Esa misma noche, aviones bombardearon el puerto", "later that day": the day the last earlier mention gave.
    With none before, the phrase dates nothing."""
    last: DateMention | None = None
    for m in mentions:
        if any(d.same_day for d in m.dates):
            carried: list[DateMention] = []
            for d in m.dates:
                if not d.same_day:
                    carried.append(d)
                elif last is not None:
                    carried.append(DateMention(last.value, last.precision, d.start, d.end, past=last.past))
            m.dates = carried
        day = next((d for d in m.dates if d.precision == "day" and d.value is not None and not d.since), None)
        if day is not None:
            last = day


@dataclass(slots=True)
class SentenceResult:
    mentions: list[Mention]
    figure: FigureMention | None = None
    figure_places: list[PlaceMention] = field(default_factory=list)
    figure_actors: list[ActorMention] = field(default_factory=list)


class MentionFinder:
    """Per-language analysis of candidate sentences (those with a trigger or a threat)."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex, self.gaz = lex, gaz
        self.places = PlaceFinder(lex, gaz)

    def analyse(self, s: Sentence, text: str, ix: TextIndex, published: date, countries: frozenset[str]) -> SentenceResult:
        a, b = s.start, s.end
        threat = ix.first("status", a, b)
        counting = ix.first("since", a, b) or ix.first("figure_total", a, b)
        weapons = meant(ix, "weapons", a, b)
        triggers = settle_bombardments(find_triggers(ix, a, b), weapons, ix.article_weapons)
        is_veto = vetoed(ix, a, b)
        # cheap index-only pre-check: most sentences stop here
        hurt = bool(ix.first("killed", a, b) or ix.first("injured", a, b))
        violent = is_violent_context(ix, a, b, weapons, hurt, bool(ix.first("named_actors", a, b)))
        crowd = ix.first("crowd", a, b) is not None
        cues = find_cues(ix, a, b) if threat else Cues()
        grievance = is_veto and grievance_only(ix, a, b)
        kept = [t for t in triggers
                if self._keep(t, violent, crowd, is_veto and not (grievance and _demonstration(t, crowd)), cues)]
        bare = kept
        kept = _without_bare_weapons(kept, weapons, hurt, self.lex.weapon_acts)
        compounds = [t for t in bare if t.strong and _attack_compound(ix, t)] if bare and not kept else []
        if not kept and not compounds and not counting and not cues.has("threat") and not cues.has("blame") \
                and not hurt:
            return SentenceResult(self._dating(s, text, ix, cues, is_veto, published))
        dates = find_dates(ix, text, a, b, published)
        if compounds and self._attack_on_record(text, ix, a, b, countries, dates):
            kept = compounds  # "Drohnenangriff auf Odessa am Montag": a weapon's attack, placed and dated
        casualties = find_casualties(ix, a, b, dates)
        if counting or (casualties.figures and any(d.past for d in dates) and onset(ix, dates, a, b) is not None):
            figure = find_figure(ix, text, a, b, dates, casualties, published)
            if figure is not None:
                places = self._places(text, ix, a, b, countries)
                return SentenceResult([], figure, places, find_actors(ix, self.gaz, a, b))
            so_far = year_to_date(ix, a, b, published)
            if so_far is not None:  # "35 kidnapped since the start of the year", a count of no figure we keep:
                dates = [*dates, so_far]  # still a running account, not today's event
        if not threat:
            cues = find_cues(ix, a, b)
        if cues.has("unconfirmed") and casualties.figures:  # "police did not confirm the figure"
            casualties = replace(casualties, figures=tuple(replace(f, unconfirmed=True) for f in casualties.figures))
        rose = toll_days(cues, dates, ix.folded)
        if rose:  # "the toll rose to 14 on Tuesday": by then it had happened, a bound more than its day
            dates = [replace(d, precision="week") if d in rose and d.precision == "day" else d for d in dates]
        said = reporting_dates(cues, dates, ix.folded, self.lex.verb_first)
        if said:  # "confirmed on Monday": when it was said, not when it happened; a report of now is news
            dates = [replace(d, past=False) if not any(r.past for r in said) else d for d in dates if d not in said]
        sourced = source_years(cues, dates, kept[0].start, ix.folded) if kept else []
        if sourced:  # "..., said a spokesman for a group formed after the 2021 coup": the source's year
            dates = [d for d in dates if d not in sourced]
        if not kept and cues.has("threat") and (triggers or weapons or _party_named(ix, a, b)
                                                or _vows_revenge(ix, a, b)):
            kept = [Trigger("other", True, m.start, m.end) for m in cues.spans("threat")[:1]]
        if not kept and cues.has("blame") and not casualties.figures:
            return SentenceResult(self._blame(s, ix, cues))
        if not kept:
            return SentenceResult(self._elaboration(s, ix, casualties, dates, cues, published, countries, text))
        recap = cues.spans("recap")
        if recap:  # "the strike, the second this month after the one on Monday on a base": what follows is older
            b = recap[0].end
            kept = [t for t in kept if t.start < b] or kept[:1]
            weapons = [w for w in weapons if w.start < b]
            dates = [d for d in dates if d.start < b]
            casualties = replace(casualties, figures=tuple(f for f in casualties.figures if f.number.start < b))
        actors = find_actors(ix, self.gaz, a, b)
        places = _not_speakers(self._places(text, ix, a, b, countries), cues, ix.folded)
        mentions: list[Mention] = []
        for group in self._groups(s, kept):
            pacts = [t for t in group if t.code == "agreement"]
            if pacts and not any(_agreed(ix, t, a, b) for t in pacts):
                # "despite the ceasefire in force", "ceasefire talks": an agreement is news once made
                group = [t for t in group if t.code != "agreement"]
                if not group:
                    continue
            first = group[0]
            start = a if not mentions else first.start
            status = "threat" if first.code == "other" and cues.has("threat") else \
                mention_status(cues, dates, first.start, bool(casualties.figures), published)
            if all(t.code == "agreement" for t in group) and cues.has("hypothetical"):
                status = "hypothetical"  # an agreement is news once made: "a deal could be reached by Sunday" is none
            g_weapons = [w for w in weapons if start <= w.start]
            g_actors = [x for x in actors if start <= x.start]
            roles = assign_roles(ix, g_actors, first.start, cues, a, b)
            nouns = [t for t in group if t.strong or _attack_noun(ix, t)]
            roles += [(x, "attacker") for x in self._adjective_attackers(ix, nouns)]
            roles += [(x, "attacker") for x in self._country_attackers(ix, nouns, places)
                      if not any(r == "attacker" and y.country == x.country for y, r in roles)]
            if not any(r == "attacker" for _, r in roles):  # "Russian glide bombs killed four": who fired them
                roles += [(x, "attacker") for x in self._adjective_attackers(
                    ix, [Trigger("weapon", False, w.start, w.end) for w in g_weapons if w.value in _LAUNCHED])]
            target_kinds = {x.fighting_kind for x, r in roles if r in ("target", "victim")}
            codes = {t.code for t in group}
            if "arrests" in codes and _killing_first(group, casualties):
                codes.discard("arrests")
            takers = {x.fighting_kind for x, r in roles if r == "attacker"}
            code = resolve_code(codes, {w.value for w in g_weapons}, target_kinds, takers)
            policed = code in PROTEST and _police_on_crowd(roles)  # "Die Polizei ging gegen Demonstranten vor"
            if policed:  # ACLED: deadly force against demonstrators is excessive force, otherwise an intervention
                code = "excessive_force" if any(f.kind == "killed" for f in casualties.figures) else \
                    "protest_intervention"
            elif code in PROTEST and any(t.code in ("attack", "attack_civ") for t in group) and violent:
                code = "riot"
            elif code in RIOTS and not crowd and any(w.value == "small arms" for w in g_weapons):
                # "assailants armed with rifles opened fire and torched 45 houses": gunmen, no crowd: an attack
                code = resolve_code({"attack"}, {w.value for w in g_weapons}, target_kinds)
            g_places = [p for p in places if p.start >= start]
            g_dates = [d for d in dates if not d.since]
            if _negated(group, cues):
                status = "denied"
            anchored = _incident(casualties, g_places, g_dates) if cues.has("discourse") or cues.has("trial") else \
                (crowd and code in DEMONSTRATIONS) or cues.has("separate") or \
                _anchored(group, _spans_of(s, group), casualties, g_weapons, g_places, g_dates, roles)
            mentions.append(Mention(s, start, b, code, status, any(t.strong for t in group), first, g_weapons,
                                    casualties if not mentions else Casualties(), g_dates, g_places, roles,
                                    cues.has("blame"), cues.has("separate"),
                                    bool(recap) or any(c.start <= first.start < c.end for c in cues.spans("anaphora")),
                                    anchored=anchored))
        for prev, nxt in zip(mentions, mentions[1:]):
            prev.end = nxt.start
        threats = cues.spans("threat")
        if threats and not any(m.status == "threat" for m in mentions):  # "blamed the US and vowed revenge"
            t = Trigger("other", True, threats[0].start, threats[0].end)
            roles = assign_roles(ix, actors, t.start, cues, a, b)
            mentions.append(Mention(s, a, b, "other", "threat", True, t, actors=roles))
        return SentenceResult(mentions)

    def _elaboration(self, s: Sentence, ix: TextIndex, casualties: Casualties, dates: list[DateMention],
                     cues: Cues, published: date, countries: frozenset[str], text: str) -> list[Mention]:
        """A count with no event word ("Un soldat américain a été légèrement blessé"): it only adds to the
        event reported before it, its actors are the ones hurt."""
        a, b = s.start, s.end
        if not casualties.figures or vetoed(ix, a, b):
            return []
        first = casualties.figures[0].number
        trigger = Trigger("attack", False, first.start, first.end)
        status = mention_status(cues, dates, first.start, True, published)
        roles = assign_roles(ix, find_actors(ix, self.gaz, a, b), a, cues, a, b)
        places = _not_speakers(self._places(text, ix, a, b, countries), cues, ix.folded)
        return [Mention(s, a, b, "attack", status, False, trigger, [], casualties, [d for d in dates if not d.since],
                        places, roles, elaborates=True)]

    def _dating(self, s: Sentence, text: str, ix: TextIndex, cues: Cues, is_veto: bool,
                published: date) -> list[Mention]:
        """A sentence that refers back to the violence and adds nothing but a day ("Der Angriff ereignete sich am
        Sonntag", "El artefacto fue activado el lunes"): it may date the event before it, whose lead said only
        when it was reported ("informaron este martes las autoridades")."""
        if is_veto or not cues.has("anaphora"):
            return []
        dates = [d for d in find_dates(ix, text, s.start, s.end, published)
                 if d.precision == "day" and not d.since and d.value is not None and d.value <= published]
        if len(dates) != 1 or reporting_dates(cues, dates, ix.folded, self.lex.verb_first):
            return []
        cue = cues.spans("anaphora")[0]
        return [Mention(s, s.start, s.end, "attack", "new", False, Trigger("attack", False, cue.start, cue.end),
                        dates=dates, elaborates=True, dating=True)]

    def _blame(self, s: Sentence, ix: TextIndex, cues: Cues) -> list[Mention]:
        """An accusation with no event word ("The group blamed US forces."): it adds who is blamed to the event
        reported before it, nothing else."""
        cue = cues.spans("blame")[0]
        roles = [(x, r) for x, r in assign_roles(ix, find_actors(ix, self.gaz, s.start, s.end), cue.start, cues,
                                                 s.start, s.end) if r == "blamed"]
        if not roles:
            return []
        trigger = Trigger("attack", False, cue.start, cue.end)
        return [Mention(s, s.start, s.end, "attack", "new", False, trigger, actors=roles, blame=True, elaborates=True)]

    def _attack_on_record(self, text: str, ix: TextIndex, a: int, b: int, countries: frozenset[str],
                          dates: list[DateMention]) -> bool:
        """Whether an event word that is also a weapon ("Drohnenangriff", "Raketenangriff") is an event of its own
        though nobody was hurt: the sentence names its day and a place finer than a country."""
        return any(d.precision == "day" and not d.since for d in dates) and \
            any(p.place.precision != "country" for p in self._places(text, ix, a, b, countries))

    def _keep(self, t: Trigger, violent: bool, crowd: bool, is_veto: bool, cues: Cues) -> bool:
        if t.code == "other":
            return True
        if t.code == "protest" and not t.strong:
            return crowd and not is_veto
        if t.strong:
            return not is_veto or violent
        return violent and not is_veto

    def _groups(self, s: Sentence, triggers: list[Trigger]) -> list[list[Trigger]]:
        """Triggers of one sentence grouped into mentions: one per clause run with a distinct event type."""
        groups: list[list[_Clause]] = []
        clauses = s.clauses()
        for t in triggers:
            clause = next((i for i, (cs, ce) in enumerate(clauses) if cs <= t.start < ce), 0)
            if groups:
                last = groups[-1]
                same = {x.code for x in last} | {t.code}
                generic = t.code == "attack" or not t.strong or all(x.code == "attack" for x in last)
                if len(same) == 1 or generic or last[-1].clause == clause:
                    last.append(_Clause(t, clause))
                    continue
            groups.append([_Clause(t, clause)])
        return [[c.trigger for c in g] for g in groups]

    def _places(self, text: str, ix: TextIndex, a: int, b: int, countries: frozenset[str]) -> list[PlaceMention]:
        """Cities, regions, seas and countries; a country name is the country, not a namesake town ("Jordan")."""
        nations = self._countries(text, ix, a, b)
        spans = {(p.start, p.end) for p in nations}
        found = [p for p in self.places.find(text, ix, a, b, countries)
                 if p.place.curated or (p.start, p.end) not in spans]
        found = self.places.at_sea(found + paired_countries(found, nations, ix.folded), ix, a, b)
        causes = ix.find("causes", a, b)
        return [p for p in found if not any(_cause_of(c, p, ix.folded) for c in causes)] if causes else found

    def _countries(self, text: str, ix: TextIndex, a: int, b: int) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        found = [m for m in ix.find("countries", a, b)
                 if m.start >= ix.places_from and not self.places.frames.framed(text, ix.folded, m.start, m.end)]
        if not found:
            return out
        locatives = [m.end for m in ix.find("locatives", a, b)]
        for m in found:
            located = any(0 <= m.start - loc <= 12 for loc in locatives)
            out.append(PlaceMention(self.gaz.country(m.value, self.gaz.english_name(m.value)), m.start, m.end, located))
        return out

    def _adjective_attackers(self, ix: TextIndex, group: list[Trigger]) -> list[ActorMention]:
        """"israelischer Luftangriff", "frappe israélienne", "غارة إسرائيلية": the country attacked. A weak noun
        takes only the adjective right beside it ("Israeli strikes", "هجوم إسرائيلي"), and the country anchors no
        event on its own ("any US nuclear attack" is talk)."""
        out = []
        postposed = self.lex.lang in POSTPOSED_ADJECTIVES
        for t in group:
            a, b = (t.end, t.end + _ADJ_AFTER) if postposed else (max(0, t.start - _ADJ_BEFORE - 30), t.start)
            for d in ix.find("demonyms", a, b):
                gap = ix.folded[t.end:d.start] if postposed else ix.folded[d.end:t.start]
                if len(gap) <= (_ADJ_AFTER if postposed else _ADJ_BEFORE) and not set(gap.split()) & _NOT_ADJ_GAP \
                        and (t.strong or not gap.strip()):  # "استهداف جنود إسرائيليين": the soldiers are Israeli
                    actor = state_actor(self.gaz, d.value, d.start, d.end)
                    out.append(actor if t.strong else replace(actor, generic=True))
        return out

    def _country_attackers(self, ix: TextIndex, nouns: list[Trigger],
                           places: list[PlaceMention]) -> list[ActorMention]:
        """"bombardeos de EEUU contra Yemen", "Israel strikes on Lebanon", "frappes d'Israël au Liban": a country
        beside an attack noun, with another place struck after them, attacked. Alone it may be the country hit
        ("le bombardement de l'Iran", "Yemen strikes"), so then it is none."""
        out: list[ActorMention] = []
        countries = [p for p in places if p.place.precision == "country" and p.place.country is not None]
        for t in nouns:
            for p in countries:
                if p.end <= t.start:
                    linked = ix.folded[p.end:t.start].strip() in ix.lex.attacker_before
                else:
                    linked = p.start >= t.end and ix.folded[t.end:p.start].strip() in ix.lex.attacker_after
                if linked and self._struck_after(ix, max(p.end, t.end), p, places):
                    out.append(state_actor(self.gaz, str(p.place.country), p.start, p.end))
        return out

    def _struck_after(self, ix: TextIndex, end: int, country: PlaceMention, places: list[PlaceMention]) -> bool:
        """Another country's place follows within three words, after "on", "contra", "au", "على"..."""
        for q in places:
            if q.start < end or q.place.country == country.place.country:
                continue
            gap = ix.folded[end:q.start].split()
            if gap and len(gap) <= 3 and gap[0] in ix.lex.struck_words and same_clause(ix.folded[end:q.start]):
                return True
        return False


#: How far from an agreement word its agreeing verb may stand, within one clause.
_AGREED_REACH = 80


def _agreed(ix: TextIndex, t: Trigger, a: int, b: int) -> bool:
    """Whether the clause of an agreement word says it was made or took effect ("agreed to a ceasefire", "la trêve
    est entrée en vigueur"), not only that it exists ("a annoncé le ministère, malgré le cessez-le-feu") or counts
    from it ("killed 300 people since the ceasefire took effect", "منذ بدء وقف إطلاق النار")."""
    lo = max(a, t.start - _AGREED_REACH)
    if any(same_clause(ix.folded[m.end:t.start]) for m in ix.find("since", lo, t.start)):
        return False
    return any(same_clause(ix.folded[m.end:t.start] if m.end <= t.start else ix.folded[t.end:m.start])
               for m in ix.find("agreeing", lo, min(b, t.end + _AGREED_REACH)))


#: Who can make a threat worth an event: fighters, an armed group, its leaders, a state (by name or adjective).
_PARTIES = ("combatants", "named_actors", "leaders", "countries", "demonyms")
#: Generic actors who are no party to a conflict.
_BYSTANDERS = frozenset({"civilians", "protesters"})


def _vows_revenge(ix: TextIndex, a: int, b: int) -> bool:
    """Revenge or retaliation words make a threat violent without a party named ("the group vowed revenge");
    a bare "warned that" does not ("ministers warned that passengers face delays")."""
    return bool(triggers_of(ix, "threat_words", a, b))


def _party_named(ix: TextIndex, a: int, b: int) -> bool:
    """A quoted threat with no violence word needs a party to the conflict in its sentence: "We will respond,"
    a Hezbollah official said, or "we will make them pay," the group's leaders said; a protester's "We will not
    let them steal our election" is none."""
    return any(meant(ix, cat, a, b) for cat in _PARTIES) or \
        any(m.value not in _BYSTANDERS for m in ix.find("generic_actors", a, b))


def _police_on_crowd(roles: list[tuple[ActorMention, str]]) -> bool:
    """Security forces acting against demonstrators who attack no one: the police intervened (ACLED), no riot."""
    attackers = [x for x, r in roles if r == "attacker"]
    return bool(attackers) and all(x.kind == "state_forces" for x in attackers) and \
        any(r in ("target", "victim") and x.name.lower().endswith("protesters") for x, r in roles)


#: A negation this close before an event word denies it ("no attack", "لم يهاجم", "ohne Angriff").
_NEGATION_REACH = 12


def _attack_noun(ix: TextIndex, t: Trigger) -> bool:
    """A weak event word listed as a noun ("strikes", "Angriffe", "ataques", "هجوم"): a country adjective beside
    it names the attacker, beside a verb ("Israeli killed", "أصاب إسرائيليين") it would name the victims."""
    return any(m.start == t.start and m.value[1] == "nouns" for m in ix.find("triggers", t.start, t.end))


def _killing_first(group: list[Trigger], casualties: Casualties) -> bool:
    """"Troops killed five militants and detained two others": a report that leads with a killing and counts the
    dead is a violent event, the arrests after it are part of it (ACLED codes an arrest as a strategic development
    only when no violence goes with it). "Police arrested two men after a shooting that killed three" leads with
    the arrests."""
    arrest = min(t.start for t in group if t.code == "arrests")
    return any(f.kind == "killed" for f in casualties.figures) and \
        any(t.code in VIOLENT and t.start < arrest for t in group)


def _demonstration(t: Trigger, crowd: bool) -> bool:
    """A demonstration word that stands even beside a grievance ("protest against rising fuel prices"): a riot or
    tear gas as it is, a protest word with a crowd ("Oil prices rallied" has none)."""
    return t.code in DEMONSTRATIONS and (crowd or t.code != "protest")


def _negated(group: list[Trigger], cues: Cues) -> bool:
    """Every event word of the mention comes right after a negation."""
    spans = cues.spans("negation")
    return bool(spans) and all(any(0 <= t.start - c.end <= _NEGATION_REACH for c in spans) for t in group)


def _incident(casualties: Casualties, places: list[PlaceMention], dates: list[DateMention]) -> bool:
    """A condemnation, trial or anniversary names an incident of its own only with a toll and a place or day."""
    return bool(casualties.figures) and (any(d.precision == "day" and not d.past for d in dates)
                                         or any(p.place.precision != "country" for p in places))


def _spans_of(s: Sentence, group: list[Trigger]) -> list[tuple[int, int]]:
    """The clauses holding the mention's event words."""
    return [(a, b) for a, b in s.clauses() if any(a <= t.start < b for t in group)]


def _anchored(group: list[Trigger], spans: list[tuple[int, int]], casualties: Casualties, weapons: list[Match],
              places: list[PlaceMention], dates: list[DateMention], roles: list[tuple[ActorMention, str]]) -> bool:
    """Whether an event word has something concrete beside it in its clause: a casualty count, a weapon other
    than the word itself, a place (a country only after a locative), a day, or a named attacker or target.
    "The aggression", "acts of killing and kidnapping" and "the war" have none: talk about violence."""
    def near(start: int) -> bool:
        return any(a <= start < b for a, b in spans)
    if any(near(f.number.start) for f in casualties.figures) or any(d.precision == "day" and near(d.start) for d in dates):
        return True
    if any(near(w.start) and not any(t.start <= w.start < t.end or w.start <= t.start < w.end for t in group)
           for w in weapons):
        return True
    if any(near(p.start) and (p.place.precision != "country" or p.located) for p in places):
        return True
    return any(near(x.start) and not x.generic and r in ("attacker", "target", "victim") for x, r in roles)


def _attack_compound(ix: TextIndex, t: Trigger) -> bool:
    """A weapon word that holds an attack noun ("Drohnenangriff", "Raketenbeschuss"; `attack_compounds`)."""
    word = ix.folded[t.start:t.end]
    return any(noun in word for noun in ix.lex.attack_compounds)


def _without_bare_weapons(kept: list[Trigger], weapons: list[Match], hurt: bool,
                          acts: frozenset[str]) -> list[Trigger]:
    """A weapon noun alone ("missiles", "صواريخ") is no event: it needs casualties or an act beside it. A weapon
    word that is the act ("gunmen opened fire") is one."""
    if hurt:
        return kept
    bare = [t for t in kept if any(w.start <= t.start and t.end <= w.end and w.term not in acts for w in weapons)]
    return kept if len(bare) < len(kept) else []


#: Cue kinds whose subject is a government, not a place ("Washington blamed", "Moscow denies").
_SPEAKING = ("speech", "blame", "threat", "denial", "claim")


def _not_speakers(places: list[PlaceMention], cues: Cues, folded: str) -> list[PlaceMention]:
    """Capitals standing for their governments ("Washington a imputé", "Moscow denies") are not places:
    a city name not after a locative (or opening a clause of its own: "in Jordan and Washington threatened",
    "en Jordania, Washington amenaza"), followed by a speaking verb at most two words on, no comma between."""
    spans = [c.start for kind in _SPEAKING for c in cues.spans(kind)]
    if not spans:
        return places
    return [p for p in places if p.place.precision not in ("site", "city")
            or (p.located and not _opens_clause(folded, p.start, cues))
            or not any(0 <= c - p.end <= 24 and _plain_gap(folded[p.end:c]) for c in spans)]


#: A place this far after a cause clause opener ("in support of Palestinians in Gaza") is what the act is for.
_CAUSE_REACH = 60


def _cause_of(cause: Match, p: PlaceMention, folded: str) -> bool:
    """Whether the place sits in the cause clause: after its opener, close, with no clause break between."""
    return 0 <= p.start - cause.end <= _CAUSE_REACH and not any(ch in folded[cause.end:p.start] for ch in ",;:.")


def _opens_clause(folded: str, at: int, cues: Cues) -> bool:
    """Whether the word at `at` starts a clause: right after a comma or semicolon, after "and" ("and", "y", "et",
    "und": at most 3 letters) or with "and" written onto it ("وواشنطن")."""
    before = folded[max(0, at - 5):at]
    return before.rstrip()[-1:] in (",", ";") or bool(cues.joiners.intersection(before.split()[-1:])) \
        or (cues.glued and folded[at:at + 1] in cues.joiners)


def _plain_gap(gap: str) -> bool:
    return len(gap.split()) <= 2 and same_clause(gap)


@dataclass(frozen=True, slots=True, init=False)
class _Clause:
    trigger: Trigger
    clause: int

    def __init__(self, trigger: Trigger, clause: int) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "trigger", trigger)
        object.__setattr__(self, "clause", clause)

    @property
    def code(self) -> str:
        return self.trigger.code

    @property
    def strong(self) -> bool:
        return self.trigger.strong
