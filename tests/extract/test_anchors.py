"""An event word starts an event only with something concrete beside it, and not in talk about violence."""

import pytest

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def violent(extractor, article, body, lang):
    return [e for e in extractor.extract(article(body, lang)).events if e.event_type in VIOLENT]


@pytest.mark.parametrize("lang,body", [
    ("en", "The minister said the aggression and the killing must stop."),
    ("en", "Officials condemned the attack on the convoy and called for calm."),
    ("en", "The army said no attack took place."),
    ("en", "Militants are planning attacks on the capital, intelligence officials warned."),
    ("fr", "Le ministre a condamné l'attaque et appelé au calme."),
    ("de", "Die Regierung verurteilte den Angriff scharf."),
    ("es", "El gobierno condenó el ataque contra la embajada."),
    ("ar", "وأدان الوزير الهجوم ودعا إلى ضبط النفس."),
    ("ar", "وقال إن أعمال القتل والخطف يجب أن تتوقف."),
    ("ar", "ولم يهاجم الجيش القرية."),
])
def test_talk_about_violence_is_no_event(extractor, article, lang, body):
    assert violent(extractor, article, body, lang) == []


@pytest.mark.parametrize("lang,body", [
    ("en", "A roadside bomb killed three soldiers near Kirkuk on Tuesday."),
    ("en", "The UN condemned the air strike, which killed 12 people in Rafah on Tuesday."),
    ("fr", "Une frappe de drone a tué quatre personnes à Bagdad jeudi."),
    ("ar", "قتل أربعة أشخاص في غارة بطائرة مسيرة في بغداد يوم الخميس."),
])
def test_anchored_incident_is_an_event(extractor, article, lang, body):
    assert len(violent(extractor, article, body, lang)) == 1


def test_unanchored_mention_still_adds_to_the_event_before(extractor, article):
    body = "A drone strike killed four people in Baghdad on Thursday. The attack was the third this week."
    assert len(violent(extractor, article, body, "en")) == 1
