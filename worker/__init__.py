"""wirewatch: news wire articles to structured conflict events, incidents, tallies and alerts."""

__version__ = "0.1.0"
