"""bun.lock: bun's text lockfile (JSON with trailing commas), lockfileVersion 0 and 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..model import DependencyKind, LockedPackage
from . import GraphParts, LockfileError, kind_of

NAMES = ("bun.lock",)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    try:
        data = json.loads(_TRAILING_COMMA.sub(r"\1", text))
    except ValueError as exc:
        raise LockfileError(f"{path}: invalid bun.lock: {exc}") from exc
    version = data.get("lockfileVersion")
    if version not in (0, 1):
        raise LockfileError(f"{path}: lockfileVersion {version!r} is not supported (supported: 0, 1)")
    parts = GraphParts(format=f"bun@{version}")
    entries = data.get("packages") or {}
    key_of: dict[str, str] = {}
    for path_key, entry in entries.items():
        if not isinstance(entry, list) or not entry:
            continue
        ident = str(entry[0])
        at = ident.find("@", 1)
        name, spec = ident[:at], ident[at + 1:]
        if spec.startswith("workspace:"):
            pkg = LockedPackage(name=name, version=spec.split(":", 1)[1], kind=DependencyKind.WORKSPACE, resolved=spec)
        else:
            kind = kind_of(spec)
            if kind is DependencyKind.REGISTRY and spec.startswith(("http://", "https://")):
                kind = DependencyKind.TARBALL
            integrity = next((e for e in entry[1:] if isinstance(e, str) and e.startswith(("sha512-", "sha1-"))), None)
            registry = entry[1] if len(entry) > 1 and isinstance(entry[1], str) and entry[1] else None
            pkg = LockedPackage(name=name, version=spec, kind=kind, resolved=registry, integrity=integrity,
                                real_name=None if path_key.rsplit("/", 1)[-1] == name or path_key.endswith(name) else None)
        parts.packages.setdefault(pkg.key, pkg)
        key_of[path_key] = pkg.key
    for path_key, entry in entries.items():
        if path_key not in key_of:
            continue
        meta = next((e for e in entry[1:] if isinstance(e, dict)), {})
        children = []
        for field in ("dependencies", "optionalDependencies", "peerDependencies"):
            for dep in (meta.get(field) or {}):
                target = _resolve(key_of, path_key, dep)
                if target:
                    children.append(target)
        parts.edges[key_of[path_key]] = list(dict.fromkeys(children))
    for ws_path, ws in (data.get("workspaces") or {}).items():
        for field in ("dependencies", "optionalDependencies", "devDependencies", "peerDependencies"):
            for dep, spec in (ws.get(field) or {}).items():
                target = _resolve(key_of, ws_path if ws_path else "", dep)
                if target:
                    parts.roots.append(target)
                    if field == "devDependencies":
                        parts.dev_roots.add(target)
                if ws_path == "":
                    parts.direct[dep] = str(spec)
    return parts


def _resolve(key_of: dict[str, str], parent: str, dep: str) -> str | None:
    base = parent
    while base:
        if f"{base}/{dep}" in key_of:
            return key_of[f"{base}/{dep}"]
        base = base.rpartition("/")[0] if not base.startswith("@") or base.count("/") > 1 else ""
    return key_of.get(dep)
