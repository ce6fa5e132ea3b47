"""What a run produced, reduced to what must not change under faults: every input's verdict and the final state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import orjson


def _latest(messages, key: str) -> dict[str, dict]:
    """Highest revision per id, as plain JSON without the revision counter (consumers keep the highest)."""
    best: dict[str, object] = {}
    for message in messages:
        ident = getattr(message, key)
        if ident not in best or message.revision >= best[ident].revision:
            best[ident] = message
    return {ident: message.model_dump(mode="json", exclude={"revision"}) for ident, message in best.items()}


def _incident_groups(incidents: dict[str, dict]) -> dict[str, dict]:
    """Active incidents keyed by the events merged into them (ids depend on which report arrived first)."""
    return {"|".join(sorted(s["event_id"] for s in i["sources"])): _without(i, "incident_id", "supersedes")
            for i in incidents.values() if i["status"] == "active"}


def _alert_keys(alerts: dict[str, dict]) -> Counter:
    """Standing alerts (latest revision, not retracted) by what they are about: rule, figure, sources or tally.

    Retracted alerts belong to intermediate incidents, which depend on arrival order; a spike alert's
    latest figure is the level when it last fired, which does too.
    """
    return Counter((a["rule_id"], a["kind"], None if a["kind"] == "spike" else a["key_figures"].get("value"),
                    "|".join(sorted(s["article_id"] for s in a["sources"])), (a["tally"] or {}).get("tally_id"))
                   for a in alerts.values() if not a["retracted"])


def _without(document: dict, *keys: str) -> dict:
    return {k: v for k, v in document.items() if k not in keys}


@dataclass
class FinalState:
    """Compared across runs. Where the stream legitimately depends on arrival order across partitions
    (which report founds an incident and so its id; event time of a tally's last change), ids and those
    fields are replaced by what they are about; `exact` keeps them for same-order comparisons."""

    verdicts: dict[str, tuple]  # article id -> (dedup status, of)
    events: frozenset[str]
    incidents: dict[str, dict]  # merged event ids -> latest active incident
    tallies: dict[str, dict]
    alerts: Counter  # standing alerts: (rule, kind, value, source articles, tally id)
    dead_letters: Counter  # (stage, reason, article id)

    @classmethod
    def of(cls, outputs: dict[str, list]) -> FinalState:
        alerts = _latest(outputs["alerts"], "alert_id")
        return cls(
            verdicts={a.article_id: (a.dedup.status, a.dedup.of) for a in outputs["unique"]},
            events=frozenset(e.event_id for e in outputs["events"]),
            incidents=_incident_groups(_latest(outputs["incidents"], "incident_id")),
            tallies={k: _without(v, "updated_at") for k, v in _latest(outputs["tallies"], "tally_id").items()},
            alerts=_alert_keys(alerts),
            dead_letters=Counter({(d.stage, d.reason.value, d.article_id) for d in outputs["deadletter"]}),
        )

    def differences(self, other: FinalState) -> list[str]:
        """Human-readable differences (empty when equal)."""
        out = []
        for name in ("verdicts", "events", "incidents", "tallies", "alerts", "dead_letters"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine == theirs:
                continue
            if isinstance(mine, dict) and not isinstance(mine, Counter):
                only_mine, only_theirs = mine.keys() - theirs.keys(), theirs.keys() - mine.keys()
                changed = [k for k in mine.keys() & theirs.keys() if mine[k] != theirs[k]]
                out.append(f"{name}: {len(only_mine)} only here {sorted(only_mine)[:3]}, {len(only_theirs)} only "
                           f"there {sorted(only_theirs)[:3]}, {len(changed)} differ "
                           + "; ".join(_diff(mine[k], theirs[k]) for k in sorted(changed)[:2]))
            else:
                here, there = Counter(mine), Counter(theirs)
                out.append(f"{name}: only here {list((here - there).items())[:3]}, "
                           f"only there {list((there - here).items())[:3]}")
        return out


def _diff(left, right) -> str:
    if not isinstance(left, dict):
        return f"{left!r} vs {right!r}"
    keys = [k for k in left.keys() | right.keys() if left.get(k) != right.get(k)]
    return ", ".join(f"{k}: {orjson.dumps(left.get(k))[:80]!r} vs {orjson.dumps(right.get(k))[:80]!r}" for k in keys[:3])


def missing_outcomes(raw: list[bytes], outputs: dict[str, list]) -> list[str]:
    """Raw messages without an outcome: each needs its article on the unique topic or a dead letter.

    Counted per article id with multiplicity in the input, so a skipped redelivered copy is seen as well
    as a skipped article: at-least-once allows more outcomes than inputs, never fewer.
    """
    wanted = Counter(orjson.loads(value).get("id") for value in raw)
    got = Counter(a.article_id for a in outputs["unique"])
    got.update(d.article_id for d in outputs["deadletter"] if d.stage == "validate")
    return sorted(f"{ident} ({got[ident]}/{count})" for ident, count in wanted.items() if got[ident] < count)
