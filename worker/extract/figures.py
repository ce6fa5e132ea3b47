"""Running figures an article reports ("at least 100 attacks since October"): counted, never events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .casualties import Casualties
from .dates import DateMention
from .matcher import TextIndex
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


def find_figure(ix: TextIndex, text: str, start: int, end: int, dates: list[DateMention],
                casualties: Casualties, published: date) -> FigureMention | None:
    """The running figure stated in text[start:end], if the sentence states one."""
    folded = ix.folded
    since = next((d for d in dates if d.since and d.value is not None and published - d.value >= _MIN_SPAN), None)
    total = ix.first("figure_total", start, end)
    if since is None and total is None:
        return None
    attribution = _attribution(ix, text, start, end)
    name, span = attribution if attribution else (None, None)
    units = ix.find("figure_units", start, end)
    for num in find_numbers(ix, start, end):
        if num.vague or num.value < 2 or any(d.start <= num.start < d.end for d in dates):
            continue
        if any(0 <= u.start - num.end <= 24 and len(folded[num.end:u.start].split()) <= 2 for u in units):
            return FigureMention(num, "attacks", since, name, span)
    for fig in casualties.figures:
        if since is not None or fig.number.value >= 50:
            metric = "fatalities" if fig.kind == "killed" else "injuries"
            return FigureMention(fig.number, metric, since, name, span)
    return None


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

    def ev(field_name: str, start: int, end: int) -> Evidence:
        return Evidence.model_construct(field=field_name, source=sentence.source, start=start, end=end,
                        text=sentence.text[start - sentence.start:end - sentence.start])

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
