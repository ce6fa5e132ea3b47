"""Multilingual event extraction: articles to ACLED-typed events and reported running figures."""

from .extractor import Extractor, default_extractor, extract_article

__all__ = ["Extractor", "default_extractor", "extract_article"]
