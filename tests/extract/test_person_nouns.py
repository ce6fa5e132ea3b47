"""A count of spectators, farmers or pilgrims killed is a toll like a count of people."""

from datetime import datetime, timezone

import pytest

PUBLISHED = datetime(2026, 3, 2, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("lang, body, dead", [
    ("en", "Gunmen attacked a fuel convoy near Zamfara on Monday, killing four drivers.", 4),
    ("en", "A bomb exploded near a market in Mogadishu on Sunday, killing five shoppers.", 5),
    ("de", "Bewaffnete haben am Sonntag in Zentralmali sechs Hirten getötet.", 6),
    ("fr", "Des hommes armés ont tué sept orpailleurs dimanche dans le nord du Burkina Faso.", 7),
    ("es", "Hombres armados asesinaron a tres campesinos el domingo en el Cauca.", 3),
    ("ar", "قتل مسلحون ثلاثة مزارعين يوم الأحد في ريف درعا.", 3),
])
def test_a_count_of_any_people_is_a_toll(extract, lang, body, dead):
    extraction = extract(body, lang, "", PUBLISHED)
    found = [e for e in extraction.events if e.status == "new"]
    assert [e.fatalities.value if e.fatalities else None for e in found] == [dead]


@pytest.mark.parametrize("lang, body, dead", [
    ("es", "Un bombardeo mató a más de 1.200 personas el lunes en El Fasher.", 1200),
    ("de", "Ein israelischer Luftangriff tötete am Montag vier Menschen in der Bekaa-Ebene.", 4),
    ("fr", "Un soldat a été tué lundi dans une attaque près de Gao.", 1),
])
def test_an_indefinite_article_counts_only_its_own_noun(extract, lang, body, dead):
    [event] = [e for e in extract(body, lang).events if e.status == "new"]
    assert event.fatalities.value == dead


@pytest.mark.parametrize("lang, body", [
    ("en", "The death toll from Monday's air strike on a market in El Fasher rose to 120, officials said."),
    ("de", "Die Zahl der Toten nach dem Luftangriff auf einen Markt in El Fasher am Montag stieg auf 120."),
    ("es", "El número de muertos por el bombardeo del lunes contra un mercado de El Fasher ascendió a 120."),
    ("ar", "ارتفعت حصيلة قتلى الغارة الجوية على سوق في الفاشر يوم الاثنين إلى 120."),
])
def test_a_toll_rising_to_a_figure_counts_the_dead(extract, lang, body):
    [event] = extract(body, lang).events
    assert event.fatalities.value == 120


def test_a_number_after_a_bare_toll_word_is_no_toll(extract):
    body = "(Updates toll, adds background) A drone fired two rockets at a militia base in Baghdad on Thursday."
    assert [e.fatalities for e in extract(body, "en").events] == [None]
