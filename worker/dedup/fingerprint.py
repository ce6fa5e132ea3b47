"""Compact MinHash fingerprints of article bodies that fit in JSON state and split into LSH band keys."""

from __future__ import annotations

import base64
import re
from array import array
from dataclasses import dataclass
from functools import cache
from operator import eq

from rensa import RMinHash

NUM_PERM = 128
SEED = 1729
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = 3) -> list[str]:
    """Word n-grams; texts shorter than one shingle fall back to their words."""
    tokens = words(text)
    if len(tokens) < size:
        return tokens
    return [" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)]


def band_keys(raw: bytes, count: int, rows: int) -> list[int]:
    """LSH keys over the first count*rows values of a raw fingerprint: the band's values as one int, its number
    in the top bits. Exact (no hashing), and an int is the smallest dict key Python offers."""
    from_bytes = int.from_bytes
    return [from_bytes(raw[start:end], "little") | tag for start, end, tag in _band_slices(count, rows)]


@cache
def _band_slices(count: int, rows: int) -> list[tuple[int, int, int]]:
    width = 2 * rows
    return [(i * width, (i + 1) * width, i << 8 * width) for i in range(count)]


def encoded_band_keys(text: str, count: int, rows: int) -> list[int]:
    """The band keys of an encoded fingerprint, without building its values (index rebuilds)."""
    return band_keys(base64.b64decode(text), count, rows)


@dataclass(frozen=True)
class Fingerprint:
    """128 MinHash values cut to their low 16 bits (b-bit MinHash) plus the shingle count."""

    values: tuple[int, ...]
    count: int

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        grams = shingles(text)
        minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
        minhash.update(grams)
        return cls(tuple(v & 0xFFFF for v in minhash.digest()), len(set(grams)))

    def raw(self) -> bytes:
        return array("H", self.values).tobytes()

    def encode(self) -> str:
        return base64.b64encode(self.raw()).decode("ascii")

    @classmethod
    def decode(cls, text: str, count: int) -> Fingerprint:
        values = array("H")
        values.frombytes(base64.b64decode(text))
        return cls(tuple(values), count)

    def bands(self, count: int, rows: int) -> list[int]:
        return band_keys(self.raw(), count, rows)

    def jaccard(self, other: Fingerprint) -> float:
        """Estimated from all 128 values (b-bit collisions, 1 in 65536, are negligible)."""
        if not self.count or not other.count:
            return 0.0
        return sum(map(eq, self.values, other.values)) / NUM_PERM

    def containment(self, other: Fingerprint) -> float:
        """Share of the smaller shingle set found in the larger, derived from the Jaccard estimate."""
        j = self.jaccard(other)
        smaller = min(self.count, other.count)
        if not smaller:
            return 0.0
        return min(1.0, j * (self.count + other.count) / ((1 + j) * smaller))
