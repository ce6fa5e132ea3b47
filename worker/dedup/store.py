"""Dedup state layout in one mapping: fingerprints indexed by key, expired by event-time day buckets.

Keys (all prefixed with the dedup key, e.g. ``de|``, so partitions never share a key):
  a|<article id>         article record: verdict, bucket day, fingerprint, what it registered
  h|<content hash>       id of the first article with that exact content
  b|<band>|<hex>         id (or list of up to `band_cap` ids) whose MinHash agrees on that band
  s|<source>|<story id>  root id of the wire story
  r|<source>             the source's latest headlines, [[id, tokens], ...], at most `recent_cap`
  d|<day>|<n>            ids bucketed by (clamped) publication day, chunks of `chunk_size`
  dn|<day>               number of chunks of that day
  wm                     watermark: latest publication day seen
  sweep                  oldest day not yet evicted
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date, timedelta
from typing import Any

from ..state import PrefixedState
from .fingerprint import Fingerprint


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _ids(value: str | list[str] | None) -> list[str]:
    """Band values: one id as a plain string (the common case, saving a list per key), several as a list."""
    return [] if value is None else [value] if isinstance(value, str) else value


def _pack(ids: list[str]) -> str | list[str]:
    return ids[0] if len(ids) == 1 else ids


class DedupStore(PrefixedState):
    def __init__(self, state: MutableMapping[str, Any], prefix: str, *, bands: int, rows: int, band_cap: int = 8,
                 recent_cap: int = 16, chunk_size: int = 256) -> None:
        super().__init__(state, prefix)
        self.bands = bands
        self.rows = rows
        self.band_cap = band_cap
        self.recent_cap = recent_cap
        self.chunk_size = chunk_size

    # reads
    def record(self, article_id: str) -> dict[str, Any] | None:
        return self._get(f"a|{article_id}")

    def by_hash(self, content_hash: str) -> str | None:
        return self._get(f"h|{content_hash}")

    def by_bands(self, fingerprint: Fingerprint) -> list[str]:
        found: list[str] = []
        for band in fingerprint.bands(self.bands, self.rows):
            for article_id in _ids(self._get(f"b|{band}")):
                if article_id not in found:
                    found.append(article_id)
        return found

    def by_story(self, source: str, story_id: str) -> str | None:
        return self._get(f"s|{source}|{story_id}")

    def recent(self, source: str) -> list[list[str]]:
        return self._get(f"r|{source}") or []

    # writes
    def put(self, article_id: str, record: dict[str, Any], *, fingerprint: Fingerprint | None = None,
            content_hash: str | None = None, story: tuple[str, str] | None = None,
            headline: tuple[str, str] | None = None) -> None:
        """Store the record and register whatever it owns; the record remembers it for eviction."""
        record = dict(record)
        if content_hash is not None and self.by_hash(content_hash) is None:
            self._set(f"h|{content_hash}", article_id)
            record["h"] = content_hash
        if fingerprint is not None and fingerprint.count:
            record["f"], record["n"] = fingerprint.encode(), fingerprint.count
            for band in fingerprint.bands(self.bands, self.rows):
                ids = [i for i in _ids(self._get(f"b|{band}")) if i != article_id]
                self._set(f"b|{band}", _pack((ids + [article_id])[-self.band_cap:]))
        if story is not None and self.by_story(*story) is None:
            self._set(f"s|{story[0]}|{story[1]}", record["root"])
            record["s"] = list(story)
        if headline is not None:
            source, tokens = headline
            entries = [e for e in self.recent(source) if e[0] != article_id]
            self._set(f"r|{source}", (entries + [[article_id, tokens]])[-self.recent_cap:])
            record["src"] = source
        self._set(f"a|{article_id}", record)
        self._bucket(article_id, record["d"])

    def _bucket(self, article_id: str, day: str) -> None:
        chunks = self._get(f"dn|{day}") or 0
        last = self._get(f"d|{day}|{chunks - 1}") if chunks else None
        if last is None or len(last) >= self.chunk_size:
            self._set(f"dn|{day}", chunks + 1)
            self._set(f"d|{day}|{chunks}", [article_id])
        else:
            self._set(f"d|{day}|{chunks - 1}", last + [article_id])
        sweep = self._get("sweep")
        if sweep is None or day < sweep:
            self._set("sweep", day)

    # event time and expiry
    def advance(self, day: date, horizon_days: int, budget_chunks: int) -> date:
        """Raise the watermark to `day`, evict at most `budget_chunks` expired chunks; return the cutoff."""
        watermark = self._get("wm")
        if watermark is None or day.isoformat() > watermark:
            watermark = day.isoformat()
            self._set("wm", watermark)
        cutoff = _day(watermark) - timedelta(days=horizon_days)
        start = sweep = self._get("sweep")
        while sweep is not None and _day(sweep) < cutoff and budget_chunks > 0:
            chunks = self._get(f"dn|{sweep}") or 0
            if chunks:
                n = chunks - 1
                for article_id in self._get(f"d|{sweep}|{n}") or ():
                    self._evict(article_id)
                self._del(f"d|{sweep}|{n}")
                budget_chunks -= 1
                if n:
                    self._set(f"dn|{sweep}", n)
                    continue
                self._del(f"dn|{sweep}")
            sweep = (_day(sweep) + timedelta(days=1)).isoformat()
        if sweep != start:
            self._set("sweep", sweep)
        return cutoff

    def _evict(self, article_id: str) -> None:
        record = self.record(article_id)
        if record is None:
            return
        if "h" in record and self.by_hash(record["h"]) == article_id:
            self._del(f"h|{record['h']}")
        if "f" in record:
            for band in Fingerprint.decode(record["f"], record["n"]).bands(self.bands, self.rows):
                ids = [i for i in _ids(self._get(f"b|{band}")) if i != article_id]
                if ids:
                    self._set(f"b|{band}", _pack(ids))
                else:
                    self._del(f"b|{band}")
        if "s" in record:
            self._del(f"s|{record['s'][0]}|{record['s'][1]}")
        if "src" in record:
            entries = [e for e in self.recent(record["src"]) if e[0] != article_id]
            if entries:
                self._set(f"r|{record['src']}", entries)
            else:
                self._del(f"r|{record['src']}")
        self._del(f"a|{article_id}")
