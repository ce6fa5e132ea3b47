"""A downstream service reading wirewatch alerts: keeps the highest revision per alert, honours retractions.

Standalone (needs only aiokafka): alerts are plain JSON, so there is no need to install wirewatch.

    python examples/alerts_consumer.py --bootstrap localhost:9092 --ledger /tmp/alerts-ledger.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from pathlib import Path

from aiokafka import AIOKafkaConsumer


class AlertLedger:
    """Highest revision seen per alert id. Alerts arrive at least once and a revision may be redelivered
    after a newer one, so anything at or below the known revision is ignored."""

    def __init__(self, revisions: dict[str, int] | None = None):
        self.revisions = dict(revisions or {})

    def accept(self, alert: dict) -> str | None:
        """'new', 'updated', 'retracted', or None when the alert is a repeat or stale."""
        known = self.revisions.get(alert["alert_id"], 0)
        if alert["revision"] <= known:
            return None
        self.revisions[alert["alert_id"]] = alert["revision"]
        if alert.get("retracted"):
            return "retracted"
        return "updated" if known else "new"

    @classmethod
    def load(cls, path: Path) -> AlertLedger:
        return cls(json.loads(path.read_text()) if path.exists() else {})

    def save(self, path: Path) -> None:
        """Atomically, so a crash leaves the old or the new ledger, never half of one."""
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.revisions, sort_keys=True))
        os.replace(tmp, path)


def handle(change: str, alert: dict) -> None:
    """Replace with the real action (page, post to chat, update a map); here: one line per change."""
    place = (alert.get("location") or {}).get("name", "")
    print(f"[{change:9}] {alert['severity']:8} {alert['title']} {place} (rev {alert['revision']})")


async def run(bootstrap: str, topic: str, group: str, ledger_path: Path) -> None:
    ledger = AlertLedger.load(ledger_path)
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest")
    await consumer.start()
    try:
        while True:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            for records in batches.values():
                for record in records:
                    alert = json.loads(record.value)
                    change = ledger.accept(alert)
                    if change is not None:
                        handle(change, alert)
            if batches:
                ledger.save(ledger_path)  # first the ledger, then the offsets: a crash replays, never skips
                await consumer.commit()
    finally:
        await consumer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092"))
    parser.add_argument("--topic", default="wirewatch.alerts")
    parser.add_argument("--group", default="alerts-consumer-example")
    parser.add_argument("--ledger", type=Path, default=Path("alerts-ledger.json"))
    args = parser.parse_args()
    try:
        asyncio.run(run(args.bootstrap, args.topic, args.group, args.ledger))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
