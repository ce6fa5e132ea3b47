"""Normalization makes syndicated copies hash alike without merging different stories."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worker.ingest.normalize import content_hash, normalize_text

STORY = "A drone struck a base on Thursday.\n\nFour people were killed, officials said."


def test_syndication_noise_does_not_change_the_hash():
    noisy = ("Advertisement\n" + STORY.replace("officials", "officials") + "\nFoto: AFP/Someone\n"
             "(Reporting by Jane Roe; Editing by John Doe)\n  ")
    assert content_hash(normalize_text(noisy)) == content_hash(normalize_text(STORY))


def test_quotes_spaces_and_invisible_characters_are_canonical():
    fancy = "\u201cWe will retaliate,\u201d  he\u00a0said.\u200b"
    assert normalize_text(fancy) == '"We will retaliate," he said.'


def test_different_stories_hash_differently():
    assert content_hash(STORY) != content_hash(STORY.replace("Four", "Five"))


def test_paragraphs_are_kept():
    assert "\n\n" in normalize_text(STORY)


@given(st.text(max_size=500))
def test_normalization_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_arabic_diacritics_and_tatweel_are_dropped():
    assert normalize_text("مسيّرة") == normalize_text("مسيرة") == "مسيرة"
    assert normalize_text("قــصف") == "قصف"
