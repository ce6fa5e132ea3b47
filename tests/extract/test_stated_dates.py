"""The event's own stated day beats the publication day: a night-of-weekday form, a weekday a dateline would
otherwise hide behind its country or second city, and a "said this Thursday" that only dates the statement."""

from __future__ import annotations

from datetime import date

import pytest

from worker.extract.dates import find_dates
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.name_frames import dateline_end

TUESDAY = date(2024, 1, 2)  # the conftest articles are published on Thursday 2024-01-04


def _days(lang: str, text: str, ref: date = date(2024, 1, 4)) -> list[date]:
    f = fold(text)
    return [d.value for d in find_dates(lexicon(lang).index(f), text, 0, len(f), ref) if d.precision == "day"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "اندلعت الاشتباكات ليل الثلاثاء"),
    ("es", "los combates empezaron la noche del martes"),
    ("de", "die Gefechte begannen in der Nacht zum Dienstag"),
    ("fr", "les combats ont éclaté dans la nuit de mardi"),
    ("en", "drones struck overnight Tuesday"),
])
def test_a_night_word_before_a_weekday_is_that_days_night(lang, text):
    assert _days(lang, text) == [TUESDAY]


@pytest.mark.parametrize("lang, text", [
    ("ar", "اندلعت الاشتباكات ليلا"),
    ("en", "drones struck overnight"),
])
def test_a_night_word_alone_still_dates_the_news_day(lang, text):
    assert _days(lang, text) in ([date(2024, 1, 4)], [])


@pytest.mark.parametrize("dateline", [
    "MAIDUGURI, Nigeria, Jan 4 (Reuters) - ",
    "BEYROUTH, Liban, 4 janv (AFP) - ",
    "Medellín, Colombia, 4 ene (EFE).- ",
    "Damaskus/Beirut (dpa) - ",
    "KINSHASA/GOMA, Jan 4 (Reuters) - ",
])
def test_a_dateline_may_name_a_country_or_two_cities(dateline):
    assert dateline_end(dateline + "Gunmen killed six people.") == len(dateline)


@pytest.mark.parametrize("sentence", [
    "Police in Gaza, the strip's capital, Hamas officials - said nothing.",
    "Officials in Kano/Kaduna - said nothing.",
])
def test_a_sentence_with_commas_or_a_slash_is_no_dateline(sentence):
    assert dateline_end(sentence) == 0


@pytest.mark.parametrize("lang, body", [
    ("en", "KANO, Nigeria, Jan 4 (Reuters) - Gunmen killed six villagers in Kano on Tuesday."),
    ("fr", "BEYROUTH, Liban, 4 janv (AFP) - Une frappe israélienne a tué six personnes à Tyre mardi."),
    ("es", "Medellín, Colombia, 4 ene (EFE).- Seis personas murieron en combates en Cúcuta el martes."),
    ("de", "Bagdad/Erbil (dpa) - Bei einem Anschlag in Mossul sind am Dienstag sechs Menschen getötet worden."),
])
def test_the_weekday_after_a_long_dateline_dates_the_event(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert events and events[0].event_date == TUESDAY


@pytest.mark.parametrize("lang, body", [
    ("es", "Al menos ocho personas murieron en combates entre guerrilleros en el norte de Colombia, informó este "
           "jueves la Defensoría. Los combates entre los guerrilleros comenzaron el martes en la zona rural."),
    ("en", "At least eight people were killed in clashes between rival militias in northern Colombia, officials said "
           "this Thursday. The fighting began on Tuesday in a rural area."),
])
def test_the_day_it_was_said_yields_to_the_day_stated_for_the_event(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert [e.event_date for e in events] == [TUESDAY]
