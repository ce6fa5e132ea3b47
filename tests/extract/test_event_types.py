import pytest

from worker.extract.event_types import ACLED, PRIORITY, resolve_code

ACLED_SUBTYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def test_all_25_acled_subtypes_spelled_exactly():
    pairs = set(ACLED.values())
    assert pairs == {(t, s) for t, subs in ACLED_SUBTYPES.items() for s in subs}
    assert set(PRIORITY) <= set(ACLED)


@pytest.mark.parametrize("codes,weapons,targets,expected", [
    ({"air", "shelling"}, {"drone", "rocket"}, set(), "air"),
    ({"shelling"}, {"drone", "rocket"}, set(), "air"),
    ({"attack"}, {"rocket"}, set(), "shelling"),
    ({"attack"}, {"small arms"}, {"civilians"}, "attack_civ"),
    ({"attack"}, {"small arms"}, {"state_forces"}, "clash"),
    ({"suicide", "ied"}, {"explosives"}, set(), "suicide"),
    ({"protest"}, set(), set(), "protest"),
])
def test_resolve_code(codes, weapons, targets, expected):
    assert resolve_code(codes, weapons, targets) == expected
