"""Whether a sentence reports a new event, recalls a past one, relays a claim, a threat or blame."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import DateMention
from .event_types import same_clause
from .matcher import Match, TextIndex


@dataclass(frozen=True, slots=True, init=False)
class Cues:
    """Status cue words found in one sentence, by kind (threat, background, claim, blame, ...)."""

    found: dict[str, list[Match]] = field(default_factory=dict)
    #: The folded text the spans index (for the words between a cue and an event word).
    folded: str = ""
    #: The language's "and" ("and", "y", "und", "و"): it opens a clause of its own.
    joiners: frozenset[str] = frozenset()
    #: Whether "and" is written onto the next word ("وواشنطن").
    glued: bool = False

    def __init__(self, found: dict[str, list[Match]] | None = None, folded: str = "",
                 joiners: frozenset[str] = frozenset(), glued: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "found", {} if found is None else found)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "joiners", joiners)
        object.__setattr__(self, "glued", glued)

    def has(self, kind: str) -> bool:
        return bool(self.found.get(kind))

    def spans(self, kind: str) -> list[Match]:
        return self.found.get(kind, [])


def find_cues(ix: TextIndex, start: int, end: int) -> Cues:
    """Cue words by kind; a word inside an armed group's name is none ("جهاز الردع", the Deterrence Force, deters
    nothing hypothetically), nor a claim inside a denial of one ("no group claimed responsibility")."""
    found: dict[str, list[Match]] = {}
    names = ix.find("named_actors", start, end)
    for m in ix.find("status", start, end) + ix.find("context", start, end):
        if names and any(n.start <= m.start and m.end <= n.end for n in names):
            continue
        found.setdefault(m.value, []).append(m)
    unclaimed = found.pop("unclaimed", None)
    if unclaimed and "claim" in found:  # "no group claimed responsibility": no claim
        found["claim"] = [c for c in found["claim"] if not any(u.start <= c.start < u.end for u in unclaimed)]
    return Cues(found, ix.folded, ix.lex.number_joiners, bool(ix.lex.clitics))


#: An iterative cue around the event word ("dozens of attacks", "a series of [deadly] attacks"), or this close after its start
#: ("attaques répétées", "الهجمات المتكررة") quantifies it.
_ITERATIVE_BEFORE, _ITERATIVE_AFTER = 14, 24
_ITERATIVE_WORDS = 1


def _iterative(cues: Cues, trigger_start: int) -> bool:
    """"Numerous [deadly] attacks", "attaques répétées": at most one word between a cue before the event word and
    it; "zahlreiche Hütten seien niedergebrannt" counts huts, not attacks."""
    return any((-1 <= trigger_start - c.end <= _ITERATIVE_BEFORE
                and len(cues.folded[c.end:trigger_start].split()) <= _ITERATIVE_WORDS)
               or 0 < c.start - trigger_start <= _ITERATIVE_AFTER
               or c.start <= trigger_start < c.end for c in cues.spans("iterative")) \
        or any(c.start <= trigger_start < c.end for c in cues.spans("plural"))


#: An earlier year this close to the event word dates it ("the 2015 attack", "l'attentat de 2015", "هجوم عام 2015").
_YEAR_REACH = 12


#: An anniversary cue this close before the event word is about that event ("the anniversary of the bombing",
#: "Dix ans après l'attentat"); further away it may date something else ("two years after the war began, ...").
_ANNIVERSARY_REACH = 40


def _years_ago(cues: Cues, dates: list[DateMention], trigger_start: int) -> bool:
    """A trial or sentence, an anniversary of the event, or an earlier year beside the event word or anywhere in a
    condemnation or inquiry makes the event a past one whatever day the sentence names: "sentenced on Tuesday for the
    attack on the market"."""
    if cues.has("trial"):
        return True
    if any(0 <= trigger_start - c.end <= _ANNIVERSARY_REACH and not any(ch in cues.folded[c.end:trigger_start]
                                                                          for ch in ",;:.\u060c\u061b")
           for c in cues.spans("anniversary")):
        return True
    years = [d for d in dates if d.precision == "unknown" and d.past and d.value is not None]
    return bool(years) and (cues.has("discourse") or cues.has("anniversary") or any(
        -_YEAR_REACH <= d.start - trigger_start <= _YEAR_REACH + 12 for d in years))


#: Words between "and" and the threat word it opens a clause for: its subject ("and Washington threatened").
_SUBJECT_WORDS = 3


def _own_clause(cues: Cues, trigger_start: int, threat: Match) -> bool:
    """An event word before "and <subject> threatened" is a report of its own ("a drone attack hit a base in
    Jordan and Washington threatened to respond", "... وهددت واشنطن"); the threat is a separate statement. Without
    the "and" the threat may look back on it ("more attacks will come, the group warned")."""
    if trigger_start >= threat.start:
        return False
    words = cues.folded[trigger_start:threat.start].split()[-_SUBJECT_WORDS - 1:]
    joined = [i for i, w in enumerate(words) if w in cues.joiners]  # Arabic glues "و" to the threat word: last
    return bool(joined) and not any(ch in w for w in words[joined[-1] + 1:] for ch in ",;:")


#: "since October": a running account, not today's news (a week or more back).
_RUNNING = timedelta(days=6)


def mention_status(cues: Cues, dates: list[DateMention], trigger_start: int, has_casualties: bool,
                   published: date | None = None) -> str:
    """new | background | claimed | threat for an event mention whose trigger starts at trigger_start;
    hypothetical | denied | generic for mentions that state no event (dropped by the caller): "dozens of attacks
    on US forces" with no day of its own is a run of events, not one. Nobody dies in a threat."""
    if cues.has("threat") and not cues.has("blame") and not has_casualties:
        threats = [m for m in cues.spans("threat") if not _own_clause(cues, trigger_start, m)]
        if any(abs(m.start - trigger_start) <= 60 for m in threats) or len(threats) > 1:
            return "threat"
    event_dates = [d for d in dates if not d.since]
    running = published is not None and any(d.since and d.value and published - d.value >= _RUNNING for d in dates)
    if running and not any(d.precision == "day" for d in event_dates):
        return "background"
    if _iterative(cues, trigger_start) and not any(d.precision == "day" and not d.past for d in event_dates):
        return "background" if has_casualties else "generic"
    if _years_ago(cues, event_dates, trigger_start):
        return "background"
    if cues.has("background") or any(d.past for d in event_dates):
        if not any(d.precision == "day" and not d.past for d in event_dates):
            return "background"
    if not has_casualties:
        if cues.has("hypothetical") and not any(d.precision == "day" for d in event_dates):
            return "hypothetical"
        if cues.has("denial"):
            return "denied"
    if cues.has("claim") and not cues.has("confirmation"):
        if has_casualties and all(c.start > trigger_start for c in cues.spans("claim")):
            return "new"  # "gunmen killed three soldiers in an attack later claimed by ...": a reported toll
        return "claimed"
    return "new"


#: Cue kinds after which a date is when something was said ("confirmed on Monday", "a déclaré lundi").
_REPORTING = ("speech", "confirmation")


#: Characters between a speech verb and its day: a short word ("on", "this"), or a subject after its verb.
_WORD_GAP, _SUBJECT_GAP = 5, 16
#: How far after (before, for a German verb at the end) a toll's rise its day may stand, within the clause.
_TOLL_DAY_AFTER, _TOLL_DAY_BEFORE = 30, 16


def reporting_dates(cues: Cues, dates: list[DateMention], folded: str, verb_first: bool = False) -> list[DateMention]:
    """Dates right after a speech or confirmation verb: at most one short word between ("said on Monday"), or,
    where the subject follows its verb, one word of any length ("أعلنت السلطات يوم الأربعاء")."""
    ends = [c.end for kind in _REPORTING for c in cues.spans(kind)]
    reach = _SUBJECT_GAP if verb_first else _WORD_GAP
    return [d for d in dates if any(0 <= d.start - e <= reach and len(folded[e:d.start].split()) <= 1 for e in ends)]


def source_years(cues: Cues, dates: list[DateMention], trigger_start: int, folded: str) -> list[DateMention]:
    """Bare years after the source that follows the event ("The air strike hit the monastery, said a spokesman for a
    PDF unit, one of the groups formed after the 2021 coup"): past the comma after "said", they tell of the source."""
    speech = [c.end for c in cues.spans("speech") if c.start > trigger_start]
    return [d for d in dates if d.precision == "unknown" and not d.since
            and any(e <= d.start and "," in folded[e:d.start] for e in speech)] if speech else []


def toll_days(cues: Cues, dates: list[DateMention], folded: str) -> list[DateMention]:
    """The day a toll rose ("rose to 14 on Tuesday", "s'est alourdi mardi", "ist am Dienstag auf 14 gestiegen"):
    the attack came on it or before."""
    rises = cues.spans("toll_update")
    return [d for d in dates if any(_beside(folded, r.start, r.end, d.start, d.end) for r in rises)] if rises else []


def _beside(folded: str, start: int, end: int, d_start: int, d_end: int) -> bool:
    """Whether a day stands in the clause of a toll's rise: after it, or before a verb at the clause's end with
    the new count between ("am Dienstag auf 14 gestiegen", not "der Angriff am Montag stieg auf 14")."""
    if 0 <= d_start - end <= _TOLL_DAY_AFTER:
        between = folded[end:d_start]
    elif 0 <= start - d_end <= _TOLL_DAY_BEFORE and len(folded[d_end:start].split()) >= 2:
        between = folded[d_end:start]
    else:
        return False
    return same_clause(between)
