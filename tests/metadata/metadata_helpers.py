"""Helpers for the metadata tests: build Artifacts from fixture directories and registry tarballs
without npmward.package (read in memory; nothing is executed)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from pathlib import Path

import httpx

from npmward.model import Artifact, PackageId

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "metadata"
REGISTRY = "https://registry.npmjs.org"


def artifact_from_dir(path: Path) -> Artifact:
    files = {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    manifest = json.loads(files["package.json"])
    return Artifact(PackageId(manifest["name"], manifest["version"]), files, manifest, f"directory:{path}")


def fixture(*parts: str) -> Artifact:
    return artifact_from_dir(FIXTURES.joinpath(*parts))


def artifact_from_tarball(data: bytes, integrity: str) -> Artifact:
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    assert digest == integrity, "tarball does not match its pinned integrity"
    files = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                files[member.name.split("/", 1)[1]] = tar.extractfile(member).read()
    manifest = json.loads(files["package.json"])
    return Artifact(PackageId(manifest["name"], manifest["version"]), files, manifest, "registry", integrity)


def registry_artifact(name: str, version: str, integrity: str) -> Artifact:
    base = name.rsplit("/", 1)[-1]
    data = httpx.get(f"{REGISTRY}/{name}/-/{base}-{version}.tgz", timeout=60, follow_redirects=True).content
    return artifact_from_tarball(data, integrity)
