"""Follow-up sentences about the reported incident join it: counts that refine or only relay a source's figure,
claims of responsibility, interceptions of the same fire, references back; a bystander's quote is no threat."""

import pytest


def events(extractor, article, lang, headline, body):
    return extractor.extract(article(body, lang, headline)).events


def test_an_unconfirmed_higher_toll_never_wins(extractor, article):
    evs = events(extractor, article, "en", "Car bomb kills five soldiers in northern Iraq",
                 "A car bomb killed five soldiers and wounded 11 others at a checkpoint near Kirkuk on Wednesday, the "
                 "army said. A local official gave a higher toll of eight dead; the army did not confirm the figure.")
    assert [(e.fatalities.value, e.injuries.value) for e in evs] == [(5, 11)]


@pytest.mark.parametrize("lang,headline,body,expected", [
    ("de", "Anschlag in Mossul: fünf Tote",
     "Bei einem Anschlag auf einen Markt in Mossul sind am Mittwoch fünf Menschen getötet worden. Eine "
     "Menschenrechtsgruppe sprach von acht Toten, die Angaben wurden nicht bestätigt.", 5),
    ("es", "Un ataque deja cuatro muertos en Cúcuta",
     "Cuatro personas murieron el miércoles en un ataque armado contra un bar en Cúcuta. Fuentes locales "
     "hablaron de seis muertos, cifra que no fue confirmada por la Policía.", 4),
])
def test_another_sources_figure_does_not_replace_the_report(extractor, article, lang, headline, body, expected):
    evs = [e for e in events(extractor, article, lang, headline, body) if e.status == "new"]
    assert [e.fatalities.value for e in evs] == [expected]


@pytest.mark.parametrize("lang,headline,body,expected", [
    ("fr", "Émeutes à Lyon, des dizaines de policiers blessés",
     "Des émeutiers ont affronté les forces de l'ordre mardi soir à Lyon. Au moins 37 policiers ont été blessés, "
     "selon la préfecture.", 37),
    ("en", "Riots in Leicester leave dozens of officers hurt",
     "Riots broke out in Leicester on Tuesday night, with rioters throwing bricks at police. At least 31 police "
     "officers were injured, the force said.", 31),
])
def test_a_precise_count_refines_a_vague_one(extractor, article, lang, headline, body, expected):
    evs = events(extractor, article, lang, headline, body)
    assert [e.injuries.value for e in evs] == [expected]


def test_a_claim_of_responsibility_names_the_claimant_only(extractor, article):
    evs = events(extractor, article, "en", "Suicide bomber kills six police in northwest Pakistan",
                 "A suicide bomber killed six policemen at a checkpoint in Bannu on Tuesday, officials said. "
                 "The Pakistani Taliban, known by its initials TTP, claimed responsibility in a statement and "
                 "threatened further attacks on security forces.")
    assert len([e for e in evs if e.status != "threat"]) == 1
    roles = {(a.name, a.role) for a in evs[0].actors}
    assert ("Pakistani Taliban", "claimant") in roles and ("Pakistani Taliban", "attacker") in roles
    assert not any(a.role == "target" and a.name != "Police" for a in evs[0].actors)


@pytest.mark.parametrize("lang,headline,body", [
    ("es", "Ataque con drones contra Járkov",
     "Un ataque con drones rusos alcanzó el miércoles un edificio residencial en Járkov. Las defensas antiaéreas "
     "derribaron 20 de los 25 drones lanzados contra la región."),
    ("en", "Russian drone attack on Kharkiv",
     "Russian drones hit a residential building in Kharkiv on Wednesday. Air defences shot down 20 of the 25 drones "
     "launched at the region."),
])
def test_an_interception_of_the_attacks_own_weapons_is_part_of_it(extractor, article, lang, headline, body):
    evs = events(extractor, article, lang, headline, body)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_an_interception_of_other_weapons_stays_apart(extractor, article):
    evs = events(extractor, article, "de", "Huthi feuern Raketen auf Tanker",
                 "Die Huthi-Miliz hat am Dienstag zwei Raketen auf einen Tanker im Roten Meer abgefeuert. Ein "
                 "US-Zerstörer habe zudem vier Drohnen abgefangen.")
    assert sorted(e.sub_event_type for e in evs) == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_interception_by_the_other_side_confirms_a_claimed_salvo(extractor, article):
    evs = events(extractor, article, "fr", "Le Hezbollah dit avoir tiré des roquettes sur Israël",
                 "Le Hezbollah a dit avoir tiré une salve de roquettes sur une caserne de Metoula, dans le nord "
                 "d'Israël. L'armée israélienne a indiqué que plusieurs projectiles avaient été interceptés.")
    shelling = [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.status for e in shelling] == ["new"]


@pytest.mark.parametrize("lang,headline,body", [
    ("es", "Combates entre grupos armados dejan seis muertos en Arauca",
     "Seis personas murieron el miércoles en combates entre grupos armados en zona rural de Arauca, informó la "
     "Defensoría. Los enfrentamientos comenzaron el lunes y se prolongaron durante horas."),
    ("de", "Sechs Tote bei Kämpfen in Tripolis",
     "Bei Kämpfen zwischen bewaffneten Gruppen in Tripolis sind am Mittwoch sechs Menschen getötet worden. Die "
     "Kämpfe hatten am Montag begonnen."),
    ("en", "Six dead in clashes in Tripoli",
     "Six people were killed on Wednesday in clashes between armed groups in Tripoli. The clashes had begun on "
     "Monday."),
])
def test_the_clashes_refer_back(extractor, article, lang, headline, body):
    evs = events(extractor, article, lang, headline, body)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_the_missile_refers_back(extractor, article):
    evs = events(extractor, article, "ar", "مقتل أربعة مدنيين بصاروخ على مدينة تعز",
                 "تعز - قتل أربعة مدنيين يوم الأحد بصاروخ سقط على حي سكني في مدينة تعز. وقال شهود إن الصاروخ "
                 "سقط قرب سوق شعبي في مدينة الحديدة.")
    assert len(evs) == 1


@pytest.mark.parametrize("lang,headline,body", [
    ("en", "Students march in Nairobi over tuition fees",
     'Thousands of students marched in Nairobi on Monday over tuition fees. "We will not stop until they listen," '
     "said one student."),
    ("fr", "Des étudiants manifestent à Dakar",
     "Des milliers d'étudiants ont manifesté lundi à Dakar. « Nous reviendrons demain », a déclaré une étudiante."),
])
def test_a_bystanders_quote_is_no_threat(extractor, article, lang, headline, body):
    assert not [e for e in events(extractor, article, lang, headline, body) if e.status == "threat"]


def test_a_partys_vow_is_a_threat(extractor, article):
    evs = events(extractor, article, "en", "Drone strike kills militia commander in Baghdad",
                 'A drone strike killed a militia commander in Baghdad on Thursday. "We will make them regret it," '
                 "one of the group's leaders said.")
    assert [e.status for e in evs].count("threat") == 1


def test_a_court_report_on_a_stabbing_invents_no_attack(extractor, article):
    evs = events(extractor, article, "en", "Man jailed for 2019 murder of shopkeeper",
                 "A man was jailed for life on Tuesday for murdering a shopkeeper in 2019. The victim suffered nine "
                 "stab wounds and died at the scene.")
    assert not [e for e in evs if e.status == "new"]


def test_a_cue_word_inside_a_groups_name_is_no_cue(extractor, article):
    evs = extractor.extract(article("اندلعت اشتباكات بين قوات جهاز الردع واللواء 444 في طرابلس يوم الاثنين، ما أدى إلى "
                                    "مقتل خمسة أشخاص.", "ar")).events
    assert [e.status for e in evs] == ["new"]
    assert {(a.name, a.role) for a in evs[0].actors} >= {("Radaa Deterrence Force", "attacker"),
                                                          ("444 Brigade", "attacker")}
