"""Killed and injured counts stated in one stretch of text, and whether a leader died."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from .event_types import same_clause
from .lexicon import Lexicon
from .matcher import Match, TextIndex, fold
from .numbers import Number, find_numbers

#: How far (characters) a count may sit from the word that says killed/injured.
_WINDOW = 90
#: How far after a number the counted noun may come ("vier [lokale irakische] Menschen").
_NOUN_GAP = 36


@dataclass(frozen=True, slots=True, init=False)
class Figure:
    kind: str  # "killed" | "injured"
    number: Number
    toll: bool = False  # stated as a running toll ("death toll rose to 12")
    unconfirmed: bool = False  # a figure the report does not vouch for ("a higher toll ... police did not confirm")
    additional: bool = False  # on top of those counted before ("two attackers were also killed")
    part: bool = False  # some of a toll stated elsewhere ("Entre los muertos hay dos civiles")

    def __init__(self, kind: str, number: Number, toll: bool = False, unconfirmed: bool = False,
                 additional: bool = False, part: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "toll", toll)
        object.__setattr__(self, "unconfirmed", unconfirmed)
        object.__setattr__(self, "additional", additional)
        object.__setattr__(self, "part", part)


@dataclass(frozen=True, slots=True, init=False)
class Casualties:
    figures: tuple[Figure, ...] = ()
    leader_span: tuple[int, int] | None = None

    def __init__(self, figures: tuple[Figure, ...] = (), leader_span: tuple[int, int] | None = None) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "figures", figures)
        object.__setattr__(self, "leader_span", leader_span)

    def best(self, kind: str) -> Figure | None:
        found = [f for f in self.figures if f.kind == kind]
        return min(found, key=lambda f: f.number.value) if found else None


def _nearest(ix: TextIndex, words: list[tuple[Match, str]], num: Number) -> tuple[int, str] | None:
    best = None
    for m, kind in words:
        dist = m.start - num.end if m.start >= num.end else num.start - m.end
        if dist < -2 or dist > _WINDOW or (m.start >= num.end and _opens_clause(ix, num.end, m.start)):
            continue
        dist = max(dist, 0)
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best


def _opens_clause(ix: TextIndex, a: int, b: int) -> bool:
    """Whether the word at b is glued to an "and" that opens a clause after a ("وجنديان وأصيب أربعة")."""
    gap = ix.folded[a:b]
    return gap[-2:-1] == " " and gap[-1:] in ix.lex.number_joiners


def _following(ix: TextIndex, words: list[tuple[Match, str]], num: Number, max_words: int) -> str | None:
    """The killed/injured word that follows the count within a few words ("dos soldados resultaron heridos"). One
    glued to "and" starts a clause of its own ("قتل ضابط وجنديان وأصيب أربعة": the soldiers were killed)."""
    folded, lex = ix.folded, ix.lex
    best = None
    for m, kind in words:
        gap = folded[num.end:m.start]
        if (m.start >= num.end and len(gap) <= 45 and len(gap.split()) <= max_words
                and not _opens_clause(ix, num.end, m.start)
                and not any(c in gap for c in ",;.") and not lex.number_joiners.intersection(gap.split())
                and not ix.first("weapons", num.end, m.start) and (best is None or m.start < best[0])):
            best = (m.start, kind)
    return best[1] if best else None


def _close(ix: TextIndex, a: int, b: int, max_words: int) -> bool:
    """At most `max_words` words between, none of them "and", no clause break."""
    gap = ix.folded[a:b]
    return len(gap.split()) <= max_words and not any(c in gap for c in ",;.") \
        and not ix.lex.number_joiners.intersection(gap.split())


#: Words that start a place or a day: right after a number (at most one short word between) they are no object.
_NOT_OBJECTS = ("locatives", "weekdays", "relative_days", "months")


#: Words between a killing verb and the count it takes as object ("mata a tres", "killed at least five").
_OBJECT_GAP = 2


def _subject(ix: TextIndex, words: list[tuple[Match, str]], num: Number, numbers: list[Number]) -> bool:
    """A killing verb (`kill_verbs`) with a count right after it ("tue six soldats", "mata a tres", "يقتل ثلاثة")
    counts its victims there: a count a few words before it is its subject ("Un kamikaze tue six soldats", "two
    gunmen killed three"). A place, day or "since" between is no object ("killed since October 7")."""
    verb = next((m for m, _ in words if m.start >= num.end and _close(ix, num.end, m.start, 4)), None)
    return verb is not None and verb.value == "verb" and any(
        n.start >= verb.end and _close(ix, verb.end, n.start, _OBJECT_GAP)
        and not any(ix.first(cat, verb.end, n.start) for cat in _NOT_OBJECTS + ("since",)) for n in numbers)


def _object_follows(ix: TextIndex, num: Number, words: list[tuple[Match, str]]) -> bool:
    """'tués dans une embuscade': the number counts the word after it, which is not a casualty. A dual
    ("أصيب مدنيان") is its own counted noun."""
    if any(d.start == num.start for d in ix.find("duals", num.start, num.end)):
        return False
    nxt = ix.folded[num.end:num.end + 30].split()
    if not nxt or not nxt[0][:1].isalpha() or nxt[0] in ix.lex.number_joiners:
        return False
    if any(num.end < m.start <= num.end + 5 for cat in _NOT_OBJECTS for m in ix.find(cat, num.end, num.end + 30)):
        return False  # "wounded nine in Kherson", "kills four at", "nine on Sunday": a place or day, no counted noun
    return not any(m.start == num.end + 1 for m, _ in words)


#: "killed a", "a soldier was killed", "a civilian died": how near a loose article's casualty word must be.
_LOOSE_BEFORE, _LOOSE_AFTER = 2, 28


def _beside_casualty(ix: TextIndex, words: list[tuple[Match, str]], num: Number) -> bool:
    """A loose article ("a", "an") counts one only right after a casualty word ("killed a commander", "wounding a
    policeman") or when its noun is hurt at once ("a soldier was killed", "a civilian died"), never an active killer
    ("a suicide bomber killed seven")."""
    folded = ix.folded
    for m, _ in words:
        if 0 <= num.start - m.end <= _LOOSE_BEFORE:
            return True
        gap = folded[num.end:m.start]
        if 0 < m.start - num.end <= _LOOSE_AFTER and len(gap.split()) <= 4 and same_clause(gap) \
                and ix.lex.hurts(m, gap):
            return True
    return False


def _singular_victims(ix: TextIndex, words: list[tuple[Match, str]], figures: list[Figure]) -> list[Figure]:
    """One victim named by a singular noun right after a casualty word, where a language has no article to count
    ("مقتل جندي إسرائيلي", "قتل مدنيا", "أصيب شرطي"): for kinds no count gave."""
    singular = ix.lex.singular_persons
    if not singular:
        return []
    folded = ix.folded
    out: list[Figure] = []
    for m, kind in words:
        if folded[m.end:m.end + 1] != " ":
            continue
        noun = folded[m.end + 1:].split(" ", 1)[0].rstrip(".,،؛:")
        if not (noun in singular or (noun.endswith("ا") and noun[:-1] in singular)):  # "جنديا": the accusative's alif
            continue
        end = m.end + 1 + len(noun)
        counted = [f for f in figures + out if f.kind == kind]
        # "قتل ضابط وجنديان": one officer and two soldiers, a count joined by "and" right after the noun
        if counted and not any(_joined(ix, end, f.number.start) for f in counted):
            continue
        out.append(Figure(kind, Number(1, "exact", m.end + 1, end)))
    return out


def _joined(ix: TextIndex, a: int, b: int) -> bool:
    """Only "and" between a and b."""
    words = ix.folded[a:b].split()
    return len(words) == 1 and words[0] in ix.lex.number_joiners


def _article(folded: str, num: Number) -> bool:
    """"un", "une", "ein", "one": a number word of one may be the indefinite article."""
    return num.value == 1 and folded[num.start:num.start + 1].isalpha()


def _counted_noun(ix: TextIndex, num: Number, end: int) -> str | None:
    """'person' when a person noun follows the number, 'killed'/'injured' for 'four dead'/'4 Verletzte'."""
    folded = ix.folded
    stop = min(end, num.end + _NOUN_GAP)
    window = folded[num.end:stop]
    cut = min((i for i in (window.find(","), window.find(";")) if i >= 0), default=len(window))
    stop = num.end + cut
    # "one"/"una"/"ein" is the indefinite article unless its noun follows within a word ("una emboscada de yihadistas")
    reach = 1 if _article(folded, num) else 3
    found = [(m.start, rank, kind)
             for rank, (category, kind) in enumerate((("killed", "killed"), ("injured", "injured"), ("persons", "person")))
             for m in ix.find(category, num.end, stop)
             if (kind == "person" or m.value == "noun") and len(folded[num.end:m.start].split()) <= reach
             and not ix.first("roles", num.end, m.start)]  # "una base militar", "un convoy militar": a thing
    return min(found)[2] if found else None  # the nearest: "two civilians and wounded nine" counts civilians


def _not_a_count(ix: TextIndex, num: Number) -> bool:
    """A year ("في عام 2006", "in 2006"), an age ("20 عاما", "aged 20 years") or wounds ("eleven stab wounds",
    "zwölf Messerstiche") count nobody."""
    if 1900 <= num.value <= 2100 and ix.folded[num.start:num.end].isdigit():
        return not _counted_noun(ix, num, num.end + _NOUN_GAP)
    nxt = ix.folded[num.end:num.end + 16].split()
    if not nxt:
        return False
    if nxt[0].strip(",.;)") in ix.lex.data.get("casualties", {}).get("age_units", ()):
        return True
    return ix.folded.startswith(_wounds(ix.lex), num.end)


@lru_cache(maxsize=None)
def _wounds(lex: Lexicon) -> tuple[str, ...]:
    """The language's wound and blow nouns, folded and led by a space, for str.startswith."""
    return tuple(" " + fold(w) for w in lex.data.get("casualties", {}).get("wounds", ()))


#: Words between a legal word and the group it names: "charged [the] two men", "zwei Männer [wurden am Dienstag
#: wegen des Anschlags] angeklagt" (German puts the participle last).
_LEGAL_BEFORE, _LEGAL_AFTER = 2, 7


#: The preposition before who did it: "massacre commis par un chef de gang", "killed by two gunmen". Not "von"
#: ("sprachen von zwölf Toten") nor a bare "por" ("por lo menos doce"): Spanish only before an article.
_BY = frozenset({"by", "par", "durch"})
_POR_ARTICLES = frozenset({"un", "una", "unos", "unas"})


def _agent(folded: str, start: int) -> bool:
    """A count or leader right after "by"/"par" (and an article) is who did it."""
    before = folded[max(0, start - 16):start].split()[-2:]
    if folded[start - 1:start] != " " or not before:
        return False
    if before[-1] in _BY:
        return True
    if len(before) < 2:
        return False
    first, article = before
    return (first in _BY and len(article) <= 5) or (first == "por" and article in _POR_ARTICLES)


def _suspects(ix: TextIndex, num: Number) -> bool:
    """"police charged two men", "two men were arrested", "zwei Männer wurden angeklagt", "اعتقال شخصين": a group
    counted beside a legal word, with no killed/injured word nor "and" between them, is suspects, not casualties
    ("killed five militants and detained two others": five dead)."""
    folded = ix.folded
    for m in ix.find("legal", max(0, num.start - 40), num.end + 60):
        if m.start <= num.start < m.end:  # "nahm zwei Männer fest"
            return True
        a, b, reach = (m.end, num.start, _LEGAL_BEFORE) if m.end <= num.start else (num.end, m.start, _LEGAL_AFTER)
        gap = folded[a:b]
        if a <= b and len(gap.split()) <= reach and not any(c in gap for c in ",;:.()\u060c\u061b") \
                and not ix.lex.number_joiners.intersection(gap.split()) \
                and not ix.first("killed", a, b) and not ix.first("injured", a, b):
            return True
    return False


#: How far after "the death toll" its figure may come ("the death toll from Monday's strike on the market rose to 120").
_TOLL_REACH = 100


#: The word before a toll's figure: it rose "to" 120, "auf" 120, "à" 120, "a" 120, "إلى" 120.
_TOLL_LINKS = frozenset({"to", "at", "reached", "auf", "à", "a", "en", "الي"})  # folded: "إلى" is "الي"


def _after_toll(folded: str, tolls: list, numbers: list[Number], num: Number) -> bool:
    """Whether the number is the first one after a toll phrase in its clause, linked to it by "rose to"."""
    before = folded[max(0, num.start - 12):num.start].split()
    if not before or before[-1] not in _TOLL_LINKS:
        return False
    for t in tolls:
        if 0 <= num.start - t.end <= _TOLL_REACH and not any(ch in folded[t.end:num.start] for ch in ";:()"):
            return not any(t.end <= n.start < num.start and not _article(folded, n) for n in numbers)
    return False


def _earlier(ix: TextIndex, at: int) -> bool:
    """A toll said to be the first one given ("had initially put the toll at nine"): a later one supersedes it."""
    before = ix.folded[max(0, at - 40):at]
    return any(f" {word} " in f" {before} " for word in ix.lex.data.get("casualties", {}).get("earlier", ()))


def find_casualties(ix: TextIndex, start: int, end: int, dates=()) -> Casualties:
    """Counts in folded[start:end]; numbers inside the `dates` spans ("November 4") count nobody."""
    folded = ix.folded
    killed = ix.find("killed", start, end)
    injured = ix.find("injured", start, end)
    if not killed and not injured:
        return Casualties()
    words = [(m, "killed") for m in killed] + [(m, "injured") for m in injured]
    subset_from = [m.end for m in ix.find("including", start, end)]
    tolls = [t for t in ix.find("toll", start, end) if not _earlier(ix, t.start)]
    figures: list[Figure] = []
    # the dateline's day ("Ciudad de México, 5 jun (EFE)") counts nobody
    numbers = [n for n in find_numbers(ix, start, end) if n.start >= ix.places_from
               and not any(d.start <= n.start < d.end for d in dates) and not _not_a_count(ix, n)]
    verbs = [m.start for m in killed if m.value == "verb"]
    for num in numbers:
        if _suspects(ix, num) or _agent(folded, num.start):
            continue
        noun = _counted_noun(ix, num, end)
        if noun is None and _article(folded, num):
            continue  # "Un bombardeo mató a 1.200 personas": the article counts only the noun right after it
        if folded[num.start:num.end] in ix.lex.loose_articles and not _beside_casualty(ix, words, num):
            continue
        overlap = next((kind for m, kind in words if m.start <= num.start < m.end or num.start <= m.start < num.end), None)
        if overlap:  # Arabic duals: one word is both the count and the casualty noun
            noun = overlap
        if noun in (None, "person") and any(0 <= v - num.end <= 60 for v in verbs) \
                and _subject(ix, words, num, numbers):
            continue
        following = _following(ix, words, num, 4 if noun == "person" else 2)
        if noun is None and following is None and _after_toll(folded, tolls, numbers, num):
            noun = "killed"  # "the death toll ... rose to 120", "ارتفعت حصيلة القتلى ... إلى 120"
        if noun is None:
            near = _nearest(ix, words, num)
            if following is None and (near is None or near[0] > 12 or _object_follows(ix, num, words)):
                continue
            noun = following or (near[1] if near is not None else None)  # one of them is there: not skipped
        kind = noun if noun in ("killed", "injured") else following or (_nearest(ix, words, num) or (0, None))[1]
        if kind is None:
            continue
        subset = _subset_start(ix, subset_from, num)
        total = next((f.kind for f in reversed(figures) if f.number.end <= subset), None) if subset is not None \
            else None
        if total is not None and following is not None and following != total:
            subset = None  # "tués, dont cinq enfants, et plus de 30 autres blessés": a count of its own
        part = subset is not None
        if subset is not None:  # "14 killed, among them five children": the kind of the total before it
            kind = total or kind
            if any(f.kind == kind for f in figures):
                continue  # "darunter zwei Kinder": a subset of the total already counted
        toll = any(0 <= num.start - t.end <= 40 for t in tolls) or _after_toll(folded, tolls, numbers, num)
        figures.append(Figure(kind, num, toll, False, not toll and _additional(ix, words, num, kind), part))
    figures = sorted(figures + _singular_victims(ix, words, figures), key=_figure_start)
    figures = _coordinated(ix, figures)
    articles = [f for f in figures if _article(folded, f.number)]
    if articles:  # "Douze soldats ont été tués lors de l'attaque d'un poste militaire": twelve, not one
        figures = [f for f in figures
                   if f not in articles or not any(g.kind == f.kind and g not in articles for g in figures)]
    leader = None
    if killed:
        for m in ix.find("leaders", start, end):
            if any(abs(k.start - m.start) <= _WINDOW * 2 for k in killed) and not _agent(folded, m.start):
                leader = (m.start, m.end)
                break
    return Casualties(tuple(figures), leader)


def _figure_start(f: Figure) -> int:
    return f.number.start


#: How far after "including" a count may still be one of those it includes.
_SUBSET_REACH = 160


def _subset_start(ix: TextIndex, starts: list[int], num: Number) -> int | None:
    """Where the "including" before a count ends, if the count is one of those included ("killed 14, including five
    children"). A casualty word between starts a count of its own ("بينهم خمسة أطفال، وأصيب أكثر من 30 آخرين")."""
    folded = ix.folded
    for s in reversed(starts):
        if 0 <= num.start - s <= _SUBSET_REACH and ";" not in folded[s:num.start] \
                and not ix.first("killed", s, num.start) and not ix.first("injured", s, num.start):
            return s
    return None


def _additional(ix: TextIndex, words: list[tuple[Match, str]], num: Number, kind: str) -> bool:
    """"Two attackers were also killed", "also killing two", "también murieron dos", "كما قتل اثنان": an "also" word
    between a count and its casualty word, or right beside them, adds the count to the others. Not one further
    away: "the army also said five soldiers were killed" states the toll once."""
    also = _also(ix.lex)
    near = [m for m, k in words
            if k == kind and (0 <= m.start - num.end <= _WINDOW or 0 <= num.start - m.end <= _WINDOW)]
    if not also or not near:
        return False
    word = min(near, key=lambda m: m.start - num.end if m.start >= num.end else num.start - m.end)
    folded = ix.folded
    a, b = min(num.start, word.start), max(num.end, word.end)
    core = folded[a:b]
    if any(c in core for c in ",;.:"):
        return False
    before = folded[max(0, a - 24):a].split()[-1:]
    after = folded[b:b + 12]
    return any(f" {w} " in f" {core} " or w in before
               or (after.startswith(f" {w}") and not after[len(w) + 1:][:1].isalpha()) for w in also)


@lru_cache(maxsize=None)
def _also(lex: Lexicon) -> tuple[str, ...]:
    return tuple(fold(w) for w in lex.data.get("casualties", {}).get("also", ()))


#: Words between two coordinated counts: "20 [Soldaten und] ein Zivilist", "dos [manifestantes y] un policía".
_COORDINATED_WORDS = 4


def _coordinated(ix: TextIndex, figures: list[Figure]) -> list[Figure]:
    """"20 soldiers and one civilian were killed", "Dos manifestantes y un policía resultaron heridos": counts of one
    kind joined by "and" with only their nouns between are parts of one toll, so they add up. A range ("between 20
    and 30") or a count with its own casualty word ("killed 5 and wounded 3") is no sum."""
    if len(figures) < 2:
        return figures
    folded, lex = ix.folded, ix.lex
    ranges = lex.data.get("casualties", {}).get("ranges", ())
    out = [figures[0]]
    for f in figures[1:]:
        prev = out[-1]
        a, b = prev.number.end, f.number.start
        gap = folded[a:b]
        words = gap.split()
        before = folded[max(0, prev.number.start - 16):prev.number.start].split()
        if (f.kind == prev.kind and not f.toll and not prev.toll and not f.number.vague and not prev.number.vague
                and 0 < len(words) <= _COORDINATED_WORDS and not any(c in gap for c in ",;:.()\u060c\u061b")
                and lex.number_joiners.intersection(words)
                and not (before and before[-1] in ranges)
                and not ix.first("killed", a, b) and not ix.first("injured", a, b)):
            total = replace(prev.number, value=prev.number.value + f.number.value, end=f.number.end)
            out[-1] = replace(prev, number=total)
            continue
        out.append(f)
    return out

