from worker.extract.actors import assign_roles, find_actors
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.places import gazetteer
from worker.extract.status import find_cues


def actors(lang, text):
    f = fold(text)
    return [(a.name, a.kind, a.country) for a in find_actors(lexicon(lang).index(f), gazetteer(), 0, len(f))]


def roles(lang, text, trigger):
    f = fold(text)
    ix = lexicon(lang).index(f)
    found = find_actors(ix, gazetteer(), 0, len(f))
    return [(a.name, r) for a, r in assign_roles(ix, found, f.index(trigger), find_cues(ix, 0, len(f)), 0, len(f))]


def test_spellings_normalize():
    for lang, text in [("de", "die Miliz al-Nudschaba"), ("en", "Nujaba'a fighters"), ("ar", "حركة النجباء"),
                       ("fr", "la milice al-Nujaba")]:
        assert actors(lang, text)[0][:2] == ("al-Nujaba", "militia")


def test_generic_with_country_adjective():
    assert actors("de", "die irakischen Streitkräfte") == [("Iraqi forces", "state_forces", "IQ")]
    assert actors("fr", "les forces irakiennes") == [("Iraqi forces", "state_forces", "IQ")]
    assert actors("ar", "القوات العراقية") == [("Iraqi forces", "state_forces", "IQ")]
    assert actors("en", "US troops") == [("US military", "us_military", "US")]


def test_target_and_blame_roles():
    text = "a drone fired rockets at a building used by the militia group al-Nujaba"
    assert ("al-Nujaba", "target") in roles("en", text, "fired")
    text = ("Die irakischen Streitkräfte machen die internationalen Koalitionstruppen für diesen Angriff auf eine "
            "irakische Sicherheitseinheit verantwortlich")
    found = roles("de", text, "angriff")
    assert ("US-led coalition", "blamed") in found
    assert ("Iraqi forces", "target") in found
