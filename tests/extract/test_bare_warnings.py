"""A threat event needs violence in it: a party to a conflict, a violence word or a vow of revenge. A minister
warning about delays, or passengers "held hostage" by a strike, is none. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,body", [
    ("en", "Ministers warned that passengers face long delays over the festive season."),
    ("de", "Der Minister warnte, dass die Preise im Winter weiter steigen würden."),
    ("fr", "Le ministre a averti que les prix allaient encore augmenter cet hiver."),
    ("es", "El ministro advirtió que los precios seguirán subiendo este invierno."),
    ("en", "Transport ministers said they would not intervene in the pay dispute, but warned that passengers "
           "should not be \"held hostage\" over the holidays."),
    ("fr", "Le ministre a dénoncé une grève qui prend en otage les usagers pendant les vacances."),
    ("es", "El gobierno acusó a los sindicatos de tomar como rehenes a los usuarios del metro."),
    ("de", "Der Minister warf der Gewerkschaft vor, die Fahrgäste in Geiselhaft zu nehmen."),
])
def test_a_warning_without_violence_is_no_event(extractor, article, lang, body):
    assert extractor.extract(article(body, lang)).events == []


@pytest.mark.parametrize("lang,body", [
    ("en", "The group vowed revenge on Tuesday."),
    ("fr", "Le groupe a promis de se venger mardi."),
    ("en", "Gunmen held hostage 12 passengers on a bus in Kano state on Tuesday, police said."),
])
def test_vows_of_revenge_and_real_hostages_still_count(extractor, article, lang, body):
    assert extractor.extract(article(body, lang)).events


def test_a_plural_claim_verb_makes_the_attack_claimed(extract):
    """"يتبنون" (they claim) is the plural of a claim verb the lexicon had only in the singular."""
    body = "قال المتحدث العسكري باسم جماعة الحوثي إن قواتها استهدفت سفينة تجارية في البحر الأحمر بصاروخ باليستي."
    events = extract(body, "ar", headline="الحوثيون يتبنون استهداف سفينة في البحر الأحمر").events
    assert [e.status for e in events] == ["claimed"]
