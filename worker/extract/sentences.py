"""Sentence and clause splitting with character offsets, so every extracted field can cite its span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Work caps: hostile or huge articles are cut, never processed in full.
MAX_CHARS = 40_000
MAX_SENTENCES = 150
MAX_SENTENCE_CHARS = 700

# A boundary match starts only at the start of a run of marks: without the look-behind, a run of 40 000 dots is
# re-scanned from every dot (quadratic). The first mark or line break is matched before any look-behind: a pattern
# that starts with a character class lets the regex engine skip to the next candidate (5x faster).
_MARKS = r".!?\u061f\u06d4"
_BOUNDARY = re.compile(rf"[{_MARKS}\n](?:(?<=[{_MARKS}])(?<![{_MARKS}][{_MARKS}])[{_MARKS}]*[\"'\u201d\u00bb)]{{0,3}}(?=\s)"
                       r"|(?<=\n)\n*)")
#: ", " or " - ": the first character is matched before the look-behinds, so the scan skips to the next candidate.
_CLAUSE = re.compile(r"[,;:\u060c\u061b\s](?:(?<=[,;:\u060c\u061b])\s|(?<=\s)[\u2013\u2014-]\s)")
_PREV_WORD = re.compile(r"([\w.]{1,12})[.]$")


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    index: int
    source: str  # "headline" | "body"
    start: int
    end: int
    text: str
    _clauses: tuple[tuple[int, int], ...] | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(self, index: int, source: str, start: int, end: int, text: str) -> None:
        """Written out so mypyc compiles it: the generated frozen one runs interpreted, 15x slower."""
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_clauses", None)

    def clauses(self) -> tuple[tuple[int, int], ...]:
        """Absolute (start, end) spans of the comma/semicolon separated parts of the sentence (worked out once:
        every event word of the sentence asks)."""
        if self._clauses is not None:
            return self._clauses
        spans, last = [], 0
        for m in _CLAUSE.finditer(self.text):
            if m.start() > last:
                spans.append((self.start + last, self.start + m.start()))
            last = m.end()
        if last < len(self.text):
            spans.append((self.start + last, self.end))
        clauses = tuple(spans)
        object.__setattr__(self, "_clauses", clauses)
        return clauses


def _is_abbreviation(text: str, dot_end: int, abbreviations: frozenset[str]) -> bool:
    m = _PREV_WORD.search(text, max(0, dot_end - 14), dot_end)
    if not m:
        return False
    word = m.group(1)
    nxt = text[dot_end + 1:dot_end + 2]
    return (word.lower() in abbreviations or (word.isdigit() and len(word) <= 2)
            or (len(word) == 1 and word.isalpha()) or nxt.islower())


def split(text: str, source: str, first_index: int = 0, abbreviations: frozenset[str] = frozenset(),
          limit: int = MAX_SENTENCES) -> list[Sentence]:
    """Split text into sentences; abbreviations ('Dr.', '3.', 'U.S.') and ordinals do not end one."""
    text = text[:MAX_CHARS]
    out: list[Sentence] = []
    start = 0

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE_CHARS and len(out) < limit:
            cut = text.rfind(" ", s, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + MAX_SENTENCE_CHARS
            out.append(Sentence(first_index + len(out), source, s, cut, text[s:cut]))
            s = cut + 1 if cut < e and text[cut] == " " else cut
        if e > s and len(out) < limit:
            out.append(Sentence(first_index + len(out), source, s, e, text[s:e]))

    for m in _BOUNDARY.finditer(text):
        if len(out) >= limit:
            break
        if m.group()[0] == "." and _is_abbreviation(text, m.start() + 1, abbreviations):
            continue
        emit(start, m.end())
        start = m.end()
    if start < len(text) and len(out) < limit:
        emit(start, len(text))
    return out
