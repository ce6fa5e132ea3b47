"""Article deduplication: unique, duplicate or version of an earlier article, over mapping state."""

from .deduplicator import Deduplicator

__all__ = ["Deduplicator"]
