"""schemas/ is generated from the models: this fails when someone changes a model and forgets to regenerate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from worker.contract import TOPICS, asyncapi, drift, json_schemas
from worker.settings import TopicNames

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_schemas_match_the_models():
    stale = drift(SCHEMAS)
    assert not stale, f"schemas/ is out of date for {stale}: run `wirewatch schemas export`"


def test_asyncapi_names_every_topic_the_worker_uses():
    addresses = {channel["address"] for channel in asyncapi()["channels"].values()}
    assert addresses == set(TopicNames().model_dump().values())
    assert set(TOPICS) == set(TopicNames.model_fields)


def test_every_schema_is_valid_json_schema():
    for name, schema in json_schemas().items():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_asyncapi_references_resolve():
    document = asyncapi()
    text = json.dumps(document)
    for schema_name in document["components"]["schemas"]:
        assert f"#/components/schemas/{schema_name}" in text or schema_name in text
    for channel in document["channels"].values():
        for message in channel["messages"].values():
            name = message["$ref"].rsplit("/", 1)[-1]
            assert name in document["components"]["messages"]
