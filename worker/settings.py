"""The one settings object: every knob is a WIREWATCH_* environment variable, validated at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DATA = Path(__file__).parent / "data"


class TopicNames(BaseSettings):
    """Topic names; override any with e.g. WIREWATCH_TOPIC_RAW."""

    model_config = SettingsConfigDict(env_prefix="WIREWATCH_TOPIC_", extra="ignore")

    raw: str = "wirewatch.articles.raw"
    deadletter: str = "wirewatch.articles.deadletter"
    valid: str = "wirewatch.articles.valid"
    unique: str = "wirewatch.articles.unique"
    events: str = "wirewatch.events"
    resolve: str = "wirewatch.events.resolve"
    incidents: str = "wirewatch.incidents"
    contributions: str = "wirewatch.tallies.contributions"
    tallies: str = "wirewatch.tallies"
    alerts: str = "wirewatch.alerts"

    def all(self) -> dict[str, str]:
        return self.model_dump()


class Settings(BaseSettings):
    """wirewatch configuration. See the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="WIREWATCH_", extra="ignore", env_nested_delimiter="__")

    # broker
    broker_url: str = Field(default="", description="kafka://host:port[,host:port]; empty = embedded dev broker.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    sasl_password_file: Path | None = Field(default=None, description="File holding the SASL password (k8s secret).")
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    # app
    app_id: str = Field(default="wirewatch", description="Faust app id = consumer group id.")
    instance_id: str | None = Field(default=None, description="Static group membership id (e.g. the pod name).")
    store: str = Field(default="memory://", description="memory:// or rocksdb:// for table state.")
    data_dir: Path = Field(default=Path("wirewatch-data"), description="Where faust keeps table state.")
    partitions: int = Field(default=8, ge=1, le=1024)
    replication_factor: int = Field(default=1, ge=1, le=10)
    topics: TopicNames = Field(default_factory=TopicNames)

    # processing
    max_message_bytes: int = Field(default=1024 * 1024, ge=1024, description="Larger raw messages are dead-lettered.")
    max_body_chars: int = Field(default=200_000, ge=100, description="Longer bodies are truncated before extraction.")
    max_events_per_article: int = Field(default=50, ge=1)
    dedup_horizon_days: int = Field(default=7, ge=1)
    tallies_path: Path = DATA / "tallies.yaml"
    alerts_path: Path = DATA / "alerts.yaml"

    # faust tuning (defaults measured on the embedded broker: join in ~2 s)
    commit_interval: float = Field(default=0.5, gt=0)
    session_timeout: float = Field(default=4.0, gt=0)
    heartbeat_interval: float = Field(default=0.5, gt=0)
    rebalance_timeout: float = Field(default=4.0, gt=0)
    fetch_max_wait: float = Field(
        default=0.1, gt=0, le=30, description="Longest wait of a fetch for new records, seconds. Kafka answers as "
        "soon as a record arrives; Tansu, on a fetch of several partitions, only after this wait (faust's 1.5 s "
        "gave ~0.5 s per stage).")
    producer_linger: float = Field(
        default=0.005, ge=0, le=1, description="How long the producer lets records gather into one request, "
        "seconds. faust's 0 sends a request per record when the sender is idle: 5 ms cut the broker's CPU per "
        "article by about a tenth and adds at most 5 ms per stage.")

    max_step_records: int = Field(
        default=200, ge=1, le=10_000, description="Most records an agent takes as one step: those already waiting "
        "for it. A step's outputs to an internal topic travel as one record per partition; 1 takes records one "
        "at a time.")

    step_linger: float = Field(
        default=0.01, ge=0, le=1, description="How long a step with fewer records than the most waits, from its "
        "first record's arrival, for more before it starts, seconds. faust hands fetched records to an agent one "
        "at a time, so without a wait a step is nearly always one record; adds at most this much per stage.")

    end_offsets_by_fetch: bool | None = Field(
        default=None, description="Find partition ends from a fetch of the last record (Tansu reports the end "
        "after a multi-record batch as its first offset + 1); default: on for the embedded broker.")

    # web and logs
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    web_canonical_url: str | None = Field(
        default=None, description="URL other workers use to reach this one (routing /tallies/{id}); "
        "default http://WEB_HOST:WEB_PORT, or the host name when binding 0.0.0.0.")
    dashboard: bool = Field(
        default=True, description="Serve the dashboard from this worker. Its feed reads every output topic, so "
        "with several workers one serving it is enough.")
    log_format: Literal["auto", "text", "json"] = "auto"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("broker_url")
    @classmethod
    def _broker_url_scheme(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("kafka://", "aiokafka://")):
            if "://" in value:
                raise ValueError(f"unsupported scheme in {value!r}; use kafka://host:port")
            value = "kafka://" + value
        return value

    @field_validator("store")
    @classmethod
    def _store_scheme(cls, value: str) -> str:
        if value not in ("memory://", "rocksdb://"):
            raise ValueError("must be memory:// or rocksdb://")
        return value

    @model_validator(mode="after")
    def _security_complete(self) -> "Settings":
        if self.security_protocol.startswith("SASL") and not self.sasl_username:
            raise ValueError("WIREWATCH_SASL_USERNAME is required with a SASL security protocol")
        if self.security_protocol.startswith("SASL") and self.sasl_password is None and self.sasl_password_file is None:
            raise ValueError("set WIREWATCH_SASL_PASSWORD or WIREWATCH_SASL_PASSWORD_FILE for SASL")
        if self.sasl_password_file is not None and not self.sasl_password_file.is_file():
            raise ValueError(f"WIREWATCH_SASL_PASSWORD_FILE {self.sasl_password_file} does not exist")
        for name in ("tallies_path", "alerts_path"):
            path = getattr(self, name)
            if not Path(path).is_file():
                raise ValueError(f"WIREWATCH_{name.upper()} {path} does not exist")
        return self

    @property
    def embedded_broker(self) -> bool:
        return not self.broker_url

    @property
    def raw_topic_max_bytes(self) -> int:
        """Raw messages up to twice the limit still reach the worker: oversize ones are dead-lettered, not refused."""
        return 2 * self.max_message_bytes + 64 * 1024

    @property
    def deadletter_max_bytes(self) -> int:
        """A dead letter carries the original bytes base64-encoded (4/3) plus its envelope."""
        return 3 * self.max_message_bytes + 64 * 1024

    @property
    def canonical_url(self) -> str:
        if self.web_canonical_url:
            return self.web_canonical_url
        import socket

        host = socket.gethostname() if self.web_host in ("0.0.0.0", "::") else self.web_host
        return f"http://{host}:{self.web_port}"

    @property
    def fetch_end_offsets(self) -> bool:
        return self.embedded_broker if self.end_offsets_by_fetch is None else self.end_offsets_by_fetch

    def sasl_secret(self) -> str | None:
        """The SASL password from the env or the mounted file; never logged."""
        if self.sasl_password is not None:
            return self.sasl_password.get_secret_value()
        if self.sasl_password_file is not None:
            return self.sasl_password_file.read_text().strip()
        return None

    def bootstrap_servers(self) -> str:
        """host:port list for aiokafka clients."""
        return ",".join(part.split("://", 1)[-1] for part in self.broker_url.split(","))

    def masked(self) -> dict:
        """Settings as a dict with secret-looking values masked, for `wirewatch config show`."""
        out = self.model_dump(mode="json")
        for key in list(out):
            if any(word in key for word in ("password", "secret", "token", "key")) and out[key]:
                if not key.endswith("_file"):
                    out[key] = "********"
        return out
