"""Language identification for the five supported languages, with reject languages so others stay 'und'."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "en", "fr", "es", "ar")
UNDETERMINED = "und"


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    supported = [Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ARABIC]
    # Reject languages keep Italian, Portuguese, Dutch, Persian, Turkish... from being forced into one of ours.
    reject = [Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.PERSIAN, Language.TURKISH,
              Language.RUSSIAN, Language.UKRAINIAN, Language.HEBREW, Language.URDU, Language.POLISH]
    return LanguageDetectorBuilder.from_languages(*supported, *reject).with_low_accuracy_mode() \
        .with_preloaded_language_models().build()


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of the text; the declared language wins when detection has too little text."""
    declared = (declared or "").strip().lower()[:2] or None
    sample = text[:2000]
    if len(sample.strip()) < 20:
        return declared or UNDETERMINED
    language = _detector().detect_language_of(sample)
    if language is None:
        return declared or UNDETERMINED
    return language.iso_code_639_1.name.lower()
