"""The bundled sample articles, by id, as the raw bytes a producer sends."""

from __future__ import annotations

import json

from worker.settings import DATA

SAMPLES_PATH = DATA / "samples" / "articles.jsonl"


def sample_lines() -> dict[str, bytes]:
    lines = [line.strip() for line in SAMPLES_PATH.read_bytes().splitlines() if line.strip()]
    return {json.loads(line)["id"]: line for line in lines}


def message(article_id: str) -> tuple[bytes, bytes]:
    return article_id.encode(), sample_lines()[article_id]
