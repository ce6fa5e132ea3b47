"""Running workers as child processes: for `wirewatch demo`, the integration tests and the benchmarks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .broker import die_with_parent, free_port


class WorkerProcess:
    """`python -m worker worker` against a given broker, with its own web port and log file."""

    def __init__(self, broker_url: str, env: dict[str, str] | None = None, name: str = "worker") -> None:
        self.web_port = free_port()
        self.log_path = Path(tempfile.mkdtemp(prefix="wirewatch-")) / f"{name}.log"
        self.env = {
            **os.environ,
            "WIREWATCH_BROKER_URL": broker_url,
            "WIREWATCH_WEB_PORT": str(self.web_port),
            "WIREWATCH_LOG_FORMAT": "text",
            **(env or {}),
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "worker", "worker"], env=self.env,
                                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            start_new_session=True,  # stopped by us, in order
                                            preexec_fn=die_with_parent)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def get(self, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Until /readyz answers 200 (partitions assigned, tables recovered)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                if self.get("/readyz", timeout=1.0)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)  # polling a readiness condition with a deadline
        raise TimeoutError(f"worker not ready after {timeout:.0f} s; log: {self.log_path}")

    def check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"worker exited with {self.process.returncode}; log: {self.log_path}\n"
                               + self.log_tail())

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 20.0) -> int | None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return process.returncode if process else None
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait(timeout=5)

    def kill(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=5)
