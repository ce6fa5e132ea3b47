"""Roles from the frame around an actor: the sides of a clash, an attack noun's genitive, an escort, a headline
passive or claim, the owner of a speaker, Arabic "which X fired"; named armed groups in five languages."""

import pytest


def roles(extractor, article, lang, headline, body=""):
    evs = extractor.extract(article(body or headline, lang, headline if body else "")).events
    return {(a.name, a.role) for e in evs for a in e.actors}


@pytest.mark.parametrize("lang,text,sides", [
    ("en", "Clashes between the army and Arakan Army fighters killed 12 people in Rakhine on Monday.",
     {"Security forces", "Arakan Army"}),
    ("es", "Combates entre el ELN y disidencias de las FARC dejaron nueve muertos en Arauca el lunes.",
     {"ELN", "FARC dissidents"}),
    ("fr", "Des affrontements entre l'armée et les ADF ont fait dix morts lundi près de Beni.",
     {"Security forces", "Allied Democratic Forces"}),
    ("de", "Bei Kämpfen zwischen der Armee und der RSF wurden am Montag 14 Menschen getötet.",
     {"Security forces", "Rapid Support Forces"}),
    ("ar", "قتل 9 أشخاص في اشتباكات بين قوات الردع واللواء 444 في طرابلس يوم الاثنين.",
     {"Radaa Deterrence Force", "444 Brigade"}),
])
def test_both_sides_of_a_clash_fight(extractor, article, lang, text, sides):
    got = roles(extractor, article, lang, text)
    assert {(s, "attacker") for s in sides} <= got
    assert not any(name in sides and role == "target" for name, role in got)


@pytest.mark.parametrize("lang,text,attacker", [
    ("de", "Bei einem Angriff der RSF auf ein Flüchtlingslager in Darfur wurden am Montag 20 Menschen getötet.",
     "Rapid Support Forces"),
    ("fr", "L'attaque du Hamas contre un kibboutz près de Sdérot a fait 40 morts lundi.", "Hamas"),
    ("es", "Un ataque del ELN contra una base militar en Arauca dejó dos soldados muertos el lunes.", "ELN"),
])
def test_an_attack_nouns_genitive_is_the_attacker(extractor, article, lang, text, attacker):
    got = roles(extractor, article, lang, text)
    assert (attacker, "attacker") in got and (attacker, "target") not in got


@pytest.mark.parametrize("lang,text,escort", [
    ("fr", "Un convoi humanitaire escorté par l'armée a été attaqué lundi près de Djibo, faisant six morts.",
     "Security forces"),
    ("en", "Gunmen attacked a fuel convoy escorted by police near Zamfara on Monday, killing four drivers.", "Police"),
    ("es", "Hombres armados atacaron el lunes un convoy escoltado por militares en Sinaloa y mataron a tres.",
     "Security forces"),
])
def test_an_escort_is_no_attacker(extractor, article, lang, text, escort):
    assert (escort, "attacker") not in roles(extractor, article, lang, text)


def test_headline_passive_and_claim(extractor, article):
    got = roles(extractor, article, "en", "Tanker hit by drone off Aden, Houthis claim attack",
                "A tanker was struck by a drone off Aden on Monday, a maritime security firm said.")
    assert ("Commercial vessel", "target") in got and ("Houthis", "attacker") in got
    assert ("Houthis", "target") not in got


def test_the_owner_of_a_speaking_agency_is_no_party(extractor, article):
    got = roles(extractor, article, "en", "Ship attacked in Gulf of Aden",
                "A bulk carrier was struck by a missile in the Gulf of Aden on Monday, the British military's "
                "maritime security agency said.")
    assert not any(name == "British forces" for name, _ in got)


def test_arabic_which_they_fired_names_the_attacker(extractor, article):
    got = roles(extractor, article, "ar", "مقتل مدنيين اثنين بقذيفة أطلقها الحوثيون على تعز")
    assert ("Houthis", "attacker") in got and ("Houthis", "target") not in got


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Tehrik-e-Taliban Pakistan fighters killed six soldiers in Waziristan on Monday.", "Pakistani Taliban"),
    ("de", "Bei einem Angriff der pakistanischen Taliban wurden am Montag sechs Soldaten in Waziristan getötet.",
     "Pakistani Taliban"),
    ("fr", "Les talibans pakistanais ont tué six soldats lundi au Waziristan.", "Pakistani Taliban"),
    ("es", "Los talibanes paquistaníes mataron a seis soldados el lunes en Waziristán.", "Pakistani Taliban"),
    ("ar", "قتل مسلحون من حركة طالبان باكستان ستة جنود في وزيرستان يوم الاثنين.", "Pakistani Taliban"),
    ("en", "ADF rebels killed 11 villagers near Beni on Monday.", "Allied Democratic Forces"),
    ("fr", "Les Forces démocratiques alliées ont tué onze villageois lundi près de Beni.", "Allied Democratic Forces"),
    ("es", "Guerrilleros del Ejército de Liberación Nacional atacaron el lunes una base militar en Arauca y "
           "mataron a dos soldados.", "ELN"),
    ("de", "Bei einem Angriff von FARC-Dissidenten wurden am Montag zwei Soldaten in Cauca getötet.",
     "FARC dissidents"),
    ("en", "Israeli troops killed three men in Jenin on Monday.", "Israeli forces"),
    ("en", "Viv Ansanm gangs attacked a police station in Port-au-Prince on Monday, killing two officers.",
     "Viv Ansanm"),
])
def test_named_armed_groups(extractor, article, lang, text, name):
    assert name in {n for n, _ in roles(extractor, article, lang, text)}


@pytest.mark.parametrize("lang,text,blamed", [
    ("fr", "Une embuscade attribuée à des jihadistes a tué 12 soldats lundi près de Djibo.",
     "Unidentified armed group"),
    ("es", "Un ataque atribuido al ELN dejó dos soldados muertos el lunes en Arauca.", "ELN"),
    ("en", "An attack attributed to ADF rebels killed 12 villagers near Beni on Monday.", "Allied Democratic Forces"),
    ("ar", "قتل 12 شخصا في هجوم نسب إلى القوات الديمقراطية المتحالفة قرب بيني يوم الاثنين.",
     "Allied Democratic Forces"),
])
def test_who_an_attack_is_attributed_to_is_blamed(extractor, article, lang, text, blamed):
    got = roles(extractor, article, lang, text)
    assert (blamed, "blamed") in got and (blamed, "target") not in got
