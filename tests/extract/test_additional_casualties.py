"""Counts that come on top: "five officers were killed ... two attackers were also killed" is seven dead (ACLED
counts every side's dead in one event), where two figures without "also" stay rival statements of one toll and
the lowest wins. An "also" that belongs to another verb ("the army also said five soldiers were killed") adds
nothing, and a figure repeated adds once. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body,killed", [
    ("en", "Gunmen ambushed a police patrol near Kirkuk on Monday, killing five officers. Two attackers were also "
           "killed in the gunfight, police said.", 7),
    ("en", "Gunmen ambushed a police patrol near Kirkuk on Monday, killing five officers. Two of the attackers were "
           "killed as well, police said.", 7),
    ("de", "Bewaffnete haben am Montag nahe Kirkuk eine Polizeistreife überfallen und fünf Polizisten getötet. Zwei "
           "Angreifer wurden ebenfalls getötet, teilte die Polizei mit.", 7),
    ("fr", "Des hommes armés ont tendu une embuscade à une patrouille près de Kirkouk lundi, tuant cinq policiers. "
           "Deux assaillants ont également été tués, selon la police.", 7),
    ("es", "Hombres armados emboscaron el lunes a una patrulla cerca de Kirkuk y mataron a cinco policías. También "
           "murieron dos atacantes en el tiroteo, según la policía.", 7),
    ("ar", "قتل خمسة من رجال الشرطة في كمين قرب كركوك يوم الاثنين. كما قتل اثنان من المهاجمين في الاشتباك.", 7),
])
def test_an_also_figure_adds_to_the_toll(new_event, lang, body, killed):
    event = new_event(body, lang)
    assert event.fatalities is not None and event.fatalities.value == killed


@pytest.mark.parametrize("lang,body,killed", [
    # rival statements of one toll: the lowest credible figure
    ("en", "Gunmen ambushed a police patrol near Kirkuk on Monday, killing five officers. A hospital source said "
           "seven officers were killed.", 5),
    # "also" belongs to "said": the toll is stated once
    ("en", "Gunmen ambushed a police patrol near Kirkuk on Monday, killing five officers. The army also said five "
           "soldiers were killed in the attack.", 5),
    # the same extra figure said twice adds once
    ("en", "Gunmen ambushed a police patrol near Kirkuk on Monday, killing five officers. Two attackers were also "
           "killed. Police said two attackers were also killed and their bodies taken away.", 7),
    # an "also" figure alone is the toll
    ("en", "Two soldiers were also killed in a roadside bomb attack near Kirkuk on Monday, the army said.", 2),
])
def test_figures_without_an_also_stay_rivals(new_event, lang, body, killed):
    event = new_event(body, lang)
    assert event.fatalities is not None and event.fatalities.value == killed
