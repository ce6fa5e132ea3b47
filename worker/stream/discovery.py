"""Finding the broker: WIREWATCH_BROKER_URL, or the embedded broker a local worker announced."""

from __future__ import annotations

import os
from pathlib import Path

from ..settings import Settings
from .broker import api_versions_ok


class NoBroker(Exception):
    """No broker is configured and no local worker is running one."""


def announcement_file() -> Path:
    base = Path(os.environ.get("XDG_RUNTIME_DIR") or Path.home() / ".cache")
    return base / "wirewatch" / "embedded-broker"


def announce(bootstrap: str) -> None:
    path = announcement_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(bootstrap)


def withdraw(bootstrap: str) -> None:
    path = announcement_file()
    if path.is_file() and path.read_text().strip() == bootstrap:
        path.unlink()


def resolve_bootstrap(settings: Settings) -> str:
    """host:port list for CLI clients."""
    if not settings.embedded_broker:
        return settings.bootstrap_servers()
    path = announcement_file()
    if path.is_file():
        bootstrap = path.read_text().strip()
        host, _, port = bootstrap.rpartition(":")
        if port.isdigit() and api_versions_ok(host, int(port)):
            return bootstrap
    raise NoBroker("no broker: start `wirewatch worker` (it runs an embedded development broker) "
                   "or set WIREWATCH_BROKER_URL=kafka://host:9092")
