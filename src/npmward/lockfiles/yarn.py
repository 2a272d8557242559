"""yarn.lock: Yarn 1 (its own text format) and Yarn Berry 2+ (YAML with `__metadata`)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..model import DependencyKind, LockedPackage
from . import GraphParts, LockfileError, direct_deps, kind_of

NAMES = ("yarn.lock",)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    if "__metadata:" in text[:2000]:
        return _parse_berry(path, text, manifest)
    if "# yarn lockfile v1" in text[:500] or re.search(r'^\S.*:\n  version "', text[:5000], re.M):
        return _parse_v1(path, text, manifest)
    raise LockfileError(f"{path}: not a yarn v1 or Berry lockfile (no `# yarn lockfile v1` header or `__metadata`)")


def _split_descriptor(descriptor: str) -> tuple[str, str]:
    descriptor = descriptor.strip().strip('"')
    at = descriptor.find("@", 1)
    return (descriptor[:at], descriptor[at + 1:]) if at > 0 else (descriptor, "")


def _unquote(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def _parse_v1(path: Path, text: str, manifest: dict) -> GraphParts:
    parts = GraphParts(format="yarn@1")
    by_descriptor: dict[str, str] = {}
    pending: list[tuple[str, dict[str, str]]] = []
    entry: dict | None = None
    section = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if indent == 0:
            if not line.endswith(":"):
                raise LockfileError(f"{path}: unexpected line in yarn.lock: {line[:80]!r}")
            entry = {"descriptors": [_unquote(d) for d in line[:-1].split(", ")], "deps": {}}
            pending.append(entry)  # type: ignore[arg-type]
            section = None
        elif entry is not None and indent == 2:
            if line.endswith(":"):
                section = line[:-1]
                continue
            section = None
            key, _, value = line.partition(" ")
            entry[_unquote(key)] = _unquote(value)
        elif entry is not None and indent >= 4 and section in ("dependencies", "optionalDependencies"):
            key, _, value = line.partition(" ")
            entry["deps"][_unquote(key)] = _unquote(value)
    for entry in pending:  # type: ignore[assignment]
        first = entry["descriptors"][0]
        name, spec = _split_descriptor(first)
        real = None
        if spec.startswith("npm:"):
            real, _ = _split_descriptor(spec[4:])
        version = entry.get("version", "0.0.0")
        resolved = entry.get("resolved")
        kind = kind_of(spec) if not spec.startswith("npm:") else DependencyKind.REGISTRY
        if kind is DependencyKind.REGISTRY and resolved and "/-/" not in resolved and resolved.startswith("http"):
            kind = DependencyKind.GIT if "codeload.github.com" in resolved or ".git" in resolved else DependencyKind.TARBALL
        pkg = LockedPackage(name=name, version=version, kind=kind, resolved=resolved, integrity=entry.get("integrity"),
                            real_name=real)
        parts.packages.setdefault(pkg.key, pkg)
        for descriptor in entry["descriptors"]:
            by_descriptor[descriptor] = pkg.key
        entry["key"] = pkg.key
    for entry in pending:  # type: ignore[assignment]
        parts.edges[entry["key"]] = [by_descriptor[f"{d}@{r}"] for d, r in entry["deps"].items() if f"{d}@{r}" in by_descriptor]
    _roots(parts, manifest, lambda name, spec: by_descriptor.get(f"{name}@{spec}"))
    return parts


def _roots(parts: GraphParts, manifest: dict, lookup) -> None:
    direct, dev_only = direct_deps(manifest)
    parts.direct = direct
    for name, spec in direct.items():
        key = lookup(name, spec)
        if key:
            parts.roots.append(key)
            if name in dev_only:
                parts.dev_roots.add(key)


def _parse_berry(path: Path, text: str, manifest: dict) -> GraphParts:
    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        raise LockfileError(f"{path}: invalid YAML: {exc}") from exc
    meta = data.get("__metadata") or {}
    version = str(meta.get("version", "?"))
    if not version.isdigit() or int(version) < 4:
        raise LockfileError(f"{path}: Yarn Berry lockfile __metadata version {version} is not supported (supported: 4 and later)")
    parts = GraphParts(format=f"yarn-berry@{version}")
    by_descriptor: dict[str, str] = {}
    for descriptors, entry in data.items():
        if descriptors == "__metadata" or not isinstance(entry, dict):
            continue
        resolution = str(entry.get("resolution") or descriptors.split(",")[0])
        name, locator = _split_descriptor(resolution)
        protocol = locator.split(":", 1)[0] if ":" in locator else "npm"
        kind = {"npm": DependencyKind.REGISTRY, "patch": DependencyKind.REGISTRY, "workspace": DependencyKind.WORKSPACE,
                "link": DependencyKind.LINK, "portal": DependencyKind.LINK, "file": DependencyKind.FILE}.get(protocol)
        if kind is None:
            kind = DependencyKind.GIT if "git" in locator or "github" in locator else DependencyKind.TARBALL
        real = None
        if protocol == "npm":
            inner = locator[4:]
            if "@" in inner[1:]:  # alias: foo@npm:bar@1.0.0
                real, _ = _split_descriptor(inner)
        pkg = LockedPackage(name=name, version=str(entry.get("version", "0.0.0")), kind=kind, resolved=resolution,
                            real_name=real)
        parts.packages.setdefault(pkg.key, pkg)
        for descriptor in str(descriptors).split(", "):
            by_descriptor[descriptor.strip()] = pkg.key
        entry["__key"] = pkg.key

    def lookup(name: str, spec: str) -> str | None:
        spec = str(spec)
        return by_descriptor.get(f"{name}@{spec}") or by_descriptor.get(f"{name}@npm:{spec}")

    for descriptors, entry in data.items():
        if isinstance(entry, dict) and "__key" in entry:
            deps = {**(entry.get("dependencies") or {}), **(entry.get("optionalDependencies") or {})}
            parts.edges[entry["__key"]] = [k for k in (lookup(d, s) for d, s in deps.items()) if k]
    root = next((e["__key"] for e in data.values() if isinstance(e, dict) and str(e.get("resolution", "")).endswith("@workspace:.")), None)
    # The root's direct dependencies come from package.json, where dev ones are marked; the root
    # workspace's own lock entry lists dev and prod alike, so it is not a root here.
    _roots(parts, manifest, lookup)
    for key, pkg in parts.packages.items():
        if pkg.kind is DependencyKind.WORKSPACE and key != root:
            parts.roots.append(key)
    return parts
