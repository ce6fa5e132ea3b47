"""The whole pipeline on the real broker and the real worker process."""

from __future__ import annotations

import json

import pytest

from worker.models import DeadLetterReason
from worker.models.revisions import latest_revisions
from worker.pipeline.batch import BatchRunner
from worker.settings import Settings

from .harness import isolated_env, stream_through
from .samples import message, sample_lines

pytestmark = pytest.mark.integration

SEED = "reuters-de-2024-01-04-baghdad"
SYNDICATED_COPY = "nachrichten-ost-2024-01-04-bagdad"
ENGLISH = "levant-wire-en-2024-01-04-baghdad"


def test_seed_twice_and_a_translation_make_one_incident(broker, unique_name):
    out = stream_through(broker, isolated_env(unique_name),
                         [message(SEED), message(SEED), message(SYNDICATED_COPY), message(ENGLISH)])

    unique_by_language = {}
    for article in out["unique"]:
        if article.dedup.status == "unique":
            unique_by_language.setdefault(article.language, set()).add(article.article_id)
    # Partitions may deliver the copy before the original: whichever came first is the unique one.
    assert unique_by_language["en"] == {ENGLISH}
    assert len(unique_by_language["de"]) == 1 and unique_by_language["de"] <= {SEED, SYNDICATED_COPY}
    german_original = next(iter(unique_by_language["de"]))
    copies = {a.article_id: a.dedup for a in out["unique"] if a.article_id != german_original and a.language == "de"}
    assert len(copies) == 1 and next(iter(copies.values())).status == "duplicate"
    assert next(iter(copies.values())).of == german_original

    incidents = [i for i in latest_revisions(out["incidents"], "incident_id").values() if i.status == "active"]
    assert len(incidents) == 1, [i.summary for i in incidents]
    incident = incidents[0]
    assert {s.article_id for s in incident.sources} == {german_original, ENGLISH}
    assert incident.location.country_code == "IQ"

    tallies = latest_revisions(out["tallies"], "tally_id")
    assert tallies["all-incidents-7d"].values.incidents == 1

    alerts = latest_revisions(out["alerts"], "alert_id")
    assert alerts, "no alert for a deadly drone strike"
    assert {a.incident.incident_id for a in alerts.values()} == {incident.incident_id}
    rules = [a.rule_id for a in alerts.values()]
    assert len(rules) == len(set(rules)), "one alert per rule and incident"
    assert not out["deadletter"]


POISON = [
    b"",
    b"\xff\xfe\x00garbage",
    b"{this is not json",
    b"[1, 2, 3]",
    json.dumps({"id": "no-body", "source": "X", "published_at": "2024-01-04T10:00:00Z"}).encode(),
    json.dumps({"id": "empty-body", "source": "X", "published_at": "2024-01-04T10:00:00Z", "body": "  "}).encode(),
    json.dumps({"id": "huge", "source": "X", "published_at": "2024-01-04T10:00:00Z", "body": "x" * 1_100_000}).encode(),
]


def test_poison_messages_go_to_dead_letters_and_good_ones_are_processed(broker, unique_name):
    good = list(sample_lines().items())
    messages = []
    for index, (article_id, line) in enumerate(good):
        messages.append((article_id.encode(), line))
        if index < len(POISON):
            messages.append((None, POISON[index]))
    out = stream_through(broker, isolated_env(unique_name), messages)

    processed = {a.article_id for a in out["unique"]}
    assert processed == set(sample_lines())
    reasons = sorted(d.reason for d in out["deadletter"])
    assert len(out["deadletter"]) == len(POISON)
    assert set(reasons) >= {DeadLetterReason.empty_body, DeadLetterReason.not_utf8, DeadLetterReason.malformed_json,
                            DeadLetterReason.not_an_object, DeadLetterReason.schema_violation,
                            DeadLetterReason.oversize}
    import base64
    assert {base64.b64decode(d.original_b64) for d in out["deadletter"]} == set(POISON)


def _comparable(outputs: dict[str, list]) -> dict[str, object]:
    """The order-independent final state a consumer would hold."""
    incidents = latest_revisions(outputs["incidents"], "incident_id")
    tallies = latest_revisions(outputs["tallies"], "tally_id")
    alerts = latest_revisions(outputs["alerts"], "alert_id")
    return {
        "articles": sorted({(a.article_id, a.dedup.status, a.dedup.of) for a in outputs["articles"]}),
        "events": sorted({(e.event_id, e.status, e.incident_id) for e in outputs["events"]}),
        "incidents": sorted((i.incident_id, i.status, i.revision, tuple(sorted(s.article_id for s in i.sources)),
                             i.fatalities.value if i.fatalities else None) for i in incidents.values()),
        "tallies": sorted((t.tally_id, t.values.model_dump_json(), len(t.reported)) for t in tallies.values()),
        "alerts": sorted((a.alert_id, a.rule_id, a.retracted) for a in alerts.values()),
        "deadletter": len(outputs["deadletter"]),
    }


def test_batch_and_stream_agree_on_the_bundled_samples(broker, unique_name):
    messages = list(sample_lines().items())
    env = isolated_env(unique_name, partitions=1)
    streamed = stream_through(broker, env, [(k.encode(), v) for k, v in messages])
    streamed["articles"] = streamed.pop("unique")

    batch = BatchRunner(Settings()).run(v for _, v in messages).outputs
    assert _comparable(streamed) == _comparable(batch)
    assert _comparable(batch)["incidents"], "the samples should produce incidents"


def _grouped(outputs: dict[str, list]) -> dict[str, object]:
    """What must not depend on how partitions interleave: verdicts, which reports make up each standing
    incident, tallies and standing alerts by what they are about (ids and revision counts may differ)."""
    incidents = latest_revisions(outputs["incidents"], "incident_id")
    tallies = latest_revisions(outputs["tallies"], "tally_id")
    alerts = latest_revisions(outputs["alerts"], "alert_id")
    return {
        "articles": sorted({(a.article_id, a.dedup.status, a.dedup.of) for a in outputs["articles"]}),
        "incidents": sorted((tuple(sorted(s.article_id for s in i.sources)), i.event_type, i.location.name,
                             i.fatalities.value if i.fatalities else None)
                            for i in incidents.values() if i.status == "active"),
        "tallies": sorted((t.tally_id, t.values.model_dump_json(), len(t.reported)) for t in tallies.values()),
        "alerts": sorted((a.rule_id, tuple(sorted(s.article_id for s in a.sources)))
                         for a in alerts.values() if not a.retracted),
    }


def test_batch_and_stream_agree_on_incident_groups_over_four_partitions(broker, unique_name):
    """Raw keyed by language (dedup sees each language in input order); the resolve topic spreads incident
    keys over four partitions, so reports reach the incident stage in another order than in the batch."""
    lines = list(sample_lines().items())
    messages = [(str(json.loads(value).get("language")).encode(), value) for _, value in lines]
    streamed = stream_through(broker, isolated_env(unique_name, partitions=4), messages)
    streamed["articles"] = streamed.pop("unique")

    batch = BatchRunner(Settings()).run(value for _, value in lines).outputs
    assert _grouped(streamed) == _grouped(batch)
    assert len(_grouped(batch)["incidents"]) >= 5
