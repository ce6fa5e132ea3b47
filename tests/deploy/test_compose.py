"""docker-compose.yml: valid against the compose specification, and a stack that works with a bare `up`."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
import yaml

from .deploy_support import REPO, tool

COMPOSE = REPO / "docker-compose.yml"
DATA_DIR = "/var/lib/wirewatch"


def validate(path: Path) -> subprocess.CompletedProcess:
    """Check a compose file against the compose-spec JSON schema that check-jsonschema vendors."""
    return subprocess.run(
        [tool("check-jsonschema", "check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def workers(services) -> dict:
    return {name: svc for name, svc in services.items() if svc.get("command") == ["worker"]}


def test_matches_the_compose_specification():
    result = validate(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_file(tmp_path):
    broken = tmp_path / "compose.yml"
    broken.write_text(
        "services:\n  app:\n    image: x:1\n    healthcheck:\n      tests: [CMD, 'true']\n"
        "    depends_on:\n      db:\n        condition: service_ready\n"
    )
    result = validate(broken)
    assert result.returncode != 0
    assert "service_ready" in result.stdout and "'tests' does not match" in result.stdout


def test_images_are_pinned(services):
    for name, svc in services.items():
        image = svc.get("image", "")
        assert image, f"{name} has no image"
        if "build" not in svc:
            repo, _, tag = image.rpartition(":")
            assert repo and tag and tag != "latest", f"{name}: pin {image} by tag"


def test_kafka_runs_in_kraft_mode_with_a_script_healthcheck(services):
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert not any("ZOOKEEPER" in key for key in env)
    cluster_id = env["CLUSTER_ID"]
    assert len(cluster_id) == 22 and len(base64.urlsafe_b64decode(cluster_id + "==")) == 16, "CLUSTER_ID: a Kafka Uuid"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    test = " ".join(kafka["healthcheck"]["test"])
    assert "/opt/kafka/bin/" in test and "--bootstrap-server" in test
    assert {v.split(":")[1] for v in kafka["volumes"]} == {env["KAFKA_LOG_DIRS"]}


def test_topics_are_created_once_before_the_workers(services, workers):
    init = services["topic-init"]
    assert init["command"] == ["topics", "create"]
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert init["restart"] == "no"
    for name, svc in workers.items():
        assert svc["depends_on"]["topic-init"]["condition"] == "service_completed_successfully", name
        assert svc["depends_on"]["kafka"]["condition"] == "service_healthy", name


def test_two_workers_each_with_own_state_volume_and_member_id(compose, workers):
    assert len(workers) >= 2
    volumes, members, ports = [], [], []
    for name, svc in workers.items():
        assert svc.get("deploy", {}).get("replicas", 1) == 1, f"{name}: replicas would share one RocksDB volume"
        (mount,) = [v for v in svc["volumes"] if v.split(":")[1] == DATA_DIR]
        volumes.append(mount.split(":")[0])
        members.append(svc["environment"]["WIREWATCH_INSTANCE_ID"])
        ports += [p.rsplit(":", 1)[0] for p in svc.get("ports", [])]
        assert svc["environment"]["WIREWATCH_DATA_DIR"] == DATA_DIR
        assert svc["environment"]["WIREWATCH_STORE"] == "rocksdb://"
    assert len(set(volumes)) == len(volumes), "state volumes must differ"
    assert set(volumes) <= set(compose["volumes"]), "state volumes are named volumes"
    assert len(set(members)) == len(members), "static membership ids must differ"
    assert len(set(ports)) == len(ports), "host ports must differ"


def test_wirewatch_services_share_one_configuration(services, workers):
    wirewatch = {name: svc for name, svc in services.items() if svc["image"] == workers[next(iter(workers))]["image"]}
    assert "topic-init" in wirewatch
    for key in ("WIREWATCH_BROKER_URL", "WIREWATCH_PARTITIONS", "WIREWATCH_REPLICATION_FACTOR", "WIREWATCH_APP_ID"):
        assert len({svc["environment"][key] for svc in wirewatch.values()}) == 1, key
    env = services["topic-init"]["environment"]
    assert env["WIREWATCH_BROKER_URL"] == "kafka://kafka:9092"
    assert int(env["WIREWATCH_REPLICATION_FACTOR"]) == 1, "one broker: replication factor 1"
    assert int(env["WIREWATCH_PARTITIONS"]) >= len(workers), "each worker needs partitions"
    for name, svc in workers.items():
        assert svc["environment"]["WIREWATCH_WEB_HOST"] == "0.0.0.0", name


def test_every_wirewatch_variable_is_known_to_the_worker(services, settings_env_names):
    used = {key for svc in services.values() for key in svc.get("environment", {}) if key.startswith("WIREWATCH_")}
    assert used <= settings_env_names, used - settings_env_names


def test_plain_up_starts_the_whole_stack_and_the_ui_is_a_profile(services):
    in_default = {name for name, svc in services.items() if not svc.get("profiles")}
    assert {"kafka", "topic-init"} <= in_default
    ui = [name for name, svc in services.items() if "ui" in svc.get("profiles", [])]
    assert ui, "a Kafka web UI behind the `ui` profile"
    for name in ui:
        assert "kafka-ui" in services[name]["image"]
        bootstrap = services[name]["environment"]["KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"]
        assert bootstrap == "kafka:9092"
    for name, svc in services.items():
        for dependency in svc.get("depends_on", {}):
            assert dependency in in_default, f"{name} depends on {dependency}, which `up` would not start"


def test_host_ports_bind_to_loopback_only(services):
    for name, svc in services.items():
        for port in svc.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} on all interfaces"
