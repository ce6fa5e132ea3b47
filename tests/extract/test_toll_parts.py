"""A count said to be among the dead ("Entre los muertos hay dos civiles", "among the dead were two children") is
part of the toll stated before it, in the same sentence or a later one: it is never the event's toll itself, which
the lowest-figure rule would otherwise make it. Alone it is all the article says. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body,killed", [
    ("es", "Al menos siete personas murieron el martes en combates en Tibú (Colombia). Los enfrentamientos "
           "comenzaron al amanecer. Entre los muertos hay al menos dos civiles.", 7),
    ("en", "At least seven people were killed in clashes near Kirkuk on Tuesday. The fighting started at dawn. "
           "Among the dead were two children.", 7),
    ("fr", "Au moins sept personnes ont été tuées mardi dans des combats près de Kirkouk. Les affrontements ont "
           "commencé à l'aube. Parmi les morts figurent deux enfants.", 7),
    ("de", "Bei Gefechten nahe Kirkuk sind am Dienstag mindestens sieben Menschen getötet worden. Die Kämpfe "
           "begannen im Morgengrauen. Unter den Toten sind zwei Kinder.", 7),
    ("ar", "قتل سبعة أشخاص على الأقل في اشتباكات قرب كركوك يوم الثلاثاء. وبدأت المواجهات فجرا. ومن بين القتلى "
           "طفلان.", 7),
])
def test_a_part_of_the_dead_is_not_the_toll(new_event, lang, body, killed):
    event = new_event(body, lang)
    assert event.fatalities is not None and event.fatalities.value == killed


def test_a_part_alone_is_the_count(new_event):
    body = "Clashes broke out near Kirkuk on Tuesday. Among the dead were two children, police said."
    event = new_event(body, "en")
    assert event.fatalities is not None and event.fatalities.value == 2


def test_a_count_since_a_campaign_began_is_a_running_figure(extract, new_event):
    body = ("Al menos siete personas murieron el martes en combates en Tibú (Colombia). Con estas muertes, el número "
            "de muertos desde que comenzó la ofensiva del ELN, el pasado 16 de diciembre, asciende a 80.")
    extraction = extract(body, "es")
    assert [(f.value, str(f.since)) for f in extraction.reported_figures] == [(80, "2023-12-16")]
    assert new_event(body, "es").fatalities.value == 7


@pytest.mark.parametrize("lang,body,killed,injured", [
    ("ar", "قتل 14 مدنيا على الأقل، بينهم خمسة أطفال، وأصيب أكثر من 30 آخرين، أمس الأحد، جراء قصف مدفعي على مخيم "
           "للنازحين قرب الفاشر.", 14, 30),
    ("en", "Gunmen killed 14 civilians, including five children, and wounded more than 30 others in Kirkuk on Sunday.",
     14, 30),
    ("fr", "Quatorze civils ont été tués, dont cinq enfants, et plus de 30 autres blessés dimanche à Kirkouk.", 14, 30),
])
def test_the_included_are_of_the_total_before_and_a_new_casualty_word_ends_them(new_event, lang, body, killed, injured):
    event = new_event(body, lang)
    assert (event.fatalities.value, event.injuries.value) == (killed, injured)
