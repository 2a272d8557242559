"""Fixtures of the registry tests: local registry servers and an isolated cache."""

from __future__ import annotations

import pytest
from registry_server import LocalServer

from npmward.settings import Settings


@pytest.fixture
def server():
    with LocalServer() as local:
        yield local


@pytest.fixture
def other_host():
    with LocalServer() as local:
        yield local


@pytest.fixture
def settings(tmp_path):
    return Settings(cache_dir=tmp_path / "cache")
