from hypothesis import given
from hypothesis import strategies as st

from worker.dedup.fingerprint import NUM_PERM, Fingerprint, shingles

from .factory import STORY, story


def test_identical_texts_have_identical_fingerprints():
    assert Fingerprint.of(story()) == Fingerprint.of(story())


def test_encoding_round_trips():
    fp = Fingerprint.of(story())
    assert Fingerprint.decode(fp.encode(), fp.count) == fp


def test_small_edit_stays_similar_and_other_text_does_not():
    base = Fingerprint.of(story())
    edited = Fingerprint.of(story().replace("four people", "five people"))
    other = Fingerprint.of("Bayern Munich won 3-1 on Saturday after Kane struck twice in the second half.")
    assert base.jaccard(edited) > 0.85
    assert base.jaccard(other) < 0.1


def test_flash_is_contained_in_the_full_story():
    flash, full = Fingerprint.of(STORY[0]), Fingerprint.of(story())
    assert full.jaccard(flash) < 0.3
    assert full.containment(flash) > 0.6


def test_short_texts_fall_back_to_words():
    assert shingles("Two words") == ["two", "words"]


def test_empty_text_matches_nothing():
    empty = Fingerprint.of("")
    assert empty.count == 0 and empty.jaccard(empty) == 0.0


@given(st.text(min_size=1, max_size=300), st.sampled_from([1, 2, 4, 8]))
def test_bands_partition_the_signature(text, rows):
    bands = Fingerprint.of(text).bands(NUM_PERM // rows, rows)
    assert len(bands) == NUM_PERM // rows
    assert len(set(bands)) == len(bands)
    assert {b >> 16 * rows for b in bands} == set(range(len(bands)))


def test_bands_agree_exactly_when_their_values_do():
    base = Fingerprint.of(story())
    edited = Fingerprint(base.values[:3] + tuple(v ^ 1 for v in base.values[3:]), base.count)
    assert [a == b for a, b in zip(base.bands(16, 3), edited.bands(16, 3))] == [True] + [False] * 15
