"""Logging: readable lines in a terminal, one JSON object per line for log shippers."""

from __future__ import annotations

import logging
import logging.config
import sys
from typing import Any

import orjson

from .settings import Settings

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}
TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """One event per line; extra= fields (article_id, incident_id, ...) become top-level keys."""

    def format(self, record: logging.LogRecord) -> str:
        event = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        event.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            event["stack"] = self.formatStack(record.stack_info)
        return orjson.dumps(event, default=str).decode("utf-8")


def use_json(settings: Settings, stream=None) -> bool:
    """json when asked for; auto = json unless the stream is a terminal."""
    if settings.log_format != "auto":
        return settings.log_format == "json"
    stream = stream or sys.stderr
    return not (hasattr(stream, "isatty") and stream.isatty())


def logging_config(settings: Settings) -> dict[str, Any]:
    """A dictConfig for the root logger; also handed to faust's Worker, which reconfigures logging at start."""
    formatter = {"()": JsonFormatter} if use_json(settings) else {"format": TEXT_FORMAT, "datefmt": "%H:%M:%S"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"wirewatch": formatter},
        "handlers": {"wirewatch": {"class": "logging.StreamHandler", "stream": sys.stderr,
                                   "formatter": "wirewatch", "level": settings.log_level}},
        "root": {"level": settings.log_level, "handlers": ["wirewatch"]},
    }


def configure_logging(settings: Settings) -> None:
    logging.config.dictConfig(logging_config(settings))
