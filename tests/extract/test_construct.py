"""The extractor's model builder makes exactly what pydantic's model_construct makes: same values in the same
order (the serializer follows it), same set fields, no extra or private values; and it refuses what it can't copy."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field

from worker.extract.construct import Builder
from worker.models import Actor, Count, Event, Evidence, Location, Qualifier


def _state(m: BaseModel) -> tuple:
    return (type(m), list(m.__dict__.items()), m.__pydantic_fields_set__, m.__pydantic_extra__,
            m.__pydantic_private__, m.model_dump_json())


_EVENT = dict(event_id="evt-1", article_id="a", source="s", url=None, language="en",
              published_at=datetime(2024, 1, 2, tzinfo=timezone.utc), status="new", salience="primary",
              event_type="Battles", sub_event_type="Armed clash", weapons=["rifle"], event_date=date(2024, 1, 1),
              date_precision="day", location=None, actors=[], fatalities=None, injuries=None, leader_killed=False,
              summary="x", evidence=[], confidence=0.5, incident_key="IQ")


@given(st.sets(st.sampled_from(["url", "salience", "weapons", "location", "actors", "fatalities", "injuries",
                                "leader_killed", "summary", "evidence", "confidence", "incident_key",
                                "event_date", "date_precision"])))
def test_an_event_with_any_defaults_left_out(left_out):
    values = {k: v for k, v in _EVENT.items() if k not in left_out}
    built, reference = Builder(Event)(**values), Event.model_construct(**values)
    assert _state(built) == _state(reference)
    if "weapons" in left_out:  # a default list is made afresh for each instance, never shared
        assert built.weapons == [] and built.weapons is not Builder(Event)(**values).weapons


@pytest.mark.parametrize("cls, values", [
    (Evidence, dict(field="actor", source="body", start=1, end=4, text="abc")),
    (Actor, dict(name="US forces", role="target", kind="us_military", country_code="US")),
    (Count, dict(value=3, qualifier=Qualifier("at_least"))),
    (Count, dict(value=3)),
    (Location, dict(name="Erbil", country_code="IQ", admin1=None, lat=36.2, lon=44.0, precision="city",
                    sea_area=None)),
    (Location, dict(precision="sea", name="Red Sea")),
])
def test_parts_are_the_same_as_model_construct(cls, values):
    builder = Builder(cls)
    for _ in range(2):  # the second call takes the remembered plan
        assert _state(builder(**values)) == _state(cls.model_construct(**values))


def test_each_instance_has_its_own_fields_set():
    build = Builder(Evidence)
    a, b = build(field="x", start=0, end=1, text="a"), build(field="x", start=0, end=1, text="a")
    a.source = "headline"
    assert a.__pydantic_fields_set__ is not b.__pydantic_fields_set__ and b.model_fields_set == {"field", "start",
                                                                                                   "end", "text"}


class _Aliased(BaseModel):
    name: str = Field(alias="n")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str


@pytest.mark.parametrize("cls", [_Aliased, _Open])
def test_models_it_cannot_copy_are_refused(cls):
    with pytest.raises(TypeError):
        Builder(cls)


def test_unknown_or_missing_fields_are_refused():
    with pytest.raises(TypeError):
        Builder(Evidence)(field="x", start=0, end=1, text="a", colour="red")
    with pytest.raises(TypeError):
        Builder(Evidence)(field="x", start=0, end=1)
