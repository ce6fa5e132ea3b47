"""ACLED event types from trigger words, weapons and who is involved; filters out figurative violence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .matcher import Match, TextIndex

#: Lexicon trigger codes -> ACLED (event type, sub-event type), spelled exactly as ACLED does.
ACLED: dict[str, tuple[str, str]] = {
    "clash": ("Battles", "Armed clash"),
    "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "attack_civ": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "protest": ("Protests", "Peaceful protest"),
    "protest_intervention": ("Protests", "Protest with intervention"),
    "excessive_force": ("Protests", "Excessive force against protesters"),
    "riot": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change_group": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}

#: Most specific first: a sentence with a suicide bombing and "killed" is a suicide bomb.
PRIORITY = ("suicide", "chemical", "excessive_force", "air", "ied", "grenade", "shelling", "regain", "overtake",
            "clash", "abduction", "sexual", "protest_intervention", "riot", "mob", "protest", "attack_civ",
            "disrupted", "arrests", "looting", "agreement", "base", "transfer", "change_group")

VIOLENT = frozenset({"suicide", "chemical", "air", "ied", "grenade", "shelling", "regain", "overtake", "clash",
                     "abduction", "sexual", "attack_civ", "attack", "excessive_force", "riot", "mob", "looting"})
PROTEST = frozenset({"protest", "protest_intervention"})
#: Crowd violence: a riot or a mob.
RIOTS = frozenset({"riot", "mob"})
#: Every demonstration code, peaceful or not.
DEMONSTRATIONS = PROTEST | RIOTS | {"excessive_force"}
#: Weapons that decide the sub-event type of a plain "attack".
_WEAPON_CODES = (("drone", "air"), ("aircraft", "air"), ("suicide", "suicide"), ("car bomb", "ied"), ("IED", "ied"),
                 ("landmine", "ied"), ("grenade", "grenade"), ("ballistic missile", "shelling"),
                 ("cruise missile", "shelling"), ("missile", "shelling"), ("rocket", "shelling"),
                 ("artillery", "shelling"), ("mortar", "shelling"), ("chemical", "chemical"), ("explosives", "ied"))


@dataclass(frozen=True, slots=True, init=False)
class Trigger:
    code: str
    strong: bool
    start: int
    end: int

    def __init__(self, code: str, strong: bool, start: int, end: int) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "strong", strong)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


def find_triggers(ix: TextIndex, start: int, end: int) -> list[Trigger]:
    """Event words of folded[start:end], except those inside a phrase that uses them otherwise ("fighting the fire")
    and those in a cause clause ("in response to US air strikes"): the reason given is another event."""
    found = [Trigger(m.value[0], m.value[1] == "strong", m.start, m.end) for m in meant(ix, "triggers", start, end)
             if m.value[0] != "threat_words"]
    policing = ix.find("non_lethal", start, end)  # "stun grenades": the police broke up a crowd
    if policing:
        found += [Trigger("protest_intervention", True, m.start, m.end) for m in policing
                  if not any(t.start <= m.start and m.end <= t.end for t in found)]
        found.sort(key=lambda t: t.start)
    return found


#: A cause clause runs this far after its opener, to the next clause break.
_CAUSE_REACH = 80


def in_cause(folded: str, cause: Match, at: int) -> bool:
    return 0 <= at - cause.end <= _CAUSE_REACH and same_clause(folded[cause.end:at])


def same_clause(gap: str) -> bool:
    """No clause break in the text between a cue and the word it bears on."""
    return not any(ch in gap for ch in ",;:.()")


#: Weapons of guns and launchers: beside a bombardment, without aircraft or drones, it was shelling.
_GUNS = frozenset({"artillery", "mortar", "rocket", "missile", "ballistic missile", "cruise missile"})
_AIRCRAFT = frozenset({"aircraft", "drone"})


def settle_bombardments(triggers: list[Trigger], weapons: list[Match], article: frozenset[str]) -> list[Trigger]:
    """"Bombardeo", "bombardement", "bombardiert" are air strikes or shelling: guns or launchers named without
    aircraft or drones make it shelling ("La artillería rusa bombardeó"), in the sentence or, when it names no
    weapon, in the article (a headline's "bombardements", then "des obus sont tombés"); otherwise it was from the
    air, as most such reports are ("un bombardeo israelí contra una escuela")."""
    if not any(t.code == "bombard" for t in triggers):
        return triggers
    kinds = {w.value for w in weapons}
    if not kinds & (_GUNS | _AIRCRAFT):
        kinds = set(article)
    code = "shelling" if kinds & _GUNS and not kinds & _AIRCRAFT else "air"
    return [Trigger(code, t.strong, t.start, t.end) if t.code == "bombard" else t for t in triggers]


def triggers_of(ix: TextIndex, code: str, start: int, end: int) -> list[Match]:
    """The event words of one kind in folded[start:end]."""
    return [t for t in ix.find("triggers", start, end) if t.value[0] == code]


def agreements(ix: TextIndex, start: int, end: int) -> list[Match]:
    """Agreement words ("ceasefire", "Waffenruhe", "هدنة") in folded[start:end]."""
    return triggers_of(ix, "agreement", start, end)


def meant(ix: TextIndex, category: str, start: int, end: int) -> list[Match]:
    """Matches of a category in folded[start:end] that are not part of a `not_events` phrase ("cargo tanks")
    nor in a cause clause ("in response to US air strikes": the reason given is another event). Inside a
    `non_lethal` phrase ("tear gas canisters", "stun grenades") only the police intervention it tells of is meant."""
    found = ix.find(category, start, end)
    if not found:
        return found
    other = ix.find("not_events", start, end)
    munitions = ix.find("non_lethal", start, end)
    causes = ix.find("causes", start, end)
    if not other and not causes and not munitions:
        return found
    return [m for m in found if not any(o.start <= m.start and m.end <= o.end for o in other)
            and not (munitions and not _policing(category, m)
                     and any(o.start <= m.start and m.end <= o.end for o in munitions))
            and not any(in_cause(ix.folded, c, m.start) for c in causes)]


def _policing(category: str, m: Match) -> bool:
    return category == "triggers" and m.value[0] == "protest_intervention"


def is_violent_context(ix: TextIndex, start: int, end: int, weapons: list[Match],
                       has_casualties: bool, has_actor: bool) -> bool:
    """Weak triggers ("attack", "schoss", "hit") count only next to weapons, casualties or fighters."""
    return bool(weapons) or has_casualties or has_actor or bool(ix.first("combatants", start, end))


def vetoed(ix: TextIndex, start: int, end: int) -> bool:
    """Sports, markets, medicine, accidents: the sentence is not about political violence."""
    return ix.first("veto", start, end) is not None


def grievance_only(ix: TextIndex, start: int, end: int) -> bool:
    """Whether every veto word of the sentence is a grievance (prices, wages, a strike): what a demonstration may be
    about ("a protest against rising fuel prices"), though no violence word beside it is meant ("price war")."""
    found = ix.find("veto", start, end)
    return bool(found) and all(m.value == "grievance" for m in found)


#: Conflict words an article-wide count of off-topic words is weighed against.
_CONFLICT_WORDS = ("combatants", "weapons", "named_actors")


def off_topic(scans, texts: tuple[str, ...] = ()) -> bool:
    """A match report or market story: at least three distinct sports, market or accident words (`veto`) that
    outnumber its fighters, weapons and armed groups two to one. Such an article lends violent words to goals
    and share prices ("Bayern schießt Dortmund ab", "the Nasdaq was shot down") in sentences naming no sport.
    A match score in the raw `texts` ("(5-0)", "2:1") counts as one such word each time."""
    veto = [m.term for found in scans for m in found.get("veto", ())]
    if len(set(veto)) < 2:  # a score makes at most one more kind: no need to look for one
        return False
    veto += ["(score)"] * sum(len(_SCORE.findall(t)) for t in texts)
    conflict = sum(len(found.get(cat, ())) for found in scans for cat in _CONFLICT_WORDS)
    return len(set(veto)) >= 3 and len(veto) >= 2 * conflict


#: "(5-0)", "1-1", "6-31", "2:1"; a colon only between single digits ("14:30" is a time), no date or season.
#: The first digit comes before its look-behind, so the regex engine skips to the next digit.
_SCORE = re.compile(r"\d(?<![\w.,:/\u2013-]\d)(?:\d? ?[-\u2013] ?\d{1,2}|:\d)(?![\w.,:/\u2013-])")


#: Who takes territory decides ACLED's sub-event: the state regains it, anyone else overtakes it.
_STATE = frozenset({"state_forces", "us_military"})
_NON_STATE = frozenset({"militia", "rebels"})


def _territory_by_taker(code: str, takers: set[str] | frozenset[str]) -> str:
    """"RSF said its forces had 'liberated' the town": a group that retakes a town overtakes it; the army that
    "captures" one regains it."""
    if code == "regain" and takers and takers <= _NON_STATE:
        return "overtake"
    if code == "overtake" and takers and takers <= _STATE:
        return "regain"
    return code


def resolve_code(codes: set[str], weapons: set[str], target_kinds: set[str],
                 taker_kinds: set[str] | frozenset[str] = frozenset()) -> str:
    """One trigger code for a mention from every code, weapon, target kind and attacker kind found in its scope."""
    for code in PRIORITY[:PRIORITY.index("shelling") + 1]:
        if code in codes and not (code == "shelling" and {"drone", "aircraft"} & weapons):
            return code
    if "ambush" in codes:  # ACLED: an ambush of armed men is a battle, of civilians an attack on them
        armed = target_kinds & {"state_forces", "us_military", "militia", "rebels"}
        return "attack_civ" if "civilians" in target_kinds and not armed else "clash"
    if codes & {"attack", "shelling", "attack_civ"} or not codes:
        for weapon, code in _WEAPON_CODES:
            if weapon in weapons:
                return code
    for code in PRIORITY:
        if code in codes and not (code == "looting" and "attack" in codes and target_kinds):
            # "attacked the villagers and set houses on fire": people attacked, not property (ACLED)
            return _territory_by_taker(code, taker_kinds)
    if "small arms" in weapons or "bladed weapon" in weapons or "attack" in codes:
        if target_kinds & {"state_forces", "us_military", "militia", "rebels"}:
            return "clash"
        return "attack_civ"
    return "other"
