from datetime import date, datetime, timezone

import pytest

from worker.models import Evidence, ReportedFigure
from worker.tallies import link_figure, load_tallies

DEFS = load_tallies()


def figure(**overrides) -> ReportedFigure:
    fields = dict(figure_id="fig_1", article_id="art_9", source="Wire", value=170, metric="attacks",
                  published_at=datetime(2024, 2, 3, 9, tzinfo=timezone.utc), subject="attacks on US forces",
                  target_kinds=["us_military"], countries=[], since=date(2023, 10, 17))
    return ReportedFigure(**{**fields, **overrides})


def linked(**overrides) -> list[str]:
    return [c.tally_id for c in link_figure(DEFS, figure(**overrides))]


def test_links_by_subject_and_window():
    assert linked() == ["us-forces-iq-sy", "us-forces-region"]
    assert linked(countries=["IQ", "SY"]) == ["us-forces-iq-sy"]
    assert linked(target_kinds=["vessel"], countries=["Red Sea"], since=date(2023, 11, 19)) == ["houthi-shipping"]
    assert linked(target_kinds=["vessel"], since=date(2023, 11, 1)) == ["houthi-shipping"]


@pytest.mark.parametrize("overrides", [
    {"since": None},
    {"since": date(2024, 1, 1)},
    {"metric": "other"},
    {"metric": "injuries", "target_kinds": ["vessel"], "since": date(2023, 11, 19)},
    {"target_kinds": []},
    {"countries": ["LB"]},
    {"target_kinds": ["us_military", "vessel"]},
])
def test_does_not_link_a_different_subject_or_window(overrides):
    assert linked(**overrides) == []


def test_reported_value_carries_the_figure():
    [c, _] = link_figure(DEFS, figure(qualifier="at_least", attribution="Pentagon", as_of=date(2024, 2, 2),
                                      evidence=[Evidence(field="figure", start=0, end=5, text="at least 170")]))
    assert c.kind == "figure" and c.reported_at == datetime(2024, 2, 3, 9, tzinfo=timezone.utc)
    assert c.reported.model_dump(mode="json") == {
        "value": 170, "qualifier": "at_least", "as_of": "2024-02-02", "since": "2023-10-17",
        "attribution": "Pentagon", "source": "Wire", "article_id": "art_9", "text": "at least 170"}
    assert link_figure(DEFS, figure())[0].reported.as_of == date(2024, 2, 3)
