"""Base words around a city name make the place a military site ("base aérienne d'Erbil" -> Erbil air base)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any, Callable, Iterable

from .matcher import fold

_WINDOW = 40


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(fold(str(w))) for w in words}, key=len, reverse=True))


class SiteFrames:
    """`site_frames: {before: {words: label}, after: {words: label}}` from a language file; label is
    "air base", "base" or "region"; an air-base word on either side wins."""

    def __init__(self, data: dict[str, Any] | None):
        data = data or {}
        self._before = {fold(str(k)): v for k, v in (data.get("before") or {}).items()}
        self._after = {fold(str(k)): v for k, v in (data.get("after") or {}).items()}
        self._before_rx = re.compile(rf"(?<!\w)({_alternation(self._before)}) ?$") if self._before else None
        self._after_rx = re.compile(rf" ({_alternation(self._after)})(?!\w)") if self._after else None

    def label(self, folded: str, s: int, e: int) -> tuple[str | None, int]:
        """The site label of the name at [s, e) and the end of the whole site name (e when none)."""
        labels, end = [], e
        if self._before_rx is not None:
            m = self._before_rx.search(folded, max(0, s - _WINDOW), s)
            if m is not None:
                labels.append(self._before[m.group(1)])
        if self._after_rx is not None:
            m = self._after_rx.match(folded, e, min(len(folded), e + _WINDOW))
            if m is not None:
                labels.append(self._after[m.group(1)])
                end = m.end()
        if not labels:
            return None, e
        return ("air base" if "air base" in labels else labels[0]), end

    @staticmethod
    def site(place, label: str):
        """The site named after a city: same country and coordinates, site precision; a region named after its
        city ("Sumy region", "région de Soumy") is the region."""
        if label == "region":
            return replace(place, precision="admin1")
        return replace(place, name=f"{place.name} {label}", precision="site")


#: A settlement's name after its frame word: up to three capitalised words ("Campo Dos", "El Papayo"), or one Arabic
#: word with the article ("قضاء الطارمية"): an indefinite frame noun in construct state is followed by its name, an
#: adjective would follow the definite noun ("البلدة الحدودية"). Matched in the folded text; capitals are checked in
#: the original.
_NAME = r"([^\W\d_][\w'\-]{1,30}(?: [^\W\d_][\w'\-]{1,30}){0,2})(?![\w'\-])"
_ARABIC_NAME = r"(ال[\u0621-\u064a]{3,20})(?![\u0600-\u06ff])"
#: The name before an apposition ("Rubaya, une cité minière"): its last up to three words.
_NAME_BEFORE = re.compile(r"(?:[^\W\d_][\w'\-]{1,30} ){0,2}[^\W\d_][\w'\-]{2,30}$")
_WORD_OR_STOP = re.compile(r"[^\s,.;:()]+|[,.;:()]")
#: Lexicon words that are no name even when capitalised ("der Stadt Menschen", "the town of Police").
_NOT_NAMES = ("persons", "generic_actors", "combatants", "crowd", "triggers", "killed", "injured", "named_actors",
              "weapons", "countries", "demonyms", "weekdays", "months", "locatives")


def _capitalised(text: str, s: int, e: int, first: bool) -> int:
    """End of the capitalised words of text[s:e] (the first of them, or the last, when `first` is False); s when
    there are none."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[s:e])]
    caps = [w for w in words if text[s + w[0]].isupper()]
    if first:
        end = s
        for w in words:
            if not text[s + w[0]].isupper():
                break
            end = s + w[1]
        return end
    begin = e
    for w in reversed(words):
        if not text[s + w[0]].isupper():
            break
        begin = s + w[0]
    return begin if caps else e


def _occurrences(text: str, words: list[str]):
    """Offsets of every occurrence of the words in the text, word boundaries unchecked (str.find is C-fast)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


class SettlementFrames:
    """`settlement_frames: {nouns: [...], links: [...], articles: [...], adjective_after: bool, regions: [...]}`: "the
    village of X", "der Kleinstadt X", "la cité minière de X", "la vereda X", "قرية X", after the name "X, une cité
    minière", or a name after a locative with its region in apposition: "près de X, dans la région de Tillabéri",
    "in X, in der Provinz Sanmatenga" (a region holds towns: X is one).
    The frame says X is a populated place even when the gazetteer (towns of 15,000 and more) lacks it, so X is a
    place of the country its context names. The frame is evidence the bare name lacks: without it a small unknown
    capitalised word stays no place (the false positives of a small-town gazetteer)."""

    def __init__(self, data: dict[str, Any] | None, arabic: bool = False, within: Iterable[str] = ()):
        data = data or {}
        nouns, links, articles = data.get("nouns") or [], data.get("links") or [], data.get("articles") or []
        regions = data.get("regions") or []
        self._rx: list[re.Pattern] = []
        # where a frame may be: its noun, or the region noun of an apposition
        self._nouns = sorted({fold(str(w)) for w in nouns} | ({fold(str(w)) for w in regions} if within else set()))
        self._links = frozenset(fold(str(w)).rstrip("'") for w in links)
        self._seen: tuple[Any, list[int]] = (None, [])
        self._apposed = None
        if nouns:
            joined = sorted((re.escape(fold(str(w))) + ("" if str(w).endswith("'") else " ") for w in links),
                            key=len, reverse=True)
            link = f"(?:{'|'.join(joined)})?" if joined else ""
            frame = rf"(?<!\w)(?:{_alternation(nouns)}) "
            name = _ARABIC_NAME if arabic else _NAME
            self._rx = [re.compile(frame + link + name)]
            if data.get("adjective_after"):  # "la cité minière de Rubaya": an adjective between noun and name
                self._rx.append(re.compile(frame + r"[^\W\d_]{2,20} " + link + name))
            if regions and within and not arabic:  # "près de Banibangou, dans la région de Tillabéri"
                self._rx.append(re.compile(
                    rf"(?<!\w)(?:{_alternation(within)}) {link}{_NAME}, (?:{_alternation(within)}) "
                    rf"(?:[^\W\d_]{{1,20}}[ ']){{0,3}}(?:{_alternation(regions)})(?!\w)"))
            if articles and not arabic:
                self._apposed = re.compile(rf", (?:{_alternation(articles)}) (?:[^\W\d_]{{2,20}} )?"
                                           rf"(?:{_alternation(nouns)})(?!\w)")
        self._arabic = arabic

    def _placed(self, ix, at: int, end: int) -> bool:
        """Whether the apposition's noun (and an adjective) ends its phrase or leads on to where the place is ("a
        village in eastern Ukraine", "une cité minière du Nord-Kivu"), unlike a compound ("a town councillor")."""
        folded = ix.folded
        words = [(at + m.start(), at + m.end()) for m in _WORD_OR_STOP.finditer(folded[at:min(end, at + 40)])]
        if not words or not folded[words[0][0]].isalnum():
            return True
        for ws, we in words[:2]:
            if folded[ws:we] in self._links or any(m.start == ws for m in ix.find("locatives", ws, we + 30)):
                return True
            if we < len(folded) and we < end and folded[we] in ",.;:)":
                return True
        return len(words) < 2 and at + 40 >= end

    def names(self, text: str, ix, start: int, end: int,
              whole: Callable[[str], bool] | None = None) -> list[tuple[int, int, int]]:
        """(frame offset, name start, name end) of framed names in text[start:end]; the frame offset is the frame
        word's start before the name, the name's end for an apposition. A lexicon word is no name unless frame and
        word are one name `whole` knows ("la ville de Gaza": Gaza City)."""
        if not self._nouns:
            return []
        folded = ix.folded
        if self._seen[0] is not ix:  # once per text: where its frame nouns are
            self._seen = (ix, sorted(_occurrences(folded, self._nouns)))
        at = self._seen[1]
        i = bisect_left(at, start)
        if i == len(at) or at[i] >= end:  # most sentences have none
            return []
        out: list[tuple[int, int, int]] = []
        for rx in self._rx:
            for m in rx.finditer(folded, start, end):
                s, e = m.span(1)
                if not self._arabic:
                    e = _capitalised(text, s, e, True)
                if e - s > 2 and not any(x[1] == s for x in out):  # "El Papayo", but no lone "El"
                    out.append((m.start(), s, e))
        if self._apposed is not None:
            for m in self._apposed.finditer(folded, start, end):
                before = _NAME_BEFORE.search(folded, max(start, m.start() - 60), m.start())
                if before is not None and self._placed(ix, m.end(), end):
                    s = _capitalised(text, before.start(), m.start(), False)
                    if s < m.start():
                        out.append((m.start(), s, m.start()))
        return [x for x in out if self._arabic or not any(ix.first(cat, x[1], x[2]) for cat in _NOT_NAMES)
                or (whole is not None and x[0] < x[1] and whole(folded[x[0]:x[2]]))]
