"""The example consumer's ledger: highest revision per alert wins, repeats and stale revisions are ignored."""

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("aiokafka")
_spec = importlib.util.spec_from_file_location(
    "alerts_consumer", Path(__file__).resolve().parents[2] / "examples" / "alerts_consumer.py")
consumer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(consumer)


def test_ledger_keeps_the_highest_revision(tmp_path):
    ledger = consumer.AlertLedger()
    assert ledger.accept({"alert_id": "a", "revision": 1}) == "new"
    assert ledger.accept({"alert_id": "a", "revision": 1}) is None
    assert ledger.accept({"alert_id": "a", "revision": 3}) == "updated"
    assert ledger.accept({"alert_id": "a", "revision": 2}) is None
    assert ledger.accept({"alert_id": "a", "revision": 4, "retracted": True}) == "retracted"
    ledger.save(tmp_path / "ledger.json")
    restored = consumer.AlertLedger.load(tmp_path / "ledger.json")
    assert restored.accept({"alert_id": "a", "revision": 4, "retracted": True}) is None
    assert restored.accept({"alert_id": "b", "revision": 2}) == "new"
