"""Stated quantities in any of the five languages: digits, number words, duals and vague amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from .matcher import TextIndex

#: The first digit comes before the look-behind: a pattern starting with a character class is scanned fast.
_DIGITS = re.compile(r"\d(?<![\w.,]\d)(?:\d{0,2}(?:([.,' ])\d{3})+(?!\d)|\d{0,6}(?:[.,]\d{1,2})?(?!\d))")
#: Compiled once: re.sub/re.split with a pattern string look it up in re's cache on every call.
_NON_DIGIT = re.compile(r"\D")
_DECIMAL_MARK = re.compile(r"[.,]")
#: Numbers beyond this are years, ids or money, not head counts.
MAX_COUNT = 10_000_000
_MAGNITUDES = (100, 1000, 1_000_000)


@dataclass(frozen=True, slots=True, init=False)
class Number:
    value: int
    qualifier: str  # exact | at_least | about | up_to
    start: int
    end: int
    vague: bool = False

    def __init__(self, value: int, qualifier: str, start: int, end: int, vague: bool = False) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "vague", vague)


def _decimal(text: str) -> float:
    """'1,5' / '1.5' -> 1.5 (only used before a scale word: '1,5 Millionen')."""
    return float(text.replace(",", ".")) if text.count(",") + text.count(".") == 1 else float(_NON_DIGIT.sub("", text))


def _digit_value(text: str, sep: str | None, lang: str) -> int | None:
    if sep is not None:
        if sep == "," and lang != "en":  # "2,5" is a decimal outside English
            return int(text.split(",")[0]) if text.count(",") == 1 else None
        return int(_NON_DIGIT.sub("", text))
    whole = _DECIMAL_MARK.split(text, 1)[0]
    return int(whole)


@lru_cache(maxsize=4096)
def _word_value(words: tuple[tuple[str, int], ...], lang: str) -> int:
    """The value of a run of number words; cached, text2num is slow and news repeats its numbers."""
    phrase = " ".join(w for w, _ in words)
    if lang != "ar":
        try:
            return int(text2num(phrase, lang))
        except (ValueError, TypeError):
            pass
    total, current = 0, 0
    for _, value in words:
        if value in _MAGNITUDES:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def _qualifier(ix: TextIndex, start: int, end: int) -> str:
    folded = ix.folded
    before = ix.find("qualifiers", max(0, start - 30), start)
    for q in before[::-1]:  # (not reversed(): mypyc 2.4 fails to compile it over these tuples)
        if not folded[q.end:start].strip():
            return q.value
    after = ix.find("qualifiers_after", end, min(len(folded), end + 25))
    for q in after:
        if not folded[end:q.start].strip(" ,"):
            return q.value
    return "exact"


def _scaled(ix: TextIndex, value: int, start: int, end: int, stop: int) -> tuple[int, int, int, bool]:
    """A run of number words and the scale word right after it: "deux douzaines" 24, "zwei Millionen". One is
    left alone: "une douzaine", "ein Dutzend" are about twelve (vague numbers)."""
    if value > 1:
        scale = ix.find("scale_words", end, min(stop, end + 14))
        if scale and not ix.folded[end:scale[0].start].strip():
            return value * scale[0].value, start, scale[0].end, False
    return value, start, end, False


def find_numbers(ix: TextIndex, start: int, end: int) -> list[Number]:
    """All quantities in folded[start:end], in text order, with their qualifiers."""
    folded, lex = ix.folded, ix.lex
    spans: list[tuple[int, int, int, bool]] = []
    for m in _DIGITS.finditer(folded, start, end):
        value = _digit_value(m.group(), m.group(1), lex.lang)
        if value is None:
            continue
        scale = ix.find("scale_words", m.end(), min(end, m.end() + 14))
        if scale and not folded[m.end():scale[0].start].strip():
            spans.append((int(_decimal(m.group()) * scale[0].value), m.start(), scale[0].end, False))
        else:
            spans.append((value, m.start(), m.end(), False))
    run: list[tuple[str, int]] = []
    run_start = run_end = 0
    for w in ix.find("numbers", start, end) + [None]:
        if w is not None and run and w.start < run_end:
            continue  # inside the longer number word before it: "a" of "a dozen"
        if w is not None and run:
            gap = folded[run_end:w.start].strip()
            if gap == "" or gap in lex.number_joiners:
                run.append((folded[w.start:w.end], w.value))
                run_end = w.end
                continue
        if run:
            spans.append(_scaled(ix, _word_value(tuple(run), lex.lang), run_start, run_end, end))
        if w is not None:
            run, run_start, run_end = [(folded[w.start:w.end], w.value)], w.start, w.end
    for v in ix.find("vague_numbers", start, end):
        spans.append((v.value, v.start, v.end, True))
    for d in ix.find("duals", start, end):  # Arabic duals: the noun alone means two
        spans.append((2, d.start, d.end, False))
    spans.sort(key=lambda s: (s[1], -s[2]))
    out: list[Number] = []
    last_end = -1
    for value, s, e, vague in spans:
        if s < last_end or not 0 <= value <= MAX_COUNT:
            continue
        qual = "at_least" if vague else _qualifier(ix, s, e)
        out.append(Number(int(value), qual, s, e, vague))
        last_end = e
    return out
