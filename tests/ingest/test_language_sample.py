"""Detection reads a bounded prefix: as accurate as reading 2,000 characters on our articles, at a fraction of the cost."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from bench.generate import generate
from worker.ingest.language import SAMPLE_CHARS, _detector, detect_language, sample
from worker.ingest.normalize import normalize_text

LABELLED = Path(__file__).resolve().parents[2] / "bench" / "data" / "extract"


def _articles() -> list[tuple[str, str]]:
    """(headline + body, language): the labelled articles and generated wire articles of every language."""
    out = [(f"{normalize_text(item.get('headline', ''))}\n{normalize_text(item['body'])}", path.stem)
           for path in sorted(LABELLED.glob("*.yaml")) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return out + [(f"{normalize_text(r['headline'])}\n{normalize_text(r['body'])}", r["language"])
                  for r in generate(60, seed=21)]


def _code(text: str) -> str:
    found = _detector().detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else "und"


def test_sample_is_bounded_and_ends_at_a_word():
    text = "word " * 200
    cut = sample(text)
    assert len(cut) <= SAMPLE_CHARS and text.startswith(cut) and not cut.endswith("wor")
    assert sample("short text") == "short text"
    assert len(sample("x" * 5000)) == SAMPLE_CHARS  # no space: a hard cut


def test_prefix_detection_equals_full_detection_on_our_articles():
    for text, lang in _articles():
        assert detect_language(text) == _code(text[:2000]) == lang, text[:80]


def test_a_sample_from_anywhere_in_an_article_is_almost_always_right():
    """The margin: the first characters are the headline and lead, but windows of the sample size from anywhere,
    full of generated made-up names, are detected right too, bar a rare window (measured: 2 of 4,170 over ten
    seeds; a window of a made-up English name list can read as Spanish)."""
    rng = random.Random(3)
    windows, wrong = 0, []
    for text, lang in _articles():
        for _ in range(3):
            start = text.find(" ", rng.randrange(0, max(1, len(text) - SAMPLE_CHARS))) + 1
            windows += 1
            if _code(sample(text[start:])) != lang:
                wrong.append(text[start:start + SAMPLE_CHARS])
    assert len(wrong) <= windows // 200, wrong
