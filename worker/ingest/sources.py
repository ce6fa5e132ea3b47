"""Reading input for `ingest` and `run-batch`: JSON lines, a folder of .json/.txt files, or stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import orjson


class InputError(Exception):
    """The input path cannot be read; the message says what to do."""


def iter_messages(path: str | Path) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs as a producer would send them; values are passed on untouched (bad ones too)."""
    if str(path) == "-":
        yield from _lines(sys.stdin.buffer)
        return
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl", ".txt") and p.is_file())
        if not files:
            raise InputError(f"{path} has no .json, .jsonl or .txt files")
        for file in files:
            yield from _file(file)
    elif path.is_file():
        yield from _file(path)
    else:
        raise InputError(f"{path} does not exist: give a JSON-lines file, a folder of .json/.txt files, or '-'")


def count_messages(path: str | Path) -> int | None:
    """Number of messages, for a progress bar; None for stdin."""
    if str(path) == "-":
        return None
    return sum(1 for _ in iter_messages(path))


def _file(path: Path) -> Iterator[tuple[bytes | None, bytes]]:
    if path.suffix == ".txt":
        yield _text_article(path)
    elif path.suffix == ".json":
        value = path.read_bytes()
        yield _article_key(value), value
    else:
        with path.open("rb") as handle:
            yield from _lines(handle)


def _lines(handle) -> Iterator[tuple[bytes | None, bytes]]:
    for line in handle:
        line = line.rstrip(b"\r\n")
        if line.strip():
            yield _article_key(line), line


def _article_key(value: bytes) -> bytes | None:
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    article_id = document.get("id") if isinstance(document, dict) else None
    return article_id.encode("utf-8") if isinstance(article_id, str) else None


def _text_article(path: Path) -> tuple[bytes, bytes]:
    """A plain-text file becomes an article: first line headline, the rest body, file time as publication time."""
    text = path.read_text(encoding="utf-8", errors="replace")
    headline, _, body = text.partition("\n")
    published = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    document = {"id": path.stem, "source": "file", "url": path.resolve().as_uri(), "published_at": published.isoformat(),
                "headline": headline.strip() if body.strip() else "", "body": body if body.strip() else text}
    return path.stem.encode("utf-8"), orjson.dumps(document)
