"""When a processed record counts as done: its outputs confirmed (agents), its table writes confirmed (commit)."""

from __future__ import annotations

import asyncio

import pytest

from worker.stream.agents import release_when_sent
from worker.stream.producer import UnconfirmedWrites


class Event:
    def __init__(self) -> None:
        self.acks = 0
        self.message = type("Message", (), {"topic": "raw", "partition": 0, "offset": 7})()

    def ack(self) -> None:
        self.acks += 1


async def settled() -> None:
    """Lets done-callbacks of resolved futures run (they are scheduled, not called in place)."""
    for _ in range(3):
        await asyncio.sleep(0)


async def test_a_step_without_outputs_is_acknowledged_at_once():
    event = Event()
    release_when_sent([event], [])
    assert event.acks == 1


async def test_acknowledged_only_when_every_output_is_confirmed():
    loop = asyncio.get_running_loop()
    event, first, second = Event(), loop.create_future(), loop.create_future()
    release_when_sent([event], [first, second])
    first.set_result("offset 1")
    await settled()
    assert event.acks == 0
    second.set_result("offset 2")
    await settled()
    assert event.acks == 1


@pytest.mark.parametrize("outcome", ["error", "cancelled"])
async def test_an_output_that_was_not_written_leaves_the_input_unacknowledged(outcome, caplog):
    loop = asyncio.get_running_loop()
    event, ok, lost = Event(), loop.create_future(), loop.create_future()
    release_when_sent([event], [ok, lost])
    ok.set_result("offset 1")
    lost.set_exception(TimeoutError("broker gone")) if outcome == "error" else lost.cancel()
    await settled()
    assert event.acks == 0
    assert "raw[0]@7" in caplog.text and "read again" in caplog.text


async def test_commit_waits_for_the_table_writes_made_before_it():
    loop = asyncio.get_running_loop()
    writes = UnconfirmedWrites()
    earlier = loop.create_future()
    writes.track(earlier)
    waiting = asyncio.ensure_future(writes.settled(timeout=30))
    await settled()
    writes.track(loop.create_future())  # a later write, still unconfirmed: not waited for
    assert not waiting.done()
    earlier.set_result("offset 3")
    assert await asyncio.wait_for(waiting, 5) is True


async def test_unconfirmed_table_writes_hold_the_commit_back():
    writes = UnconfirmedWrites()
    writes.track(asyncio.get_running_loop().create_future())
    assert await writes.settled(timeout=0.05) is False


async def test_a_failed_table_write_is_raised_at_every_later_commit():
    loop = asyncio.get_running_loop()
    writes = UnconfirmedWrites()
    lost = loop.create_future()
    writes.track(lost)
    lost.set_exception(ConnectionError("broker gone"))
    await settled()
    for _ in range(2):
        with pytest.raises(ConnectionError):
            await writes.settled(timeout=1)
