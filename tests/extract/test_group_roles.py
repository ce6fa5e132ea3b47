"""Who a group is and what it does: a force word in a spokesman's title, a generic noun or adjective before a named
group, a country after a force noun, the subject after "said", a clash partner, a verb-first subject, a claim that
ends on the act claimed; written for held-out misses, in every language where the construction exists."""

import pytest


def roles(extractor, article, lang, text, headline=""):
    evs = extractor.extract(article(text, lang, headline)).events
    return {(a.name, a.role) for e in evs for a in e.actors}


@pytest.mark.parametrize("lang,text", [
    ("en", "Houthi military spokesman Yahya Saree claimed the attack on a ship in the Red Sea on Monday."),
    ("en", "The Houthis' military spokesman Yahya Saree claimed the attack on a ship in the Red Sea on Monday."),
    ("es", "El portavoz militar de los hutíes, Yahya Saree, reivindicó el ataque contra un buque en el mar Rojo el "
           "lunes."),
    ("fr", "Le porte-parole militaire des Houthis, Yahya Saree, a revendiqué l'attaque contre un navire en mer Rouge "
           "lundi."),
    ("ar", "وتبنى المتحدث العسكري باسم الحوثيين يحيى سريع الهجوم على سفينة في البحر الأحمر يوم الاثنين."),
])
def test_military_in_a_spokesmans_title_is_the_groups(extractor, article, lang, text):
    got = roles(extractor, article, lang, text)
    assert not any(name == "Security forces" for name, _ in got)
    if lang != "ar":
        assert ("Houthis", "claimant") in got


@pytest.mark.parametrize("lang,text,group", [
    ("de", "Bei einem Angriff der paramilitärischen RSF auf ein Lager in Darfur wurden am Montag 20 Menschen getötet.",
     "Rapid Support Forces"),
    ("de", "Bei dem Angriff der radikalislamischen Al-Shabaab auf einen Stützpunkt in Mogadischu wurden am Montag acht "
           "Soldaten getötet.", "al-Shabaab"),
    ("fr", "L'attaque des paramilitaires des FSR contre El Facher a fait 15 morts lundi.", "Rapid Support Forces"),
    ("es", "El ataque de las paramilitares FAR contra El Fasher dejó 15 muertos el lunes.", "Rapid Support Forces"),
    ("es", "El ataque de los paramilitares de las FAR contra El Fasher dejó 15 muertos el lunes.",
     "Rapid Support Forces"),
    ("en", "The attack by the paramilitary RSF on El Fasher killed 15 people on Monday.", "Rapid Support Forces"),
])
def test_an_adjective_or_noun_before_the_group_keeps_it_the_attacker(extractor, article, lang, text, group):
    got = roles(extractor, article, lang, text)
    assert (group, "attacker") in got and (group, "target") not in got
    assert not any(name == "Militia" for name, _ in got)


@pytest.mark.parametrize("lang,text,group", [
    ("es", "Los combatientes de Al Shabab atacaron una base del ejército somalí en Mogadiscio el martes.",
     "al-Shabaab"),
    ("es", "El ejército nigeriano atacó a los yihadistas de Boko Haram en Borno el lunes y mató a 20 insurgentes.",
     "Boko Haram"),
    ("fr", "Une frappe de drone israélienne a tué deux combattants du Hezbollah près de Nabatiyé mardi.", "Hezbollah"),
    ("en", "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing at least 9 people, police said.",
     "al-Shabaab"),
    ("ar", "قتل مسلحون من حركة طالبان باكستان ستة جنود في وزيرستان يوم الاثنين.", "Pakistani Taliban"),
])
def test_a_generic_noun_of_a_named_group_is_no_second_actor(extractor, article, lang, text, group):
    got = roles(extractor, article, lang, text)
    assert any(name == group for name, _ in got)
    assert not any(name == "Unidentified armed group" for name, _ in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between the army and Arakan Army fighters killed 12 people in Rakhine on Monday."),
    ("fr", "Des affrontements entre l'armée et les ADF ont fait dix morts lundi près de Beni."),
])
def test_and_between_a_force_and_a_group_links_two_sides(extractor, article, lang, text):
    assert ("Security forces", "attacker") in roles(extractor, article, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("es", "Las fuerzas de Israel bombardearon Rafah el lunes y mataron a 12 civiles."),
    ("fr", "Les forces d'Israël ont bombardé Rafah lundi, tuant 12 civils."),
])
def test_a_country_after_a_force_noun_names_whose_forces(extractor, article, lang, text):
    assert ("Israeli forces", "attacker") in roles(extractor, article, lang, text)


def test_an_event_word_ends_the_phrase_of_a_country_adjective(extractor, article):
    got = roles(extractor, article, "en", "A US drone strike killed a commander of the Nujaba militia in east Baghdad "
                "on Thursday.", "US strike kills militia commander in Baghdad")
    assert ("US military", "attacker") in got
    assert not any(name == "US militia" for name, _ in got)


@pytest.mark.parametrize("lang,text,subject", [
    ("en", "Police said Islamic State militants ambushed an army patrol near Kirkuk on Sunday, killing four soldiers.",
     "Islamic State"),
    ("en", "John Hartley, a town councillor, said gunmen killed six people in Kano on Tuesday.",
     "Unidentified armed group"),
])
def test_the_subject_after_said_acts(extractor, article, lang, text, subject):
    assert (subject, "attacker") in roles(extractor, article, lang, text)


def test_a_verb_first_speaker_stays_a_speaker(extractor, article):
    got = roles(extractor, article, "ar", "قالت مصادر في الشرطة العراقية إن طائرة مسيرة أطلقت صاروخين على مقر تابع "
                "لحركة النجباء في شرق بغداد يوم الخميس، ما أسفر عن مقتل أربعة أشخاص.")
    assert not any(name == "Iraqi police" for name, _ in got)


@pytest.mark.parametrize("lang,text,sides", [
    ("es", "Militares colombianos se enfrentaron el martes con guerrilleros del ELN en Arauca; murieron dos soldados.",
     {"Colombian forces", "ELN"}),
    ("en", "Colombian soldiers clashed with ELN guerrillas in Arauca on Tuesday, leaving two soldiers dead.",
     {"Colombian forces", "ELN"}),
    ("fr", "Des soldats maliens ont combattu lundi avec des jihadistes du JNIM près de Mopti, faisant dix morts.",
     {"Malian forces", "JNIM"}),
])
def test_who_a_force_clashed_with_is_a_side(extractor, article, lang, text, sides):
    got = roles(extractor, article, lang, text)
    assert {(s, "attacker") for s in sides} <= got


@pytest.mark.parametrize("text,roles_", [
    ("هاجم مسلحون قرية قرب مدينة بني في شرق الكونغو يوم الاثنين وقتلوا 12 مدنيا.",
     {("Unidentified armed group", "attacker"), ("Civilians", "victim")}),
    ("قتلت القوات خمسة مسلحين قرب تكريت يوم الجمعة.",
     {("Security forces", "attacker"), ("Unidentified armed group", "target")}),
    ("قتل مسلحون ثلاثة مزارعين يوم الأحد في ريف درعا.", {("Unidentified armed group", "attacker")}),
    ("قتل مسلحون 12 شخصا يوم الأحد في ريف درعا.", {("Unidentified armed group", "attacker")}),
])
def test_arabic_subject_after_the_verb_acts(extractor, article, text, roles_):
    assert roles_ <= roles(extractor, article, "ar", text)


def test_soldiers_killed_after_the_verb_stay_victims(extractor, article):
    got = roles(extractor, article, "ar", "قتل عشرة جنود يوم الاثنين في هجوم مسلح على معسكر للجيش قرب تمبكتو.",
                "مقتل جنود في هجوم قرب تمبكتو")
    assert ("Security forces", "target") in got and ("Security forces", "attacker") not in got


@pytest.mark.parametrize("lang,text,group,target", [
    ("en", "Hezbollah said it fired rockets at an Israeli army base in the Upper Galilee on Monday.", "Hezbollah",
     "Israeli forces"),
    ("en", "The Houthis said they fired missiles at a commercial ship in the Gulf of Aden on Monday.", "Houthis",
     "Commercial vessel"),
])
def test_a_claim_ending_on_the_act_keeps_the_act(extractor, article, lang, text, group, target):
    evs = extractor.extract(article(text, lang)).events
    assert [(e.status, e.sub_event_type) for e in evs] == [("claimed", "Shelling/artillery/missile attack")]
    got = {(a.name, a.role) for a in evs[0].actors}
    assert {(group, "claimant"), (group, "attacker"), (target, "target")} <= got


def test_a_named_groups_fighters_in_the_headline_are_the_group(extractor, article):
    got = roles(extractor, article, "fr", "L'attaque des paramilitaires des FSR contre un marché d'El Facher a fait 15 "
                "morts lundi.", "Soudan - 15 morts dans une attaque des paramilitaires à El Facher")
    assert got == {("Rapid Support Forces", "attacker")}


def test_a_battles_actors_are_the_armed_sides(extractor, article):
    evs = extractor.extract(article("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم أمس "
                                    "الخميس، ما أدى إلى مقتل 15 مدنيا على الأقل.", "ar")).events
    assert evs[0].event_type == "Battles"
    assert {a.name for a in evs[0].actors} == {"Sudanese forces", "Rapid Support Forces"}


@pytest.mark.parametrize("lang,text", [
    ("en", "A roadside bomb killed five soldiers in North Waziristan on Thursday. No group immediately claimed "
           "responsibility, but the Pakistani Taliban have stepped up attacks on security forces."),
    ("fr", "Une bombe a tué cinq soldats jeudi au Nord-Waziristan. Aucun groupe n'a revendiqué l'attaque, mais les "
           "talibans pakistanais ont multiplié les attaques."),
    ("es", "Una bomba mató a cinco soldados el jueves en Waziristán del Norte. Ningún grupo ha reivindicado el ataque, "
           "pero los talibanes paquistaníes han intensificado sus ataques."),
    ("de", "Eine Bombe tötete am Donnerstag fünf Soldaten in Nord-Waziristan. Zu dem Anschlag bekannte sich zunächst "
           "niemand, die pakistanischen Taliban haben ihre Angriffe aber verstärkt."),
])
def test_no_claim_names_no_claimant(extractor, article, lang, text):
    assert not any(role == "claimant" for _, role in roles(extractor, article, lang, text))


@pytest.mark.parametrize("text", [
    "Sudan's army repelled an attack by the Rapid Support Forces on El Fasher on Saturday, the military said.",
    "The Sudan army repelled an attack by the Rapid Support Forces on El Fasher on Saturday.",
])
def test_a_country_owning_the_force_names_it(extractor, article, text):
    got = roles(extractor, article, "en", text)
    assert any(name == "Sudanese forces" for name, _ in got)
    assert not any(name == "Security forces" for name, _ in got)


@pytest.mark.parametrize("lang,text", [
    ("de", "Bei einem Angriff von Rebellen auf Zivilisten im Osten der Demokratischen Republik Kongo wurden am "
           "Montag 18 Menschen getötet. Kämpfer der ADF hätten Bewohner der Kleinstadt Oicha mit Macheten "
           "angegriffen."),
    ("en", "Rebels killed 18 civilians in an attack in eastern Congo on Monday. ADF fighters attacked residents of the "
           "town of Oicha with machetes, a local official said."),
])
def test_the_next_sentence_naming_the_town_tells_who_attacked(extractor, article, lang, text):
    evs = [e for e in extractor.extract(article(text, lang)).events if e.status == "new"]
    assert len(evs) == 1
    assert ("Allied Democratic Forces", "attacker") in {(a.name, a.role) for a in evs[0].actors}
