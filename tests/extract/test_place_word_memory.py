"""The place finder remembers which words may start a name, and forgets when names are added later."""

from __future__ import annotations

from worker.extract import places as module
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.places import Gazetteer, PlaceFinder

TEXT = "Fighting was reported near Zorvatel on Monday."


def _names(finder: PlaceFinder, text: str) -> list[str]:
    return [p.place.name for p in finder.find(text, finder.lex.index(fold(text)), 0, len(text), frozenset())]


def test_a_name_added_after_a_lookup_is_found():
    gaz = Gazetteer()  # its own: the shared one must not learn the made-up name
    finder = PlaceFinder(lexicon("en"), gaz)
    assert _names(finder, TEXT) == []
    pid = next(iter(gaz.curated))
    gaz.add_names({pid: ["Zorvatel"]})
    assert _names(finder, TEXT) == [gaz.curated[pid].name]


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(module, "_MAX_REMEMBERED", 3)
    finder = PlaceFinder(lexicon("en"), Gazetteer())
    text = "Alpha Bravo Charlie Delta Echo Foxtrot met in Baghdad."
    assert _names(finder, text) == ["Baghdad"]
    assert len(finder._starts) <= 4
