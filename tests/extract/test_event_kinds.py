"""Event kinds from the words around the event word: firing gunmen who torch houses attack, they do not riot;
security forces dispersing a sit-in intervene in a protest."""

import pytest


def kinds(extractor, article, lang, headline, body):
    return [e.sub_event_type for e in extractor.extract(article(body, lang, headline)).events if e.status == "new"]


@pytest.mark.parametrize("lang,headline,body", [
    ("fr", "Au moins 20 morts dans une attaque de gang à Mirebalais",
     "Au moins 20 personnes ont été tuées mardi à Mirebalais. Les assaillants, armés de fusils, ont ouvert le feu "
     "sur des habitants et incendié au moins 30 maisons."),
    ("en", "Gunmen kill 20 in attack on village in Plateau",
     "Gunmen killed at least 20 people in a village in Plateau state on Tuesday. The attackers opened fire on "
     "residents with rifles and torched 40 houses."),
])
def test_gunmen_who_torch_houses_attack(extractor, article, lang, headline, body):
    assert kinds(extractor, article, lang, headline, body) == ["Attack"]


def test_a_crowd_that_torches_houses_riots(extractor, article):
    got = kinds(extractor, article, "fr", "Nuit d'émeutes à Cayenne",
                "Des centaines d'émeutiers ont incendié des voitures mardi soir à Cayenne.")
    assert got == ["Violent demonstration"]


@pytest.mark.parametrize("lang,headline,body", [
    ("ar", "الأمن يفرق بالقوة وقفة احتجاجية للمعلمين في عمان",
     "عمان - فرقت قوات الأمن الثلاثاء وقفة احتجاجية نظمها مئات المعلمين أمام مقر الحكومة في عمان."),
    ("en", "Police forcibly dispersed a sit-in by teachers in Amman",
     "Police in Amman forcibly dispersed a sit-in by hundreds of teachers outside the cabinet office on Tuesday."),
    ("es", "La Policía dispersó por la fuerza una protesta de maestros en Quito",
     "La Policía dispersó por la fuerza el martes una protesta de cientos de maestros frente al Congreso en Quito."),
    ("de", "Polizei löst Protest von Lehrern in Amman gewaltsam auf",
     "In Amman hat die Polizei am Dienstag einen Protest von Hunderten Lehrern vor dem Regierungssitz gewaltsam "
     "aufgelöst."),
])
def test_forcible_dispersal_is_an_intervention(extractor, article, lang, headline, body):
    assert kinds(extractor, article, lang, headline, body) == ["Protest with intervention"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Violence has surged in the southeast since the PKK ended a ceasefire with the government in 2015."),
    ("de", "Seit die PKK 2015 die Waffenruhe aufgekündigt hat, ist die Gewalt im Südosten eskaliert."),
    ("fr", "Le PKK a rompu le cessez-le-feu avec le gouvernement en 2015, et les violences ont repris."),
    ("es", "El PKK rompió el alto el fuego con el Gobierno en 2015 y la violencia se disparó en el sureste."),
    ("ar", "تصاعد العنف في الجنوب الشرقي منذ انهيار الهدنة بين حزب العمال الكردستاني والحكومة عام 2015."),
])
def test_the_end_of_a_ceasefire_is_no_agreement(extractor, article, lang, text):
    evs = extractor.extract(article(text, lang)).events
    assert not [e for e in evs if e.sub_event_type == "Agreement"]
