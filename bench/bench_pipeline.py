"""End-to-end benchmark: stream vs batch core vs pass-through faust, latency at a paced rate, 1 -> 2 workers, costs.

Run everything: /work/venv/bin/python -m bench.bench_pipeline  (see bench/README.md for options and figures)
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import time
from collections import defaultdict

import orjson

from bench.generate import iter_articles, messages
from bench.stage_costs import StageClock
from bench.stream_runs import PipelineRun, passthrough_rate
from worker.heap import freeze_startup_heap
from worker.models import Alert
from worker.pipeline.batch import BatchRunner
from worker.settings import Settings
from worker.stream.broker import EmbeddedBroker


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a (too few samples)"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms (n={len(values)})"


def batch_rate(msgs: list[bytes]) -> tuple[float, float, dict[str, float]]:
    """Articles/s, CPU ms per article and CPU ms per article by stage of the batch core."""
    runner = BatchRunner(Settings())
    clock = StageClock(runner)
    runner.run(msgs[:20])  # lexicons, detector and rules loaded outside the timed part
    freeze_startup_heap()  # as `wirewatch run-batch` and the worker do
    started, cpu = time.perf_counter(), time.process_time()
    runner.run(msgs[20:])
    count = len(msgs) - 20
    return (count / (time.perf_counter() - started), 1000 * (time.process_time() - cpu) / count,
            clock.per_article(len(msgs)))


def latencies(run: PipelineRun, sent: dict[str, list[float]]) -> tuple[list[float], list[float]]:
    """produce -> verdict on the unique topic per produced article (the n-th verdict of an id answers its n-th
    produce: one key, one partition, in order); produce -> alert per incident alert message (the alert's newest
    source article that was produced before it)."""
    verdicts: dict[str, list[float]] = defaultdict(list)
    for record in run.records("unique"):
        verdicts[record.key.decode()].append(record.timestamp / 1000)
    verdict = [answered - produced for article_id, times in verdicts.items()
               for produced, answered in zip(sent.get(article_id, []), times)]
    alert = []
    for record in run.records("alerts"):
        message = Alert.model_validate_json(record.value)
        at = record.timestamp / 1000
        times = [t for s in message.sources for t in sent.get(s.article_id, []) if t <= at]
        if times:
            alert.append(at - max(times))
    return verdict, alert


def memory_and_state(count: int) -> None:
    """Batch core over `count` generated articles: resident memory and state size, scaled per 100k."""
    runner = BatchRunner(Settings())
    for offset, article in enumerate(iter_articles(count, seed=99)):
        runner.run([orjson.dumps(article)])
        runner.result.outputs = {name: [] for name in runner.result.outputs}  # outputs go to files in real runs
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = {name: len(orjson.dumps(table)) for name, table in runner.state.items()}
    scale = 100_000 / count
    print(f"batch core after {count} articles: peak RSS {rss_mb:.0f} MB")
    print("state size per 100k articles (JSON bytes, linear scale-up): "
          + ", ".join(f"{name} {size * scale / 1e6:.1f} MB ({len(runner.state[name])} keys)"
                      for name, size in sizes.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1500, help="articles per throughput run")
    parser.add_argument("--rate", type=float, default=200, help="paced rate for the latency run (articles/s)")
    parser.add_argument("--paced-seconds", type=float, default=15)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--memory-count", type=int, default=10_000, help="articles for the memory/state run")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["passthrough", "steps", "scaling", "latency", "memory"])
    args = parser.parse_args()
    msgs = messages(args.count, seed=21)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.count} articles, {sum(map(len, msgs)) / len(msgs) / 1000:.1f} KB avg")

    rate_batch, batch_cpu_ms, stage_ms = batch_rate(msgs)
    print(f"batch core (BatchRunner, 1 process):  {rate_batch:7.1f} articles/s, CPU {batch_cpu_ms:.1f} ms/article")
    print("CPU per article by stage (batch core): " + ", ".join(f"{k} {v:.2f} ms" for k, v in stage_ms.items()))
    with EmbeddedBroker() as broker:
        ceiling = None
        if "passthrough" not in args.skip:
            ceiling = passthrough_rate(broker, msgs, args.partitions)
            print(f"pass-through faust agent (1 process): {ceiling:7.1f} articles/s")
        rates = {}
        runs = [(1, {"WIREWATCH_MAX_STEP_RECORDS": "1"}, "1 worker, a record per step (before envelopes)")] \
            if "steps" not in args.skip else []
        runs += [(workers, {}, f"{workers} worker(s)") for workers in ((1, 2) if "scaling" not in args.skip else (1,))]
        for workers, env, label in runs:
            with PipelineRun(broker, workers, args.partitions, env=env) as run:
                burst = run.burst(msgs)
            if not env:
                rates[workers] = burst.rate
            print(f"stream pipeline, {label}: {burst.rate:7.1f} articles/s "
                  f"(stream/batch {burst.rate / rate_batch:.0%}; goal >= 70%); CPU per article: workers "
                  f"{burst.worker_cpu_ms:.1f} ms (batch core {batch_cpu_ms:.1f} ms), broker "
                  f"{burst.broker_cpu_ms:.1f} ms; {burst.records:.1f} Kafka records per article"
                  + (f" (workers' shares {'/'.join(f'{share:.0%}' for share in burst.worker_shares)})"
                     if workers > 1 else "")
                  + (f"; {burst.rate / ceiling:.0%} of pass-through" if ceiling else ""))
        if 2 in rates:
            print(f"scaling 1 -> 2 workers: x{rates[2] / rates[1]:.2f}")
        if "latency" not in args.skip:
            paced = messages(int(args.rate * args.paced_seconds), seed=22)
            workers = 2 if 2 in rates else 1
            with PipelineRun(broker, workers, args.partitions) as run:
                started = time.monotonic()
                sent = run.paced(paced, args.rate)
                elapsed = time.monotonic() - started
                verdict, alert = latencies(run, sent)
            print(f"paced {args.rate:.0f} articles/s x {args.paced_seconds:.0f} s on {workers} worker(s) "
                  f"(drained after {elapsed:.1f} s):")
            print(f"  produce -> verdict (unique topic): {percentiles(verdict)}")
            print(f"  produce -> alert:                  {percentiles(alert)}  (goal p99 < 1 s)")
    if "memory" not in args.skip:
        memory_and_state(args.memory_count)


if __name__ == "__main__":
    main()
