from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.ids import stable_id
from worker.incidents import IncidentResolver
from worker.incidents.seas import incident_key
from worker.models import Actor, Location

from .factory import BAGHDAD, BAGHDAD_HQ, BASRA, event

RED_SEA = Location(name="Red Sea", sea_area="Red Sea", precision="sea")

# One strike reported as a flash, an update, a German and an Arabic version and a next-day explainer.
GROUP = [
    event("flash", killed=3, actors=(), published="2024-01-04T14:05"),
    event("update", killed=4, published="2024-01-04T15:10"),
    event("de", killed=4, language="de", source="dpa", location=BAGHDAD_HQ, published="2024-01-04T16:30",
          actors=(("Nujaba'a", "target", "militia"), ("USA", "blamed", "us_military"))),
    event("ar", killed=4, language="ar", source="Alsumaria", published="2024-01-04T17:00",
          location=Location(name="بغداد", country_code="IQ", lat=33.33, lon=44.42), actors=(("النجباء", "target", "militia"),)),
    event("explainer", day="2024-01-04", killed=4, published="2024-01-05T09:00", source="AFP", leader_killed=True),
]


def resolve_all(resolver, events):
    return [resolver.resolve(e) for e in events]


def active_ids(state):
    return {v["incident"]["incident_id"] for k, v in state.items() if "|i|" in k}


def test_first_report_opens_an_incident_with_a_stable_id():
    result = IncidentResolver({}).resolve(GROUP[0])
    assert result.event.incident_id == stable_id("inc", "flash")
    [incident] = result.incidents
    assert (incident.revision, incident.status, incident.fatalities.value) == (1, "active", 3)


def test_reports_in_many_languages_merge_and_figures_update():
    results = resolve_all(IncidentResolver({}), GROUP)
    assert {r.event.incident_id for r in results} == {stable_id("inc", "flash")}
    final = results[-1].incidents[0]
    assert final.revision == len(GROUP)
    assert final.fatalities.value == 4 and final.leader_killed
    assert final.location.precision == "site"
    assert {s.language for s in final.sources} == {"en", "de", "ar"}
    assert final.provenance["fatalities"] in {"update", "de", "ar", "explainer"}
    assert final.provenance["location"] == "de"


def test_each_outlet_can_correct_itself_downwards():
    resolver = IncidentResolver({})
    resolver.resolve(event("a", killed=5))
    final = resolver.resolve(event("b", killed=4, published="2024-01-04T18:00")).incidents[0]
    assert final.fatalities.value == 4


def test_a_lagging_outlet_does_not_lower_the_toll():
    resolver = IncidentResolver({})
    resolver.resolve(event("a", killed=5))
    final = resolver.resolve(event("b", killed=4, source="Other", published="2024-01-04T18:00")).incidents[0]
    assert final.fatalities.value == 5


def test_redelivery_changes_nothing():
    state = {}
    resolver = IncidentResolver(state)
    first = resolver.resolve(GROUP[1])
    before = dict(state)
    again = resolver.resolve(GROUP[1])
    assert again.event == first.event and again.incidents == []
    assert state == before


def test_near_misses_stay_apart():
    camp = Location(name="Jabalia", country_code="PS", lat=31.53, lon=34.48, precision="city")
    gaza = Location(name="Khan Younis", country_code="PS", lat=31.34, lon=34.30, precision="city")
    victims = (("civilians", "victim", "civilians"),)
    state = {}
    resolver = IncidentResolver(state)
    ids = {resolver.resolve(e).event.incident_id for e in [
        event("d1", location=camp, killed=9, actors=victims, key="PS"),
        event("d2", day="2024-01-05", published="2024-01-05T12:00", location=camp, killed=14, actors=victims, key="PS"),
        event("d3", location=gaza, killed=9, actors=victims, key="PS"),
    ]}
    assert len(ids) == 3


def test_two_ships_on_one_day_stay_apart_and_a_third_report_joins_the_right_one():
    ship = lambda i, name, **kw: event(i, location=RED_SEA, key="Red Sea", killed=None, event_type="Explosions/Remote violence",
                                       sub_event_type="Shelling/artillery/missile attack",
                                       actors=(("Houthis", "attacker", "rebels"), (name, "target", "vessel")), **kw)
    resolver = IncidentResolver({})
    a = resolver.resolve(ship("a", "Marlin Luanda")).event.incident_id
    b = resolver.resolve(ship("b", "Rubymar")).event.incident_id
    c = resolver.resolve(ship("c", "RUBYMAR", language="fr", published="2024-01-05T08:00")).event.incident_id
    assert a != b and c == b


def test_a_bridging_report_merges_two_incidents_and_supersedes_one():
    iraq = Location(name="Iraq", country_code="IQ", precision="country")
    state = {}
    resolver = IncidentResolver(state)
    vague = resolver.resolve(event("vague", location=iraq, actors=(), killed=4)).event.incident_id
    local = resolver.resolve(event("local", actors=(), killed=None, published="2024-01-04T17:00")).event.incident_id
    assert vague != local
    bridge = resolver.resolve(event("bridge", killed=4, published="2024-01-04T18:00"))
    merged, superseded = bridge.incidents
    assert merged.status == "active" and merged.supersedes == [superseded.incident_id]
    assert superseded.status == "superseded" and superseded.superseded_by == merged.incident_id
    assert superseded.revision == 2 and merged.revision == 2
    assert {s.event_id for s in merged.sources} == {"vague", "local", "bridge"}
    assert active_ids(state) == {merged.incident_id}
    assert resolver.resolve(event("local", actors=(), killed=None)).event.incident_id == merged.incident_id


def test_a_report_that_fits_two_exclusive_incidents_equally_starts_its_own():
    ship = lambda i, name: event(i, location=RED_SEA, key="Red Sea", killed=None,
                                 actors=(("Houthis", "attacker", "rebels"), (name, "target", "vessel")))
    resolver = IncidentResolver({})
    a = resolver.resolve(ship("a", "Star Nasia")).event.incident_id
    b = resolver.resolve(ship("b", "Morning Tide")).event.incident_id
    vague = resolver.resolve(ship("c", "merchant vessel")).event.incident_id
    assert len({a, b, vague}) == 3


def test_incidents_expire_after_the_horizon_but_replayed_events_stay_resolved():
    state = {}
    resolver = IncidentResolver(state, horizon_days=30, replay_memory_days=60)
    first = resolver.resolve(event("old"))
    resolver.resolve(event("new", day="2024-03-01", published="2024-03-01T10:00", location=BASRA))
    assert len(active_ids(state)) == 1
    assert not any(k.startswith("IQ|x|2024-01") for k in state)
    replayed = resolver.resolve(event("old"))  # a replay after eviction founds no second incident
    assert replayed.incidents == [] and replayed.event.incident_id == first.event.incident_id
    resolver.resolve(event("much-later", day="2024-05-01", published="2024-05-01T10:00", location=BASRA))
    assert "IQ|e|old" not in state  # the memory is bounded too


@settings(max_examples=40, deadline=None)
@given(st.permutations(GROUP))
def test_any_arrival_order_gives_one_incident_with_the_same_facts(order):
    state = {}
    results = resolve_all(IncidentResolver(state), order)
    assert len(active_ids(state)) == 1
    final = max((i for r in results for i in r.incidents if i.status == "active"), key=lambda i: i.revision)
    assert final.fatalities.value == 4 and final.location.precision == "site" and len(final.sources) == len(GROUP)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(GROUP), min_size=1, max_size=12))
def test_redelivery_in_any_pattern_is_idempotent(deliveries):
    state, seen = {}, {}
    resolver = IncidentResolver(state)
    for e in deliveries:
        result = resolver.resolve(e)
        if e.event_id in seen:
            assert result.incidents == [] and result.event.incident_id == seen[e.event_id]
        seen[e.event_id] = result.event.incident_id
    assert len(active_ids(state)) == 1


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120), st.booleans()), min_size=1, max_size=50))
def test_state_stays_bounded(plan):
    state = {}
    resolver = IncidentResolver(state, horizon_days=10)
    for n, (day, north) in enumerate(sorted(plan)):
        on = (date(2024, 1, 1) + timedelta(days=day)).isoformat()
        resolver.resolve(event(f"e{n}", day=on, published=f"{on}T12:00", location=BAGHDAD if north else BASRA))
    first_alive = (date(2024, 1, 1) + timedelta(days=max(day for day, _ in plan) - 10)).isoformat()
    assert all(v["exp"] >= first_alive for k, v in state.items() if "|i|" in k)
    assert len(active_ids(state)) <= 2 * 11
    assert all(k.split("|")[2] >= first_alive for k in state if k.split("|")[1] in {"x", "q"})


IRAQ = Location(name="Iraq", country_code="IQ", lat=33.0, lon=44.0, precision="country")
US_TROOPS = (("US military", "target", "us_military"),)


@pytest.mark.parametrize("stories, merged", [(("story-1", "story-1"), True), (("story-1", "story-2"), False)])
def test_versions_of_one_wire_story_merge_even_when_the_toll_changes(stories, merged):
    resolver = IncidentResolver({})
    flash = resolver.resolve(event("flash", location=IRAQ, actors=US_TROOPS, killed=3, story=stories[0]))
    update = resolver.resolve(event("update", location=IRAQ, actors=US_TROOPS, killed=5, story=stories[1],
                                    published="2024-01-04T20:00:00"))
    assert (flash.event.incident_id == update.event.incident_id) is merged


GULF_OF_ADEN = Location(name="Gulf of Aden", sea_area="Gulf of Aden", precision="sea")
ADEN = Location(name="Aden", country_code="YE", lat=12.78, lon=45.04, precision="city")


def ship_attack(event_id, ship, location=GULF_OF_ADEN, **kw):
    actors = (("Houthis", "attacker", "rebels"), (ship, "target", "vessel"))
    return event(event_id, location=location, key=incident_key(location, [Actor(name=ship, role="target", kind="vessel")]),
                 killed=None, sub_event_type="Shelling/artillery/missile attack", actors=actors, **kw)


def test_a_report_of_an_attack_off_a_port_joins_the_reports_that_name_the_sea():
    resolver = IncidentResolver({})
    at_sea = resolver.resolve(ship_attack("en", "Marlin Luanda", day="2024-01-26", published="2024-01-26T21:30"))
    off_aden = resolver.resolve(ship_attack("fr", "Marlin Luanda", location=ADEN, language="fr", day="2024-01-26",
                                            published="2024-01-27T07:00"))
    assert off_aden.event.incident_key == at_sea.event.incident_key == "Red Sea"
    assert off_aden.event.incident_id == at_sea.event.incident_id
    other_ship = resolver.resolve(ship_attack("carney", "USS Carney", day="2024-01-26", published="2024-01-26T23:00"))
    assert other_ship.event.incident_id != at_sea.event.incident_id


def test_a_report_arriving_late_regroups_as_if_all_had_come_in_publication_order():
    state = {}
    resolver = IncidentResolver(state)
    vague = resolver.resolve(ship_attack("vague", "British vessel", published="2024-01-04T10:00")).event.incident_id
    assert resolver.resolve(ship_attack("carney", "USS Carney", published="2024-01-04T12:00")).event.incident_id == vague
    late = resolver.resolve(ship_attack("luanda", "Marlin Luanda", published="2024-01-04T11:00"))
    # in publication order the Marlin Luanda report joins the vague one first and the Carney report starts its own
    assert late.event.incident_id == vague
    grown, split = late.incidents
    assert {s.event_id for s in grown.sources} == {"vague", "luanda"} and grown.revision == 3
    assert [s.event_id for s in split.sources] == ["carney"] and split.revision == 1 and split.status == "active"
    assert active_ids(state) == {vague, split.incident_id}
    assert resolver.resolve(ship_attack("carney", "USS Carney")).event.incident_id == split.incident_id


def test_a_late_bridging_report_merges_through_the_regroup_and_supersedes_the_younger_incident():
    iraq = Location(name="Iraq", country_code="IQ", precision="country")
    state = {}
    resolver = IncidentResolver(state)
    vague = resolver.resolve(event("vague", location=iraq, actors=(), killed=4, published="2024-01-04T14:00"))
    local = resolver.resolve(event("local", actors=(), killed=None, published="2024-01-04T17:00"))
    bridge = resolver.resolve(event("bridge", killed=4, published="2024-01-04T12:00"))
    merged, superseded = bridge.incidents
    assert merged.incident_id == vague.event.incident_id == bridge.event.incident_id
    assert superseded.incident_id == local.event.incident_id and superseded.superseded_by == merged.incident_id
    assert merged.supersedes == [superseded.incident_id] and {s.event_id for s in merged.sources} == {
        "vague", "local", "bridge"}
    assert active_ids(state) == {merged.incident_id}


# A busy country-day: two strikes in Baghdad (one the GROUP above), a clash in Basra, vague reports that tie
# them together and next-day reports, arriving in any order.
BUSY_DAY = GROUP + [
    event("clash-1", event_type="Battles", sub_event_type="Armed clash", location=BASRA, killed=2,
          actors=(("Kataib Hezbollah", "attacker", "militia"),), published="2024-01-04T13:00"),
    event("clash-2", event_type="Battles", sub_event_type="Armed clash", location=BASRA, killed=2,
          source="AFP", published="2024-01-04T18:00"),
    event("second-strike", killed=1, location=BAGHDAD_HQ, actors=(("Kataib Hezbollah", "target", "militia"),),
          published="2024-01-04T19:00", source="AP"),
    event("vague-iraq", location=Location(name="Iraq", country_code="IQ", precision="country"), killed=4,
          published="2024-01-04T15:30", source="BBC"),
    event("vague-week", precision="week", killed=2, location=BASRA, published="2024-01-05T08:00", source="dpa"),
    event("next-day", day="2024-01-05", killed=1, location=BAGHDAD, published="2024-01-05T12:00", source="AP"),
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(BUSY_DAY))
def test_a_busy_day_in_any_arrival_order_ends_grouped_as_in_publication_order(order):
    """Late reports regroup what they relate to; whatever the arrival order, the incidents end as if every
    report had come in publication order. It found a lost report (next test), and a replay that starts from
    the stored grouping instead of the first report fails it in about 1 order in 100."""
    arrived, published = {}, {}
    resolve_all(IncidentResolver(arrived), order)
    resolve_all(IncidentResolver(published), sorted(BUSY_DAY, key=lambda e: (e.published_at, e.event_id)))
    assert grouping(arrived) == grouping(published)


def test_a_report_split_off_twice_keeps_its_reports():
    """The explainer is split off on its own (`regrouped|explainer`), the flash joins that incident, and a late
    report splits the explainer off again while the flash's group keeps the id: the explainer's new group once
    took the same id, and saving it overwrote the other group, losing the explainer's report."""
    by_id = {e.event_id: e for e in BUSY_DAY}
    arrival = ["vague-iraq", "explainer", "clash-2", "clash-1", "flash", "second-strike", "de", "ar", "update",
               "vague-week", "next-day"]
    arrived, published = {}, {}
    resolve_all(IncidentResolver(arrived), [by_id[i] for i in arrival])
    resolve_all(IncidentResolver(published), sorted(BUSY_DAY, key=lambda e: (e.published_at, e.event_id)))
    held = [event_id for k, v in arrived.items() if "|i|" in k for event_id in v["reports"]]
    assert sorted(held) == sorted(by_id) and grouping(arrived) == grouping(published)


def grouping(state):
    """Incidents keyed by their reports, with their facts but not their history: the id (the report that
    founded it), how many steps changed it (revision) and the interim incidents it absorbed follow the arrival
    order, as in the fault tests' comparison."""
    return {"|".join(sorted(v["reports"])):
            {**v["incident"], "incident_id": None, "revision": None, "supersedes": None}
            for k, v in state.items() if "|i|" in k}


def test_records_that_hold_their_reports_inline_are_read_and_rewritten():
    """State written before records named their reports (`r|<event id>`) keeps working after an upgrade."""
    ordered = sorted(BUSY_DAY, key=lambda e: (e.published_at, e.event_id))
    current, upgraded = {}, {}
    resolve_all(IncidentResolver(current), ordered[:6])
    resolve_all(IncidentResolver(upgraded), ordered[:6])
    for key in [k for k in upgraded if "|i|" in k]:
        record = upgraded[key]
        members = [upgraded.pop(f"IQ|r|{event_id}") for event_id in record["reports"]]
        upgraded[key] = {"incident": record["incident"], "members": members, "days": record["days"],
                         "exp": record["exp"]}
    assert not [k for k in upgraded if "|r|" in k]
    resolve_all(IncidentResolver(current), ordered[6:])
    resolve_all(IncidentResolver(upgraded), ordered[6:])
    assert grouping(upgraded) == grouping(current)
