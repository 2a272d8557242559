"""Build an `Artifact` from a package's files: parse `package.json`, take name and version from it."""

from __future__ import annotations

import json
from typing import Mapping

from ..model import Artifact, PackageId
from .limits import PackageLoadError


def parse_manifest(raw: bytes | None, source: str) -> dict:
    """The package's own `package.json` as a dict; a clear error naming `source` otherwise."""
    if raw is None:
        raise PackageLoadError(f"{source}: no package.json in the package")
    try:
        # utf-8-sig: some publishers' editors write a BOM, and npm (JSON.parse after strip-bom) accepts it.
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageLoadError(f"{source}: package.json is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PackageLoadError(f"{source}: package.json is not a JSON object")
    return data


def manifest_id(manifest: Mapping) -> PackageId:
    """The name and version a package's `package.json` declares ("" where it declares none)."""
    name, version = manifest.get("name"), manifest.get("version")
    return PackageId(name if isinstance(name, str) else "", version if isinstance(version, str) else "")


def make_artifact(files: Mapping[str, bytes], source: str, integrity: str | None) -> Artifact:
    manifest = parse_manifest(files.get("package.json"), source)
    return Artifact(
        id=manifest_id(manifest),
        files=files,
        manifest=manifest,
        source=source,
        integrity=integrity,
    )
