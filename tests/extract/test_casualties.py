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
