"""One hurt by an article: "a soldier was killed", "killed a commander" count one in English as "un soldat a été
tué" does in French; an article beside no casualty word counts nobody ("a savage assault on a man who posed no
threat", "a resident who helped carry the wounded"), and an article's noun that kills is the attacker, not a victim
("a suicide bomber killed seven", "un kamikaze a tué six soldats"). Arabic, without an indefinite article, counts a
singular noun right after a casualty word ("مقتل جندي"). Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body,killed,injured", [
    ("A soldier was killed in a drone strike in Baghdad on Monday.", 1, None),
    ("A drone strike killed a commander of the Nujaba militia in Baghdad on Thursday.", 1, None),
    ("Gunmen killed a police officer and wounded two others in Baghdad on Monday.", 1, 2),
    ("A suicide bomber killed five people at a market in Baghdad on Monday.", 5, None),
    ("Israeli strikes killed a dozen people in Gaza on Monday.", 12, None),
    ("An air strike hit a market in Kyauktaw on Tuesday, killing at least 19 people and wounding more than 30. A "
     "resident who helped carry the wounded to a clinic said the market was full.", 19, 30),
])
def test_an_article_counts_one_only_beside_a_casualty_word(new_event, body, killed, injured):
    event = new_event(body, "en")
    assert (event.fatalities and event.fatalities.value) == killed
    assert (event.injuries and event.injuries.value) == injured


def test_an_article_beside_no_casualty_word_counts_nobody(extract):
    body = ('A man who stabbed his neighbour to death was jailed for life on Wednesday. The judge said the killing '
            'was "a savage and cowardly assault on a man who posed no threat".')
    assert not [e for e in extract(body, "en").events if e.status == "new"]


@pytest.mark.parametrize("lang,body,role", [
    ("en", "A suicide bomber killed seven people in Khartoum on Monday.", "attacker"),
    ("fr", "Un kamikaze a tué six soldats à Mogadiscio mercredi.", "attacker"),
    ("es", "Un grupo armado asesinó a cinco personas en un bar de Celaya el martes.", "attacker"),
    ("fr", "Un soldat a été tué lundi dans une attaque près de Gao.", "target"),
    ("de", "Ein Soldat wurde am Montag bei einem Drohnenangriff in Bagdad getötet.", "target"),
])
def test_the_article_noun_that_kills_attacks_and_the_one_killed_is_hit(new_event, lang, body, role):
    event = new_event(body, lang)
    first = event.actors[0]
    assert first.role == role, event.actors


@pytest.mark.parametrize("body,killed,injured", [
    ("قتل جندي في غارة بطائرة مسيرة في بغداد يوم الاثنين.", 1, None),
    ("مقتل جندي إسرائيلي في هجوم قرب جنين يوم الاثنين.", 1, None),
    ("قتل مدني وأصيب ثلاثة آخرون في غارة في بغداد يوم الاثنين.", 1, 3),
    ("أصيب شرطي بجروح في انفجار عبوة ناسفة في بغداد يوم الاثنين.", None, 1),
    ("مقتل جنديين في هجوم قرب كركوك يوم الاثنين.", 2, None),
    ("مقتل ثلاثة جنود في هجوم قرب كركوك يوم الاثنين.", 3, None),
    # one officer and two soldiers: the singular and the dual joined by "و" add up
    ("قتل ضابط وجنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة في ديالى يوم الاثنين.", 3, 4),
])
def test_an_arabic_singular_victim_counts_one(new_event, body, killed, injured):
    """Arabic has no indefinite article: "مقتل جندي" is one soldier killed; a dual or a number keeps its count."""
    event = new_event(body, "ar")
    assert (event.fatalities and event.fatalities.value) == killed
    assert (event.injuries and event.injuries.value) == injured
