"""Multilingual event extraction: articles to ACLED-typed events and reported running figures."""

from .extractor import Extractor, default_extractor, extract_article

__all__ = ["Extractor", "compiled", "default_extractor", "extract_article"]


def compiled() -> bool:
    """Whether this install runs the mypyc-compiled extractor (built with WIREWATCH_COMPILE=1, see setup.py)."""
    from . import extractor

    return not extractor.__file__.endswith(".py")
