"""Date expressions resolved against the article date, news convention (a bare weekday is the latest one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .matcher import TextIndex, fold
from .name_frames import _alternation
from .numbers import find_numbers

_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th|º)?(?: de)? ?$")
_DAY_AFTER = re.compile(r"^\.? ?(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
#: The year after a month, past its twin name when two calendars are given ("أكتوبر/تشرين الأول 2023").
_YEAR_AFTER = re.compile(r"^(?:/[^\W\d_]{2,10}(?: [^\W\d_]{2,6})?)?,? (?:de |del )?((?:19|20)\d{2})(?!\d)")
#: What may stand between a month and the year period that places it ("August of last year", "août de l'année
#: dernière", "agosto del año pasado", "August des vergangenen Jahres", "أغسطس/آب من العام الماضي"): up to two short
#: link words (the Arabic month's Syriac twin among them).
_YEAR_LINK = re.compile(r"[ ,/]{0,3}(?:[^\W\d_]{1,4}[ ,/]{1,3}){0,2}")
#: The first digit comes before its look-behind: a pattern that starts with literals lets the regex engine skip to
#: the next "1" or "2" instead of trying every position.
_YEAR = re.compile(r"((?:1(?<![\w.,:/-]1)9|2(?<![\w.,:/-]2)0)\d{2})(?![\w.,:/-]?\d)")


@dataclass(frozen=True, slots=True, init=False)
class DateMention:
    value: date | None
    precision: str  # day | week | month | unknown
    start: int
    end: int
    since: bool = False  # introduced by "since"/"seit": the start of a running count
    past: bool = False  # clearly before the article's news day
    same_day: bool = False  # "that same night": the day of the event told before it, set by `carry_same_days`

    def __init__(self, value: date | None, precision: str, start: int, end: int, since: bool = False,
                 past: bool = False, same_day: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "since", since)
        object.__setattr__(self, "past", past)
        object.__setattr__(self, "same_day", same_day)


def _arabic_ordinals() -> dict[str, int]:
    """Folded Arabic ordinal day words, 1 to 31 ("السابع" 7, "الحادي والعشرين" 21)."""
    units = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    out = {word: n for n, word in enumerate(units, 1)}
    out["العاشر"] = 10
    teens = ["الحادي", *units[1:]]
    out.update({f"{word} عشر": n for n, word in enumerate(teens, 11)})
    for tens, base in (("العشرين", 20), ("الثلاثين", 30)):
        out[tens] = base
        out.update({f"{word} و{tens}": base + n for n, word in enumerate(teens, 1) if base + n <= 31})
    return out


AR_ORDINALS = _arabic_ordinals()
#: An ordinal day before "من" and the month ("السابع من أكتوبر"); the longest alternatives first.
_AR_ORDINAL_DAY = re.compile(
    rf"(?<!\w)({'|'.join(sorted(map(re.escape, AR_ORDINALS), key=len, reverse=True))}) من $")


def _month_back(ref: date, months: int) -> date:
    y, m = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    return date(y, m + 1, 1)


def _latest_month(ref: date, month: int) -> date:
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _explicit(ix: TextIndex, text: str, m, ref: date) -> DateMention | None:
    """A month name, with the day and year around it when stated."""
    folded, lex = ix.folded, ix.lex
    if lex.lang in ("en", "de") and not text[m.start].isupper():
        return None  # "may", "march" as verbs
    month, short = m.value
    start, end, day = m.start, m.end, None
    before = _DAY_BEFORE.search(folded, max(0, m.start - 8), m.start)
    after = _DAY_AFTER.search(folded[m.end:m.end + 6])
    if before and folded[m.start - 1:m.start] == " ":
        day, start = int(before.group(1)), before.start()
    elif after:
        day, end = int(after.group(1)), m.end + after.end()
    elif lex.lang == "ar" and (ordinal := _AR_ORDINAL_DAY.search(folded, max(0, m.start - 32), m.start)):
        day, start = AR_ORDINALS[ordinal.group(1)], ordinal.start(1)  # "في السابع من أكتوبر": the 7th
    year_m = _YEAR_AFTER.search(folded[end:end + 12])
    if day is None and short:
        return None  # "Jan said", "Dec." alone
    said = None
    if year_m:
        said, end = int(year_m.group(1)), end + year_m.end()
    else:
        period = _year_period(ix, end)
        if period is not None:
            said, end = ref.year + period[0], period[1]
    if day is not None:
        value = _safe_date(said or ref.year, month, day)
        if value is not None and said is None and value > ref + timedelta(days=1):
            value = _safe_date(ref.year - 1, month, day)
        if value is not None:
            return DateMention(value, "day", start, end, past=value < ref - timedelta(days=3))
    if said is not None:
        value = date(said, month, 1)
    elif _last_month_word(ix, start, end):
        value = _latest_month(ref - timedelta(days=ref.day), month)
    else:
        value = _latest_month(ref, month)
    same = (value.year, value.month) == (ref.year, ref.month)
    return DateMention(value, "month", start, end, past=not same)


def _year_period(ix: TextIndex, at: int) -> tuple[int, int] | None:
    """The year offset and end of a year period right after a month ("August last year": -1)."""
    for p in ix.find("periods", at, at + 40):
        unit, offset = p.value
        if unit == "year" and _YEAR_LINK.fullmatch(ix.folded, at, p.start):
            return int(offset), p.end
    return None


def _last_month_word(ix: TextIndex, start: int, end: int) -> bool:
    """"last August", "août dernier", "agosto pasado", "vergangenen August", "أغسطس الماضي": the latest such month
    before the current one (in August, "last August" is a year ago)."""
    words = _month_last(ix.lex)
    return bool(words[0].search(ix.folded, max(0, start - 16), start) or words[1].match(ix.folded, end))


def find_dates(ix: TextIndex, text: str, start: int, end: int, ref: date) -> list[DateMention]:
    """Date mentions in text[start:end]; `text` is the original, for capitalisation. The dateline's date is
    when the report was filed: no event date."""
    start = max(start, ix.places_from)
    out: list[DateMention] = []
    lead = _weekday_lead(ix.lex)
    weekdays = ix.find("weekdays", start, end)
    for m in weekdays:
        led = lead.search(ix.folded, max(start, m.start - 16), m.start) if lead is not None else None
        out.append(DateMention(ref - timedelta(days=(ref.weekday() - m.value) % 7), "day",
                               led.start(1) if led else m.start, m.end))
    for m in ix.find("relative_days", start, end):
        if not int(m.value) and any(0 < w.start - m.end <= 4 and ix.folded[m.end:w.start].count(" ") <= 2
                                    for w in weekdays):
            continue  # "ليل الثلاثاء", "dans la nuit de lundi": the time of the named day, not of today
        out.append(DateMention(ref + timedelta(days=int(m.value)), "day", m.start, m.end, past=int(m.value) < -2))
    for m in ix.find("same_day", start, end):
        out.append(DateMention(None, "unknown", m.start, m.end, same_day=True))
    for m in ix.find("periods", start, end):
        unit, offset = m.value
        if unit == "month":
            out.append(DateMention(_month_back(ref, -int(offset)), "month", m.start, m.end, past=int(offset) < 0))
        elif unit == "week":
            out.append(DateMention(ref + timedelta(weeks=int(offset)), "week", m.start, m.end, past=int(offset) < 0))
        else:
            out.append(DateMention(None, "unknown", m.start, m.end, past=int(offset) < 0))
    for m in ix.find("days_ago", start, end):
        nums = find_numbers(ix, m.start, m.end)
        if nums:
            days = nums[0].value
            out.append(DateMention(ref - timedelta(days=days), "day", m.start, m.end, past=days > 2))
    for m in ix.find("months", start, end):
        found = _explicit(ix, text, m, ref)
        if found is not None:
            out.append(found)
    out += _past_years(ix, start, end, ref)
    out.sort(key=lambda d: (d.start, -d.end))
    kept: list[DateMention] = []
    for d in out:  # drop a weekday inside "Donnerstag, 4. Januar" style overlaps
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    sinces = ix.find("since", start, end)
    marked = [_mark_since(d, sinces) for d in kept]
    return [d for d in marked if not (d.since and d.precision == "unknown" and d.value)]  # "deadliest since 2014"


@lru_cache(maxsize=None)
def _weekday_lead(lex) -> re.Pattern | None:
    """Words that belong to a weekday before it ("este miércoles", "this Tuesday"): part of the date's span, so
    "informó este miércoles" reads as when it was said."""
    words = (lex.data.get("dates") or {}).get("weekday_lead") or ()
    if not words:
        return None
    alternation = "|".join(sorted((re.escape(fold(str(w))) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternation}) $")


@lru_cache(maxsize=None)
def _month_last(lex) -> tuple[re.Pattern, re.Pattern]:
    """Words before and after a month that make it the latest earlier one (`dates: month_last: {before, after}`);
    the Arabic month may carry its Syriac twin ("أغسطس/آب الماضي")."""
    spec = (lex.data.get("dates") or {}).get("month_last") or {}
    before = _alternation(spec["before"]) if spec.get("before") else "(?!)"
    after = _alternation(spec["after"]) if spec.get("after") else "(?!)"
    return re.compile(rf"(?<!\w)(?:{before}) $"), re.compile(rf"(?:/[^\W\d_]{{1,8}})? (?:{after})(?!\w)")


def _past_years(ix: TextIndex, start: int, end: int, ref: date) -> list[DateMention]:
    """A bare earlier year ("the 2015 attack", "Anschlag von 2016", "هجوم عام 2015"): a past event, its day
    unknown (the model has no year precision). A year inside a month date is dropped as an overlap by the caller;
    a year after "since" dates nothing (a comparison or the start of a count)."""
    out = []
    for m in _YEAR.finditer(ix.folded, start, end):
        year = int(m.group(1))
        if ref.year - 100 < year < ref.year and not _counts_someone(ix, m.end()):
            out.append(DateMention(date(year, 1, 1), "unknown", m.start(), m.end(), past=True))
    return out


def _counts_someone(ix: TextIndex, at: int) -> bool:
    """"2015 people", "1990 Tote": a number before a counted noun is a head count."""
    return any(len(ix.folded[at:w.start].split()) <= 1 and (cat == "persons" or w.value == "noun")
               for cat in ("persons", "killed", "injured") for w in ix.find(cat, at, at + 24))


def _mark_since(d: DateMention, sinces) -> DateMention:
    for s in sinces:
        if 0 <= d.start - s.end <= 90:
            return DateMention(d.value, d.precision, d.start, d.end, since=True, past=True)
    return d
