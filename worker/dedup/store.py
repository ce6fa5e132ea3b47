"""Dedup state: one persisted record per article, every lookup index derived from the records in memory.

The mapping (a dict, or a faust table whose every write is a changelog record) holds only
``<prefix>|a|<article id>`` -> record, written once per article and deleted on expiry:
  v    verdict (the redelivery answer)
  d    bucket day: publication day, clamped into the live window (expiry)
  q    write sequence number (index order, so a rebuilt index lists ids in the order they were written)
  h    content hash; f, n fingerprint and shingle count; s [source, story id] if it registered the story;
       src, t source and headline tokens. Duplicates keep only v and d: nothing points at them.

`DedupStore` keeps the derived indexes of one prefix (hash, LSH bands, story, recent headlines per source,
day buckets, watermark) in plain dicts, built from the records on first use. Liveness is decided by the
bucket day against the watermark, not by whether eviction has deleted the record yet, so verdicts do not
depend on eviction pacing or on when an index was rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from datetime import date, timedelta
from typing import Any

from ..models import DedupVerdict
from ..state import PrefixedState
from .fingerprint import Fingerprint, encoded_band_keys


class Postings(dict):
    """key -> article ids in write order; a single id is kept bare (the common case, saving a list per key)."""

    def add(self, keys: Iterable[Any], article_id: str) -> None:
        """Append the id under each key (one loop for all of an article's keys: index rebuilds are hot)."""
        get = self.get
        for key in keys:
            ids = get(key)
            if ids is None:
                self[key] = article_id
            elif isinstance(ids, str):
                self[key] = [ids, article_id]
            else:
                ids.append(article_id)

    def discard(self, key: Any, article_id: str) -> None:
        ids = self.get(key)
        if ids == article_id:
            del self[key]
        elif isinstance(ids, list) and article_id in ids:
            ids.remove(article_id)
            if len(ids) == 1:
                self[key] = ids[0]

    def latest(self, key: Any, live: Callable[[str], bool], limit: int) -> list[str]:
        """The newest `limit` live ids, oldest first (what a capped list of the latest writes would hold)."""
        ids = self.get(key)
        if ids is None:
            return []
        if isinstance(ids, str):
            return [ids] if live(ids) else []
        found: list[str] = []
        for article_id in reversed(ids):
            if live(article_id):
                found.append(article_id)
                if len(found) == limit:
                    break
        found.reverse()
        return found


def root_of(article_id: str, record: dict[str, Any]) -> str:
    """The story's first article: a version points at it, anything else is its own root."""
    verdict = record["v"]
    return verdict["of"] if verdict["status"] == "version" else article_id


class DedupStore(PrefixedState):
    def __init__(self, state: MutableMapping[str, Any], prefix: str, *, horizon_days: int, bands: int, rows: int,
                 band_cap: int = 8, recent_cap: int = 16) -> None:
        super().__init__(state, prefix)
        self.horizon_days = horizon_days
        self.bands = bands
        self.rows = rows
        self.band_cap = band_cap
        self.recent_cap = recent_cap
        self.day_of: dict[str, str] = {}
        self.days: dict[str, dict[str, None]] = {}
        self.hashes = Postings()
        self.band_index = Postings()
        self.stories = Postings()
        self.recent_ids = Postings()
        self.tokens: dict[str, str] = {}
        self.watermark: str | None = None
        self.cutoff = ""
        self.seq = 0
        self._load()

    def _load(self) -> None:
        """Index every record of this prefix, in write order (a faust table iterates in no useful order)."""
        marker = f"{self.prefix}a|"
        indexed = []
        for key in [k for k in self.state if k.startswith(marker)]:
            record = self.state.get(key)
            article_id = key[len(marker):]
            self._bucket(article_id, record["d"])
            if "q" in record:
                indexed.append((record["q"], article_id, record))
        indexed.sort(key=lambda item: item[0])
        for _, article_id, record in indexed:
            self._index(article_id, record)
        if indexed:
            self.seq = indexed[-1][0] + 1
        if self.days:
            self.watermark = max(self.days)
            self.cutoff = self._cutoff()

    # reads
    def record(self, article_id: str) -> dict[str, Any] | None:
        return self._get(f"a|{article_id}")

    def live(self, article_id: str) -> bool:
        return self.day_of.get(article_id, "") >= self.cutoff

    def by_hash(self, content_hash: str) -> str | None:
        found = self.hashes.latest(content_hash, self.live, 1)
        return found[0] if found else None

    def by_bands(self, fingerprint: Fingerprint) -> list[str]:
        found: list[str] = []
        for band in fingerprint.bands(self.bands, self.rows):
            for article_id in self.band_index.latest(band, self.live, self.band_cap):
                if article_id not in found:
                    found.append(article_id)
        return found

    def by_story(self, source: str, story_id: str) -> str | None:
        found = self.stories.latest((source, story_id), self.live, 1)
        return root_of(found[0], self.record(found[0])) if found else None

    def recent(self, source: str) -> dict[str, str]:
        """The source's latest headlines: article id -> headline tokens, oldest first."""
        return {i: self.tokens[i] for i in self.recent_ids.latest(source, self.live, self.recent_cap)}

    # writes: one record per article
    def put_duplicate(self, article_id: str, verdict: DedupVerdict, bucket: str) -> None:
        """A duplicate is kept only to answer its redelivery: nothing points at it."""
        self._set(f"a|{article_id}", {"v": verdict.model_dump(mode="json"), "d": bucket})
        self._bucket(article_id, bucket)

    def put(self, article_id: str, verdict: DedupVerdict, bucket: str, content_hash: str, fingerprint: Fingerprint,
            story: tuple[str, str] | None, headline: tuple[str, str] | None) -> None:
        """Store the record and index what it registers: hash, bands, story (if first), headline."""
        record: dict[str, Any] = {"v": verdict.model_dump(mode="json"), "d": bucket, "q": self.seq, "h": content_hash}
        self.seq += 1
        if fingerprint.count:
            record["f"], record["n"] = fingerprint.encode(), fingerprint.count
        if story is not None:
            record["s"] = list(story)
        if headline is not None:
            record["src"], record["t"] = headline
        self._set(f"a|{article_id}", record)
        self._bucket(article_id, bucket)
        self._index(article_id, record, fingerprint)

    def _bucket(self, article_id: str, day: str) -> None:
        self.day_of[article_id] = day
        self.days.setdefault(day, {})[article_id] = None

    def _index(self, article_id: str, record: dict[str, Any], fingerprint: Fingerprint | None = None) -> None:
        self.hashes.add((record["h"],), article_id)
        if "f" in record:
            self.band_index.add(fingerprint.bands(self.bands, self.rows) if fingerprint else
                                encoded_band_keys(record["f"], self.bands, self.rows), article_id)
        if "s" in record:
            self.stories.add((tuple(record["s"]),), article_id)
        if "src" in record:
            self.recent_ids.add((record["src"],), article_id)
            self.tokens[article_id] = record["t"]

    # event time and expiry
    def _cutoff(self) -> str:
        return (date.fromisoformat(self.watermark) - timedelta(days=self.horizon_days)).isoformat()

    def advance(self, day: date, budget: int) -> date:
        """Raise the watermark to `day`, delete at most `budget` expired records; return the cutoff day.

        Records bucketed before the cutoff are dead to every lookup at once; only their deletion is paced."""
        if self.watermark is None or day.isoformat() > self.watermark:
            self.watermark = day.isoformat()
            self.cutoff = self._cutoff()
        while budget > 0 and self.days:
            oldest = min(self.days)
            if oldest >= self.cutoff:
                break
            ids = self.days[oldest]
            while ids and budget > 0:
                self.evict(next(reversed(ids)))
                budget -= 1
        return date.fromisoformat(self.cutoff)

    def evict(self, article_id: str) -> None:
        """Delete the record and unindex it (expired; or expired and redelivered, so about to be judged again)."""
        day = self.day_of.pop(article_id)
        ids = self.days[day]
        del ids[article_id]
        if not ids:
            del self.days[day]
        record = self.record(article_id)
        if "q" in record:
            self.hashes.discard(record["h"], article_id)
            if "f" in record:
                for band in encoded_band_keys(record["f"], self.bands, self.rows):
                    self.band_index.discard(band, article_id)
            if "s" in record:
                self.stories.discard(tuple(record["s"]), article_id)
            if "src" in record:
                self.recent_ids.discard(record["src"], article_id)
                del self.tokens[article_id]
        self._del(f"a|{article_id}")
