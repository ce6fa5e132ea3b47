"""Fast multi-term matching on folded text: one trie-shaped regex per term list, no backtracking traps."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import partial
from operator import itemgetter
from typing import Any, Iterable, NamedTuple, final

_FOLD_MAP = {
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ", "\u00a0": " ", "\u202f": " ",
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u0629": "\u0647",
}
_FOLD_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})
_FOLD_PAIRS = tuple(_FOLD_MAP.items())

#: Longest word fragment scanned when checking the letters around a match (caps work on hostile input).
_MAX_AFFIX = 24


def fold(text: str) -> str:
    """Lower-case and normalize spelling variants while keeping every character offset unchanged."""
    if "\u0130" in text:  # the one character whose lower case is two characters long
        text = text.replace("\u0130", "i")
    text = text.lower()
    for old, new in _FOLD_PAIRS:  # chained replace: C-speed scans, far faster than str.translate
        if old in text:
            text = text.replace(old, new)
    return text


class Match(NamedTuple):
    start: int
    end: int
    term: str
    value: Any


#: Match((s, e, term, value)) without the Python-level NamedTuple constructor: the scan makes hundreds per text.
_match = partial(tuple.__new__, Match)
_START, _END = itemgetter(0), itemgetter(1)


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return render(trie)


def _pattern_regex(term: str) -> str:
    """Regex for a term with inner wildcards; every repetition is bounded."""
    lead, trail = term.startswith("*"), term.endswith("*")
    words = fold(term.strip("*")).split(" ")
    parts = []
    for word in words:
        if word == "*":
            parts.append(r"\S{1,25}(?: \S{1,25}){0,2}")
        elif word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w{0,20}")
        else:
            parts.append(re.escape(word))
    body = " ".join(parts)
    return ((r"\w{0,20}" if lead else r"(?<!\w)") + body + (r"\w{0,20}" if trail else r"(?!\w)"))


class TermMatcher:
    """Finds lexicon terms in folded text with one regex scan.

    Term syntax: ``word`` must be a whole word, ``stem*`` may take a suffix, ``*stem`` a prefix,
    ``*part*`` both; inside a term ``word*`` lets that word take a suffix and a lone `` * `` skips one
    to three words ("machte* * verantwortlich"). ``clitics`` are prefixes always allowed before a
    term (Arabic و/ب/ال...). A term may carry several values (one per lexicon category); terms nested
    in a longer match at word boundaries or as its prefix are reported too.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], clitics: Iterable[str] = (),
                 categories: dict[str, Iterable[tuple[str, Any]]] | None = None):
        """`entries` go to category ""; `categories` maps further category names to their entries."""
        self._info: dict[str, list[tuple[bool, bool, str, Any]]] = {}
        self._gaps: dict[str, list[tuple[re.Pattern, str, str, Any]]] = {}
        for category, items in [("", entries), *(categories or {}).items()]:
            self._add_terms(items, category)
        self._clitics = frozenset(fold(c) for c in clitics) | {""}
        #: first letter of a clitic -> the lengths of the clitics starting with it ("ا": only "ال")
        self._clitic_lengths: dict[str, tuple[int, ...]] = {
            initial: tuple(sorted({len(c) for c in self._clitics if c[:1] == initial}))
            for initial in {c[0] for c in self._clitics if c}}
        self._plans: dict[str, _Plan] = {}
        self._compile()

    def _add_terms(self, entries: Iterable[tuple[str, Any]], category: str) -> None:
        for term, value in entries:
            if "*" in term.strip("*"):
                anchor = _anchor(term)
                if anchor:
                    self._gaps.setdefault(anchor, []).append((re.compile(_pattern_regex(term)), term, category, value))
                    self._add(anchor, term.startswith("*"), True, "", _GAP)
                continue
            core = fold(term.strip("*"))
            if core.strip():
                self._add(core, term.startswith("*"), term.endswith("*"), category, value)

    def _compile(self) -> None:
        info = self._info
        self._rx = re.compile(self._regex()) if info else None
        self._inner = {core: [(a, b, core[a:b]) for a, b in _nested(core) if core[a:b] in info] for core in info}
        #: every term, sorted: the terms that start with a given text are neighbours
        self._sorted = sorted(info)

    def _regex(self) -> str:
        """A term starts a word or follows a clitic at a word start, unless it takes a prefix: the scan tries
        the full trie there and only the prefix-taking terms inside words (most positions fail at once)."""
        info = self._info
        # not after a letter or digit (str.isalnum), unless it may end a clitic (the scan checks the whole clitic):
        # one look-behind scans Arabic text a fifth faster than a choice of two
        ends = "".join(sorted({re.escape(c[-1]) for c in self._clitics if c}))
        start = rf"(?<![^\W_{ends}])"
        inside = [core for core, modes in info.items() if any(pre for pre, *_ in modes)]
        anchored = start + _trie_regex(info)
        return f"{anchored}|{_trie_regex(inside)}" if inside else anchored

    def _add(self, core: str, pre: bool, suf: bool, category: str, value: Any) -> None:
        modes = self._info.setdefault(core, [])
        if (pre, suf, category, value) not in modes:
            modes.append((pre, suf, category, value))

    def __bool__(self) -> bool:
        return self._rx is not None

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every term occurrence in folded[start:end] (all categories), sorted by position."""
        out = [m for found in self.scan(folded, start, end).values() for m in found]
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    def scan(self, folded: str, start: int = 0, end: int | None = None) -> dict[str, list[Match]]:
        """Term occurrences in folded[start:end] by category, each list sorted by position."""
        by: dict[str, list[Match]] = {}
        if self._rx is None:
            return by
        end = len(folded) if end is None else end
        n = len(folded)
        inner, plans = self._inner, self._plans
        for m in self._rx.finditer(folded, start, end):
            s, e = m.span()
            core: str = m.group()
            plan = plans.get(core)
            if plan is None:
                plan = self._plan(core)
            alone = not (s > 0 and folded[s - 1].isalnum()) and not (e < n and folded[e].isalnum())
            simple = plan.simple
            if alone and simple is not None:  # no check against the match before: a whole word is a mention
                found = by.get(simple[2])
                if found is None:
                    by[simple[2]] = [_match((s, e, core, simple[3]))]
                else:
                    found.append(_match((s, e, core, simple[3])))
            elif alone and plan.alone is not None:
                _replay(by, s, plan.alone)
            else:
                self._validate(folded, s, e, core, by, end)
                for sub_s, sub_e, sub in inner[core]:
                    self._validate(folded, s + sub_s, s + sub_e, sub, by, end)
            if not plan.steps:
                continue
            if alone and plan.after is not None:  # "العراقيه": after the article may start another term
                _replay(by, s, plan.after)
            else:
                self._after_clitic(folded, s, end, by, plan.steps)
        for found in by.values():
            if len(found) > 1:  # by start, then longest first: two stable sorts on C-level keys
                found.sort(key=_END, reverse=True)
                found.sort(key=_START)
        return by

    def _after_clitic(self, folded: str, s: int, end: int, by: dict[str, list[Match]],
                      steps: tuple[tuple[int, str | None], ...]) -> None:
        """The terms after the clitics a match at `s` starts with (the longest term each; `_steps`)."""
        rx = self._rx
        assert rx is not None  # called from scan, which has one
        for k, term in steps:
            if term is not None:
                self._validate(folded, s + k, s + k + len(term), term, by, end)
            elif folded[s:s + k] in self._clitics and (m2 := rx.match(folded, s + k, end)) is not None:
                self._validate(folded, m2.start(), m2.end(), m2.group(), by, end)

    def _plan(self, core: str) -> _Plan:
        """What a match of `core` yields, worked out once per core: standing alone as a word its own terms and
        the terms after its clitic are fixed (category, start, end, term, value relative to it) unless a gapped
        pattern must look at the text after it; glued to other letters they are validated in the text."""
        subs = [(0, len(core), core), *self._inner[core]]
        steps = self._steps(core)
        modes = self._info[core]
        simple = modes[0] if (len(modes) == 1 and not modes[0][0] and not modes[0][1] and modes[0][3] is not _GAP
                              and len(subs) == 1) else None
        plan = _Plan(simple, self._alone(core, subs),
                     self._alone(core, [(k, k + len(t), t) for k, t in steps if t is not None])
                     if all(t is not None for _, t in steps) else None, steps)
        self._plans[core] = plan
        return plan

    def _alone(self, core: str, subs: list[tuple[int, int, str]]) -> list[_Entry] | None:
        """The matches the terms at these spans of `core` yield when the core stands alone as a word; None when
        one of them starts a gapped pattern, which must look at the text after it."""
        if any(mode[3] is _GAP for _, _, sub in subs for mode in self._info[sub]):
            return None
        alone = f" {core} "
        by: dict[str, list[Match]] = {}
        for a, b, sub in subs:
            self._validate(alone, 1 + a, 1 + b, sub, by, len(alone))
        entries = [(cat, m.start - 1, m.end - 1, m.term, m.value) for cat, found in by.items() for m in found]
        order = {cat: i for i, cat in enumerate(by)}
        entries.sort(key=lambda x: order[x[0]])  # by category, each in the order _validate produced
        return entries

    def _steps(self, core: str) -> tuple[tuple[int, str | None], ...]:
        """For each clitic `core` may start with (by length), the longest term after it, which a match of the
        core never reaches past: (length, that term); (length, None) when the text after the core decides.
        The scan finds no term inside a match, so these are looked for apart."""
        steps: list[tuple[int, str | None]] = []
        rx = self._rx
        assert rx is not None
        for k in self._clitic_lengths.get(core[0], ()):
            if k >= len(core):
                steps.append((k, None))
            elif core[:k] not in self._clitics:
                continue
            elif self._continues(core[k:]):
                steps.append((k, None))
            elif (m := rx.match(core, k)) is not None:
                steps.append((k, m.group()))
        return tuple(steps)

    def _continues(self, text: str) -> bool:
        """Whether some term is `text` followed by more letters (the first term sorted after `text` tells)."""
        i = bisect_right(self._sorted, text)
        return i < len(self._sorted) and self._sorted[i].startswith(text)

    def _validate(self, folded: str, s: int, e: int, core: str, by: dict[str, list[Match]], end: int) -> None:
        glued_left = s > 0 and folded[s - 1].isalnum()
        glued_right = e < len(folded) and folded[e].isalnum()
        ws, we = s, e
        if glued_left:
            while ws > 0 and s - ws < _MAX_AFFIX and folded[ws - 1].isalnum():
                ws -= 1
        if glued_right:
            while we < len(folded) and we - e < _MAX_AFFIX and folded[we].isalnum():
                we += 1
        for pre, suf, category, value in self._info[core]:
            if glued_left and not pre and folded[ws:s] not in self._clitics:
                continue
            if value is _GAP:
                for rx, term, gap_category, gap_value in self._gaps[core]:
                    g = rx.match(folded, ws if pre else s, end)
                    if g is not None:
                        by.setdefault(gap_category, []).append(_match((g.start(), g.end(), term, gap_value)))
                continue
            if glued_right and not suf:
                continue
            ms, me = (ws if pre else s), (we if suf else e)
            found = by.setdefault(category, [])
            if found and found[-1].start <= ms and me <= found[-1].end and found[-1].value == value:
                continue  # "قوات" inside "القوات" is one mention
            found.append(_match((ms, me, core, value)))


def _anchor(term: str) -> str:
    """The literal words a gapped pattern starts with ("a tiré * roquettes" -> "a tiré"): the scan finds
    them, then the pattern's own regex is tried there."""
    words = []
    for word in fold(term.lstrip("*")).split(" "):
        if word == "*":
            break
        words.append(word.rstrip("*"))
        if word.endswith("*"):
            break
    return " ".join(words)


#: Marks an anchor word that starts one or more gapped patterns.
_GAP = object()
#: (category, start, end, term, value) of a match relative to the core it was found in.
_Entry = tuple[str, int, int, str, Any]


@final
class _Plan:
    """How the scan handles a match of one core (see TermMatcher._plan)."""

    __slots__ = ("simple", "alone", "after", "steps")

    def __init__(self, simple: tuple[bool, bool, str, Any] | None, alone: list[_Entry] | None,
                 after: list[_Entry] | None, steps: tuple[tuple[int, str | None], ...]) -> None:
        #: the one reading of a whole-word term with no other term inside: appended as it is
        self.simple = simple
        #: the matches of the core standing alone, None: validate in the text
        self.alone = alone
        #: the matches after its clitics when it stands alone, None: follow `steps` in the text
        self.after = after
        self.steps = steps


def _replay(by: dict[str, list[Match]], s: int, entries: list[_Entry]) -> None:
    """Append planned matches of a core found at `s`, skipping one inside the previous mention (as _validate)."""
    for category, a, b, term, value in entries:
        found = by.get(category)
        if found is None:
            found = by[category] = []
        elif found[-1].start <= s + a and s + b <= found[-1].end and found[-1].value == value:
            continue
        found.append(_match((s + a, s + b, term, value)))


def _nested(core: str) -> list[tuple[int, int]]:
    """Spans inside a matched core where a shorter term may also sit: every proper prefix, and every
    run of whole words (an elided article ends a word: "l'attaque" holds "attaque")."""
    spans = [(0, i) for i in range(1, len(core))]
    if " " in core or "'" in core:
        bounds = [0] + [i + 1 for i, ch in enumerate(core) if ch in " '"]
        ends = [i for i, ch in enumerate(core) if ch == " "] + [len(core)]
        spans += [(a, b) for a in bounds[1:] for b in ends if b > a]
    return spans


class TextIndex:
    """The lexicon matches of one folded text, by category, for cheap lookups by span."""

    def __init__(self, folded: str, by_category: dict[str, list[Match]], lex: Any = None):
        self.folded = folded
        self.lex = lex
        #: names before this offset are in the dateline: never event places
        self.places_from = 0
        #: the weapons the whole article names (headline and body): the fallback for a sentence that names none
        self.article_weapons: frozenset[str] = frozenset()
        #: category -> (matches, their starts): one dict lookup per query (the analysis makes ~1000 per article)
        self._lists = {cat: (ms, [m.start for m in ms]) for cat, ms in by_category.items() if ms}
        self._len = len(folded)

    def add(self, by_category: dict[str, list[Match]]) -> None:
        """Categories not indexed yet."""
        self._lists.update((cat, (ms, [m.start for m in ms])) for cat, ms in by_category.items() if ms)

    def find(self, category: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Matches of a category lying inside folded[start:end]."""
        lists = self._lists.get(category)
        if lists is None:
            return []
        found, starts = lists
        if end is None:
            end = self._len
        if start > starts[-1] or starts[0] >= end:  # a third of the lookups: no bisection needed to find nothing
            return []
        lo = bisect_left(starts, start)
        if starts[lo] >= end:  # most lookups find nothing
            return []
        return [m for m in found[lo:bisect_left(starts, end, lo)] if m.end <= end]

    def first(self, category: str, start: int = 0, end: int | None = None) -> Match | None:
        lists = self._lists.get(category)
        if lists is None:
            return None
        found, starts = lists
        if end is None:
            end = self._len
        if start > starts[-1] or starts[0] >= end:
            return None
        for i in range(bisect_left(starts, start), len(found)):
            m = found[i]
            if m.start >= end:
                return None
            if m.end <= end:
                return m
        return None
