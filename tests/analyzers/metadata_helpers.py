"""Helpers for the metadata tests: load the inert fixtures and pinned registry versions with
npmward's own loaders (in memory; nothing is executed)."""

from __future__ import annotations

from pathlib import Path

from npmward.model import Artifact
from npmward.package import load_directory
from npmward.registry import RegistryClient
from npmward.settings import load_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "metadata"


def fixture(*parts: str) -> Artifact:
    return load_directory(FIXTURES.joinpath(*parts))


def registry_artifact(name: str, version: str, integrity: str) -> Artifact:
    """A real version from the configured registry, checked against its pinned integrity."""
    with RegistryClient(load_settings()) as client:
        artifact = client.fetch_artifact(name, version)
    assert artifact.integrity == integrity, f"{name}@{version} is not the pinned tarball"
    return artifact
