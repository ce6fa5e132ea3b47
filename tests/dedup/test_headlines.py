import pytest

from worker.dedup.headlines import has_update_marker, headline_similarity, headline_tokens


@pytest.mark.parametrize("headline", ["UPDATE 1-Drone strike kills 3", "UPDATE 2: Drone strike", "CORRECTED-Strike",
                                      "EILMELDUNG: Drohnenangriff", "Mise à jour 1 - Frappe", "عاجل: غارة"])
def test_update_markers(headline):
    assert has_update_marker(headline)


def test_plain_headline_has_no_marker():
    assert not has_update_marker("Updates to the budget are due in March")
    assert not has_update_marker("Drone strike kills 3 in Baghdad")


def test_figures_and_markers_do_not_change_the_tokens():
    assert headline_tokens("UPDATE 1-Drone strike kills 5") == headline_tokens("Drone strike kills 3")


def test_similarity():
    a, b = headline_tokens("Drone strike kills 3 in Baghdad"), headline_tokens("Drone strike kills 5 in east Baghdad")
    assert headline_similarity(a, b) >= 0.8
    assert headline_similarity(a, headline_tokens("Bayern beat Dortmund")) == 0.0
    assert headline_similarity("", a) == 0.0
