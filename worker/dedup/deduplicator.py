"""Tell first reports, copies and later versions of wire stories apart, with all state in one mapping."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..models import Article, DedupVerdict
from .fingerprint import NUM_PERM, Fingerprint
from .headlines import has_update_marker, headline_similarity, headline_tokens
from .store import DedupStore, root_of


@dataclass(frozen=True)
class _Match:
    """A verdict candidate; the best one wins by (rank, similarity, earlier id)."""

    rank: int
    verdict: DedupVerdict

    def key(self) -> tuple[int, float]:
        return (self.rank, self.verdict.similarity or 0.0)


class Deduplicator:
    """`check(article)` returns a copy with `dedup` set: unique, duplicate (of an earlier copy) or version.

    - duplicate: same content hash, or estimated Jaccard of word 3-shingles >= `duplicate_threshold`.
    - version (of the story's first article): same source and story id; Jaccard >= `version_threshold`;
      or a similar headline from the same source that carries an update marker or whose body contains
      most of the earlier one (flash -> full story).
    State is bounded by `horizon_days` of publication time; a redelivered article id gets its stored verdict.
    The mapping gets one write per article (its record) and one delete when it expires; the lookup indexes
    live in this object and are rebuilt from the records, per dedup key, on first use (see `forget_indexes`).
    """

    def __init__(self, state: MutableMapping[str, Any], *, horizon_days: int = 7, duplicate_threshold: float = 0.9,
                 version_threshold: float = 0.5, containment_threshold: float = 0.6,
                 headline_threshold: float = 0.5, bands: int = 16, band_rows: int = 3, evict_budget: int = 1024) -> None:
        if bands * band_rows > NUM_PERM:
            raise ValueError(f"bands * band_rows must not exceed {NUM_PERM}")
        if horizon_days < 1:
            raise ValueError("horizon_days must be at least 1 (the watermark is rebuilt as the newest bucket day)")
        self.state = state
        self.horizon_days = horizon_days
        self.duplicate_threshold = duplicate_threshold
        self.version_threshold = version_threshold
        self.containment_threshold = containment_threshold
        self.headline_threshold = headline_threshold
        self.bands = bands
        self.band_rows = band_rows
        self.evict_budget = evict_budget
        self._stores: dict[str, DedupStore] = {}

    def forget_indexes(self) -> None:
        """Drop the in-memory indexes; each dedup key rebuilds them from the mapping on its next article.

        Call whenever the mapping may have changed behind this object's back, e.g. after a faust table was
        reassigned partitions and recovered them from its changelog."""
        self._stores.clear()

    def _store(self, prefix: str) -> DedupStore:
        store = self._stores.get(prefix)
        if store is None:
            store = self._stores[prefix] = DedupStore(self.state, prefix, horizon_days=self.horizon_days,
                                                      bands=self.bands, rows=self.band_rows)
        return store

    def check(self, article: Article) -> Article:
        try:
            return self._check(self._store(article.dedup_key), article)
        except Exception:
            # The caller drops the step's writes (worker.state.WriteBack.discard): rebuild from what remains.
            self._stores.pop(article.dedup_key, None)
            raise

    def _check(self, store: DedupStore, article: Article) -> Article:
        stored = store.record(article.article_id)
        if stored is not None:
            if store.live(article.article_id):
                return article.model_copy(update={"dedup": DedupVerdict.model_validate(stored["v"])})
            store.evict(article.article_id)
        day = article.published_at.date()
        cutoff = store.advance(day, self.evict_budget)
        bucket = max(day, cutoff + timedelta(days=1)).isoformat()
        verdict = self._exact(store, article)
        if verdict is not None:
            store.put_duplicate(article.article_id, verdict, bucket)
            return article.model_copy(update={"dedup": verdict})
        fingerprint = Fingerprint.of(article.body or article.headline)
        tokens = headline_tokens(article.headline)
        story_root = store.by_story(article.source, article.story_id) if article.story_id else None
        verdict = self._near(store, article, fingerprint, tokens, story_root)
        if verdict.status == "duplicate":
            store.put_duplicate(article.article_id, verdict, bucket)
        else:
            story = (article.source, article.story_id) if article.story_id and story_root is None else None
            store.put(article.article_id, verdict, bucket, article.content_hash, fingerprint, story,
                      (article.source, tokens) if tokens else None)
        return article.model_copy(update={"dedup": verdict})

    @staticmethod
    def _exact(store: DedupStore, article: Article) -> DedupVerdict | None:
        earlier = store.by_hash(article.content_hash)
        if earlier is None:
            return None
        return DedupVerdict(status="duplicate", of=earlier, similarity=1.0, method="exact_hash")

    def _near(self, store: DedupStore, article: Article, fingerprint: Fingerprint, tokens: str,
              story_root: str | None) -> DedupVerdict:
        candidates = store.by_bands(fingerprint) if fingerprint.count else []
        if story_root is not None and story_root not in candidates and store.live(story_root):
            candidates.append(story_root)
        recent = store.recent(article.source)
        candidates += [i for i, t in recent.items()
                       if i not in candidates and headline_similarity(tokens, t) >= self.headline_threshold]
        best: _Match | None = None
        for candidate in candidates:
            match = self._judge(article, fingerprint, tokens, candidate, store.record(candidate), story_root,
                                recent.get(candidate))
            if match is not None and (best is None or match.key() > best.key()):
                best = match
        return best.verdict if best is not None else DedupVerdict(status="unique", method="first_seen")

    def _judge(self, article: Article, fingerprint: Fingerprint, tokens: str, candidate: str,
               record: dict[str, Any], story_root: str | None, candidate_tokens: str | None) -> _Match | None:
        other = Fingerprint.decode(record["f"], record["n"]) if "f" in record else None
        jaccard = round(fingerprint.jaccard(other), 4) if other else 0.0
        root = root_of(candidate, record)
        if jaccard >= self.duplicate_threshold:
            return _Match(3, DedupVerdict(status="duplicate", of=candidate, similarity=jaccard, method="minhash"))
        if story_root is not None and root == story_root:
            return _Match(2, DedupVerdict(status="version", of=root, similarity=jaccard, method="story_id"))
        if jaccard >= self.version_threshold:
            return _Match(1, DedupVerdict(status="version", of=root, similarity=jaccard, method="minhash"))
        if candidate_tokens is None:
            return None
        similar = headline_similarity(tokens, candidate_tokens)
        contained = other is not None and fingerprint.containment(other) >= self.containment_threshold
        if similar >= self.headline_threshold and (contained or has_update_marker(article.headline)):
            return _Match(0, DedupVerdict(status="version", of=root, similarity=round(similar, 4), method="headline"))
        return None
