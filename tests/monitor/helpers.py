"""Small projects and advisory records for the monitor tests."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path


def fake_integrity(name: str, version: str) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(f"{name}@{version}".encode()).digest()).decode()


def write_project(directory: Path, packages: dict[str, str], integrity: dict[str, str] | None = None,
                  registry: str = "https://registry.npmjs.org/") -> Path:
    """A project with a package-lock.json (v3) whose root depends on each package."""
    directory.mkdir(parents=True, exist_ok=True)
    deps = dict(sorted(packages.items()))
    (directory / "package.json").write_text(json.dumps({"name": "app", "version": "1.0.0", "dependencies": deps}))
    entries = {"": {"name": "app", "version": "1.0.0", "dependencies": deps}}
    for name, version in deps.items():
        entries[f"node_modules/{name}"] = {
            "version": version, "resolved": f"{registry}{name}/-/{name.split('/')[-1]}-{version}.tgz",
            "integrity": (integrity or {}).get(name) or fake_integrity(name, version)}
    (directory / "package-lock.json").write_text(json.dumps(
        {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": entries}, indent=1))
    return directory


def osv_record(ident: str, name: str, introduced: str = "0", fixed: str | None = None) -> dict:
    """An inert OSV record (a `MAL-` id is malware)."""
    events = [{"introduced": introduced}] + ([{"fixed": fixed}] if fixed else [])
    record = {"schema_version": "1.5.0", "id": ident, "modified": "2026-01-01T00:00:00Z",
              "summary": f"test advisory for {name}", "details": "Inert test record.",
              "affected": [{"package": {"ecosystem": "npm", "name": name},
                            "ranges": [{"type": "SEMVER", "events": events}]}]}
    return record


def import_records(cache_dir: Path, records: list[dict], directory: Path) -> None:
    from npmward.advisories import AdvisoryDB

    directory.mkdir(parents=True, exist_ok=True)
    for record in records:
        (directory / f"{record['id']}.json").write_text(json.dumps(record))
    with AdvisoryDB.open(cache_dir) as db:
        db.import_path(directory)
