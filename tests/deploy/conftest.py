"""Fixtures for the deployment tests: the rendered kustomizations and the worker's setting names."""

from __future__ import annotations

import pytest

from .deploy_support import BASE, OVERLAY, build


@pytest.fixture(scope="session")
def base() -> list[dict]:
    return build(BASE)


@pytest.fixture(scope="session")
def overlay() -> list[dict]:
    return build(OVERLAY)


@pytest.fixture(scope="session", params=["base", "overlay"])
def rendered(request) -> list[dict]:
    """Each rendered kustomization in turn; the same invariants hold for both."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def settings_env_names() -> set[str]:
    """Every WIREWATCH_* variable the worker reads (from the settings model, so it cannot drift)."""
    from worker.settings import Settings, TopicNames

    names = {f"WIREWATCH_{field.upper()}" for field in Settings.model_fields}
    names |= {f"WIREWATCH_TOPIC_{field.upper()}" for field in TopicNames.model_fields}
    return names
