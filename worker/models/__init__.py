"""Pydantic models: the single source of truth for every message on every topic."""

from .alert import Alert, AlertSource, Severity
from .article import Article, DedupVerdict, RawArticle
from .batch import ArticleBatch, EventBatch
from .common import SCHEMA_VERSION, Count, Evidence, Location, Message, Qualifier
from .contribution import ContributionBatch, ContributionBatches, TallyContribution
from .deadletter import DeadLetter, DeadLetterReason
from .event import Actor, Event, Extraction, ReportedFigure
from .incident import Incident, IncidentSource
from .tally import ReportedValue, TallyBucket, TallyUpdate, TallyValues, TallyWindow

__all__ = [
    "Actor", "Alert", "AlertSource", "Article", "ArticleBatch", "ContributionBatch", "ContributionBatches", "Count",
    "DeadLetter", "DeadLetterReason", "DedupVerdict", "Event", "EventBatch", "Evidence", "Extraction", "Incident",
    "IncidentSource", "Location", "Message", "Qualifier", "RawArticle", "ReportedFigure", "ReportedValue",
    "SCHEMA_VERSION", "Severity", "TallyBucket", "TallyContribution", "TallyUpdate", "TallyValues", "TallyWindow",
]
