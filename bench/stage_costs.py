"""Per-stage CPU time of the batch core: wraps each Stages step with a process-time counter."""

from __future__ import annotations

import time
from collections import defaultdict
from functools import wraps

from worker.pipeline.batch import BatchRunner

#: label -> (attribute path from the Stages object, method): the core's parts, not only the Stages steps.
STEPS = {
    "validate": ("", "validate"), "dedup": ("", "dedup"), "extract": ("", "extract"),
    "resolve": ("resolver", "resolve"), "incident_alerts": ("incident_alert_engine", "on_incident"),
    "tally": ("tally_book", "apply"), "tally_alerts": ("tally_alert_engine", "on_tally"),
}


class StageClock:
    """Accumulated CPU seconds and calls per stage step of one BatchRunner."""

    def __init__(self, runner: BatchRunner) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        for name, (path, method) in STEPS.items():
            owner = getattr(runner.stages, path) if path else runner.stages
            setattr(owner, method, self._timed(name, getattr(owner, method)))

    def _timed(self, name, step):
        @wraps(step)
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - started
                self.calls[name] += 1
        return timed

    def per_article(self, articles: int) -> dict[str, float]:
        """CPU milliseconds per input article, by stage."""
        return {name: 1000 * self.seconds[name] / articles for name in STEPS if self.calls[name]}
