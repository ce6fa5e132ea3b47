"""Deterministic identifiers: the same input always yields the same id, so redelivery dedupes."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A short, prefixed hex digest of the parts, e.g. ``evt_3f2a...``."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"), digest_size=16).hexdigest()
    return f"{prefix}_{digest[:length]}"
