from datetime import date

from worker.extract.casualties import find_casualties
from worker.extract.dates import find_dates
from worker.extract.figures import find_figure
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold

REF = date(2024, 1, 4)


def figure(lang, text):
    f = fold(text)
    ix = lexicon(lang).index(f)
    dates = find_dates(ix, text, 0, len(f), REF)
    return find_figure(ix, text, 0, len(f), dates, find_casualties(ix, 0, len(f)), REF)


def test_running_attack_count():
    fig = figure("de", "Das US-Militär wurde seit Beginn des Krieges zwischen Israel und der Hamas im Oktober mindestens "
                       "100 Mal im Irak und in Syrien angegriffen")
    assert (fig.number.value, fig.number.qualifier, fig.metric, fig.since.value) == (100, "at_least", "attacks",
                                                                                   date(2023, 10, 1))


def test_attribution_and_fatality_toll():
    fig = figure("en", "More than 22,000 people have been killed since October 7, according to the Gaza health ministry")
    assert (fig.number.value, fig.metric) == (22000, "fatalities")
    assert fig.attribution == "Gaza"  or fig.attribution.startswith("Gaza")


def test_single_event_is_not_a_figure():
    assert figure("en", "A drone killed four people in Baghdad on Thursday") is None
    assert figure("en", "Four people were killed since Thursday") is None
