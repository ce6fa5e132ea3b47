"""Shared fixtures: the real embedded broker (session-scoped) and small article builders."""

from __future__ import annotations

import os
import uuid

import pytest

from worker.stream.broker import EmbeddedBroker

os.environ.setdefault("WIREWATCH_LOG_FORMAT", "text")


def pytest_collection_modifyitems(items):
    """A test that uses the broker is an integration test, marked or not (`-m "not integration"` skips it)."""
    for item in items:
        if "broker" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def broker():
    """One real Kafka-protocol broker (Tansu) for the whole session, on an OS-chosen free port."""
    with EmbeddedBroker() as running:
        yield running
        if running._process is not None and running._process.poll() is not None:
            pytest.fail(f"broker died during the session; log: {running.log_path}")


@pytest.fixture
def unique_name():
    """A fresh suffix so each test gets its own topics and consumer group on the shared broker."""
    return uuid.uuid4().hex[:8]
