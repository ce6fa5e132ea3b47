"""The published contract: JSON Schemas of every message and an AsyncAPI 3 document of the topics."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from . import __version__
from .models import (SCHEMA_VERSION, Alert, Article, ArticleBatch, DeadLetter, Event, EventBatch, Extraction, Incident,
                     RawArticle, TallyUpdate)
from .models.contribution import ContributionBatches
from .settings import TopicNames

#: topic role -> (payload model, key description, who writes it, public?)
TOPICS: dict[str, tuple[type[BaseModel], str, str, bool]] = {
    "raw": (RawArticle, "article id", "producers, `wirewatch ingest`", True),
    "deadletter": (DeadLetter, "article id, or the dead-letter id when the id is unreadable", "every stage", True),
    "valid": (ArticleBatch, "dedup key (the language) of the first article; every article in a record has the "
              "record's partition", "validate stage (internal)", False),
    "unique": (Article, "article id", "dedup stage", True),
    "events": (Event, "incident key (country code or sea area)", "extract and incident stages", True),
    "resolve": (EventBatch, "incident key (country code or sea area) of the first event; every event in a record "
                "has the record's partition", "extract stage (internal)", False),
    "incidents": (Incident, "incident id", "incident stage", True),
    "contributions": (ContributionBatches, "constant `tallies`: the tally book is one partition",
                      "incident and extract stages (internal)", False),
    "tallies": (TallyUpdate, "tally id", "tally stage", True),
    "alerts": (Alert, "alert id", "alert stage", True),
}
EXTRA_MODELS: tuple[type[BaseModel], ...] = (Extraction,)


def _file_name(model: type[BaseModel]) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in model.__name__).lstrip("_") + ".schema.json"


def json_schemas() -> dict[str, dict]:
    """File name -> JSON Schema (draft 2020-12) of each message model."""
    out = {}
    for model in {*(spec[0] for spec in TOPICS.values()), *EXTRA_MODELS}:
        schema = model.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://wirewatch.dev/schemas/{SCHEMA_VERSION}/{_file_name(model)}"
        out[_file_name(model)] = schema
    return dict(sorted(out.items()))


def asyncapi() -> dict:
    """AsyncAPI 3.0 document naming each topic, its key and its payload."""
    # The defaults, not the environment: deployments may rename topics via WIREWATCH_TOPIC_*.
    names = {role: field.default for role, field in TopicNames.model_fields.items()}
    models = sorted({spec[0] for spec in TOPICS.values()}, key=lambda m: m.__name__)
    _, definitions = models_json_schema([(m, "serialization") for m in models],
                                        ref_template="#/components/schemas/{model}")
    channels, operations, messages = {}, {}, {}
    for role, (model, key, writer, public) in TOPICS.items():
        channel = _camel(names[role])
        messages[model.__name__] = {
            "name": model.__name__,
            "title": model.__name__,
            "contentType": "application/json",
            "payload": {"$ref": f"#/components/schemas/{model.__name__}"},
            "bindings": {"kafka": {"key": {"type": "string"}, "bindingVersion": "0.5.0"}},
        }
        channels[channel] = {
            "address": names[role],
            "title": names[role],
            "description": f"Key: {key}. Written by {writer}." + ("" if public else " Internal to wirewatch."),
            "messages": {model.__name__: {"$ref": f"#/components/messages/{model.__name__}"}},
            "bindings": {"kafka": {"topic": names[role], "bindingVersion": "0.5.0"}},
        }
        action = "receive" if role == "raw" else "send"
        operations[f"{action}{channel[0].upper()}{channel[1:]}"] = {
            "action": action,
            "channel": {"$ref": f"#/channels/{channel}"},
            "summary": f"wirewatch {'reads' if action == 'receive' else 'writes'} {names[role]}",
            "messages": [{"$ref": f"#/channels/{channel}/messages/{model.__name__}"}],
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "wirewatch",
            "version": __version__,
            "description": f"Message contract {SCHEMA_VERSION}: additive changes only within a major version. "
                           "Consumers must ignore unknown fields and dedupe by id and revision.",
        },
        "defaultContentType": "application/json",
        "servers": {"kafka": {"host": "kafka:9092", "protocol": "kafka", "description": "Apache Kafka (KRaft)"}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": definitions["$defs"]},
    }


def _camel(topic: str) -> str:
    parts = topic.replace("-", ".").split(".")[1:]
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def render() -> dict[str, str]:
    """File name -> exact file content for `schemas/`."""
    files = {name: json.dumps(schema, indent=2, sort_keys=True) + "\n" for name, schema in json_schemas().items()}
    files["asyncapi.json"] = json.dumps(asyncapi(), indent=2, sort_keys=True) + "\n"
    return files


def export(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render().items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def drift(directory: Path) -> list[str]:
    """Names of files in `directory` that differ from (or are missing against) the models."""
    expected = render()
    problems = [name for name, content in expected.items()
                if not (directory / name).is_file() or (directory / name).read_text(encoding="utf-8") != content]
    stale = [p.name for p in directory.glob("*.json") if p.name not in expected] if directory.is_dir() else []
    return sorted(problems + stale)
