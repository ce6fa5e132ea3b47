from worker.incidents.match import compare, compare_dates, compare_places
from worker.models import Location

from .factory import BAGHDAD, BAGHDAD_HQ, BASRA, event

RED_SEA = Location(name="Red Sea", sea_area="Red Sea", precision="sea")


def judge(a, b):
    return compare(a.model_dump(mode="json"), b.model_dump(mode="json"), tolerance_days=1, distance_km=25)


def test_same_strike_in_two_languages_is_accepted():
    verdict = judge(event("en"), event("de", language="de", location=BAGHDAD_HQ, actors=(("Nujaba'a", "target", "militia"),)))
    assert verdict.accept and not verdict.conflict


def test_different_militias_hit_in_one_city_on_one_day_are_not_accepted():
    other = event("b", location=BAGHDAD_HQ, actors=(("Kataib Hezbollah", "target", "militia"),), killed=2)
    assert not judge(event("a"), other).accept


def test_vague_date_needs_corroboration():
    week = event("b", precision="week", actors=(), killed=9)
    assert not judge(event("a", actors=()), week).accept
    assert judge(event("a", actors=()), event("c", precision="week", actors=(), killed=4)).accept


def test_other_city_same_day_conflicts():
    assert judge(event("a"), event("b", location=BASRA)).conflict


def test_two_ships_same_day_conflict():
    a = event("a", location=RED_SEA, key="Red Sea", actors=(("Marlin Luanda", "target", "vessel"),), killed=None)
    b = event("b", location=RED_SEA, key="Red Sea", actors=(("Rubymar", "target", "vessel"),), killed=None)
    assert judge(a, b).conflict


def test_next_day_same_place_needs_firm_corroboration():
    a = event("a", actors=(("civilians", "victim", "civilians"),), killed=5)
    b = event("b", day="2024-01-05", actors=(("civilians", "victim", "civilians"),), killed=12)
    assert not judge(a, b).accept
    assert judge(a, event("c", day="2024-01-05", killed=5)).accept


def test_two_days_apart_is_never_accepted():
    assert not judge(event("a"), event("b", day="2024-01-06")).accept


def test_incompatible_types_are_not_accepted():
    protest = event("b", event_type="Protests", sub_event_type="Peaceful protest")
    assert not judge(event("a"), protest).accept


def test_country_level_report_needs_corroboration():
    iraq = Location(name="Iraq", country_code="IQ", precision="country")
    assert judge(event("a"), event("b", location=iraq, actors=(), killed=4)).accept
    assert not judge(event("a", actors=()), event("b", location=iraq, actors=(), killed=9)).accept


def test_dates():
    a = event("a").model_dump(mode="json")
    assert compare_dates(a, event("b").model_dump(mode="json"), 1) == "same"
    assert compare_dates(a, event("b", day="2024-01-03").model_dump(mode="json"), 1) == "near"
    assert compare_dates(a, event("b", day="2024-01-02", precision="week").model_dump(mode="json"), 1) == "overlap"
    assert compare_dates(a, event("b", day="2024-02-10", precision="month").model_dump(mode="json"), 1) is None
    undated = event("b", day=None, published="2024-01-05T08:00").model_dump(mode="json")
    assert compare_dates(a, undated, 1) == "overlap"


def test_places():
    dump = lambda loc: loc.model_dump(mode="json")
    assert compare_places(dump(BAGHDAD), dump(BAGHDAD_HQ), 25) == "same"
    assert compare_places(dump(BAGHDAD), dump(BASRA), 25) is None
    assert compare_places(dump(BAGHDAD), None, 25) == "coarse"
    named = Location(name="Bagdad", country_code="IQ", precision="city")
    assert compare_places(dump(Location(name="بغداد", country_code="IQ")), dump(named), 25) == "same"
    assert compare_places(dump(BAGHDAD), dump(Location(name="Damascus", country_code="SY")), 25) is None


def test_a_described_ship_does_not_conflict_with_a_named_one():
    a = event("a", location=RED_SEA, key="Red Sea", actors=(("Marlin Luanda", "target", "vessel"),), killed=None)
    b = event("b", location=RED_SEA, key="Red Sea", actors=(("British vessel", "target", "vessel"),), killed=None)
    assert not judge(a, b).conflict and judge(a, b).accept


def test_generic_targets_do_not_corroborate_a_next_day_report():
    a = event("a", actors=(("Militia", "target", "militia"),), killed=3, leader_killed=True)
    b = event("b", day="2024-01-05", actors=(("Militia", "target", "militia"),), killed=6, leader_killed=True)
    assert not judge(a, b).accept
