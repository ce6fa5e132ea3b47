"""Short wire articles written for this suite (live blogs, explainers, recaps, claims, and news that borrows "attack"
and "strike"): the new events each reports, by type, with the actors whose roles matter."""

import pytest

# (lang, headline, body, [(status, sub-event type)] of the events that are not background, {(actor, role)} required)
ARTICLES = [
    ("en", "LIVE: Israel-Hamas war",
     "10:15 GMT - Israeli air strikes killed at least 12 people in Rafah overnight, Gaza health officials said. "
     "10:40 GMT - Ceasefire talks are due to resume in Cairo on Thursday, Egyptian officials said.",
     [("new", "Air/drone strike")], {("Israeli forces", "attacker")}),
    ("en", "Explainer: Who are the Houthis?",
     "The Houthis, a Yemeni rebel group backed by Iran, have attacked dozens of ships in the Red Sea since November. "
     "The group says the attacks are in solidarity with Palestinians.", [], set()),
    ("en", "Heart attack kills former minister",
     "Former defence minister John Smith died of a heart attack at his home in London on Monday, his family said.",
     [], set()),
    ("en", "Nigerian troops kill 20 insurgents in Borno",
     "Nigerian troops killed 20 insurgents in an operation near Maiduguri on Monday, the army said. The operation was "
     "the second this month after one on January 2 that killed 15 militants near Bama.",
     [("new", "Armed clash")], {("Nigerian forces", "attacker"), ("Rebels", "target")}),
    ("fr", "Grève à la SNCF",
     "Les cheminots ont lancé une grève lundi à Paris pour protester contre la réforme des retraites.", [], set()),
    ("fr", "Soudan - 15 morts dans une attaque des paramilitaires à El Facher",
     "L'attaque des paramilitaires des FSR contre un marché d'El Facher a fait 15 morts lundi, selon des sources "
     "médicales.", [("new", "Attack")], {("Rapid Support Forces", "attacker")}),
    ("es", "Huelga de médicos en Madrid",
     "Los médicos de Madrid iniciaron una huelga el lunes para exigir mejores condiciones laborales.", [], set()),
    ("es", "Combates en Arauca",
     "Militares colombianos se enfrentaron el martes con guerrilleros del ELN en Arauca; murieron dos soldados, "
     "informó el Ejército.", [("new", "Armed clash")], {("Colombian forces", "attacker"), ("ELN", "attacker")}),
    ("es", "Ataque con drones en Bagdad",
     "Un ataque con drones mató a un comandante de una milicia en Bagdad el jueves. El ataque, el segundo este mes "
     "tras el del 2 de enero contra una base en Jurf al Sakhar, fue condenado por el gobierno.",
     [("new", "Air/drone strike")], set()),
    ("es", "Los hutíes atacan un buque en el mar Rojo",
     "Los hutíes lanzaron misiles contra un buque mercante en el mar Rojo el lunes, según el ejército estadounidense.",
     [("new", "Shelling/artillery/missile attack")], {("Houthis", "attacker"), ("Commercial vessel", "target")}),
    ("de", "Drohnenangriff auf Odessa",
     "Bei einem Drohnenangriff auf Odessa wurde am Montag ein Wohnhaus beschädigt, teilte die Militärverwaltung mit.",
     [("new", "Air/drone strike")], set()),
    ("de", "Herzinfarkt: Ex-Minister gestorben",
     "Der frühere Verteidigungsminister starb am Montag in Berlin an einem Herzinfarkt.", [], set()),
    ("de", "Sudan: Angriff auf Lager in Darfur",
     "Bei einem Angriff der paramilitärischen RSF auf ein Flüchtlingslager in Darfur wurden am Montag 20 Menschen "
     "getötet.", [("new", "Attack")], {("Rapid Support Forces", "attacker")}),
    ("ar", "الجيش الصومالي يقتل 20 من مسلحي الشباب",
     "قتل الجيش الصومالي 20 من مسلحي حركة الشباب في هجوم على معاقلهم قرب مقديشو يوم الثلاثاء.",
     [("new", "Armed clash")], {("Somali forces", "attacker"), ("al-Shabaab", "target")}),
    ("ar", "إضراب في البصرة", "أضرب عمال النفط في البصرة يوم الاثنين للمطالبة بزيادة الأجور.", [], set()),
    ("ar", "هجوم على قرية في الكونغو", "هاجم مسلحون قرية قرب مدينة بني في شرق الكونغو يوم الاثنين وقتلوا 12 مدنيا.",
     [("new", "Attack")], {("Unidentified armed group", "attacker"), ("Civilians", "victim")}),
]


@pytest.mark.parametrize("lang,headline,body,expected,actors", ARTICLES, ids=[a[1][:40] for a in ARTICLES])
def test_wire_article(extractor, article, lang, headline, body, expected, actors):
    evs = [e for e in extractor.extract(article(body, lang, headline)).events if e.status != "background"]
    assert [(e.status, e.sub_event_type) for e in evs] == expected
    assert actors <= {(a.name, a.role) for e in evs for a in e.actors}


@pytest.mark.parametrize("lang,headline,body", [
    ("fr", "Yémen - les Houthis revendiquent une attaque contre un navire",
     "Le porte-parole militaire des Houthis, Yahya Saree, a revendiqué lundi une attaque de missiles contre un navire "
     "marchand en mer Rouge."),
    ("en", "Houthis claim missile attack on ship",
     "Houthi military spokesman Yahya Saree said the group fired missiles at a merchant ship in the Red Sea on "
     "Monday."),
])
def test_a_spokesmans_claim_is_the_groups(extractor, article, lang, headline, body):
    evs = extractor.extract(article(body, lang, headline)).events
    assert evs and all(e.status == "claimed" for e in evs)
    got = {(a.name, a.role) for e in evs for a in e.actors}
    assert ("Houthis", "claimant") in got and not any(name == "Security forces" for name, _ in got)
