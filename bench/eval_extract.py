"""Evaluate the event extractor per language: own labelled articles plus the public dev sets.

Usage: python bench/eval_extract.py [--set {own,holdout,blind,blind2,blind3}] [--devdata DIR] [--limit N] [--verbose]
--set holdout scores bench/data/extract/holdout/*.yaml, articles written after the rules and never used to tune them;
--set blind scores bench/data/extract/blind/*.yaml, a second one, written while holdout failures were fixed;
--set blind2 scores bench/data/extract/blind2/*.yaml, written in session 5 by a writer who never saw the rules, the
lexicons or the other sets;
--set blind3 scores bench/data/extract/blind3/*.yaml, written in session 6 by writers who never saw the rules, the
lexicons or the other sets.
Prints, per language, precision/recall/accuracy for event type, place, date, casualties and actors.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from datetime import date, datetime, timezone
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.extract import Extractor  # noqa: E402
from worker.extract.matcher import fold  # noqa: E402
from worker.models import Article  # noqa: E402

DATA = Path(__file__).parent / "data" / "extract"
SETS = {"own": DATA, "holdout": DATA / "holdout", "blind": DATA / "blind", "blind2": DATA / "blind2",
        "blind3": DATA / "blind3"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMO_TYPES = {"Protests", "Riots"}


class Tally:
    def __init__(self) -> None:
        self.n = defaultdict(int)

    def add(self, key: str, ok: bool) -> None:
        self.n[key + "_n"] += 1
        self.n[key + "_ok"] += int(ok)

    def pr(self, key: str, tp: int, pred: int, gold: int) -> None:
        self.n[key + "_tp"] += tp
        self.n[key + "_pred"] += pred
        self.n[key + "_gold"] += gold

    def ratio(self, key: str) -> str:
        n = self.n.get(key + "_n", 0)
        return f"{self.n[key + '_ok'] / n:.2f} ({self.n[key + '_ok']}/{n})" if n else "-"

    def prf(self, key: str) -> str:
        tp, pred, gold = self.n.get(key + "_tp", 0), self.n.get(key + "_pred", 0), self.n.get(key + "_gold", 0)
        if not pred and not gold:
            return "-"
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return f"P {p:.2f} R {r:.2f} ({tp}/{pred}/{gold})"


def article(aid: str, lang: str, headline: str, body: str, published: datetime) -> Article:
    return Article(article_id=aid, source="eval", published_at=published, language=lang, headline=headline,
                   body=" ".join(body.split()), content_hash=aid, dedup_key=lang)


def _published(value) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _matches(exp: dict, ev) -> bool:
    return exp.get("status", "new") == ev.status and ("sub" not in exp or exp["sub"] == ev.sub_event_type)


def eval_own(ex: Extractor, tallies: dict[str, Tally], verbose: bool, data: Path = DATA) -> None:
    for path in sorted(data.glob("*.yaml")):
        lang = path.stem
        t = tallies[lang]
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            res = ex.extract(article(item["id"], lang, item.get("headline", ""), item["body"],
                                     _published(item["published_at"])))
            expected = item.get("expect", {}).get("events", [])
            events = list(res.events)
            unmatched = list(events)
            pairs = []
            for exp in expected:
                ev = next((e for e in unmatched if _matches(exp, e)), None)
                if ev is not None:
                    unmatched.remove(ev)
                    pairs.append((exp, ev))
            t.pr("type", len(pairs), len(events), len(expected))
            if not expected:
                t.add("no_event_articles", not events)
            for exp, ev in pairs:
                def check(key: str, ok: bool, field: str, want, got) -> None:
                    t.add(key, ok)
                    if verbose and not ok:
                        print(f"  [{item['id']}] {exp.get('status', 'new')} {exp.get('sub')} {field}: "
                              f"expected {want}; got {got}")

                loc = ev.location
                if "country" in exp or "sea" in exp:
                    ok = loc is not None and (loc.sea_area == exp["sea"] if "sea" in exp else loc.country_code == exp["country"])
                    if ok and "place" in exp:
                        ok = _same_place(loc, exp["place"])
                    want = "/".join(str(exp[k]) for k in ("sea", "country", "place") if k in exp)
                    got = loc and "/".join(str(x) for x in (loc.sea_area, loc.country_code, loc.name) if x)
                    check("place", ok, "place", want, got)
                if "date" in exp:
                    check("date", ev.event_date is not None and ev.event_date == _as_date(exp["date"]),
                          "date", exp["date"], ev.event_date)
                for field in ("fatalities", "injuries"):
                    if field in exp:
                        got = getattr(ev, field)
                        check("casualties", got is not None and got.value == exp[field], field, exp[field],
                              got and got.value)
                if "actors" in exp:
                    gold = {fold(a) for a in exp["actors"]}
                    pred = {fold(a.name) for a in ev.actors}
                    t.pr("actors", len(gold & pred), len(pred), len(gold))
                    if verbose and gold != pred:
                        print(f"  [{item['id']}] actors: expected {sorted(gold)}; got {sorted(pred)}")
                got_roles = {fold(f"{a.name}:{a.role}") for a in ev.actors}
                wrong = [p for p in exp.get("roles", ()) if fold(p) not in got_roles]  # "Houthis:attacker"
                wrong += [f"not {p}" for p in exp.get("forbid", ()) if fold(p) in got_roles]  # never "US military:target"
                for _ in range(len(exp.get("roles", ())) + len(exp.get("forbid", ())) - len(wrong)):
                    t.add("roles", True)
                for w in wrong:
                    t.add("roles", False)
                    if verbose:
                        print(f"  [{item['id']}] role: expected {w}; got {sorted(got_roles)}")
            figs = item.get("expect", {}).get("figures", [])
            got_figs = list(res.reported_figures)
            tp = sum(1 for f in figs if any(g.value == f["value"] and (g.since == _as_date(f.get("since")) if "since" in f else True)
                                          for g in got_figs))
            t.pr("figures", tp, len(got_figs), len(figs))
            if verbose and (tp != len(figs) or len(got_figs) != len(figs)):
                print(f"  [{item['id']}] figures: expected {[(f['value'], str(f.get('since'))) for f in figs]}; "
                      f"got {[(g.value, str(g.since)) for g in got_figs]}")
            if verbose and (len(pairs) != len(expected) or len(events) != len(expected)):
                print(f"  [{item['id']}] expected {[(e.get('status','new'), e.get('sub')) for e in expected]}")
                for e in events:
                    print(f"      got {e.status} {e.sub_event_type} {e.location.name if e.location else None} "
                          f"{e.event_date} {e.fatalities} {[a.name + ':' + a.role for a in e.actors]} | {e.summary[:90]}")


def _plain_name(name: str) -> str:
    """Gazetteer names keep transliteration marks ("Rafaḩ"); compare without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(name)) if not unicodedata.combining(c))


def _same_place(loc, name: str) -> bool:
    """The labelled name, or another spelling of the same town ("Kostiantynivka" for the gazetteer's
    "Kostyantynivka"): a gazetteer place of the labelled name within 15 km of the one found, in its country."""
    if _plain_name(loc.name) == _plain_name(name):
        return True
    if loc.lat is None or loc.lon is None or loc.precision not in ("city", "site"):
        return False
    from worker.extract.places import gazetteer

    return any(p.country == loc.country_code and p.lat is not None and p.lon is not None
               and _km(p.lat, p.lon, loc.lat, loc.lon) <= 15 for p in gazetteer().lookup(fold(name)) or ())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 6371 * 2 * asin(sqrt(a))


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def eval_plover(ex: Extractor, root: Path, t: Tally, limit: int | None) -> None:
    records = [r for r in json.loads((root / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text()) if r.get("text")]
    published = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for i, rec in enumerate(records[:limit]):
        res = ex.extract(article(f"plover-{i}", "en", "", rec["text"], published))
        gold_violent = rec["event"] in ("ASSAULT", "FIGHT")
        gold_demo = rec["event"] == "PROTEST"
        violent = [e for e in res.events if e.event_type in VIOLENT_TYPES and e.status != "threat"]
        demo = [e for e in res.events if e.event_type in DEMO_TYPES]
        t.pr("plover_violence", int(gold_violent and bool(violent)), int(bool(violent)), int(gold_violent))
        t.pr("plover_protest", int(gold_demo and bool(demo)), int(bool(demo)), int(gold_demo))
        t.add("plover_sentence", bool(violent) == gold_violent and bool(demo) == gold_demo)
        if rec.get("dead") and violent:
            got = violent[0].fatalities
            t.add("plover_dead", got is not None and str(got.value) == str(rec["dead"]).strip())
        loc = rec.get("eventLoc")
        if isinstance(loc, dict) and loc.get("name") and (violent or demo):
            ev = (violent or demo)[0]
            t.add("plover_place", ev.location is not None and fold(ev.location.name) in fold(loc["name"])
                  or ev.location is not None and fold(loc["name"]) in fold(ev.location.name))
        actors = [a for key in ("source", "target") for a in (rec.get(key) or []) if isinstance(a, dict)]
        if (violent or demo) and actors:
            texts = [fold(ev_.text) for e in (violent or demo) for ev_ in e.evidence if ev_.field == "actor"]
            gold = [fold(a.get("actorText", "")) for a in actors]
            t.pr("plover_actors", sum(1 for g in gold if any(g in x or x in g for x in texts)), len(texts), len(gold))


def eval_arabic(ex: Extractor, root: Path, t: Tally, limit: int | None) -> None:
    published = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for name, types, key in (("assault_gsr.csv", VIOLENT_TYPES, "ar_assault"), ("protest_gsr.csv", DEMO_TYPES, "ar_protest")):
        with open(root / "arabic-event-gsr" / name, encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if r["label"] != "ambiguous"]
        for i, row in enumerate(rows[:limit]):
            res = ex.extract(article(f"{key}-{i}", "ar", "", row["text"], published))
            pred = any(e.event_type in types and e.status != "threat" for e in res.events)
            gold = row["label"] == "yes"
            t.pr(key, int(pred and gold), int(pred), int(gold))
            news = any(e.event_type in types and e.status in ("new", "claimed") for e in res.events)
            t.pr(key + "_news", int(news and gold), int(news), int(gold))  # background events left out
            t.add(key + "_acc", pred == gold)
    spans = json.loads((root / "arabic-event-gsr" / "assault_spans.json").read_text(encoding="utf-8"))
    for i, rec in enumerate(spans[:limit]):
        res = ex.extract(article(f"ar-spans-{i}", "ar", "", rec["text"], published))
        texts = [fold(ev.text) for e in res.events for ev in e.evidence if ev.field == "actor"]
        gold = {fold(" ".join(s[k])) for s in rec.get("spans", []) for k in ("source_actor", "target_actor") if s.get(k)}
        hit = sum(1 for g in gold if any(set(x.split()) & set(g.split()) for x in texts))
        found = sum(1 for x in texts if any(set(x.split()) & set(g.split()) for g in gold))
        t.pr("ar_actor_spans", min(hit, found), len(texts), len(gold))  # one span may overlap two gold spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="own", dest="which",
                    help="labelled articles to score: own (written with the rules), "
                         "holdout, blind, blind2, blind3 (after)")
    ap.add_argument("--devdata", type=Path, default=Path("/work/shared/devdata"))
    ap.add_argument("--limit", type=int, default=None, help="max records per public dev set")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    ex = Extractor()
    tallies: dict[str, Tally] = defaultdict(Tally)
    eval_own(ex, tallies, args.verbose, SETS[args.which])
    data = SETS[args.which].relative_to(DATA.parents[2])
    print(f"{args.which.capitalize()} labelled articles ({data}), per language")
    print(f"{'lang':5} {'type (event) P/R':26} {'place acc':13} {'date acc':13} {'casualties acc':15} "
          f"{'actors P/R':24} {'roles acc':13} {'figures P/R':24} {'no-event articles':15}")
    for lang in sorted(tallies):
        t = tallies[lang]
        print(f"{lang:5} {t.prf('type'):26} {t.ratio('place'):13} {t.ratio('date'):13} {t.ratio('casualties'):15} "
              f"{t.prf('actors'):24} {t.ratio('roles'):13} {t.prf('figures'):24} {t.ratio('no_event_articles'):15}")
    if args.devdata.exists():
        dev = Tally()
        eval_plover(ex, args.devdata, dev, args.limit)
        eval_arabic(ex, args.devdata, dev, args.limit)
        print("\nPublic dev sets (read from", args.devdata, ")")
        print(f"en PLOVER  violence detection {dev.prf('plover_violence')}; protest detection {dev.prf('plover_protest')}")
        print(f"           sentence accuracy {dev.ratio('plover_sentence')}; dead count acc {dev.ratio('plover_dead')}; "
              f"place acc {dev.ratio('plover_place')}; actors {dev.prf('plover_actors')}")
        print(f"ar GSR     assault detection {dev.prf('ar_assault')}, accuracy {dev.ratio('ar_assault_acc')}; "
              f"new/claimed events only {dev.prf('ar_assault_news')}")
        print(f"           protest detection {dev.prf('ar_protest')}, accuracy {dev.ratio('ar_protest_acc')}")
        print(f"           actor spans {dev.prf('ar_actor_spans')}")


if __name__ == "__main__":
    main()
