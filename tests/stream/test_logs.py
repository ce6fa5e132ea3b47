"""Log output: JSON lines with extra fields when asked (or not on a terminal), readable text otherwise."""

from __future__ import annotations

import io
import json
import logging

from worker.logs import JsonFormatter, logging_config, use_json
from worker.settings import Settings


def record(**extra) -> logging.LogRecord:
    item = logging.LogRecord("worker.stream.agents", logging.WARNING, __file__, 1, "stage %s failed", ("extract",),
                             None)
    item.__dict__.update(extra)
    return item


def test_json_line_has_message_level_and_extra_ids():
    line = JsonFormatter().format(record(article_id="a-1", incident_id="inc_9"))
    event = json.loads(line)
    assert "\n" not in line
    assert event["message"] == "stage extract failed"
    assert event["level"] == "warning" and event["logger"] == "worker.stream.agents"
    assert (event["article_id"], event["incident_id"]) == ("a-1", "inc_9")


def test_exception_stays_on_one_line():
    try:
        raise ValueError("bad\nthing")
    except ValueError:
        import sys

        item = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    line = JsonFormatter().format(item)
    assert "\n" not in line and "ValueError" in json.loads(line)["exception"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_format_choice():
    assert use_json(Settings(log_format="json"), Terminal())
    assert not use_json(Settings(log_format="text"), io.StringIO())
    assert use_json(Settings(log_format="auto"), io.StringIO())
    assert not use_json(Settings(log_format="auto"), Terminal())


def test_logging_config_installs_the_json_formatter():
    config = logging_config(Settings(log_format="json", log_level="WARNING"))
    assert config["formatters"]["wirewatch"] == {"()": JsonFormatter}
    assert config["root"] == {"level": "WARNING", "handlers": ["wirewatch"]}
    assert "()" not in logging_config(Settings(log_format="text"))["formatters"]["wirewatch"]


def test_a_failing_stage_logs_where_and_which_message():
    from types import SimpleNamespace

    from worker.stream.agents import log_fields

    message = SimpleNamespace(topic="wirewatch.articles.unique", partition=2, offset=17, key=b"reuters-1")
    event = json.loads(JsonFormatter().format(record(**log_fields("extract", message))))
    assert (event["stage"], event["offset"], event["message_key"]) == ("extract", 17, "reuters-1")
