"""atheris target: the extractor on structured-random articles (any text, language, date) must not raise.

Run: /work/venv/bin/python fuzz/fuzz_extract.py -atheris_runs=100000 (or -max_total_time=600) [corpus_dir]
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

import atheris

with atheris.instrument_imports():
    from worker.extract import default_extractor
    from worker.ingest.normalize import normalize_text
    from worker.models import Article

LANGUAGES = ["de", "en", "fr", "es", "ar", "und", "xx"]
#: Words the lexicons react to, mixed into random text so the fuzzer reaches the analysis past the pre-checks.
SEEDS = ["Bagdad", "Kherson", "getötet", "killed", "tués", "muertos", "قتلى", "Luftangriff", "air strike", "4", "mindestens",
         "at least", "since", "seit", "depuis", "desde", "منذ", ".", ",", "\n", "Dr.", "UPDATE 1-", "1,000", "Houthi"]


def article(data: bytes) -> Article:
    fdp = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    published = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(days=fdp.ConsumeIntInRange(-3650, 3650))
    parts = []
    while fdp.remaining_bytes():
        if fdp.ConsumeBool():
            parts.append(SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40)))
    text = normalize_text(" ".join(parts))
    headline, body = text[:120], text[120:] or text
    return Article(article_id="fuzz", source="fuzz", published_at=published, language=language, headline=headline,
                   body=body, content_hash="0", dedup_key=language)


def test_one_input(data: bytes) -> None:
    default_extractor().extract(article(data))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
