"""Who attacked whom: actor names normalized through the actor lexicon, and their roles in an event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .event_types import in_cause
from .lexicon import shared
from .matcher import Match, TextIndex
from .places import Gazetteer
from .status import Cues

#: Max characters between a country adjective and its noun ("irakische Streitkräfte", "forces irakiennes").
_ADJ_GAP = 14
_ROLE_BEFORE = 30
#: Languages whose adjectives follow the noun ("forces irakiennes", "القوات العراقية").
POSTPOSED_ADJECTIVES = frozenset({"fr", "es", "ar"})
_ROLE_AFTER = 14
#: "Kataib Hezbollah headquarters", "the group's base", "Nujaba-Hauptquartier": the owned noun follows at once.
_OWNED_GAP = 4
#: "Washington promet de riposter", "Tehran has vowed to": room for an auxiliary and a verb before the cue.
_THREAT_AFTER = 24


@dataclass(frozen=True, slots=True, init=False)
class ActorMention:
    name: str
    kind: str
    country: str | None
    start: int
    end: int
    generic: bool = False
    #: An armed group of no kind of its own ("militants", "jihadistes", "مسلحين"): fighting it is a battle.
    armed: bool = False

    def __init__(self, name: str, kind: str, country: str | None, start: int, end: int, generic: bool = False,
                 armed: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "generic", generic)
        object.__setattr__(self, "armed", armed)

    @property
    def fighting_kind(self) -> str:
        """The kind an event type weighs: an unnamed armed group counts as one ("rebels")."""
        return "rebels" if self.armed else self.kind


def _adjacent_demonym(ix: TextIndex, demonyms: list[Match], start: int, end: int, postposed: bool) -> str | None:
    """The country adjective of a generic noun; an event word between ("US strike kills militia commander") ends
    the noun phrase."""
    for d in demonyms:
        a, b = (end, d.start) if postposed else (d.end, start)
        if 0 <= b - a <= _ADJ_GAP and (b - a <= 1 or not any(ix.first(cat, a, b) for cat in _PHRASE_ENDS)):
            return d.value
    return None


def _country_after(ix: TextIndex, end: int) -> str | None:
    """"las fuerzas de Israel", "forces of Sudan", "Streitkräfte Israels": the country named right after the noun,
    or after a link of the language's `group_links`."""
    m = ix.first("countries", end, end + _LINK_CHARS + 24)
    if m is None or not 0 <= m.start - end <= _LINK_CHARS:
        return None
    gap = ix.folded[end:m.start].strip()
    return m.value if not gap or gap in ix.lex.group_links else None


def _country_owning(ix: TextIndex, start: int) -> str | None:
    """"Sudan's army", "Nigeria's military", "Sudan army": the country right before the noun, in the possessive
    or as its attribute."""
    end = start - 3 if ix.folded.startswith("'s ", start - 3) else start - 1
    found = ix.find("countries", max(0, end - 40), end)
    return found[-1].value if found and found[-1].end == end else None


#: Words that end a noun phrase: an event word or a casualty verb.
_PHRASE_ENDS = ("triggers", "killed", "injured")


def state_actor(gaz: Gazetteer, code: str, start: int, end: int) -> ActorMention:
    """The armed forces of a country named by an adjective ("israelischer Luftangriff")."""
    if code == "US":
        return ActorMention("US military", "us_military", "US", start, end)
    return ActorMention(f"{gaz.demonym(code) or code} forces", "state_forces", code, start, end)


def find_actors(ix: TextIndex, gaz: Gazetteer, start: int, end: int) -> list[ActorMention]:
    folded, lex = ix.folded, ix.lex
    named_spec = shared("actors.yaml")["named"]
    generic_spec = shared("actors.yaml")["generic"]
    out = []
    named = ix.find("named_actors", start, end)
    for m in named:
        if any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in named):
            continue  # "Hezbollah" inside "Kataib Hezbollah" is not a second actor
        spec = named_spec[m.value]
        out.append(ActorMention(spec["name"], spec["kind"], spec.get("country"), m.start, m.end))
    named_spans = [(a.start, a.end) for a in out]
    groups = list(out)
    demonyms = ix.find("demonyms", max(0, start - _ADJ_GAP), min(len(folded), end + _ADJ_GAP))
    countries: bool | None = None  # whether the sentence names a country, looked up when first needed
    not_actors = lex.not_actors
    # last first: "Combatientes de las paramilitares FAR" widens the name to "paramilitares", then to "Combatientes"
    for m in ix.find("generic_actors", start, end)[::-1]:
        spec = generic_spec[m.value]
        fighters = spec["kind"] not in _NOT_FIGHTERS
        if named_spans:
            if any(s <= m.start < e or (fighters and 0 <= m.start - e <= 1) for s, e in named_spans):
                continue  # inside a name, or "Islamic State militants", "Hamas fighters": the group again
        owner = _owner(ix, groups, m) if fighters and groups else None
        if owner is not None:  # "An RSF statement said its forces had taken the town": the RSF's forces
            out.append(ActorMention(owner.name, owner.kind, owner.country, m.start, m.end))
            continue
        phrases = _phrases_with(lex.lang, not_actors, m.term) if not_actors else ()
        if phrases and any(_inside(folded, p, m) for p in phrases):
            continue  # "attaque armée" is an armed attack, not the army; "military spokesman" a speaker's title
        named_at = next((i for i, (s, _) in enumerate(named_spans) if _names_group(folded, lex.group_links, m.end, s)),
                        None) if named_spans else None
        if named_at is not None:  # "Milizgruppe al-Nujaba", "los yihadistas de Boko Haram": the group's own name
            if fighters:
                out[named_at] = _widened(out[named_at], m.start)
                named_spans[named_at] = (out[named_at].start, out[named_at].end)
            continue
        code = _adjacent_demonym(ix, demonyms, m.start, m.end, lex.lang in POSTPOSED_ADJECTIVES)
        if code is None:
            if countries is None:
                countries = ix.first("countries", start, end) is not None
            if countries:
                code = _country_after(ix, m.end) or _country_owning(ix, m.start)
        if code == "US" and spec["kind"] == "state_forces":
            out.append(ActorMention("US military", "us_military", "US", m.start, m.end, True))
            continue
        demonym = gaz.demonym(code)
        name = spec["name"].format(demonym=demonym) if demonym else spec["fallback"]
        out.append(ActorMention(name, spec["kind"], code, m.start, m.end, True, bool(spec.get("armed"))))
    out.sort(key=lambda a: a.start)
    causes = ix.find("causes", start, end)
    if causes:  # "in response to US and British strikes": those actors belong to the cause, not this event
        out = [a for a in out if not any(in_cause(folded, c, a.start) for c in causes)]
    return out


def _owner(ix: TextIndex, groups: list[ActorMention], m: Match) -> ActorMention | None:
    """The group named last before "its forces", "leurs combattants", "sus fuerzas", "قواتها", if it is named."""
    folded, lex = ix.folded, ix.lex
    before = folded[max(0, m.start - 12):m.start].split()[-1:]
    word_end = m.end
    while word_end < len(folded) and folded[word_end].isalnum():
        word_end += 1
    owned = bool(before) and before[0] in lex.possessives \
        or (word_end > m.end and folded[m.end:word_end] in lex.possessive_endings)
    if not owned:
        return None
    return next((g for g in reversed(groups) if g.end <= m.start), None)


#: Generic nouns that are no fighters of the group named after them ("civiles de Gaza", "un buque de los hutíes").
_NOT_FIGHTERS = frozenset({"civilians", "protesters", "vessel"})
#: The longest link between a generic noun and the group it belongs to ("de las", "التابعين ل").
_LINK_CHARS = 14


def _names_group(folded: str, links: frozenset[str], generic_end: int, named_start: int) -> bool:
    """Whether a named group follows a generic noun at once or after a link of the language's `group_links`
    ("paramilitary RSF", "fighters of the Islamic State", "paramilitaires des FSR"): the noun is what the group
    is, not a second actor."""
    if not 0 <= named_start - generic_end <= _LINK_CHARS:
        return False
    gap = folded[generic_end:named_start].strip()
    return not gap or gap in links


def _widened(actor: ActorMention, start: int) -> ActorMention:
    """The named actor spanning the generic noun before it, which states its role ("by the paramilitary RSF")."""
    return ActorMention(actor.name, actor.kind, actor.country, min(start, actor.start), actor.end, actor.generic,
                        actor.armed)


_PHRASES_WITH: dict[tuple[str, str], tuple[str, ...]] = {}


def _phrases_with(lang: str, phrases: tuple[str, ...], term: str) -> tuple[str, ...]:
    """The `not_actors` phrases that hold the matched word, once per language and word: most hold none."""
    key = (lang, term)
    found = _PHRASES_WITH.get(key)
    if found is None:
        found = _PHRASES_WITH[key] = tuple(p for p in phrases if term in p)
    return found


def _inside(folded: str, phrase: str, m: Match) -> bool:
    """Whether the match lies within an occurrence of the phrase."""
    at = folded.find(phrase, max(0, m.end - len(phrase)), m.start + len(phrase))
    return at != -1 and at <= m.start and m.end <= at + len(phrase)


def _speaker(ix: TextIndex, speech: list[Match], start: int, end: int) -> bool:
    """"X said", "according to X": a speech cue next to the actor with no punctuation between
    ("soldats américains, selon un responsable" names no speaker); after "said" an actor that an event word follows
    in the same clause is the subject of what was said ("Police said Islamic State militants ambushed a patrol"),
    unless the language puts the verb first ("قال الجيش إن ...": the army speaks)."""
    folded = ix.folded
    if any(0 <= m.start - end <= _ROLE_AFTER + 10 and _plain(folded[end:m.start]) for m in speech) \
            or any(m.start < start and end < m.end for m in speech):  # "teilte die Polizei mit"
        return True
    if not any(0 <= start - m.end <= _ROLE_BEFORE and _plain(folded[m.end:start]) for m in speech):
        return False
    acts = ix.find("triggers", end, end + 2 * _ROLE_BEFORE)
    return ix.lex.verb_first or not _followed_by(folded, acts, end, _SUBJECT_REACH)


#: "said Islamic State militants ambushed": the event word this close after the actor makes it the subject.
_SUBJECT_REACH = 12


#: Clause breaks; a parenthesis also ends the phrase around a role cue, not a side's name ("del ELN (Ejército ...)").
_CLAUSE_BREAKS = ",;:.\u060c\u061b"


#: One character class per set of breaks: a C-level search instead of a scan per break character.
_BREAK_RX = {b: re.compile("[" + re.escape(b) + "]") for b in (_CLAUSE_BREAKS, _CLAUSE_BREAKS + "()")}


def _plain(gap: str, breaks: str = _CLAUSE_BREAKS + "()") -> bool:
    return _BREAK_RX[breaks].search(gap) is None


def _gap_before(folded: str, cues: list[Match], start: int, reach: int) -> int | None:
    """Characters between the nearest cue ending before `start` (within reach, in its clause: "on Monday, the army
    said" makes no target of the army) and `start`."""
    if not cues:
        return None
    gaps = [start - m.end for m in cues if 0 <= start - m.end <= reach and _plain(folded[m.end:start], _CLAUSE_BREAKS)]
    return min(gaps) if gaps else None


#: "die von der Miliz genutzt wird": a verb-final participle this close after the actor.
_USED_AFTER = 12
#: "by X", "attaque des X": the actor follows the agent cue within this many characters ...
_AGENT_REACH = 12
#: ... or after at most this many words, an article and an adjective ("Angriff der paramilitärischen RSF", "by the
#: Islamist al-Shabaab"), in the same clause.
_AGENT_WORDS, _AGENT_CHARS = 2, 30


#: "هجوم لحركة الشباب", "غارة للتحالف": an attack noun (and an adjective), then the actor glued to لـ ("of"): the
#: attacker, where the frame after the actor ("على قرية") names the target.
_AR_ATTACK_OF = re.compile(r"(?:هجوم|هجمات|هجوما|غاره|غارات|قصف|ضربه|ضربات|كمين|تفجير) (?:\S+ )?لل?$")


def _agent_gap(folded: str, agents: list[Match], start: int) -> int | None:
    """Characters between an agent cue and the actor, an adjective between counting as no more than the reach."""
    if not agents:
        return None
    gap = _gap_before(folded, agents, start, _AGENT_REACH)
    if gap is not None:
        return gap
    return _AGENT_REACH if any(0 <= start - m.end <= _AGENT_CHARS and len(folded[m.end:start].split()) <= _AGENT_WORDS
                               and _plain(folded[m.end:start]) for m in agents) else None


def _followed_by(folded: str, cues: list[Match], end: int, reach: int) -> bool:
    """A cue starts within reach after `end`, in the same clause."""
    if not cues:
        return False
    return any(0 <= m.start - end <= reach and _plain(folded[end:m.start]) for m in cues)


def _counted(ix: TextIndex, actor: ActorMention) -> bool:
    """"three soldiers", "une dizaine de soldats", "جنديان": a counted group in a casualty sentence is hurt."""
    if actor.kind in ("civilians", "protesters"):
        return False
    lo = max(0, actor.start - 24)
    if _DIGITS_BEFORE.search(ix.folded, lo, actor.start):
        return True
    for cat in ("numbers", "vague_numbers", "duals"):
        for m in ix.find(cat, lo, actor.end):
            if m.start >= actor.start and cat == "duals":
                return True
            if m.value == 1 and ix.folded[m.start:m.start + 1].isalpha() and not _hurt_next(ix, actor.end):
                continue  # an article counts nobody hurt ("a suicide bomber"), unless "a soldier was killed"
            gap = ix.folded[m.end:actor.start]
            if m.end <= actor.start and len(gap.split()) <= 2 and _plain(gap):
                return True
    return False


#: "a soldier was killed", "un soldat a été tué": how far after the noun its casualty word; "ein Soldat wurde am
#: Montag ... getötet": how far a passive's participle may come after its auxiliary.
_HURT_NEXT, _PARTICIPLE_REACH = 20, 80


def _hurt_next(ix: TextIndex, end: int) -> bool:
    """Whether the noun is hurt at once: a casualty word soon after that is no active killing verb ("a suicide
    bomber killed seven", "un grupo armado asesinó"), or a passive ("un soldat a été tué", "ein Soldat wurde ...
    getötet")."""
    folded = ix.folded
    passive = folded[end:end + 12].split()[:1]
    reach = _PARTICIPLE_REACH if passive and passive[0] in ix.lex.passive_aux else _HURT_NEXT
    for cat in ("killed", "injured"):
        for m in ix.find(cat, end, end + reach + 12):
            gap = folded[end:m.start]
            if m.start - end <= reach and _plain(gap) and ix.lex.hurts(m, gap):
                return True
    return False


def _hurt_by(ix: TextIndex, agents: list[Match], actor: ActorMention) -> bool:
    """"militaires américains tués par des tirs", "soldiers killed by a drone": hurt, then who did it."""
    for m in ix.find("killed", actor.end, actor.end + 16) + ix.find("injured", actor.end, actor.end + 16):
        if _plain(ix.folded[actor.end:m.start]) and any(0 <= g.start - m.end <= 2 for g in agents):
            return True
    return False


#: "10 soldiers", "12 irakische Soldaten": digits at most two words before the actor noun.
_DIGITS_BEFORE = re.compile(r"(?<![\w.,])\d+ (?:[^\W\d]+ ){0,2}$")


def assign_roles(ix: TextIndex, actors: list[ActorMention], trigger_start: int, cues: Cues,
                 start: int, end: int) -> list[tuple[ActorMention, str]]:
    """Role of each actor in the event stated by text[start:end]; speakers and sources get none.
    The nearest frame decides: "by X"/"par X" (agent) over "on X"/"contre X" (target) further back;
    "X was attacked"/"X a été visé" (passive) and "X headquarters" (owned) make X the target; the counted
    group of a casualty sentence ("ten soldiers were killed") is hurt, not the attacker."""
    folded = ix.folded
    roles = ix.find("roles", start, end)
    by_kind: dict[str, list[Match]] = {}
    for m in roles:
        by_kind.setdefault(m.value, []).append(m)
    targets, agents = by_kind.get("target", []), by_kind.get("agent", [])
    sides = _clash_sides(ix, by_kind.get("between", []), start, end)
    passive, owned, used_after = by_kind.get("passive", []), by_kind.get("owned", []), by_kind.get("used_after", [])
    speech = cues.spans("speech")
    claim = cues.spans("claim")
    blame = [b for b in cues.spans("blame") if not any(c.start <= b.start < c.end or b.start <= c.start < b.end
                                                        for c in claim)]  # "said it was behind": a claim
    hurt = bool(ix.first("killed", start, end) or ix.first("injured", start, end))
    claimant = _claimant(folded, actors, claim, agents)
    at_trigger = [m for m in ix.find("triggers", trigger_start, end) if m.start == trigger_start]
    trigger_end = max((m.end for m in at_trigger), default=trigger_start)
    #: "هاجم مسلحون مجلس عزاء": in a verb-first language the actor right after the verb is its subject
    subject_at = trigger_end + 1 if ix.lex.verb_first and any(m.value[1] != "nouns" for m in at_trigger) else -1
    out: list[tuple[ActorMention, str]] = []
    for i, actor in enumerate(actors):
        target_gap = _gap_before(folded, targets, actor.start, _ROLE_BEFORE)
        agent_gap = _agent_gap(folded, agents, actor.start)
        # "used by X", "die von X genutzt wird": X uses the target
        by_agent = (agent_gap is not None and (target_gap is None or agent_gap < target_gap)
                    and not (used_after and _followed_by(folded, used_after, actor.end, _USED_AFTER))) \
            or (ix.lex.lang == "ar" and _AR_ATTACK_OF.search(folded, max(0, actor.start - 24), actor.start) is not None)
        marked = not by_agent and (target_gap is not None or _followed_by(folded, passive, actor.end, 40)
                                   or _followed_by(folded, owned, actor.end, _OWNED_GAP))
        if actor.start >= trigger_end and _followed_by(folded, cues.spans("threat"), actor.end, _THREAT_AFTER):
            continue  # "..., Washington vows to retaliate": the subject of a later threat, not of this event
        if _possessor(ix, actor):
            continue  # "the British military's UKMTO agency said": the owner of a speaker, no party to the event
        if actor is claimant:
            out.append((actor, "claimant"))
            role = "attacker"
        elif sides and actor.kind != "civilians" and _side(folded, sides, actor):
            role = "attacker"  # "clashes between the ELN and FARC dissidents": each side fights
        elif marked or (hurt and not by_agent and (_counted(ix, actor) or _hurt_by(ix, agents, actor))):
            role = "victim" if actor.kind == "civilians" else "target"
        elif actor.kind == "civilians":
            role = "victim"
        elif blame:
            if not _attributed_to(blame, actor) and _blamer(actor, [a for a in actors if a.kind != "civilians"],
                                                           blame[0]):
                continue
            role = "blamed"
        elif by_agent:
            role = "attacker"
        elif _speaker(ix, speech, actor.start, actor.end):
            continue
        else:  # before the event word or inside it ("suicide bomber") it acts, after it it is acted on
            acts = actor.end <= trigger_end or (actor.start == subject_at and _subject(ix, actors, i))
            role = "attacker" if acts else "target"
        out.append((actor, role))
    return out


def _subject(ix: TextIndex, actors: list[ActorMention], i: int) -> bool:
    """Whether the actor right after a verb-first event verb is its subject: always, unless the verb also reads as a
    passive or a noun of killing ("قتل جنود", soldiers were killed; "مقتل جنود"), where only a counted group after it
    makes it the killer ("قتلت القوات خمسة مسلحين")."""
    actor = actors[i]
    if not (ix.first("killed", actor.start - 12, actor.start) or ix.first("injured", actor.start - 12, actor.start)):
        return True
    return any(_counted(ix, other) for other in actors[i + 1:]) or _count_follows(ix, actor.end)


#: "قتل مسلحون ثلاثة مزارعين": how far after the subject its counted object may start.
_OBJECT_REACH = 24


def _count_follows(ix: TextIndex, end: int) -> bool:
    """A count starts in the same clause soon after `end` (the object of a verb-first killing verb)."""
    stop = end + _OBJECT_REACH
    return any(_plain(ix.folded[end:m.start]) for cat in ("numbers", "duals") for m in ix.find(cat, end, stop + 16)
               if m.start <= stop) or bool(_DIGITS_AFTER.match(ix.folded, end))


#: " 12 " right after the subject.
_DIGITS_AFTER = re.compile(r" (?:[^\W\d]+ )?\d+ ")


#: How far after "between" the sides of a clash may be named ("entre la guerrilla del ELN y disidencias de las FARC").
_SIDES_REACH = 90
#: A clash word this close before "between" makes the actors after it its sides ("clashes between", "اشتباكات بين").
_CLASH_BEFORE_BETWEEN = 24


def _clash_sides(ix: TextIndex, between: list[Match], start: int, end: int) -> list[int]:
    """Ends of the "between" words that follow a clash word ("clashes between", "Kämpfe zwischen")."""
    if not between:
        return []
    clashes = [m for m in ix.find("triggers", start, end) if m.value[0] == "clash"]
    return [b.end for b in between if any(0 <= b.start - c.end <= _CLASH_BEFORE_BETWEEN
                                          and _plain(ix.folded[c.end:b.start]) for c in clashes)]


def _side(folded: str, sides: list[int], actor: ActorMention) -> bool:
    return any(0 <= actor.start - e <= _SIDES_REACH and _plain(folded[e:actor.start], _CLAUSE_BREAKS) for e in sides)


#: "the military's", "the army's": an owner, when no fighter, weapon or event word is what it owns.
_POSSESSIVE = ("'s ", "' ")
_OWNED_THINGS = ("generic_actors", "named_actors", "combatants", "weapons", "triggers")


def _possessor(ix: TextIndex, actor: ActorMention) -> bool:
    """An actor in the possessive that owns something other than fighters, weapons or an act ("the British
    military's UKMTO agency", "the army's spokesman"); "Russia's army" and "Hamas's rockets" stay actors."""
    folded = ix.folded
    if not folded.startswith(_POSSESSIVE, actor.end):  # most actors: one C-level check
        return False
    at = actor.end + (3 if folded.startswith("'s ", actor.end) else 2)
    window = folded[at:at + 40].split()[:2]
    stop = at + len(" ".join(window))
    return not any(ix.first(cat, at, stop + 1) for cat in _OWNED_THINGS)


#: The last word of a passive attribution ("attributed to", "attribuée aux", "atribuido al", "نسب إلى"): who
#: follows it is blamed, whoever else the sentence names.
_ATTRIBUTED_TO = frozenset({"to", "à", "aux", "a", "al", "los", "las", "الى"})
#: "attribuée à des jihadistes": an article between the cue and the actor.
_ATTRIBUTION_GAP = 12


def _attributed_to(blame: list[Match], actor: ActorMention) -> bool:
    return any(0 <= actor.start - b.end <= _ATTRIBUTION_GAP and b.term.rsplit(" ", 1)[-1] in _ATTRIBUTED_TO
               for b in blame)


def _blamer(actor: ActorMention, actors: list[ActorMention], cue: Match) -> bool:
    """The one who blames: named before the accusation when others follow it ("Kataib Hezbollah blamed the
    US"); when all stand on one side of it ("اتهمت الجماعة واشنطن", "Die Miliz machte die USA ... verantwortlich"),
    the first of several."""
    before = [a for a in actors if a.end <= cue.start]
    if before and len(before) < len(actors):
        return actor in before
    return len(actors) > 1 and actor is actors[0]


def _claimant(folded: str, actors: list[ActorMention], claim: list[Match], agents: list[Match]) -> ActorMention | None:
    """Who claims: the actor right after "claimed by"/"revendiqué par", else the last one before the claim
    word in its clause ("Islamic State claimed", "الحوثيون ... تبنى"), else the first actor named."""
    if not claim or not actors:
        return None
    for c in claim:
        after = [a for a in actors if 0 <= a.start - c.end <= 16 and any(c.start <= g.start and g.end <= a.start
                                                                            for g in agents)]
        if after:
            return after[0]
    for c in claim:
        before = [a for a in actors if a.end <= c.start and _plain(folded[a.end:c.start]) and c.start - a.end <= 60]
        if before:
            return before[-1]
    return actors[0]
