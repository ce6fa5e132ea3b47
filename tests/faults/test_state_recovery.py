"""A restart between two halves of the traffic: with the local state kept (RocksDB), or rebuilt from changelogs."""

from __future__ import annotations

import pytest

from .conftest import assert_same_end


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("store, keep_dir", [("rocksdb://", True), ("rocksdb://", False), ("memory://", False)],
                         ids=["rocksdb-warm", "rocksdb-empty", "memory-from-changelog"])
def test_restart_with_warm_or_empty_local_state(scenario, traffic, reference, tmp_path, store, keep_dir):
    half = len(traffic) // 2
    env = {"WIREWATCH_STORE": store, "WIREWATCH_DATA_DIR": str(tmp_path / "first")}
    first = scenario.start_worker(env)
    scenario.produce(traffic[:half])
    scenario.drain()
    first.stop()
    if keep_dir:
        assert any((tmp_path / "first").rglob("*")), "the RocksDB store wrote nothing locally"
    else:
        env["WIREWATCH_DATA_DIR"] = str(tmp_path / "second")
    scenario.start_worker(env)
    scenario.produce(traffic[half:])
    scenario.drain()
    assert_same_end(scenario, traffic, reference)
