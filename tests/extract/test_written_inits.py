"""The extract dataclasses whose __init__ is written out (so mypyc compiles it) must still take every field."""

import inspect
from dataclasses import MISSING, fields

import pytest

from worker.extract.actors import ActorMention
from worker.extract.casualties import Casualties, Figure
from worker.extract.dates import DateMention
from worker.extract.event_types import Trigger
from worker.extract.figures import FigureMention
from worker.extract.mentions import _Clause
from worker.extract.numbers import Number
from worker.extract.places import Place, PlaceMention
from worker.extract.sentences import Sentence
from worker.extract.status import Cues

WRITTEN = [DateMention, FigureMention, Number, Place, PlaceMention, Sentence, Cues, Trigger, ActorMention, Figure,
           Casualties, _Clause]


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_written_init_takes_the_init_fields_in_order_with_their_defaults(cls):
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    init_fields = [f for f in fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in init_fields]
    for p, f in zip(params, init_fields):
        if f.default is not MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is not MISSING:  # a fresh value each time: None stands for it
            assert p.default is None, f.name
        else:
            assert p.default is inspect.Parameter.empty, f.name


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_written_init_sets_every_field(cls):
    init_fields = [f for f in fields(cls) if f.init]
    values = {f.name: object() for f in init_fields}
    obj = cls(**values)
    for f in fields(cls):
        if f.init:
            assert getattr(obj, f.name) is values[f.name]
        else:
            assert getattr(obj, f.name) == (f.default if f.default is not MISSING else f.default_factory())
