"""Deterministic synthetic wire traffic (de/en/fr/es/ar) for benchmarks and fault tests: JSON lines of RawArticle.

Mix per article slot: ~60% first reports of an incident (several outlets and languages report each one),
~25% non-conflict news, and ~30% of all messages are repeats: redeliveries, syndicated copies and
"UPDATE 1-" versions of a wire story with a revised toll.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from collections import deque
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import orjson
import yaml

PHRASES = Path(__file__).parent / "data" / "wire_phrases.yaml"
LANGUAGES = ("de", "en", "fr", "es", "ar")
START = datetime(2024, 3, 1, 6, 0, tzinfo=timezone.utc)
SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tu", "vel", "dor", "an", "bri", "cho", "fa", "gul", "hen", "is", "jon")
TEAMS = ("Nordstadt", "Westhafen", "Bergheim", "Sankt Ruppin", "Alvera", "Coruna Real", "Olimpo", "Riverton")


@lru_cache(maxsize=1)
def phrases() -> dict:
    with open(PHRASES, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class Wire:
    """Builds articles from the phrase file; every choice comes from one seeded Random."""

    def __init__(self, seed: int, body_chars: int = 3000) -> None:
        self.rng = random.Random(seed)
        self.body_chars = body_chars
        self.serial = 0
        self.reports: dict[str, tuple[dict, int]] = {}  # article id -> (incident, killed) for later versions

    def word(self, parts: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def slots(self, lang: str, when: datetime, **known) -> dict:
        p = phrases()[lang]
        return {"name": f"{self.word(2)} {self.word(3)}", "org": self.word(3), "num": self.rng.randint(2, 950),
                "pct": f"{self.rng.randint(1, 19)},{self.rng.randint(0, 9)}" if lang != "en"
                else f"{self.rng.randint(1, 19)}.{self.rng.randint(0, 9)}",
                "year": self.rng.randint(2019, 2026), "month": self.rng.choice(p["months"]),
                "day": p["days"][when.weekday()], "actor": self.rng.choice(p["actors"]),
                "team": self.rng.choice(TEAMS), "goals": self.rng.randint(0, 5), "team2": self.rng.choice(TEAMS[::-1]), **known}

    def fill(self, lang: str, when: datetime, sentences: list[str], **known) -> str:
        """The given sentences, then filler paragraphs until the body reaches its target length."""
        p = phrases()[lang]
        paragraphs = [s.format(**self.slots(lang, when, **known)) for s in sentences]
        while sum(map(len, paragraphs)) < self.body_chars:
            paragraphs.append(" ".join(self.rng.choice(p["filler"]).format(**self.slots(lang, when))
                                       for _ in range(3)))
        return "\n\n".join(paragraphs)

    def article(self, lang: str, outlet: str, when: datetime, headline: str, body: str,
                story_id: str | None = None) -> dict:
        self.serial += 1
        slug = outlet.lower().replace(" ", "-")
        article_id = f"{slug}-{lang}-{when:%Y%m%d%H%M}-{self.serial}"
        return {"id": article_id, "source": outlet, "url": f"https://wire.example/{slug}/{article_id}",
                "language": lang, "published_at": when.isoformat().replace("+00:00", "Z"), "headline": headline,
                "body": body, **({"story_id": story_id} if story_id else {})}

    def incident_report(self, incident: dict, lang: str, when: datetime, killed: int) -> dict:
        p = phrases()[lang]
        known = {"city": incident["place"][lang], "country": incident["place"]["country"][lang],
                 "kind": p["kinds"][incident["kind"]], "n": killed, "m": incident["injured"],
                 "total": incident["total"]}
        known["day"] = p["days"][incident["date"].weekday()]
        sentences = [self.rng.choice(p["lead"]), *self.rng.sample(p["quote"], 2)]
        if self.rng.random() < 0.3:
            sentences.append(p["figure"])
        headline = self.rng.choice(p["headline"]).format(**self.slots(lang, when, **known))
        outlet = self.rng.choice(phrases()["outlets"][lang])
        report = self.article(lang, outlet, when, headline, self.fill(lang, when, sentences, **known),
                              story_id=f"{outlet[:3].lower()}-{self.serial}")
        self.reports[report["id"]] = (incident, killed)
        return report

    def other_news(self, lang: str, when: datetime) -> dict:
        p = phrases()[lang]
        known = self.slots(lang, when)
        headline = self.rng.choice(p["other_headline"]).format(**known)
        outlet = self.rng.choice(phrases()["outlets"][lang])
        return self.article(lang, outlet, when, headline, self.fill(lang, when, [self.rng.choice(p["other_lead"])],
                                                                    **known))

    def repeat(self, earlier: dict, when: datetime) -> dict:
        """A redelivery (same id), a syndicated copy (other outlet, same text) or an updated version."""
        roll = self.rng.random()
        if roll < 0.3:
            return dict(earlier)
        if roll < 0.6 or earlier["id"] not in self.reports:
            outlets = phrases()["outlets"][earlier["language"]]
            return self.article(earlier["language"], self.rng.choice(outlets), when, earlier["headline"],
                                earlier["body"])
        lang = earlier["language"]
        incident, killed = self.reports[earlier["id"]]
        revised = self.incident_report(incident, lang, when, killed + self.rng.randint(1, 5))
        lead, added = revised["body"].split("\n\n", 2)[:2]
        old = earlier["body"].split("\n\n")[1:]
        rest = "\n\n".join(old[:max(1, len(old) * 2 // 3)])  # the update rewrites the lead and cuts the tail
        return self.article(lang, earlier["source"], when, "UPDATE 1-" + revised["headline"],
                            f"{lead}\n\n{added}\n\n{rest}", story_id=earlier["story_id"])


def iter_articles(count: int, seed: int = 7, body_chars: int = 3000, languages=LANGUAGES,
                  repeat_share: float = 0.3, other_share: float = 0.25) -> Iterator[dict]:
    """`count` raw articles in publication order; same arguments, same articles. Memory stays flat."""
    wire = Wire(seed, body_chars)
    rng = wire.rng
    places = phrases()["places"]
    recent: deque[dict] = deque(maxlen=200)  # repeats pick from the latest articles
    pending: list[tuple[dict, int]] = []  # (incident, reports still to come)
    when = START
    for _ in range(count):
        when += timedelta(seconds=rng.randint(5, 90))
        lang = rng.choice(languages)
        roll = rng.random()
        if recent and roll < repeat_share:
            article = wire.repeat(rng.choice(recent), when)
        elif roll < repeat_share + other_share:
            article = wire.other_news(lang, when)
        else:
            if not pending or rng.random() < 0.35:
                incident = {"place": rng.choice(places), "kind": rng.randrange(5), "killed": rng.randint(1, 40),
                            "injured": rng.randint(0, 60), "date": when.date(), "total": rng.randint(500, 9000)}
                pending.append((incident, rng.randint(1, 4)))
            index = rng.randrange(len(pending))
            incident, left = pending[index]
            killed = incident["killed"] + (rng.randint(0, 2) if left > 1 else 0)
            article = wire.incident_report(incident, lang, when, killed)
            pending[index] = (incident, left - 1)
            if left <= 1:
                pending.pop(index)
        recent.append(article)
        if len(wire.reports) > 1000:  # versions only follow recent reports
            wire.reports.pop(next(iter(wire.reports)))
        yield article


def generate(count: int, seed: int = 7, **options) -> list[dict]:
    return list(iter_articles(count, seed, **options))


def messages(count: int, seed: int = 7, **options) -> list[bytes]:
    return [orjson.dumps(article) for article in generate(count, seed, **options)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--body-chars", type=int, default=3000)
    parser.add_argument("--out", type=Path, help="JSON-lines file (default: stdout)")
    args = parser.parse_args(argv)
    out = args.out.open("wb") if args.out else sys.stdout.buffer
    for article in iter_articles(args.count, args.seed, body_chars=args.body_chars):
        out.write(orjson.dumps(article) + b"\n")
    out.flush()


if __name__ == "__main__":
    main()
