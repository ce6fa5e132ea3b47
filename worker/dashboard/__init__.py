"""Live dashboard: a bounded view of the output topics, read-only JSON/SSE endpoints and a static page."""

from .register import register_dashboard

__all__ = ["register_dashboard"]
