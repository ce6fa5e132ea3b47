"""Who attacked whom: actor names normalized through the actor lexicon, and their roles in an event."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str
    kind: str
    country: str | None
    start: int
    end: int
    generic: bool = False


def _adjacent_demonym(demonyms: list[Match], start: int, end: int, postposed: bool) -> str | None:
    for d in demonyms:
        if (0 <= d.start - end <= _ADJ_GAP) if postposed else (0 <= start - d.end <= _ADJ_GAP):
            return d.value
    return None


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
    for m in ix.find("named_actors", start, end):
        spec = named_spec[m.value]
        out.append(ActorMention(spec["name"], spec["kind"], spec.get("country"), m.start, m.end))
    named_spans = [(a.start, a.end) for a in out]
    demonyms = ix.find("demonyms", max(0, start - _ADJ_GAP), min(len(folded), end + _ADJ_GAP))
    for m in ix.find("generic_actors", start, end):
        if any(s <= m.start < e or 0 <= s - m.end <= 3 for s, e in named_spans):  # "Milizgruppe al-Nujaba"
            continue
        spec = generic_spec[m.value]
        code = _adjacent_demonym(demonyms, m.start, m.end, lex.lang in POSTPOSED_ADJECTIVES)
        if code == "US" and spec["kind"] == "state_forces":
            out.append(ActorMention("US military", "us_military", "US", m.start, m.end, True))
            continue
        demonym = gaz.demonym(code)
        name = spec["name"].format(demonym=demonym) if demonym else spec["fallback"]
        out.append(ActorMention(name, spec["kind"], code, m.start, m.end, True))
    out.sort(key=lambda a: a.start)
    return out


def _speaker(folded: str, speech: list[Match], start: int, end: int) -> bool:
    """"X said", "according to X": a speech cue next to the actor with no punctuation between
    ("soldats américains, selon un responsable" names no speaker)."""
    return any((0 <= start - m.end <= _ROLE_BEFORE and _plain(folded[m.end:start]))
               or (0 <= m.start - end <= _ROLE_AFTER + 10 and _plain(folded[end:m.start])) for m in speech)


def _plain(gap: str) -> bool:
    return not any(ch in gap for ch in ",;:.()\u060c\u061b")


def assign_roles(ix: TextIndex, actors: list[ActorMention], trigger_start: int, cues: Cues,
                 start: int, end: int) -> list[tuple[ActorMention, str]]:
    """Role of each actor in the event stated by text[start:end]; speakers and sources get none."""
    roles = ix.find("roles", start, end)
    targets = [m for m in roles if m.value == "target"]
    agents = [m for m in roles if m.value == "agent"]
    speech = cues.spans("speech")
    blame = cues.spans("blame")
    claim = cues.spans("claim")
    out: list[tuple[ActorMention, str]] = []
    for i, actor in enumerate(actors):
        marked_before = any(0 <= actor.start - m.end <= _ROLE_BEFORE for m in targets)
        marked_after = any(0 <= m.start - actor.end <= _ROLE_AFTER for m in targets)
        if marked_before or (marked_after and not blame):
            role = "target"
        elif blame:
            if i == 0 and len(actors) > 1:
                continue  # the one who blames
            role = "blamed"
        elif claim and i == 0:
            out.append((actor, "claimant"))
            role = "attacker"
        elif actor.kind == "civilians":
            role = "victim"
        elif any(0 <= actor.start - m.end <= 12 for m in agents):
            role = "attacker"
        elif _speaker(ix.folded, speech, actor.start, actor.end):
            continue
        else:
            role = "attacker" if actor.end <= trigger_start else "target"
        out.append((actor, role))
    return out
