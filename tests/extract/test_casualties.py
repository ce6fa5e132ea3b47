import pytest

from worker.extract.casualties import find_casualties
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold


def cas(lang, text):
    f = fold(text)
    c = find_casualties(lexicon(lang).index(f), 0, len(f))
    killed, injured = c.best("killed"), c.best("injured")
    return (killed.number.value if killed else None, injured.number.value if injured else None, c.leader_span is not None)


def test_german_counts_ignore_weapons_and_subsets():
    text = ("eine Drohne habe mindestens zwei Raketen abgefeuert und vier Menschen getötet, darunter einen lokalen "
            "Kommandeur der Gruppe und einen seiner Helfer")
    assert cas("de", text) == (4, None, True)


def test_english_killed_and_wounded():
    assert cas("en", "killing at least 12 people and wounding dozens") == (12, 12, False)
    assert cas("en", "Two soldiers were killed and three wounded") == (2, 3, False)


def test_french_spanish_arabic():
    assert cas("fr", "faisant au moins neuf morts et une trentaine de blessés") == (9, 30, False)
    assert cas("es", "Seis presuntos sicarios murieron y dos soldados resultaron heridos") == (6, 2, False)
    assert cas("ar", "ما أسفر عن مقتل أربعة أشخاص بينهم قيادي في الحركة") == (4, None, True)
    assert cas("ar", "سقوط قتيلين وثلاثة جرحى") == (2, 3, False)


def test_no_casualty_word_no_figure():
    assert cas("en", "The army deployed 2,500 soldiers") == (None, None, False)


@pytest.mark.parametrize("lang,text,expected", [
    # the counted noun right after the number decides, not an injured word further on
    ("en", "Russian attacks killed two civilians and wounded nine on Sunday", (2, 9)),
    ("en", "a drone strike killed at least 9 people and wounded 30 others", (9, 30)),
    ("de", "Der Angriff tötete zwei Zivilisten und verletzte neun in Charkiw", (2, 9)),
    ("fr", "Les frappes ont tué deux civils et blessé neuf à Kherson dimanche", (2, 9)),
    ("es", "Los ataques mataron a dos civiles e hirieron a nueve en Jersón el domingo", (2, 9)),
    ("ar", "قتل مدنيان وأصيب تسعة في خاركيف يوم الأحد", (2, 9)),
    # a place after the count is no counted noun ("kills four at", "wounded nine in")
    ("en", "Drone strike kills four at militia headquarters in Baghdad", (4, None)),
    ("en", "Shelling wounded nine in Kherson on Sunday", (None, 9)),
])
def test_killed_and_wounded_counts_in_one_clause(lang, text, expected):
    assert cas(lang, text)[:2] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an indefinite article beside a real count is no count of one (the lowest figure had won)
    ("fr", "Douze soldats nigériens ont été tués lors de l'attaque d'un poste militaire près de Banibangou.",
     (12, None, False)),
    ("es", "Un tribunal condenó a un hombre por el atentado que mató a 191 personas.", (191, None, False)),
    # the perpetrators: "par un chef de gang", "by two gunmen"
    ("fr", "En décembre, un massacre commis par un chef de gang avait fait au moins 180 morts.", (180, None, False)),
    ("en", "Four villagers were killed by two gunmen on motorbikes.", (4, None, False)),
    # a single victim named by a singular noun counts one
    ("fr", "Une frappe de drone a tué mardi un homme circulant à moto et blessé deux passants.", (1, 2, False)),
    ("es", "Un dron mató el martes a un hombre en Nabatieh.", (1, None, False)),
    ("de", "Eine Drohne tötete am Dienstag einen Mann in Nabatieh.", (1, None, False)),
    # "of" and "at least" are no perpetrators
    ("de", "Die Behörden sprachen von zwölf Toten und 30 Verletzten.", (12, 30, False)),
    ("es", "Por lo menos doce personas murieron en el ataque.", (12, None, False)),
    ("es", "El atentado, cometido por unos diez hombres armados, dejó cinco muertos.", (5, None, False)),
])
def test_articles_perpetrators_and_single_victims(lang, text, expected):
    assert cas(lang, text) == expected


@pytest.mark.parametrize("lang, body", [
    ("en", "The death toll from a suicide bombing at a busy seafront restaurant in Mogadishu rose to 14 on Tuesday, "
           "police said. Police had initially put the toll at nine dead."),
    ("es", "El balance de muertos del atentado suicida contra un restaurante de Mogadiscio se elevó a 14 el martes. "
           "La policía había cifrado inicialmente el balance en nueve muertos."),
    ("de", "Die Zahl der Toten nach dem Selbstmordanschlag auf ein Restaurant in Mogadischu ist auf 14 gestiegen. "
           "Die Polizei hatte zunächst von neun Toten gesprochen."),
])
def test_a_risen_toll_outranks_the_one_given_first(extract, lang, body):
    [event] = extract(body, lang).events
    assert event.fatalities.value == 14


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "deux jeunes ont été tués et une quinzaine de personnes blessées", (2, 15)),
    ("fr", "une cinquantaine de civils ont été tués dans l'attaque", (50, None)),
    ("fr", "une soixantaine de morts et une quarantaine de blessés", (60, 40)),
    ("es", "una treintena de personas murieron en el ataque", (30, None)),
    ("es", "una quincena de policías resultaron heridos", (None, 15)),
])
def test_round_counts_of_french_and_spanish(lang, text, expected):
    """"une quinzaine", "une cinquantaine", "una treintena": about that many, counted like "une dizaine"."""
    assert cas(lang, text)[:2] == expected
