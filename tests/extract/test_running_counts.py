"""Running counts from a bare year, from the start of this year, or from a war's stated onset; comparisons are
none."""

from datetime import date, datetime, timezone

import pytest

from worker.extract.casualties import find_casualties
from worker.extract.dates import find_dates
from worker.extract.figures import find_figure
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold

REF = date(2024, 6, 12)


def figure(lang, text):
    f = fold(text)
    ix = lexicon(lang).index(f)
    dates = find_dates(ix, text, 0, len(f), REF)
    fig = find_figure(ix, text, 0, len(f), dates, find_casualties(ix, 0, len(f), dates), REF)
    return None if fig is None else (fig.number.value, fig.metric, fig.since.value if fig.since else None)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The insurgency has killed more than 35,000 people since 2011, according to the UN.",
     (35000, "fatalities", date(2011, 1, 1))),
    ("de", "Der Konflikt hat seit 2011 mehr als 35.000 Menschen getötet.", (35000, "fatalities", date(2011, 1, 1))),
    ("fr", "Le conflit a fait plus de 35 000 morts depuis 2011.", (35000, "fatalities", date(2011, 1, 1))),
    ("es", "El conflicto ha dejado más de 35.000 muertos desde 2011.", (35000, "fatalities", date(2011, 1, 1))),
    ("ar", "أودى النزاع بحياة أكثر من 35 ألف شخص منذ عام 2011.", (35000, "fatalities", date(2011, 1, 1))),
])
def test_a_count_since_a_bare_year(lang, text, expected):
    assert figure(lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "It was the deadliest attack since 2014, killing 60 people."),
    ("es", "Fue el ataque más mortífero desde 2014, con 60 muertos."),
])
def test_a_comparison_with_a_year_is_no_count_from_it(lang, text):
    got = figure(lang, text)
    assert got is None or got[2] != date(2014, 1, 1)


@pytest.mark.parametrize("lang,text,value", [
    ("es", "En lo que va de año han sido asesinados 85 periodistas en México, según la organización.", 85),
    ("en", "So far this year 85 journalists have been killed in Mexico.", 85),
    ("de", "Seit Jahresbeginn wurden in Mexiko 85 Journalisten getötet.", 85),
    ("fr", "Depuis le début de l'année, 85 journalistes ont été tués au Mexique.", 85),
    ("ar", "قتل 85 صحفيا في المكسيك منذ بداية العام.", 85),
])
def test_a_count_so_far_this_year(lang, text, value):
    assert figure(lang, text) == (value, "fatalities", date(2024, 1, 1))


@pytest.mark.parametrize("lang,text", [
    ("es", "La guerra, que estalló en marzo de 2022, ha causado más de 9.000 muertos, según la ONU."),
    ("en", "The war, which broke out in March 2022, has killed more than 9,000 people, the UN says."),
    ("fr", "La guerre, qui a éclaté en mars 2022, a fait plus de 9000 morts selon l'ONU."),
])
def test_a_count_from_a_wars_stated_onset(lang, text):
    assert figure(lang, text) == (9000, "fatalities", date(2022, 3, 1))


def test_an_onset_verb_without_a_date_is_an_event(extractor, article):
    evs = extractor.extract(article("Un coche bomba estalló en un mercado de Mogadiscio el miércoles y mató a 60 "
                                    "personas.", "es")).events
    assert [e.fatalities.value for e in evs] == [60]
    assert not extractor.extract(article("Un coche bomba estalló en un mercado de Mogadiscio el miércoles y mató a 60 "
                                         "personas.", "es")).reported_figures


def test_an_insurgencys_toll_is_no_abductions_death_count(extractor, article):
    ex = extractor.extract(article(
        "Gunmen abducted 25 villagers near Gwoza on Monday, residents said. The insurgency in the region has killed "
        "more than 35,000 people since 2009, according to the United Nations.", "en"))
    assert [e.fatalities for e in ex.events] == [None]
    assert [(f.value, f.since) for f in ex.reported_figures] == [(35000, date(2009, 1, 1))]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Miliz belagert die Stadt seit März. Seitdem wurden dort mehr als 300 Zivilisten getötet."),
    ("en", "The militia has besieged the city since March. Since then more than 300 civilians have been killed there."),
    ("fr", "La milice assiège la ville depuis mars. Depuis lors, plus de 300 civils y ont été tués."),
    ("es", "La milicia asedia la ciudad desde marzo. Desde entonces han muerto allí más de 300 civiles."),
])
def test_since_then_takes_the_date_of_the_sentence_before(lang, text):
    f = fold(text)
    ix = lexicon(lang).index(f)
    second = text.index(". ") + 2
    dates = find_dates(ix, text, second, len(f), REF)
    fig = find_figure(ix, text, second, len(f), dates, find_casualties(ix, second, len(f), dates), REF)
    assert (fig.number.value, fig.since.value) == (300, date(2024, 3, 1))



@pytest.mark.parametrize("lang, body, value", [
    ("en", "The monitor has counted 37 Turkish drone strikes in SDF-held areas since the start of the year.", 37),
    ("de", "Die Beobachtungsstelle zählte seit Jahresbeginn 37 türkische Drohnenangriffe in den von den SDF "
           "kontrollierten Gebieten.", 37),
    ("fr", "L'Observatoire a recensé 37 frappes de drones turcs dans les zones tenues par les FDS depuis le début "
           "de l'année.", 37),
    ("es", "El Observatorio ha contabilizado 37 ataques con drones turcos en las zonas controladas por las FDS "
           "desde principios de año.", 37),
    # bombs counted as attacks
    ("en", "Convoys on the road have been hit by at least 15 explosive devices since January, a consultant said.", 15),
    ("de", "Konvois auf der Straße wurden seit Januar von mindestens 15 Sprengsätzen getroffen.", 15),
    ("ar", "وتعرضت القوافل لما لا يقل عن 15 عبوات ناسفة منذ يناير.", 15),
])
def test_counts_of_strikes_and_bombs_this_year_are_running_figures(extract, lang, body, value):
    """'drone strikes' and 'Drohnenangriffe' are event words too: the count's unit hid inside them."""
    figures = extract(body, lang, published=datetime(2026, 3, 4, 15, tzinfo=timezone.utc)).reported_figures
    assert [(f.value, f.metric, f.since) for f in figures] == [(value, "attacks", date(2026, 1, 1))]
