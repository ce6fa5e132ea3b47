"""Running figures an article reports ("at least 100 attacks since October"): counted, never events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .casualties import Casualties
from .dates import AR_ORDINALS, DateMention, find_dates
from .event_types import agreements, same_clause
from .matcher import Match, TextIndex, fold
from .numbers import Number, find_numbers

_ATTRIBUTION_TAIL = re.compile(r"^(?:(?:the|der|die|dem|des|le|la|les|l'|el|los|las|del|al)\s)?([^\W\d_][\w.'-]{1,30}(?:\s[^\W\d_][\w.'-]{1,30}){0,3})")
#: Running counts start well before the article: "since Thursday" is an event's own timeline.
_MIN_SPAN = timedelta(days=6)


@dataclass(frozen=True, slots=True, init=False)
class FigureMention:
    number: Number
    metric: str  # attacks | fatalities | injuries
    since: DateMention | None
    attribution: str | None
    attribution_span: tuple[int, int] | None

    def __init__(self, number: Number, metric: str, since: DateMention | None, attribution: str | None,
                 attribution_span: tuple[int, int] | None) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "metric", metric)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "attribution", attribution)
        object.__setattr__(self, "attribution_span", attribution_span)


def _attribution(ix: TextIndex, text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    for cue in ix.find("attribution", start, end):
        m = _ATTRIBUTION_TAIL.match(text[cue.end:min(end, cue.end + 80)].lstrip())
        if m and m.group(1)[0].isupper():
            offset = cue.end + (len(text[cue.end:]) - len(text[cue.end:].lstrip())) + m.start(1)
            words = m.group(1).split()
            while words and not words[-1][0].isupper():
                words.pop()
            name = " ".join(words)
            if name:
                return name, (offset, offset + len(name))
    return None


@lru_cache(maxsize=64)
def _phrases(words: tuple[str, ...]) -> re.Pattern | None:
    """One whole-word regex for a lexicon list of phrases (folded)."""
    if not words:
        return None
    body = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _first_phrase(ix: TextIndex, key: str, start: int, end: int) -> re.Match | None:
    rx = _phrases(tuple(ix.lex.data.get("figures", {}).get(key, ())))
    return rx.search(ix.folded, start, end) if rx is not None else None


#: A year this close after "since" ("since 2009", "منذ عام 2009") starts a running count.
_SINCE_YEAR = re.compile(r"\s?(?:\S{1,4}\s)?((?:19|20)\d{2})(?!\d)")
#: A war's start date this close to its onset verb ("que estalló en abril de 2023", "im April 2023 ausbrach").
_ONSET_REACH = 24


def _since_year(ix: TextIndex, start: int, end: int, published: date) -> DateMention | None:
    """"since 2009", "seit 2015", "desde 2006": a bare year starts a count, unless the sentence compares ("the
    deadliest attack since 2014")."""
    for m in ix.find("since", start, end):
        y = _SINCE_YEAR.match(ix.folded, m.end, min(end, m.end + 12))
        if y is not None and int(y.group(1)) < published.year and _first_phrase(ix, "record", start, end) is None:
            return DateMention(date(int(y.group(1)), 1, 1), "unknown", m.start, m.end + y.end(1) - y.start(),
                               since=True, past=True)
    return None


def onset(ix: TextIndex, dates: list[DateMention], start: int, end: int) -> DateMention | None:
    """The start date of a war or campaign given beside its onset verb: "la guerra, que estalló en abril de 2023,
    ha causado más de 12.000 muertos" counts from April 2023."""
    found = _first_phrase(ix, "onset", start, end)
    if found is None:
        return None
    return next((DateMention(d.value, d.precision, d.start, d.end, since=True, past=True) for d in dates
                 if d.past and d.value is not None and (0 <= d.start - found.end() <= _ONSET_REACH
                                                        or 0 <= found.start() - d.end <= _ONSET_REACH)), None)


#: How far back "since then" looks for the date it refers to (the sentence before).
_SINCE_THEN_BACK = 240


def _since_then(ix: TextIndex, text: str, start: int, end: int, published: date) -> DateMention | None:
    """"Seitdem wurden mehr als 260 Zivilisten getötet" after "belagern die Stadt seit Mai": the count runs from the
    latest start date stated just before."""
    if _first_phrase(ix, "since_then", start, end) is None:
        return None
    before = find_dates(ix, text, max(0, start - _SINCE_THEN_BACK), start, published)
    return next((d for d in reversed(before) if d.since and d.value is not None), None)


def year_to_date(ix: TextIndex, start: int, end: int, published: date) -> DateMention | None:
    """"so far this year", "en lo que va de año": a count since 1 January of the article's year."""
    found = _first_phrase(ix, "year_to_date", start, end)
    if found is None:
        return None
    return DateMention(date(published.year, 1, 1), "month", found.start(), found.end(), since=True, past=True)


#: An ordinal before an attack word: "the 15th attack", "la 15e attaque", "der 15. Angriff", "el 15.º ataque".
_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})(?:st|nd|rd|th|e|eme|ème|er|\.º|\.|º|°)(?= )")
#: A number after the attack word: "el ataque número 15", "l'attaque n° 15".
_NUMBER_AFTER = re.compile(r" (?:numero|número|n°|nº|no\.|nr\.) ?(\d{1,4})(?!\d)")
#: Words between an ordinal and its attack word ("the 15th such attack", "der 15. schwere Angriff").
_ORDINAL_GAP = 1


def _ordinal_count(ix: TextIndex, start: int, end: int) -> Number | None:
    """The count an ordinal attack gives ("It was the 15th attack on US forces since January": 15 attacks)."""
    triggers = ix.find("triggers", start, end)
    if not triggers:
        return None
    folded = ix.folded
    words, values = _ordinal_words(tuple(ix.lex.data.get("figures", {}).get("ordinals", {}).items()))
    for rx in (_ORDINAL, words):
        for m in rx.finditer(folded, start, end) if rx is not None else ():
            if any(0 < t.start - m.end() <= 24 and len(folded[m.end():t.start].split()) <= _ORDINAL_GAP
                   for t in triggers):
                ordinal = m.group(1)
                return Number(values[ordinal] if rx is words else int(ordinal), "exact", m.start(1), m.end(1))
    for t in triggers:
        after = _NUMBER_AFTER.match(folded, t.end, end)
        if after is not None:
            return Number(int(after.group(1)), "exact", after.start(1), after.end(1))
        word = next((w for w in _AR_ORDINAL_WORDS if folded.startswith(" " + w, t.end)), None)  # "الهجوم الخامس عشر"
        if word is not None and not folded[t.end + 1 + len(word):t.end + 2 + len(word)].strip():
            return Number(AR_ORDINALS[word], "exact", t.end + 1, t.end + 1 + len(word))
    return None


_AR_ORDINAL_WORDS = sorted(AR_ORDINALS, key=len, reverse=True)


@lru_cache(maxsize=8)
def _ordinal_words(ordinals: tuple[tuple[str, int], ...]) -> tuple[re.Pattern | None, dict[str, int]]:
    """A language's ordinal words ("fifteenth", "fünfzehnten", "decimoquinto"), folded, and their values."""
    values = {fold(word): value for word, value in ordinals}
    if not values:
        return None, values
    body = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({body})(?= )"), values


def find_figure(ix: TextIndex, text: str, start: int, end: int, dates: list[DateMention],
                casualties: Casualties, published: date) -> FigureMention | None:
    """The running figure stated in text[start:end], if the sentence states one."""
    folded = ix.folded
    since = next((d for d in dates if d.since and d.value is not None and published - d.value >= _MIN_SPAN
                  and not _dates_agreement(ix, d.start)), None) \
        or year_to_date(ix, start, end, published) or _since_year(ix, start, end, published) \
        or onset(ix, dates, start, end) or _since_then(ix, text, start, end, published)
    if since is not None and published - since.value < _MIN_SPAN:  # type: ignore[operator]  # values set above
        since = None
    agreed = _since_agreement(ix, start, end)
    total = ix.first("figure_total", start, end) or agreed
    if since is None and total is None:
        return None
    if since is None and agreed is not None:
        since = _agreement_date(ix, text, start, published)
    attribution = _attribution(ix, text, start, end)
    name, span = attribution if attribution else (None, None)
    units = ix.find("figure_units", start, end)
    for num in find_numbers(ix, start, end):
        if num.vague or num.value < 2 or any(d.start <= num.start < d.end for d in dates):
            continue
        if any(0 <= u.start - num.end <= 24 and len(folded[num.end:u.start].split()) <= 2 for u in units):
            return FigureMention(num, "attacks", since, name, span)
    ordinal = _ordinal_count(ix, start, end) if since is not None else None
    if ordinal is not None:
        return FigureMention(ordinal, "attacks", since, name, span)
    for fig in casualties.figures:
        if since is not None and since.start <= fig.number.start < since.end:
            continue  # "seit 2011 mehr als 35.000 Menschen": the year is the start, not a count
        if since is not None or fig.number.value >= 50:
            metric = "fatalities" if fig.kind == "killed" else "injuries"
            return FigureMention(fig.number, metric, since, name, span)
    return None


def _dates_agreement(ix: TextIndex, at: int) -> bool:
    """"despite the ceasefire in place since November 2024", "trotz der seit November 2024 geltenden Waffenruhe":
    the date is the agreement's, no count starts there."""
    return any(same_clause(ix.folded[t.end:at] if t.end <= at else ix.folded[at:t.start])
               for t in agreements(ix, max(0, at - _SINCE_AGREEMENT_REACH), at + _SINCE_AGREEMENT_REACH))


def _since_agreement(ix: TextIndex, start: int, end: int) -> Match | None:
    """"killed 300 people since the ceasefire took effect": a count from an agreement, whose date the sentence
    need not give, is a running figure."""
    return next((m for m in ix.find("since", start, end)
                 if any(same_clause(ix.folded[m.end:t.start])
                        for t in agreements(ix, m.end, min(end, m.end + _SINCE_AGREEMENT_REACH)))), None)


def _agreement_date(ix: TextIndex, text: str, before: int, published: date) -> DateMention | None:
    """"killed 300 people since the ceasefire took effect" after "the truce agreed in November 2024": the count
    starts on the date an earlier sentence gave the agreement (the latest one dated). Only earlier sentences: in
    the figure's own, the date may be the agreement's in passing ("trotz der seit November 2024 geltenden
    Waffenruhe")."""
    words = agreements(ix, 0, before)
    for word in words[::-1]:
        low, high = max(0, word.start - _SINCE_AGREEMENT_REACH), min(before, word.end + _SINCE_AGREEMENT_REACH)
        best: DateMention | None = None
        for found in find_dates(ix, text, low, high, published):
            value = found.value
            if value is None or published - value < _MIN_SPAN:
                continue
            between = ix.folded[found.end:word.start] if found.end <= word.start else ix.folded[word.end:found.start]
            if same_clause(between) and (best is None or abs(found.start - word.start) < abs(best.start - word.start)):
                best = found
        if best is not None:
            return best
    return None


#: How far after "since" ("desde la entrada en vigor del alto el fuego") the agreement word may come.
_SINCE_AGREEMENT_REACH = 40


#: Who running counts of attacks are usually about; armed groups named in passing are the attackers.
_TARGET_KINDS = ("us_military", "state_forces", "vessel", "civilians")
_SUBJECT_TARGETS = {"us_military": "US forces", "state_forces": "security forces", "civilians": "civilians",
                    "vessel": "ships", "militia": "militias", "rebels": "rebels"}


def build_figure(article, sentence, fig: FigureMention, places, actors, published: date):
    """The ReportedFigure model for a figure sentence (places/actors found in the same sentence)."""
    from worker.ids import stable_id
    from worker.models import Evidence, ReportedFigure

    countries: list[str] = []
    located = [p for p in places if p.located]
    for p in located or places:
        code = p.place.name if p.place.precision == "sea" else p.place.country
        if code and code not in countries:
            countries.append(code)
    kinds = [a.kind for a in actors if a.kind != "other" and (fig.attribution is None or a.name not in fig.attribution)]
    targets = [k for k in kinds if k in _TARGET_KINDS]
    kinds = list(dict.fromkeys(targets or kinds))
    noun = {"attacks": "attacks", "fatalities": "people killed", "injuries": "people injured"}[fig.metric]
    subject = f"{noun} on {_SUBJECT_TARGETS.get(kinds[0], kinds[0])}" if kinds and fig.metric == "attacks" else noun

    field_text = article.headline if sentence.source == "headline" else article.body

    def ev(field_name: str, start: int, end: int) -> Evidence:  # the start date may be an earlier sentence's
        return Evidence.model_construct(field=field_name, source=sentence.source, start=start, end=end,
                                        text=field_text[start:end])

    evidence = [ev("value", fig.number.start, fig.number.end)]
    if fig.since is not None:
        evidence.append(ev("since", fig.since.start, fig.since.end))
    if fig.attribution_span is not None:
        evidence.append(ev("attribution", *fig.attribution_span))
    return ReportedFigure(
        figure_id=stable_id("fig", article.article_id, sentence.source, sentence.index, fig.metric, fig.number.value),
        article_id=article.article_id, source=article.source, published_at=article.published_at,
        value=fig.number.value, qualifier=fig.number.qualifier, metric=fig.metric,  # type: ignore[arg-type]  # validated
        subject=subject,
        target_kinds=kinds, countries=countries, since=fig.since.value if fig.since else None, as_of=published,
        attribution=fig.attribution, evidence=evidence,
    )
