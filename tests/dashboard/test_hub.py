"""Fan-out to live subscribers and the SSE frames they receive."""

from __future__ import annotations

from worker.dashboard.hub import CLOSED, Hub
from worker.dashboard.sse import frame


async def test_every_subscriber_gets_every_change_and_close_ends_them():
    hub = Hub()
    async with hub.subscribe() as first, hub.subscribe() as second:
        hub.publish({"type": "alert", "data": {"alert_id": "a"}})
        assert (await first.get())["data"] == {"alert_id": "a"}
        assert (await second.get())["type"] == "alert"
        hub.close()
        assert await first.get() is CLOSED
    assert hub.subscribers == 0


async def test_a_slow_subscriber_is_dropped_not_the_publisher_blocked():
    hub = Hub(queue_size=3)
    async with hub.subscribe() as slow:
        for n in range(10):
            hub.publish({"type": "tally", "data": n})
        assert hub.subscribers == 0
        assert await slow.get() is CLOSED


async def test_subscribing_after_close_ends_at_once():
    hub = Hub()
    hub.close()
    async with hub.subscribe() as queue:
        assert await queue.get() is CLOSED


def test_frame():
    assert frame({"type": "alert", "data": {"a": 1}}) == b'event: alert\ndata: {"a":1}\n\n'
