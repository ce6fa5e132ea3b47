"""Text normalization: one canonical form per article so copies hash alike and offsets stay stable."""

from __future__ import annotations

import re
import unicodedata

import xxhash

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
# Arabic short vowels, shadda, sukun, superscript alef and tatweel: optional in news text, so spellings vary.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
           "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u00b4": "'", "`": "'"}
#: str.translate looks every character up in a dict: one regex removal and a few replaces are ~10x faster.
_DROP = re.compile("[" + "".join(re.escape(chr(c)) for c in (*_INVISIBLE, *_ARABIC_MARKS)) + "]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# Whole lines that syndication adds and that say nothing about the story.
_BOILERPLATE = re.compile(
    r"^(?:advertisement|anzeige|werbung|publicité|publicidad|إعلان|"
    r"(?:photo|foto|bild|image|picture)(?: credit)?\s*:.{0,120}|"
    r"\((?:reporting|writing|editing|additional reporting) by .{0,200}\)|"
    r"(?:reporting|writing|editing|additional reporting) by .{0,200}|"
    r"(?:read more|lesen sie auch|lire aussi|lea también|leer más|اقرأ أيضا)\s*:?.{0,200}|"
    r"(?:share|teilen|partager|compartir)(?: this)?(?: article)?|"
    r"(?:by|von|par|por) [A-Z\u00C0-\u024F][\w.\-' ]{1,60}(?:,| and | und | et | y )?[\w.\-' ]{0,60}|"
    r"copyright .{0,120}|© .{0,120})$",
    re.IGNORECASE,
)


def normalize_text(text: str) -> str:
    """NFC, no invisible characters, plain quotes, single spaces, paragraphs kept, boilerplate lines dropped."""
    text = _characters(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept = [line for line in lines if not (line and len(line) <= 260 and _BOILERPLATE.match(line))]
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def _characters(text: str) -> str:
    """NFC without invisible characters and Arabic marks, plain quotes."""
    text = _DROP.sub("", unicodedata.normalize("NFC", text))
    for old, new in _QUOTES.items():
        if old in text:
            text = text.replace(old, new)
    return text


def content_hash(body: str) -> str:
    """Exact-duplicate fingerprint: case and punctuation-spacing insensitive hash of the normalized body."""
    folded = re.sub(r"\s+", " ", body.casefold()).strip()
    return xxhash.xxh3_64_hexdigest(folded.encode("utf-8"))
