import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from worker.extract import default_extractor, extract_article

SEED = Path("/work/shared/seed/reuters-de-2024-01-04-baghdad.txt")
STORIES = Path(__file__).resolve().parents[2] / "bench" / "data" / "extract"


def story(lang, sid, article):
    for item in yaml.safe_load((STORIES / f"{lang}.yaml").read_text(encoding="utf-8")):
        if item["id"] == sid:
            published = datetime.fromisoformat(str(item["published_at"]).replace("Z", "+00:00"))
            return article(item["body"], lang, item.get("headline", ""), published, sid)
    raise KeyError(sid)


def by_status(extraction, status):
    return [e for e in extraction.events if e.status == status]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
@pytest.mark.parametrize("published", [datetime(2024, 1, 4, 15, tzinfo=timezone.utc),
                                       datetime(2024, 1, 5, 9, tzinfo=timezone.utc)])
def test_seed_article(extractor, article, published):
    res = extractor.extract(article(SEED.read_text(encoding="utf-8"), "de", published=published, aid="seed"))
    primary = [e for e in res.events if e.salience == "primary"]
    assert len(primary) == 1
    p = primary[0]
    assert (p.status, p.event_type, p.sub_event_type) == ("new", "Explosions/Remote violence", "Air/drone strike")
    assert (p.location.name, p.location.country_code, p.incident_key) == ("Baghdad", "IQ", "IQ")
    assert p.location.lat == pytest.approx(33.34, abs=0.05)
    assert p.event_date == date(2024, 1, 4) and p.date_precision == "day"
    assert p.fatalities.value in (2, 4)
    assert any(ev.field == "fatalities" for ev in p.evidence)
    assert ("al-Nujaba", "target") in {(a.name, a.role) for a in p.actors}
    assert "drone" in p.weapons
    assert by_status(res, "background") and by_status(res, "threat")
    assert all(e.salience == "secondary" for e in res.events if e.status != "new")
    fig = res.reported_figures[0]
    assert (fig.value, fig.qualifier.value, fig.since, fig.target_kinds) == (100, "at_least", date(2023, 10, 1),
                                                                             ["us_military"])
    assert sorted(fig.countries) == ["IQ", "SY"]
    body = " ".join(SEED.read_text(encoding="utf-8").split())
    for ev in p.evidence:  # every span points at the text it quotes
        assert ev.source == "body" and body[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("lang,sid", [("en", "en-baghdad"), ("fr", "fr-bagdad"), ("es", "es-bagdad"),
                                      ("ar", "ar-baghdad"), ("de", "de-bagdad-kurz")])
def test_same_story_in_every_language(extractor, article, lang, sid):
    res = extractor.extract(story(lang, sid, article))
    p = next(e for e in res.events if e.salience == "primary")
    assert (p.sub_event_type, p.location.country_code, p.event_date) == ("Air/drone strike", "IQ", date(2024, 1, 4))
    assert p.location.name == "Baghdad" and p.fatalities.value == 4
    assert by_status(res, "threat")
    names = {a.name for a in p.actors}
    assert names & {"al-Nujaba", "Kataib Hezbollah"}


@pytest.mark.parametrize("lang,sid", [("de", "de-fussball"), ("de", "de-boerse"), ("en", "en-football"),
                                      ("en", "en-markets"), ("fr", "fr-ligue1"), ("fr", "fr-greve"),
                                      ("es", "es-liga"), ("es", "es-bolsa"), ("ar", "ar-football"),
                                      ("ar", "ar-economy")])
def test_sports_and_markets_give_no_events(extractor, article, lang, sid):
    assert extractor.extract(story(lang, sid, article)).events == []


def test_deterministic_ids(article):
    a = article("A drone strike killed four people in Baghdad on Thursday. Militia leaders vowed to retaliate.", "en")
    first, second = extract_article(a), extract_article(a)
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events]
    assert len({e.event_id for e in first.events}) == len(first.events)
    assert default_extractor() is default_extractor()


def test_hostile_input_is_bounded(extractor, article):
    body = ("Angriff " * 20000) + ("a-" * 200000) + " ".join(["Drohnenangriff in Bagdad tötet vier Menschen."] * 3000)
    started = time.perf_counter()
    res = extractor.extract(article(body, "de"))
    assert time.perf_counter() - started < 5
    assert len(res.events) <= 50


def test_unknown_language_falls_back(extractor, article):
    assert extractor.extract(article("Un attacco di droni ha ucciso quattro persone.", "it")).article_id == "a1"


QUIET_NEWS = {
    "en": ("Council approves budget for new library", "The city council approved the budget for a new public "
           "library on Tuesday. The building will have a reading garden and a music room. Construction is planned "
           "to begin in the spring, and the mayor said the opening was expected next year."),
    "de": ("Stadtrat beschließt neues Hallenbad", "Der Stadtrat hat am Dienstag den Bau eines neuen Hallenbads "
           "beschlossen. Das Becken soll fünfzig Meter lang werden. Die Bauarbeiten beginnen im Frühjahr, "
           "teilte die Bürgermeisterin mit."),
}


@pytest.mark.parametrize("lang", sorted(QUIET_NEWS))
def test_article_without_event_words_stops_after_the_scan(extractor, article, lang, monkeypatch):
    from worker.extract import extractor as module

    def no_split(*args, **kwargs):
        raise AssertionError("a text without event words needs no sentence split")

    monkeypatch.setattr(module, "split", no_split)
    headline, body = QUIET_NEWS[lang]
    res = extractor.extract(article(body, lang, headline))
    assert res.events == [] and res.reported_figures == []


def test_threat_alone_makes_an_article_worth_reading(extractor, article):
    res = extractor.extract(article("The group vowed revenge against the government on Tuesday.", "en"))
    assert [e.status for e in res.events] == ["threat"]


def test_firefighting_and_cargo_tanks_are_no_battle_and_no_weapon(extractor, article):
    body = ("A missile fired by the rebels struck a tanker off Aden on Friday, starting a fire in one of its cargo tanks. "
            "The crew was fighting the fire with help from two warships.")
    events = extractor.extract(article(body, "en")).events
    assert [(e.sub_event_type, e.weapons) for e in events] == [("Shelling/artillery/missile attack", ["missile"])]


@pytest.mark.parametrize("lang, body, place", [
    ("en", "Gunmen attacked a ship on Friday in what they call a campaign in support of Palestinians in Gaza.", None),
    ("en", "Thousands marched in London on Saturday in solidarity with Gaza.", "London"),
    ("fr", "Des milliers de manifestants ont défilé samedi à Paris en solidarité avec Gaza.", "Paris"),
    ("es", "Miles de personas marcharon el sábado en Madrid en solidaridad con Gaza.", "Madrid"),
])
def test_a_place_in_a_cause_clause_is_not_where_it_happened(extractor, article, lang, body, place):
    events = extractor.extract(article(body, lang)).events
    assert len(events) == 1
    assert (events[0].location.name if events[0].location else None) == place


@pytest.mark.parametrize("lang, body", [
    ("en", "Ceasefire talks resumed in Cairo on Thursday, and mediators said a deal could be reached by Sunday."),
    ("en", "A ceasefire could be reached on Monday, officials said."),
    ("fr", "Un cessez-le-feu pourrait être conclu dimanche, selon les médiateurs."),
    ("de", "Eine Waffenruhe könnte am Sonntag vereinbart werden, sagten die Vermittler."),
    ("es", "Una tregua podría acordarse el domingo, según los mediadores."),
])
def test_an_agreement_that_could_be_reached_is_no_agreement(extractor, article, lang, body):
    assert [e.sub_event_type for e in extractor.extract(article(body, lang)).events] == []


def test_an_agreement_made_is_one(extractor, article):
    events = extractor.extract(article("The two sides agreed a ceasefire on Monday in Doha.", "en")).events
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Agreement", "Doha")]
