from pathlib import Path

import pytest

from worker.alerts import load_rules
from worker.tallies import ConfigError, load_tallies

HEAD = "rules:\n  - {id: r, severity: info, "


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "alerts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_defaults_load_and_watch_existing_tallies():
    rules = {r.id: r for r in load_rules(tallies=load_tallies())}
    assert rules["us-forces-attacked"].when.actors[0].kind == "us_military"
    assert rules["fatalities-spike"].watches("fatalities-daily:IQ")
    assert not rules["fatalities-spike"].watches("incidents-daily")
    assert {r.kind for r in rules.values()} == {"incident", "tally", "spike"}


@pytest.mark.parametrize("body, expected", [
    (HEAD + "kind: incident, when: {}, title: '{nope} at {place}'}", "title: unknown template field(s) {nope};"),
    (HEAD + "kind: incident, when: {}, title: t, summary: '{0} {}'}", "summary: unknown template field(s) {0}, {}"),
    (HEAD + "kind: incident, when: {}, title: '{place:d}'}", "bad template"),
    (HEAD + "kind: tally, tallies: [x], title: '{ratio}'}", "unknown template field"),
    (HEAD + "kind: tally, tallies: [x], title: t, every: 5, thresholds: [3]}", "exactly one of"),
    (HEAD + "kind: spike, tallies: [x], title: t, factor: 0}", "rules[0].spike.factor"),
    (HEAD + "kind: page, title: t}", "rules[0]"),
    (HEAD + "kind: incident, when: {min_fatalitys: 3}, title: t}", "rules[0].incident.when.min_fatalitys"),
])
def test_errors_name_the_file_and_the_problem(tmp_path, body, expected):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    assert str(path) in str(err.value) and expected in str(err.value)


def test_cross_check_against_tallies(tmp_path):
    tallies = load_tallies()
    unknown = write(tmp_path, HEAD + "kind: tally, tallies: [nothing-*], title: t, every: 5}")
    with pytest.raises(ConfigError, match="watches no known tally"):
        load_rules(unknown, tallies=tallies)
    not_daily = write(tmp_path, HEAD + "kind: spike, tallies: [us-forces-iq-sy], title: t}")
    with pytest.raises(ConfigError, match="calendar-day"):
        load_rules(not_daily, tallies=tallies)
    assert load_rules(not_daily)[0].id == "r"  # without tallies only the file itself is checked
