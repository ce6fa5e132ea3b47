"""Support for the deployment tests: repo paths, tool lookup and a small offline kustomize renderer."""

from __future__ import annotations

import copy
import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
BASE = DEPLOY / "base"
OVERLAY = DEPLOY / "overlays" / "example"

# Strategic-merge keys kustomize uses for the built-in list fields our patches touch; other lists replace.
MERGE_KEYS = {
    "containers": "name",
    "initContainers": "name",
    "volumes": "name",
    "env": "name",
    "volumeMounts": "mountPath",
    "ports": "containerPort",
}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition"}


def tool(name: str, package: str) -> str:
    """Path of a CLI installed with the test extra (next to this interpreter or on PATH); fail loudly if absent."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(name, path=search)
    if found is None:
        pytest.fail(f"`{name}` not found: install the test extra (pip install -e '.[test]', it brings {package})")
    return found


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def load_docs(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def is_builtin(api_version: str) -> bool:
    """Core and *.k8s.io groups get strategic merge; other groups are CRDs (JSON merge patch)."""
    group = api_version.rpartition("/")[0]
    return "." not in group or group.endswith(".k8s.io")


def find(objects: list[dict], kind: str, name: str) -> dict | None:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) <= 1, f"{kind}/{name} defined {len(matches)} times"
    return matches[0] if matches else None


def merge(target: dict, patch: dict, strategic: bool) -> None:
    """Apply `patch` onto `target` in place: strategic merge (built-in kinds) or JSON merge patch (CRDs)."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value, strategic)
        elif strategic and key in MERGE_KEYS and isinstance(value, list) and isinstance(target.get(key), list):
            field = MERGE_KEYS[key]
            by_key = {item[field]: item for item in target[key]}
            for item in value:
                if item[field] in by_key:
                    merge(by_key[item[field]], item, strategic)
                else:
                    target[key].append(copy.deepcopy(item))
        else:
            target[key] = copy.deepcopy(value)


def generate_configmap(root: Path, spec: dict) -> dict:
    data = {}
    for literal in spec.get("literals", []):
        key, _, value = literal.partition("=")
        data[key] = value
    for entry in spec.get("files", []):
        key, _, rel = entry.rpartition("=") if "=" in entry else ("", "", entry)
        path = root / rel
        assert path.is_file(), f"configMapGenerator {spec['name']}: {path} missing"
        data[key or path.name] = path.read_text()
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": spec["name"]}, "data": data}


def pod_templates(objects: list[dict]):
    for obj in objects:
        template = obj.get("spec", {}).get("template", {})
        if "spec" in template:
            yield obj, template


def build(root: Path) -> list[dict]:
    """Render a kustomization the way `kustomize build` does, for the features this repo uses.

    Differences from kustomize: generated ConfigMaps get no hash suffix (so references stay by name).
    """
    kustomization = load_yaml(root / "kustomization.yaml")
    assert kustomization.get("kind") == "Kustomization", root
    unknown = set(kustomization) - {
        "apiVersion", "kind", "resources", "images", "replicas", "namespace", "configMapGenerator", "patches"
    }
    assert not unknown, f"{root}: renderer does not handle {sorted(unknown)}"
    objects: list[dict] = []
    for entry in kustomization.get("resources", []):
        path = (root / entry).resolve()
        assert path.exists(), f"{root}/kustomization.yaml: resource {entry} does not exist"
        objects += build(path) if path.is_dir() else load_docs(path)
    for spec in kustomization.get("configMapGenerator", []):
        generated = generate_configmap(root, spec)
        existing = find(objects, "ConfigMap", spec["name"])
        behavior = spec.get("behavior", "create")
        if behavior == "create":
            assert existing is None, f"ConfigMap {spec['name']} already exists; use behavior: merge"
            objects.append(generated)
        else:
            assert existing is not None, f"configMapGenerator {spec['name']} ({behavior}) has nothing to {behavior}"
            existing["data"] = ({**existing["data"], **generated["data"]} if behavior == "merge" else generated["data"])
    for entry in kustomization.get("patches", []):
        assert set(entry) == {"path"}, f"renderer handles file patches only: {entry}"
        patch = load_yaml(root / entry["path"])
        target = find(objects, patch["kind"], patch["metadata"]["name"])
        assert target is not None, f"{entry['path']} patches {patch['kind']}/{patch['metadata']['name']}, not in resources"
        merge(target, patch, strategic=is_builtin(target["apiVersion"]))
    if "namespace" in kustomization:
        for obj in objects:
            if obj["kind"] not in CLUSTER_SCOPED:
                obj["metadata"]["namespace"] = kustomization["namespace"]
    for image in kustomization.get("images", []):
        for _, template in pod_templates(objects):
            spec = template["spec"]
            for container in spec.get("containers", []) + spec.get("initContainers", []):
                name, _, tag = container["image"].partition(":")
                if name == image["name"]:
                    container["image"] = f"{image.get('newName', name)}:{image.get('newTag', tag)}".rstrip(":")
    for replica in kustomization.get("replicas", []):
        targets = [o for o in objects if o["metadata"]["name"] == replica["name"] and "replicas" in o.get("spec", {})]
        assert targets, f"replicas: nothing named {replica['name']} has spec.replicas"
        for obj in targets:
            obj["spec"]["replicas"] = replica["count"]
    return objects
