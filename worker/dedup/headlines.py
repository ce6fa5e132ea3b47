"""Wire headlines: update markers ("UPDATE 1-", "EILMELDUNG:") and figure-insensitive similarity."""

from __future__ import annotations

import re

from .fingerprint import words

# Leading markers wires put on later takes of one story, in the languages we ingest.
_MARKER = re.compile(
    r"^\s*(?:(?:update|updated|corrected|correction|refile|rpt|repeat|wrapup|wrap|flash|urgent|breaking(?: news)?|"
    r"aktualisiert|aktualisierung|eilmeldung|korrektur|mise à jour|actualisé|actualización|"
    r"actualizado|última hora|عاجل|تحديث|محدث)\s*\d*\s*[-:–—|/]+\s*)+",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


def has_update_marker(headline: str) -> bool:
    return bool(_MARKER.match(headline))


def headline_tokens(headline: str) -> str:
    """Marker-free, case-folded words with every number masked, so '3 killed' and '5 killed' agree."""
    return " ".join(_DIGITS.sub("#", w) for w in words(_MARKER.sub("", headline)))


def headline_similarity(a: str, b: str) -> float:
    """Jaccard similarity of two `headline_tokens` strings."""
    left, right = set(a.split()), set(b.split())
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
