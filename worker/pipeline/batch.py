"""Offline batch mode: the same stages as the stream, in input order, with dicts as state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from ..ingest import SourcePosition
from ..models import ContributionBatch, DeadLetter
from ..settings import Settings
from .stages import STATE_NAMES, Stages

OUTPUTS = ("articles", "events", "incidents", "tallies", "alerts", "deadletter")


@dataclass
class BatchResult:
    """Every message each output topic would have received, in emission order."""

    outputs: dict[str, list[BaseModel]] = field(default_factory=lambda: {name: [] for name in OUTPUTS})

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in self.outputs.items()}


class BatchRunner:
    """Feeds raw messages through every stage synchronously; the stream agents do the same steps over topics."""

    def __init__(self, settings: Settings) -> None:
        self.state = {name: {} for name in STATE_NAMES}
        self.stages = Stages(settings, self.state)
        self.result = BatchResult()

    def run(self, messages: Iterable[bytes], received_at: datetime | None = None) -> BatchResult:
        received_at = received_at or datetime.now(timezone.utc)
        for offset, value in enumerate(messages):
            self.process(value, SourcePosition(topic="batch", partition=0, offset=offset), received_at)
        return self.result

    def process(self, value: bytes, position: SourcePosition, received_at: datetime) -> None:
        emit = self._emit
        article = self.stages.validate(value, None, position, received_at)
        if isinstance(article, DeadLetter):
            emit("deadletter", article)
            return
        article = self.stages.dedup(article)
        emit("articles", article)
        extraction = self.stages.extract(article)
        if extraction is None:
            return
        for event in extraction.events:
            if event.status != "new":
                emit("events", event)
                continue
            resolved = self.stages.resolve(event)
            emit("events", resolved.event)
            for incident in resolved.incidents:
                emit("incidents", incident)
            for alert in resolved.alerts:
                emit("alerts", alert)
            self._tally(resolved.contributions)
        self._tally(self.stages.figure_contributions(extraction))

    def _tally(self, batch: ContributionBatch | None) -> None:
        if batch is None:
            return
        tallied = self.stages.tally(batch)
        for update in tallied.updates:
            self._emit("tallies", update)
        for alert in tallied.alerts:
            self._emit("alerts", alert)

    def _emit(self, output: str, message: BaseModel) -> None:
        self.result.outputs[output].append(message)


def write_outputs(result: BatchResult, out_dir: Path) -> dict[str, Path]:
    """One JSON-lines file per output topic, named as run-batch documents."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, items in result.outputs.items():
        path = out_dir / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(item.model_dump_json(exclude_none=False))
                handle.write("\n")
        paths[name] = path
    return paths
