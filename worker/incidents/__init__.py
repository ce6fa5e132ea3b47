"""Incident resolution: merge event reports from many articles and languages into revisioned incidents."""

from .resolver import IncidentResolver, Resolution

__all__ = ["IncidentResolver", "Resolution"]
