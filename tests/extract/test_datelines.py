"""A wire dateline says where and when the report was filed: its place and date are not the event's."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from worker.extract.name_frames import dateline_end

PUBLISHED = datetime(2025, 3, 12, 9, 30, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("dateline", [
    "KYIV, March 12 (Reuters) - ",
    "PARIS, 12 mars (AFP) - ",
    "Berlin (dpa) - ",
    "Kabul, 12. März (Reuters) - ",
    "GAZA, 12 de marzo (EFE).- ",
    "BOGOTÁ, 12 mar (EFE) - ",
    "WASHINGTON (AP) — ",
    "بغداد - (أ ف ب) - ",
    "بغداد - ",
])
def test_dateline_formats_end_where_the_report_starts(dateline):
    body = dateline + "The rest of the report."
    assert dateline_end(body) == len(dateline)


@pytest.mark.parametrize("sentence", [
    "Police said on Monday - after the vote - that two people died.",
    "Israeli strikes - which killed three - hit Rafah.",
    "Officials in Gaza, the strip's health ministry - said nothing.",
])
def test_a_dash_inside_a_sentence_is_no_dateline(sentence):
    assert dateline_end(sentence) == 0


@pytest.mark.parametrize("lang, body, day", [
    ("en", "KYIV, March 12 (Reuters) - A Russian missile hit a building in Kharkiv late on Tuesday, killing five "
           "people.", date(2025, 3, 11)),
    ("fr", "KIEV, 12 mars (AFP) - Un missile russe a frappé mardi soir un immeuble à Kharkiv, tuant cinq "
           "personnes.", date(2025, 3, 11)),
    ("de", "Kiew, 12. März (Reuters) - Eine russische Rakete hat am Dienstagabend ein Wohnhaus in Charkiw "
           "getroffen und fünf Menschen getötet.", date(2025, 3, 11)),
    ("es", "KIEV, 12 de marzo (EFE).- Un misil ruso alcanzó el martes un edificio en Járkov y mató a cinco "
           "personas.", date(2025, 3, 11)),
])
def test_the_dateline_date_is_not_the_event_date(extractor, article, lang, body, day):
    events = extractor.extract(article(body, lang, published=PUBLISHED)).events
    assert events and events[0].event_date == day
    assert events[0].location is not None and events[0].location.country_code == "UA"
