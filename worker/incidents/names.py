"""Spelling-neutral name keys, so 'al-Nujaba', 'Nujaba'a', 'an-Noujaba' and 'النجباء' compare equal."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")
_ARABIC = {ord(k): v for k, v in json.loads((_DATA / "arabic_letters.json").read_text("utf-8")).items() if len(k) == 1}
_ARTICLES = frozenset(json.loads((_DATA / "articles.json").read_text("utf-8"))["words"])
_GENERIC = frozenset(w.casefold() for lang, words in json.loads((_DATA / "generic_words.json").read_text("utf-8")).items()
                     if not lang.startswith("_") for w in words)
_WORDS = re.compile(r"[\w'.-]+")
_ARABIC_ARTICLE = re.compile(r"^(?:ال|وال|بال)(?=\w{2,})")
_TOKEN = re.compile(r"[^\W_]+")
# Latin spellings of one sound, longest first; then vowels and semivowels are dropped.
_DIGRAPHS = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("sh", "s"),
             ("th", "t"), ("dh", "d"), ("ph", "f"), ("ch", "k"), ("q", "k"), ("c", "k"), ("z", "s"), ("x", "ks"))
_VOWELS = re.compile(r"[aeiouwyj]")
_REPEATS = re.compile(r"(.)\1+")


def _fold(token: str) -> str:
    token = _ARABIC_ARTICLE.sub("", token).translate(_ARABIC)
    return "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Consonant skeleton of a name without articles; '' when nothing is left."""
    tokens = [_fold(t) for t in _TOKEN.findall(name)]
    text = "".join(t for t in tokens if t and t not in _ARTICLES)
    for spelling, sound in _DIGRAPHS:
        text = text.replace(spelling, sound)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", text))


def same_name(a: str, b: str) -> bool:
    """Equal after case folding, or equal skeletons of at least two consonants."""
    if a.casefold() == b.casefold():
        return True
    key = name_key(a)
    return len(key) >= 2 and key == name_key(b)


@lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    """True for descriptions such as 'British vessel' or 'Unidentified armed group' that name no one."""
    return all(w in _GENERIC or w.strip(".-'") in _GENERIC for w in _WORDS.findall(name.casefold()))
