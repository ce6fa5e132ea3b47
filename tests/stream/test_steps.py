"""Steps: every record waiting, up to a bound, after a linger counted from the first one's arrival."""

from __future__ import annotations

import asyncio

from worker.stream import steps as steps_module
from worker.stream.steps import StepBuffer


async def test_a_step_takes_everything_waiting_up_to_the_bound():
    buffer = StepBuffer(max_records=3, linger=0)
    for record in range(5):
        if record < 3:
            await buffer.put(record)
        else:
            buffer.waiting.append(record)  # the stream side would wait for room here
    assert await buffer.take() == [0, 1, 2]
    assert await buffer.take() == [3, 4]


async def test_a_full_step_waiting_holds_the_stream_back():
    buffer = StepBuffer(max_records=2, linger=0)
    await buffer.put("a")
    await buffer.put("b")
    third = asyncio.ensure_future(buffer.put("c"))
    for _ in range(5):
        await asyncio.sleep(0)  # let the put run as far as it can
    assert not third.done()
    assert await buffer.take() == ["a", "b"]
    await asyncio.wait_for(third, timeout=5)
    assert buffer.waiting == ["c"]


async def test_fewer_records_than_a_step_wait_for_the_linger_to_gather_more():
    buffer = StepBuffer(max_records=10, linger=0.2)
    take = asyncio.ensure_future(buffer.take())
    await buffer.put("a")
    await asyncio.sleep(0)
    await buffer.put("b")
    assert await asyncio.wait_for(take, timeout=5) == ["a", "b"]


async def test_records_that_waited_long_enough_start_a_step_at_once(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(steps_module.time, "monotonic", lambda: clock[0])
    buffer = StepBuffer(max_records=10, linger=30)
    await buffer.put("a")  # arrives while the last step runs
    clock[0] += 31
    assert await asyncio.wait_for(buffer.take(), timeout=5) == ["a"]
