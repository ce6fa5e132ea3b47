"""deploy/: every manifest valid (core kinds against the Kubernetes schemas, CRDs against minimal schemas)
and wired together (selectors, probes, secrets, KEDA limits) in the base and the example overlay."""

from __future__ import annotations

import copy
from pathlib import Path, PurePosixPath

import jsonschema
import kubernetes_validate
import pytest
from kubernetes_validate.utils import SchemaNotFoundError

from .deploy_support import BASE, DEPLOY, OVERLAY, REPO, find, is_builtin, load_docs, load_yaml, pod_templates

# Oldest Kubernetes we claim to support, and the newest the validator knows.
K8S_VERSIONS = ["1.29", kubernetes_validate.utils.latest_version()]

# Minimal schemas for the custom resources, keyed by (apiVersion, kind).
CRD_SCHEMAS = {
    tuple(key.split(" ")): schema
    for key, schema in load_yaml(Path(__file__).with_name("crd_schemas.yaml")).items()
    if not key.startswith("x-")
}


def validate(obj: dict, version: str = K8S_VERSIONS[-1]) -> None:
    """Raise unless `obj` is valid: strict Kubernetes schema for core kinds, CRD_SCHEMAS for custom ones."""
    key = (obj["apiVersion"], obj["kind"])
    if key in CRD_SCHEMAS:
        jsonschema.validate(obj, CRD_SCHEMAS[key])
    else:
        assert is_builtin(obj["apiVersion"]), f"no schema for custom resource {key}: add one to crd_schemas.yaml"
        kubernetes_validate.validate(obj, version, strict=True)


def one(objects: list[dict], kind: str) -> dict:
    (obj,) = [o for o in objects if o["kind"] == kind]
    return obj


def selects(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def env_config(objects: list[dict]) -> dict[str, str]:
    return find(objects, "ConfigMap", "wirewatch-env")["data"]


def scaling_errors(objects: list[dict]) -> list[str]:
    """Why the KEDA ScaledObject does not fit the StatefulSet and the worker settings (empty when it does)."""
    scaled, sts, env = one(objects, "ScaledObject"), one(objects, "StatefulSet"), env_config(objects)
    spec, errors = scaled["spec"], []
    target = spec["scaleTargetRef"]
    if (target["kind"], target["name"], target["apiVersion"]) != ("StatefulSet", sts["metadata"]["name"], "apps/v1"):
        errors.append(f"scaleTargetRef {target} is not the StatefulSet")
    if spec["maxReplicaCount"] > int(env["WIREWATCH_PARTITIONS"]):
        errors.append("maxReplicaCount exceeds the partition count: extra workers would sit idle")
    if not 1 <= spec["minReplicaCount"] <= sts["spec"]["replicas"] <= spec["maxReplicaCount"]:
        errors.append("need 1 <= minReplicaCount <= StatefulSet replicas <= maxReplicaCount")
    brokers = ",".join(part.split("://", 1)[-1] for part in env["WIREWATCH_BROKER_URL"].split(","))
    for trigger in spec["triggers"]:
        meta = trigger["metadata"]
        if meta["bootstrapServers"] != brokers:
            errors.append(f"trigger reads lag from {meta['bootstrapServers']}, the workers use {brokers}")
        if meta["consumerGroup"] != env.get("WIREWATCH_APP_ID", "wirewatch"):
            errors.append("trigger consumerGroup is not the app id")
        if meta.get("topic", "wirewatch.articles.raw") != "wirewatch.articles.raw":
            errors.append("trigger topic should be the ingress topic")
    return errors


# ---------------------------------------------------------------- files and kustomizations


def test_every_yaml_file_under_deploy_parses_and_is_used():
    used: set = set()
    for kustomization in DEPLOY.rglob("kustomization.yaml"):
        root, spec = kustomization.parent, load_yaml(kustomization)
        used |= {(root / r).resolve() for r in spec.get("resources", [])}
        used |= {(root / p["path"]).resolve() for p in spec.get("patches", [])}
        for generator in spec.get("configMapGenerator", []):
            used |= {(root / f.rpartition("=")[2]).resolve() for f in generator.get("files", [])}
    for path in DEPLOY.rglob("*.yaml"):
        docs = load_docs(path)
        assert docs, f"{path} is empty"
        if path.name != "kustomization.yaml":
            assert path.resolve() in used, f"{path.relative_to(REPO)} is not referenced by any kustomization"


def test_rendering_catches_a_patch_for_a_missing_resource(tmp_path):
    from .deploy_support import build

    (tmp_path / "kustomization.yaml").write_text(
        f"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [{BASE}]\n"
        "patches:\n  - path: patch.yaml\n"
    )
    (tmp_path / "patch.yaml").write_text("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nope\n")
    with pytest.raises(AssertionError, match="not in resources"):
        build(tmp_path)


def test_base_renders_the_expected_objects(base):
    kinds = sorted((o["kind"], o["metadata"]["name"]) for o in base)
    assert kinds == sorted([
        ("ServiceAccount", "wirewatch"), ("StatefulSet", "wirewatch"), ("Service", "wirewatch"),
        ("Service", "wirewatch-pods"), ("PodDisruptionBudget", "wirewatch"), ("ScaledObject", "wirewatch"),
        ("ServiceMonitor", "wirewatch"), ("ConfigMap", "wirewatch-env"), ("ConfigMap", "wirewatch-rules"),
    ])


# ---------------------------------------------------------------- schemas


@pytest.mark.parametrize("version", K8S_VERSIONS)
def test_every_object_is_valid(rendered, version):
    for obj in rendered:
        try:
            validate(obj, version)
        except (jsonschema.ValidationError, SchemaNotFoundError) as error:
            pytest.fail(f"{obj['kind']}/{obj['metadata']['name']} (k8s {version}): {getattr(error, 'message', error)}")


def test_validation_rejects_broken_objects(base):
    sts = copy.deepcopy(one(base, "StatefulSet"))
    sts["spec"]["replicas"] = "three"
    with pytest.raises(jsonschema.ValidationError):
        validate(sts)
    sts = copy.deepcopy(one(base, "StatefulSet"))
    sts["spec"]["template"]["spec"]["containers"][0]["livenessprobe"] = {}
    with pytest.raises(jsonschema.ValidationError):
        validate(sts)
    scaled = copy.deepcopy(one(base, "ScaledObject"))
    scaled["spec"]["triggers"][0]["metadata"]["lagThreshold"] = 1000
    with pytest.raises(jsonschema.ValidationError):
        validate(scaled)
    with pytest.raises(AssertionError, match="no schema"):
        validate({"apiVersion": "example.com/v1", "kind": "Thing", "metadata": {"name": "x"}})


# ---------------------------------------------------------------- wiring


def test_scaled_object_fits_the_statefulset_and_the_partitions(rendered):
    assert scaling_errors(rendered) == []


def test_scaling_check_catches_more_replicas_than_partitions(base):
    objects = copy.deepcopy(base)
    one(objects, "ScaledObject")["spec"]["maxReplicaCount"] = 16
    assert any("partition count" in e for e in scaling_errors(objects))


def test_selectors_match_the_pods(rendered):
    sts = one(rendered, "StatefulSet")
    pod_labels = sts["spec"]["template"]["metadata"]["labels"]
    assert selects(sts["spec"]["selector"]["matchLabels"], pod_labels)
    assert selects(one(rendered, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"], pod_labels)
    port_names = {p["name"] for c in sts["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
    for service in (o for o in rendered if o["kind"] == "Service"):
        assert selects(service["spec"]["selector"], pod_labels), service["metadata"]["name"]
        assert {p["targetPort"] for p in service["spec"]["ports"]} <= port_names
    governing = find(rendered, "Service", sts["spec"]["serviceName"])
    assert governing is not None and governing["spec"]["clusterIP"] == "None"


def test_service_monitor_scrapes_every_pod_through_the_headless_service(rendered):
    monitor = one(rendered, "ServiceMonitor")["spec"]
    matched = [s for s in rendered if s["kind"] == "Service" and selects(monitor["selector"]["matchLabels"], s["metadata"]["labels"])]
    assert len(matched) == 1, "exactly one Service is scraped (else pods are scraped twice)"
    service = matched[0]["spec"]
    assert service["clusterIP"] == "None" and service["publishNotReadyAddresses"] is True
    assert {e["port"] for e in monitor["endpoints"]} <= {p["name"] for p in service["ports"]}
    assert [e["path"] for e in monitor["endpoints"]] == ["/metrics"]


def test_probes(rendered):
    container = one(rendered, "StatefulSet")["spec"]["template"]["spec"]["containers"][0]
    paths = {probe: container[probe]["httpGet"]["path"] for probe in ("startupProbe", "readinessProbe", "livenessProbe")}
    assert paths == {"startupProbe": "/healthz", "readinessProbe": "/readyz", "livenessProbe": "/healthz"}
    assert all(container[p]["httpGet"]["port"] == "http" for p in paths)
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 600, "startup must outlast table recovery"
    assert int(env_config(rendered)["WIREWATCH_WEB_PORT"]) == container["ports"][0]["containerPort"]


def test_static_membership_from_the_pod_name(rendered):
    pod = one(rendered, "StatefulSet")["spec"]["template"]["spec"]
    env = {e["name"]: e for e in pod["containers"][0]["env"]}
    assert env["WIREWATCH_INSTANCE_ID"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"
    # A restarted pod must be back before the broker gives its partitions away.
    assert float(env_config(rendered)["WIREWATCH_SESSION_TIMEOUT"]) >= 45
    assert pod["terminationGracePeriodSeconds"] <= float(env_config(rendered)["WIREWATCH_SESSION_TIMEOUT"])


def test_containers_are_locked_down_and_sized(rendered):
    pod = one(rendered, "StatefulSet")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert pod["enableServiceLinks"] is False, "a Service named wirewatch would inject WIREWATCH_* variables"
    for container in pod["containers"] + pod.get("initContainers", []):
        ctx = container["securityContext"]
        assert ctx["readOnlyRootFilesystem"] is True and ctx["allowPrivilegeEscalation"] is False
        assert ctx["capabilities"]["drop"] == ["ALL"]
        assert {"cpu", "memory"} <= set(container["resources"]["requests"]) & set(container["resources"]["limits"])
        assert "/tmp" in {m["mountPath"] for m in container["volumeMounts"]}, "writable /tmp on a read-only root"


def test_volumes_state_and_rules_are_where_the_settings_point(rendered):
    sts = one(rendered, "StatefulSet")
    pod, env = sts["spec"]["template"]["spec"], env_config(rendered)
    volumes = {v["name"]: v for v in pod["volumes"]}
    claims = {c["metadata"]["name"] for c in sts["spec"]["volumeClaimTemplates"]}
    for container in pod["containers"] + pod.get("initContainers", []):
        mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
        assert set(mounts.values()) <= set(volumes) | claims, container["name"]
        assert [c["configMapRef"]["name"] for c in container["envFrom"]] == ["wirewatch-env"]
        rules = find(rendered, "ConfigMap", volumes[mounts["/etc/wirewatch/rules"]]["configMap"]["name"])
        for key in ("WIREWATCH_TALLIES_PATH", "WIREWATCH_ALERTS_PATH"):
            path = PurePosixPath(env[key])
            assert mounts.get(str(path.parent)) is not None and path.name in rules["data"], key
    worker_mounts = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    assert worker_mounts[env["WIREWATCH_DATA_DIR"]] in claims, "table state lives on the PVC"
    assert env["WIREWATCH_STORE"] == "rocksdb://"


def test_every_wirewatch_variable_is_known_to_the_worker(rendered, settings_env_names):
    sts = one(rendered, "StatefulSet")
    used = set(env_config(rendered))
    for _, template in pod_templates([sts]):
        for container in template["spec"]["containers"] + template["spec"].get("initContainers", []):
            used |= {e["name"] for e in container.get("env", [])}
    assert used <= settings_env_names, used - settings_env_names


def test_deployed_rules_load_with_the_worker(rendered, tmp_path):
    from worker.alerts.rules import load_rules
    from worker.tallies.definitions import load_tallies

    rules = find(rendered, "ConfigMap", "wirewatch-rules")["data"]
    for name, text in rules.items():
        (tmp_path / name).write_text(text)
    tallies = load_tallies(tmp_path / "tallies.yaml")
    assert tallies and load_rules(tmp_path / "alerts.yaml", tallies=tallies)


@pytest.mark.parametrize("name", ["tallies.yaml", "alerts.yaml"])
def test_base_rules_are_the_packaged_defaults(name):
    packaged, deployed = REPO / "worker" / "data" / name, BASE / "rules" / name
    assert deployed.read_text() == packaged.read_text(), f"copy worker/data/{name} to deploy/base/rules/{name}"


# ---------------------------------------------------------------- the example overlay


def test_overlay_namespaces_every_object(overlay):
    namespace = load_yaml(OVERLAY / "kustomization.yaml")["namespace"]
    assert find(overlay, "Namespace", namespace) is not None
    for obj in overlay:
        if obj["kind"] != "Namespace":
            assert obj["metadata"]["namespace"] == namespace, obj["metadata"]["name"]


def test_overlay_is_production_sized(overlay):
    env = env_config(overlay)
    assert one(overlay, "StatefulSet")["spec"]["replicas"] == 3
    assert one(overlay, "ScaledObject")["spec"]["minReplicaCount"] == 3
    assert env["WIREWATCH_REPLICATION_FACTOR"] == "3"
    pod = one(overlay, "StatefulSet")["spec"]["template"]["spec"]
    assert all(c["image"].startswith("registry.example.com/") for c in pod["containers"] + pod["initContainers"])
    assert len({c["image"] for c in pod["containers"] + pod["initContainers"]}) == 1


def test_overlay_uses_sasl_ssl_with_credentials_from_one_secret(overlay):
    env = env_config(overlay)
    assert env["WIREWATCH_SECURITY_PROTOCOL"] == "SASL_SSL"
    pod = one(overlay, "StatefulSet")["spec"]["template"]["spec"]
    secret_volume = {v["name"]: v for v in pod["volumes"]}["kafka-credentials"]["secret"]
    assert secret_volume["optional"] is False
    secret = secret_volume["secretName"]
    mount = {m["name"]: m["mountPath"] for m in pod["containers"][0]["volumeMounts"]}["kafka-credentials"]
    keys = {}
    for setting in ("WIREWATCH_SASL_PASSWORD_FILE", "WIREWATCH_SSL_CAFILE"):
        path = PurePosixPath(env[setting])
        assert str(path.parent) == mount, f"{setting} is not in the mounted Secret"
        keys[setting] = path.name
    username = {e["name"]: e for e in pod["containers"][0]["env"]}["WIREWATCH_SASL_USERNAME"]
    assert username["valueFrom"]["secretKeyRef"]["name"] == secret
    # KEDA reads lag with the same credentials and mechanism.
    (trigger,) = one(overlay, "ScaledObject")["spec"]["triggers"]
    auth = find(overlay, "TriggerAuthentication", trigger["authenticationRef"]["name"])
    refs = {r["parameter"]: r for r in auth["spec"]["secretTargetRef"]}
    assert {r["name"] for r in refs.values()} == {secret}
    assert refs["password"]["key"] == keys["WIREWATCH_SASL_PASSWORD_FILE"]
    assert refs["ca"]["key"] == keys["WIREWATCH_SSL_CAFILE"]
    assert refs["username"]["key"] == username["valueFrom"]["secretKeyRef"]["key"]
    keda_sasl = {"PLAIN": "plaintext", "SCRAM-SHA-256": "scram_sha256", "SCRAM-SHA-512": "scram_sha512"}
    assert trigger["metadata"]["sasl"] == keda_sasl[env["WIREWATCH_SASL_MECHANISM"]]
    assert trigger["metadata"]["tls"] == "enable"


def test_no_secret_values_are_committed():
    for path in DEPLOY.rglob("*.yaml"):
        for doc in load_docs(path):
            assert doc.get("kind") != "Secret", f"{path}: create Secrets out of band"
