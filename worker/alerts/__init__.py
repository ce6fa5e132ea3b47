"""Alerts on incidents and tallies, for downstream services."""

from .engine import AlertEngine
from .rules import DEFAULT_ALERTS_PATH, AlertRule, IncidentRule, SpikeRule, TallyRule, load_rules

__all__ = ["DEFAULT_ALERTS_PATH", "AlertEngine", "AlertRule", "IncidentRule", "SpikeRule", "TallyRule", "load_rules"]
