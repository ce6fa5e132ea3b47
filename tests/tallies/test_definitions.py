from pathlib import Path

import pytest

from worker.tallies import ConfigError, load_tallies


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tallies.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_defaults_load_and_cover_the_brief():
    ids = {d.id for d in load_tallies()}
    assert {"us-forces-iq-sy", "houthi-shipping", "all-incidents-7d", "fatalities-daily:IQ"} <= ids
    us = next(d for d in load_tallies() if d.id == "us-forces-iq-sy")
    assert us.filter.countries == ["IQ", "SY"] and us.window.since.isoformat() == "2023-10-17"


def test_group_by_expands_one_tally_per_group(tmp_path):
    path = write(tmp_path, """
tallies:
  - id: deaths
    title: Deaths in {group}
    group_by: sea_area
    groups: [Red Sea, Gulf of Aden]
    window: {kind: calendar, bucket: week}
""")
    defs = load_tallies(path)
    assert [d.id for d in defs] == ["deaths:Red Sea", "deaths:Gulf of Aden"]
    assert defs[0].title == "Deaths in Red Sea" and defs[0].filter.sea_areas == ["Red Sea"]
    assert defs[0].window.days == 30


@pytest.mark.parametrize("body, expected", [
    ("tallies:\n  - {id: x, title: X, window: {kind: rolling}}", "tallies[0].window"),
    ("tallies:\n  - {id: x, title: X, window: {kind: since, since: 2024-01-01}, colour: red}", "tallies[0].colour"),
    ("tallies:\n  - {id: x, title: X, filter: {countries: [Iraq]}, window: {kind: rolling, days: 3}}",
     "tallies[0].filter.countries"),
    ("tallies:\n  - {id: x, title: X, filter: {actors: [{}]}, window: {kind: rolling, days: 3}}",
     "tallies[0].filter.actors[0]"),
    ("tallies:\n  - {id: x, title: X, window: {kind: rolling, days: 3}}\n"
     "  - {id: x, title: Y, window: {kind: rolling, days: 3}}", "duplicate tally id 'x'"),
    ("tallies:\n  - {id: x, title: X, group_by: country, groups: [IQ], window: {kind: rolling, days: 3}}",
     "{group}"),
    ("tallies:\n  - {id: x, title: X, window: {kind: since, since: 2024-01-01, bucket: day}}", "week buckets at most"),
    ("tallies: [", "not valid YAML"),
])
def test_errors_name_the_file_and_the_field(tmp_path, body, expected):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_tallies(path)
    assert str(path) in str(err.value) and expected in str(err.value)


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_tallies(tmp_path / "nope.yaml")
