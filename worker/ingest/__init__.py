"""Ingest: raw bytes to a validated, normalized Article, or a dead letter."""

from .prepare import prepare
from .validate import Limits, SourcePosition, validate

__all__ = ["Limits", "SourcePosition", "prepare", "validate"]
