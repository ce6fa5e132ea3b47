"""Baseline faust worker: consume raw, parse JSON, produce to one output topic (sends not awaited, like wirewatch).

Run as `python bench/passthrough_app.py worker` with PASSTHROUGH_BROKER, PASSTHROUGH_IN, PASSTHROUGH_OUT set.
"""

from __future__ import annotations

import os

import faust
import orjson

app = faust.App(os.environ.get("PASSTHROUGH_APP", "passthrough"), broker=os.environ["PASSTHROUGH_BROKER"],
                store="memory://", broker_session_timeout=4.0, broker_heartbeat_interval=0.5,
                broker_rebalance_timeout=4.0, broker_commit_interval=0.5, broker_max_poll_records=500,
                consumer_auto_offset_reset="earliest", producer_acks=-1,
                web_port=int(os.environ.get("PASSTHROUGH_WEB_PORT", "6070")), autodiscover=False,
                key_serializer="raw", value_serializer="raw",
                topic_partitions=int(os.environ.get("PASSTHROUGH_PARTITIONS", "4")))
source = app.topic(os.environ["PASSTHROUGH_IN"], key_type=bytes, value_type=bytes)
sink = app.topic(os.environ["PASSTHROUGH_OUT"], key_type=bytes, value_type=bytes)


@app.agent(source)
async def forward(stream):
    async for event in stream.events():
        document = orjson.loads(event.value)
        message = sink.as_future_message(key=document["id"].encode(), value=orjson.dumps(document))
        await sink.publish_message(message, wait=False)  # flushed by faust before it commits


if __name__ == "__main__":
    app.main()
