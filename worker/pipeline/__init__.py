"""The functional core composed: stage steps shared by the stream agents and the batch runner."""

from .stages import Stages

__all__ = ["Stages"]
