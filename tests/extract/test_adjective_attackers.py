"""A country adjective or demonym beside an attack noun names the attacker: that country's forces, with its code,
for a weak noun ("Israeli strikes", "israelische Angriffe", "ataques israelíes", "هجوم إسرائيلي") as for a strong
one; beside a verb or a casualty word it names nobody ("An Israeli was killed"). Texts written for these tests."""

from __future__ import annotations

import pytest


def attackers(event) -> set[tuple[str, str | None]]:
    return {(a.name, a.country_code) for a in event.actors if a.role == "attacker"}


def only_event(extractor, article, body, lang):
    events = [e for e in extractor.extract(article(body, lang)).events if e.status == "new"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("lang,body,expected", [
    ("en", "Israeli strikes killed at least 14 people in Deir al-Balah on Wednesday, the health ministry said.",
     ("Israeli forces", "IL")),
    ("en", "Russian attacks on Kherson killed two civilians and wounded nine on Sunday, regional officials said.",
     ("Russian forces", "RU")),
    ("en", "Turkish raids on Kurdish positions near Qandil killed four fighters on Tuesday.", ("Turkish forces", "TR")),
    ("de", "Bei israelischen Angriffen im Flüchtlingsviertel von Dschabalia wurden am Mittwoch 15 Menschen getötet.",
     ("Israeli forces", "IL")),
    ("de", "Russische Angriffe auf Charkiw haben am Montag drei Zivilisten getötet.", ("Russian forces", "RU")),
    ("fr", "Des frappes israéliennes ont tué douze personnes mercredi à Khan Younès, selon la défense civile.",
     ("Israeli forces", "IL")),
    ("fr", "Des tirs russes ont tué deux civils dimanche à Kherson, a annoncé le gouverneur.",
     ("Russian forces", "RU")),
    ("es", "Los ataques israelíes mataron a doce personas el miércoles en Rafah, según fuentes médicas.",
     ("Israeli forces", "IL")),
    ("es", "Un ataque turco contra una aldea cerca de Dohuk mató a tres personas el martes.", ("Turkish forces", "TR")),
    ("ar", "قتل 15 فلسطينيا في هجوم إسرائيلي على خان يونس يوم الأربعاء.", ("Israeli forces", "IL")),
    ("ar", "أدت ضربات روسية على خاركيف يوم الاثنين إلى مقتل ثلاثة مدنيين.", ("Russian forces", "RU")),
    ("ar", "غارات إسرائيلية على غزة تقتل 20 شخصا يوم الأربعاء", ("Israeli forces", "IL")),
])
def test_adjective_before_or_after_an_attack_noun_is_the_attacker(extractor, article, lang, body, expected):
    assert expected in attackers(only_event(extractor, article, body, lang))


@pytest.mark.parametrize("lang,body", [
    ("en", "An Israeli was killed in a stabbing attack in Jerusalem on Monday, police said."),
    ("en", "Two Iraqi soldiers were killed in an attack on a checkpoint near Tarmiyah on Friday."),
    ("de", "Zwei irakische Soldaten wurden am Freitag bei einem Angriff auf einen Kontrollpunkt nahe Tarmija getötet."),
    ("fr", "Deux soldats irakiens ont été tués vendredi dans une attaque contre un poste de contrôle près de Tarmiya."),
    ("es", "Los muertos palestinos en el ataque del lunes contra Yenín ascienden a siete, según el ministerio."),
    ("ar", "قتل فلسطينيان في هجوم على حاجز قرب جنين يوم الاثنين."),
    ("ar", "أصيب ثلاثة أشخاص في استهداف جنود إسرائيليين قرب جنين يوم الاثنين."),
])
def test_a_demonym_beside_a_victim_or_verb_names_no_attacking_country(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert events
    for event in events:
        assert not {c for _, c in attackers(event)} & {"IL", "IQ", "PS"}


@pytest.mark.parametrize("lang,body", [
    ("en", "Analysts say any Israeli attack on Iranian nuclear sites would need American support."),
    ("ar", "وتقول الحكومة إنها ستضاعف جهودها لحماية نفسها من أي هجوم أميركي."),
])
def test_a_country_beside_a_weak_noun_anchors_no_event_of_its_own(extractor, article, lang, body):
    events = extractor.extract(article(body, lang)).events
    assert not [e for e in events if e.status in ("new", "claimed")]
