"""package-lock.json (v1, v2, v3) and npm-shrinkwrap.json."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ..model import DependencyKind, LockedPackage
from . import GraphParts, LockfileError, direct_deps, kind_of

NAMES = ("package-lock.json", "npm-shrinkwrap.json")
SUPPORTED = (1, 2, 3)


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise LockfileError(f"{path}: invalid JSON: {exc}") from exc
    version = data.get("lockfileVersion") if isinstance(data, dict) else None
    if version not in SUPPORTED:
        raise LockfileError(f"{path}: lockfileVersion {version!r} is not supported (supported: 1, 2, 3)")
    if version >= 2 and isinstance(data.get("packages"), dict):
        return _parse_packages(data["packages"], version, manifest)
    return _parse_v1(data, manifest)


def _kind(entry: dict, location: str) -> DependencyKind:
    if entry.get("link"):
        return DependencyKind.LINK if "node_modules/" in location else DependencyKind.WORKSPACE
    if "node_modules/" not in location:
        return DependencyKind.WORKSPACE
    resolved = entry.get("resolved") or ""
    kind = kind_of(resolved)
    if kind is DependencyKind.REGISTRY and resolved.startswith(("http://", "https://")) and "/-/" not in resolved:
        return DependencyKind.TARBALL
    return kind


def _parse_packages(entries: dict, version: int, manifest: dict) -> GraphParts:
    parts = GraphParts(format=f"package-lock@{version}", dev_known=True)
    key_of: dict[str, str] = {}
    for location, entry in entries.items():
        if location == "" or not isinstance(entry, dict):
            continue
        name = location.rsplit("node_modules/", 1)[-1] if "node_modules/" in location else (entry.get("name") or location)
        if entry.get("link"):
            target = entries.get(entry.get("resolved") or "", {})
            version_ = target.get("version") or entry.get("version") or "0.0.0"
        else:
            version_ = entry.get("version") or "0.0.0"
        real = entry.get("name") if "node_modules/" in location and entry.get("name") and entry["name"] != name else None
        pkg = LockedPackage(
            name=name, version=version_, kind=_kind(entry, location), resolved=entry.get("resolved"),
            integrity=entry.get("integrity"), real_name=real,
            dev=bool(entry.get("dev") or entry.get("devOptional")),
            optional=bool(entry.get("optional") or entry.get("devOptional")), peer=bool(entry.get("peer")),
        )
        key_of[location] = pkg.key
        seen = parts.packages.get(pkg.key)
        if seen is not None:  # one version installed in several places: dev/optional only if every copy is
            pkg = replace(seen, dev=seen.dev and pkg.dev, optional=seen.optional and pkg.optional)
        parts.packages[pkg.key] = pkg
    # Edges: node's resolution walks up the node_modules chain, as Node does.
    for location, entry in entries.items():
        if not isinstance(entry, dict) or (location and location not in key_of):
            continue
        children = []
        for field_name in ("dependencies", "optionalDependencies", "peerDependencies", "devDependencies"):
            if field_name == "devDependencies" and location != "" and "node_modules/" in location:
                continue
            for dep in (entry.get(field_name) or {}):
                target = _resolve(entries, location, dep)
                if target in key_of:
                    children.append(key_of[target])
        if location == "":
            parts.roots.extend(children)
        elif location in key_of:
            parts.edges.setdefault(key_of[location], []).extend(c for c in children if c not in parts.edges.get(key_of[location], []))
            if "node_modules/" not in location:  # workspaces hang off the root
                parts.roots.append(key_of[location])
    parts.direct, _ = direct_deps(entries.get("", {}) or manifest)
    return parts


def _resolve(entries: dict, location: str, dep: str) -> str | None:
    base = location
    while True:
        candidate = f"{base}/node_modules/{dep}" if base else f"node_modules/{dep}"
        if candidate in entries:
            return candidate
        if not base:
            return None
        idx = base.rfind("/node_modules/")
        base = base[:idx] if idx != -1 else ""


def _parse_v1(data: dict, manifest: dict) -> GraphParts:
    parts = GraphParts(format="package-lock@1", dev_known=True)

    def walk(deps: dict, parent_chain: list[dict]) -> list[str]:
        keys = []
        for name, entry in (deps or {}).items():
            if not isinstance(entry, dict):
                continue
            spec = entry.get("version") or "0.0.0"
            real, version = None, spec
            if spec.startswith("npm:"):
                real, _, version = spec[4:].rpartition("@")
            kind = kind_of(spec) if not spec[:1].isdigit() else DependencyKind.REGISTRY
            pkg = LockedPackage(name=name, version=version if kind is DependencyKind.REGISTRY else spec, kind=kind,
                                resolved=entry.get("resolved"), integrity=entry.get("integrity"), real_name=real or None,
                                dev=bool(entry.get("dev")), optional=bool(entry.get("optional")))
            parts.packages.setdefault(pkg.key, pkg)
            keys.append(pkg.key)
            chain = parent_chain + [entry]
            nested = walk(entry.get("dependencies") or {}, chain)
            children = []
            for dep in (entry.get("requires") or {}):
                for scope in reversed(chain + [data]):
                    found = (scope.get("dependencies") or {}).get(dep)
                    if isinstance(found, dict):
                        v = found.get("version") or ""
                        children.append(f"{dep}@{v.rpartition('@')[2] if v.startswith('npm:') else v}")
                        break
            parts.edges[pkg.key] = list(dict.fromkeys(children + [k for k in nested if k.split('@')[0] in (entry.get('requires') or {})]))
        return keys

    walk(data.get("dependencies") or {}, [])
    direct, _ = direct_deps(manifest)
    parts.direct = direct
    top = data.get("dependencies") or {}
    for name in direct:
        entry = top.get(name)
        if isinstance(entry, dict):
            v = entry.get("version") or ""
            parts.roots.append(f"{name}@{v.rpartition('@')[2] if v.startswith('npm:') else v}")
    if not parts.roots:
        parts.roots = list(parts.packages)
    return parts
