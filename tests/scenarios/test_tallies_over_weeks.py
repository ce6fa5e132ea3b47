"""Weeks of reports on attacks on US forces: duplicates, an update, a translation, a late report, an event
before the window and an official running figure. The tallies must come out exactly right, in any order."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from worker.models.revisions import latest_revisions
from worker.pipeline.batch import BatchRunner
from worker.pipeline.stages import batch_of
from worker.settings import Settings
from worker.tallies import fan_out

ARTICLES = Path(__file__).with_name("tallies_over_weeks.jsonl")
MESSAGES = [line for line in ARTICLES.read_bytes().splitlines() if line.strip()]


def run(messages):
    return BatchRunner(Settings()).run(messages).outputs


@pytest.fixture(scope="module")
def outputs():
    return run(MESSAGES)


def test_us_forces_tally_counts_each_incident_once_inside_the_window(outputs):
    tally = latest_revisions(outputs["tallies"], "tally_id")["us-forces-iq-sy"]
    # Ain al-Asad (2 wounded, reported 3 times in 2 languages), al-Tanf (3 then 5 wounded), Erbil (1), Harir (1,
    # reported late). The al-Tanf attack of 10 October is before 17 October and is not counted.
    assert tally.values.incidents == 4
    assert tally.values.injuries == 2 + 5 + 1 + 1
    assert tally.values.fatalities == 0


def test_reported_figure_stands_beside_the_observed_count(outputs):
    tally = latest_revisions(outputs["tallies"], "tally_id")["us-forces-iq-sy"]
    [reported] = tally.reported
    assert (reported.value, reported.qualifier.value, reported.as_of) == (55, "at_least", date(2023, 11, 14))
    assert reported.since == date(2023, 10, 17)


def test_updated_toll_revises_the_incident_and_its_alert_instead_of_adding(outputs):
    incidents = [i for i in latest_revisions(outputs["incidents"], "incident_id").values() if i.status == "active"]
    tanf = [i for i in incidents if i.event_date == date(2023, 10, 26)]
    assert len(tanf) == 1 and tanf[0].injuries.value == 5 and tanf[0].revision > 1
    alerts = [a for a in outputs["alerts"] if a.rule_id == "us-forces-attacked"
              and a.incident.incident_id == tanf[0].incident_id]
    assert len({a.alert_id for a in alerts}) == 1
    assert max(a.revision for a in alerts) > 1


def test_one_alert_per_incident(outputs):
    alerts = latest_revisions([a for a in outputs["alerts"] if a.rule_id == "us-forces-attacked"], "alert_id")
    incident_ids = [a.incident.incident_id for a in alerts.values() if not a.retracted]
    assert len(incident_ids) == len(set(incident_ids)) == 5  # the four counted plus the one before the window


def test_replay_and_reordering_change_nothing(outputs):
    final = latest_revisions(outputs["tallies"], "tally_id")
    replayed = run(MESSAGES + MESSAGES)
    assert latest_revisions(replayed["tallies"], "tally_id") == final
    # Partitions interleave: arrival order is disordered locally (here up to three articles), not by weeks.
    jitter = random.Random(7)
    shuffled = [m for _, m in sorted((i + jitter.uniform(0, 3), m) for i, m in enumerate(MESSAGES))]
    reordered = latest_revisions(run(shuffled)["tallies"], "tally_id")["us-forces-iq-sy"]
    assert reordered.values == final["us-forces-iq-sy"].values


def test_a_redelivered_contribution_batch_re_emits_its_tallies_unchanged():
    """The first run may have stored the tallies and died before sending them: the redelivery sends them again,
    with the same values and revision, and changes nothing."""
    runner = BatchRunner(Settings())
    runner.run(MESSAGES)
    final = latest_revisions(runner.result.outputs["tallies"], "tally_id")
    incident = latest_revisions(runner.result.outputs["incidents"], "incident_id")
    counted = next(i for i in incident.values() if i.status == "active")
    again = runner.stages.tally(batch_of(fan_out(runner.stages.tally_definitions, counted)))
    assert again.updates and all(final[u.tally_id] == u for u in again.updates)
    assert latest_revisions(runner.result.outputs["tallies"], "tally_id") == final
