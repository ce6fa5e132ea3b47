"""Attacks on bases hosting foreign troops: site places, reference places, explicit and reporting dates,
troops as targets, bare counts and anaphora folded into the event (the tallies-over-weeks rules)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

LATE = datetime(2023, 11, 21, 9, 0, tzinfo=timezone.utc)  # a Tuesday; "Monday" is 20 November

HARIR = {
    "en": "A drone attacked the Harir air base north of Erbil on November 4, wounding one US service member, "
          "US officials confirmed on Monday.",
    "fr": "Un drone a frappé la base aérienne de Harir, au nord d'Erbil, le 4 novembre, blessant un militaire "
          "américain, ont confirmé lundi des responsables américains.",
    "de": "Eine Drohne hat am 4. November den Luftwaffenstützpunkt Harir nördlich von Erbil angegriffen und einen "
          "US-Soldaten verletzt, bestätigten US-Vertreter am Montag.",
    "es": "Un dron atacó el 4 de noviembre la base aérea de Harir, al norte de Erbil, e hirió a un militar "
          "estadounidense, confirmaron el lunes funcionarios estadounidenses.",
    "ar": "هاجمت طائرة مسيرة قاعدة حرير الجوية شمال أربيل في 4 نوفمبر، ما أدى إلى إصابة جنديين أمريكيين، "
          "حسبما أكد مسؤولون أمريكيون يوم الاثنين.",
}


@pytest.mark.parametrize("lang", sorted(HARIR))
def test_explicit_date_reference_place_and_troops(extractor, article, lang):
    [event] = extractor.extract(article(HARIR[lang], lang, published=LATE)).events
    assert event.status == "new"
    assert event.event_date == date(2023, 11, 4)  # not the publication day, not "Monday"
    assert (event.location.name, event.location.precision) == ("Harir air base", "site")  # Erbil only locates it
    assert event.injuries.value == (2 if lang == "ar" else 1)  # "4" belongs to the date
    assert ("US military", "target", "us_military") in {(a.name, a.role, a.kind) for a in event.actors}


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Deux drones ont visé dimanche la base aérienne d'Erbil, dans le nord de l'Irak.", "Erbil air base"),
    ("en", "Rockets hit the Erbil air base in northern Iraq on Sunday.", "Erbil air base"),
    ("es", "Dos drones atacaron el domingo la base aérea de Erbil, en el norte de Irak.", "Erbil air base"),
    ("de", "Bei einem Drohnenangriff auf den Luftwaffenstützpunkt Erbil im Nordirak wurde am Sonntag ein Soldat "
           "verletzt.", "Erbil air base"),
])
def test_base_words_make_a_site_named_after_the_city(extractor, article, lang, text, name):
    [event] = extractor.extract(article(text, lang)).events
    assert (event.location.name, event.location.precision, event.location.country_code) == (name, "site", "IQ")


def test_bare_count_and_claim_fold_into_the_event(extractor, article):
    body = ("Deux drones ont visé dimanche la base aérienne d'Erbil, dans le nord de l'Irak, qui abrite des soldats "
            "américains, selon un responsable militaire américain. Un soldat américain a été légèrement blessé, a "
            "précisé ce responsable. La Résistance islamique en Irak a revendiqué l'attaque.")
    [event] = extractor.extract(article(body, "fr")).events
    assert event.injuries.value == 1
    roles = {(a.name, a.role) for a in event.actors}
    assert {("US military", "target"), ("Islamic Resistance in Iraq", "claimant")} <= roles


def test_bare_count_alone_is_no_event(extractor, article):
    assert extractor.extract(article("Un soldat a été légèrement blessé, a précisé un responsable.", "fr")).events == []


def test_later_mention_of_troops_without_nationality_is_not_another_force(extractor, article):
    body = ("A drone attacked US troops at the al-Tanf garrison in southern Syria on Tuesday, wounding one American "
            "soldier, a US defence official said. The official said the soldier suffered minor injuries.")
    [event] = extractor.extract(article(body, "en")).events
    assert [(a.name, a.kind) for a in event.actors] == [("US military", "us_military")]


def test_anaphoric_background_sentence_adds_no_event(extractor, article):
    body = ("A drone attacked the Harir air base north of Erbil on November 4, wounding one US service member, "
            "US officials confirmed on Monday. The attack had not been reported at the time, the officials said.")
    assert len(extractor.extract(article(body, "en", published=LATE)).events) == 1


def test_running_figure_article_gives_no_event(extractor, article):
    pub = datetime(2023, 11, 14, 20, 0, tzinfo=timezone.utc)
    body = ("US forces in Iraq and Syria have been attacked at least 55 times since October 17, the Pentagon said "
            "on Tuesday. A Pentagon spokesperson told reporters that most of the attacks involved drones and rockets "
            "and caused minor injuries.")
    res = extractor.extract(article(body, "en", "Pentagon says US forces attacked 55 times since Oct. 17", pub))
    assert res.events == []
    [fig] = res.reported_figures
    assert (fig.value, fig.qualifier.value, fig.since) == (55, "at_least", date(2023, 10, 17))
