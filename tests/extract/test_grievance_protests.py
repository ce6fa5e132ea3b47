"""A demonstration about prices, wages or a strike is an ACLED protest or riot, not economy news; a market report
with the same words ("prices rose", "oil prices rallied", "les marchés ont reculé") is still no event.
Texts written for these tests."""

from __future__ import annotations

import pytest


def types(extractor, article, body, lang, headline=""):
    return [(e.event_type, e.sub_event_type) for e in extractor.extract(article(body, lang, headline)).events]


@pytest.mark.parametrize("lang,headline,body,expected", [
    ("en", "", "Thousands of people took to the streets of Nairobi on Tuesday in a protest against rising fuel "
               "prices.", "Protests"),
    ("en", "", "Hundreds protested in Amman on Wednesday against rising bread prices and new taxes.", "Protests"),
    ("en", "", "Riot police fired tear gas at protesters angry over fuel prices in Khartoum on Monday.", "Protests"),
    ("en", "", "Workers on strike marched through Lagos on Monday, demanding higher wages.", "Protests"),
    ("de", "", "Tausende Menschen demonstrierten am Dienstag in Leipzig gegen Preiserhöhungen bei Strom und Gas.",
     "Protests"),
    ("de", "Demonstration gegen Preiserhöhungen in Wien: Tausende auf der Straße",
     "In Wien sind am Samstag Tausende Menschen gegen die hohen Preise auf die Straße gegangen.", "Protests"),
    ("fr", "", "Des milliers de personnes ont manifesté mardi à Marseille contre la hausse des prix du carburant.",
     "Protests"),
    ("es", "", "Miles de personas protestaron el martes en Quito contra la subida de los precios del combustible.",
     "Protests"),
    ("es", "", "Cientos de manifestantes marcharon en Lima el jueves contra la inflación.", "Protests"),
    ("ar", "", "تظاهر الآلاف في عمان يوم الثلاثاء احتجاجا على ارتفاع الأسعار.", "Protests"),
])
def test_a_demonstration_about_prices_is_one(extractor, article, lang, headline, body, expected):
    assert expected in {t for t, _ in types(extractor, article, body, lang, headline)}


@pytest.mark.parametrize("lang,body", [
    ("en", "Fuel prices rose again on Tuesday as stocks fell in Tokyo."),
    ("en", "Oil prices rallied on Tuesday after OPEC announced an output cut."),
    ("en", "Investors protested at the annual meeting as prices of the shares fell."),
    ("de", "Die Preise stiegen am Dienstag, die Aktien fielen."),
    ("de", "Der Konzern demonstrierte am Dienstag an der Börse seine Stärke: der Kurs stieg um drei Prozent."),
    ("fr", "Les prix du carburant ont augmenté mardi et les marchés ont reculé."),
    ("fr", "Le ministre a manifesté mardi son inquiétude face à la hausse des prix."),
    ("es", "Los precios del combustible subieron el martes y las bolsas cayeron."),
    ("ar", "ارتفعت الأسعار يوم الثلاثاء وتراجعت الأسهم في البورصة."),
])
def test_a_market_report_is_no_event(extractor, article, lang, body):
    assert types(extractor, article, body, lang) == []


def test_a_grievance_still_vetoes_violence_words(extractor, article):
    body = "The price war between the two airlines hit their shares on Tuesday."
    assert types(extractor, article, body, "en") == []
