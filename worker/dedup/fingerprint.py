"""Compact MinHash fingerprints of article bodies that fit in JSON state and split into LSH band keys."""

from __future__ import annotations

import base64
import re
from array import array
from dataclasses import dataclass
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

    def encode(self) -> str:
        return base64.b64encode(array("H", self.values).tobytes()).decode("ascii")

    @classmethod
    def decode(cls, text: str, count: int) -> Fingerprint:
        values = array("H")
        values.frombytes(base64.b64decode(text))
        return cls(tuple(values), count)

    def bands(self, count: int, rows: int) -> list[str]:
        """LSH keys over the first count*rows values: band number and its values in hex (no hashing needed)."""
        return [f"{i}|" + "".join(f"{v:04x}" for v in self.values[i * rows:(i + 1) * rows]) for i in range(count)]

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
