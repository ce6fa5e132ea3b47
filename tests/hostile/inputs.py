"""Hypothesis strategies for hostile raw messages: broken bytes, broken JSON, wrong types, weird but valid articles."""

from __future__ import annotations

import json

import orjson
from hypothesis import strategies as st

GOOD = {"id": "h1", "source": "Wire", "published_at": "2024-03-01T10:00:00Z", "headline": "Angriff in Bagdad",
        "body": "Bei einem Luftangriff in Bagdad wurden am Montag vier Menschen getötet."}

#: Characters that break naive text handling: bidi controls, zero-width, combining marks, surrogate escapes, NUL.
TRICKY = "\u202e\u202d\u200f\u200e\u200b\u200c\u200d\u2060\ufeff\u00ad\u0301\u0000\u2028\u2029\ufffd"
tricky_text = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=300)
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | tricky_text
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
#: Dates at the ends of the calendar (they used to crash or poison event-time stages; now dead-lettered).
EXTREME_DATES = ["9999-12-31T23:59:59Z", "9999-12-25T00:00:00Z", "0001-01-01T00:00:00Z", "0001-01-08T00:00:00Z"]
dates = st.sampled_from(["2024-03-01T10:00:00Z", "2031-07-01T00:00:00Z", "1970-01-01T00:00:00Z", "2024-02-30T00:00:00Z", "2024-03-01T10:00:00+14:00", "2024-03-01", "1710000000",
                         "2024-03-01T10:00:00.123456789Z", "-2024-01-01T00:00:00Z", *EXTREME_DATES])


def _document(overrides: dict, ascii_only: bool = False) -> bytes:
    """JSON text of GOOD with overrides; lone surrogates pass through as (invalid) UTF-8 unless escaped."""
    return json.dumps({**GOOD, **overrides}, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


wrong_types = st.builds(lambda field, value, ascii_only: _document({field: value}, ascii_only),
                        st.sampled_from(["id", "source", "url", "language", "published_at", "headline", "body",
                                         "story_id"]), json_values, st.booleans())
weird_articles = st.builds(
    lambda headline, body, date, language, ascii_only: _document(
        {"headline": headline, "body": body, "published_at": date, "language": language}, ascii_only),
    tricky_text, tricky_text.filter(lambda s: s.strip()), dates,
    st.none() | st.sampled_from(["de", "en", "ar", "xx", "", "zz-Latn", "\u202e"]), st.booleans())
malformed_json = st.builds(lambda doc, cut: doc[:cut], st.just(orjson.dumps(GOOD)), st.integers(0, 60)) | \
    st.sampled_from([b"{", b"}", b"[]", b"null", b"1e999", b'{"id": NaN}', b'{"a":1,"a":2}', b"\xef\xbb\xbf{}",
                     b'{"id": "\\ud800"}', json.dumps(GOOD).encode("utf-16")])
deep_nesting = st.integers(10, 5000).map(lambda depth: b'{"id": "d", "x": ' + b"[" * depth + b"]" * depth + b"}")
hostile_messages = st.binary(max_size=2000) | malformed_json | wrong_types | weird_articles | deep_nesting | \
    st.builds(_document, st.fixed_dictionaries({}, optional={"extra": json_values, "story_id": tricky_text}))


def huge_article(body: str, headline: str = "Bagdad", **fields) -> bytes:
    return _document({"headline": headline, "body": body, **fields})
