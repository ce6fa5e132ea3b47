"""The one who threatens after an attack ("..., Washington vows to retaliate") is the actor of the threat, not the
attacker of the attack told in the same sentence. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,headline", [
    ("en", "Drone attack kills three US soldiers in Jordan, Washington vowed to retaliate"),
    ("de", "Drei US-Soldaten bei Drohnenangriff in Jordanien getötet, Washington drohte mit Vergeltung"),
    ("fr", "Jordanie: trois soldats américains tués par un drone, Washington promet de riposter"),
    ("es", "Un ataque con dron mata a tres soldados estadounidenses en Jordania, Washington amenaza con responder"),
    ("ar", "مقتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة في الأردن وواشنطن تتوعد بالرد"),
])
def test_the_threatening_side_is_no_attacker_of_the_attack(extractor, article, lang, headline):
    body = headline + "."
    events = extractor.extract(article(body, lang, headline=headline)).events
    [attack] = [e for e in events if e.status == "new"]
    assert any(a.kind == "us_military" and a.role == "target" for a in attack.actors)
    assert not [a for a in attack.actors if a.role == "attacker" and a.kind == "us_military"], attack.actors


def test_an_actor_before_the_attack_word_keeps_its_role(extractor, article):
    body = "US forces struck a militia depot near al-Qaim on Friday, and the militia vowed to retaliate."
    events = extractor.extract(article(body, "en")).events
    [strike] = [e for e in events if e.status == "new"]
    assert [a.kind for a in strike.actors if a.role == "attacker"] == ["us_military"]
