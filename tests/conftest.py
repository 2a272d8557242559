"""Shared test fixtures.

Real public test data lives in `shared/` beside the repository (CI clones the repo next to it).
Tests that talk to the configured npm registry are marked `live` and skip, with the reason, only
when the registry cannot be reached.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Test helpers shared between folders import as `from registry.registry_server import ...`.
sys.path.insert(0, str(REPO / "tests"))
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "fixtures").is_dir():
        pytest.fail(f"shared test data not found at {SHARED} (set NPMWARD_SHARED_DIR)")
    return SHARED


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own npmward cache and no user config file, so tests never see each
    other's or the user's."""
    monkeypatch.setenv("NPMWARD_CACHE_DIR", str(tmp_path_factory.mktemp("npmward-cache")))
    monkeypatch.setenv("NPMWARD_CONFIG", str(tmp_path_factory.mktemp("npmward-config") / "config.yml"))


_registry_reachable: bool | None = None


def registry_reachable() -> bool:
    global _registry_reachable
    if _registry_reachable is None:
        import httpx

        try:
            httpx.get("https://registry.npmjs.org/is-number", timeout=10).raise_for_status()
            _registry_reachable = True
        except Exception:  # noqa: BLE001 - any failure means "unreachable" for skipping
            _registry_reachable = False
    return _registry_reachable


def pytest_collection_modifyitems(config, items):
    live = [item for item in items if "live" in item.keywords]
    if live and not registry_reachable():
        skip = pytest.mark.skip(reason="npm registry unreachable from this machine")
        for item in live:
            item.add_marker(skip)
