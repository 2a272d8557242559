"""package-lock.json (v1, v2, v3) and npm-shrinkwrap.json.

v2 and v3 record the installed tree in `packages` (location -> entry); a location outside
`node_modules` is a workspace or a `file:` directory, named by its own `name` or by the link that
installs it (`node_modules/etag -> deps/etag`), never by its path. v1 nests `dependencies`.
"""

from __future__ import annotations

from pathlib import Path

from ..model import DependencyKind, LockedPackage
from ..schema import MapOf, Record
from .parts import GraphParts, LockfileError, check_entries, check_shape, direct_deps, kind_of, load_json

NAMES = ("npm-shrinkwrap.json", "package-lock.json")
PRIORITY = 10
SUPPORTED = (1, 2, 3)
MAX_NESTING = 64
"""`node_modules` levels in one location (real trees nest a few; each level costs every lookup)."""
NODE_MODULES = "node_modules/"
DEP_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies", "devDependencies")

_ENTRY = Record(name=str, version=str, resolved=str, integrity=str, link=bool, dev=bool, optional=bool,
                devOptional=bool, peer=bool, **{f: MapOf(str) for f in DEP_FIELDS})
_LOCK_V2 = Record(required=("packages",), packages=MapOf(_ENTRY))
_ENTRY_V1 = Record(version=str, resolved=str, integrity=str, dev=bool, optional=bool, requires=MapOf(str))
_ENTRY_V1.fields["dependencies"] = MapOf(_ENTRY_V1)
_LOCK_V1 = Record(dependencies=MapOf(_ENTRY_V1))


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    data = load_json(path, text)
    if not isinstance(data, dict):
        raise LockfileError(f"{path}: the lockfile must be a JSON object, not {type(data).__name__}")
    version = data.get("lockfileVersion")
    if type(version) is not int or version not in SUPPORTED:
        raise LockfileError(f"{path}: lockfileVersion {version!r} is not supported (supported: 1, 2, 3)")
    if version >= 2:
        check_entries(path, len(data["packages"]) if isinstance(data.get("packages"), dict) else 0)
        check_shape(path, data, _LOCK_V2)
        return _parse_packages(path, data["packages"], version, manifest)
    check_shape(path, data, _LOCK_V1)
    return _parse_v1(path, data, manifest)


def _installed_name(location: str) -> str:
    return location.rsplit(NODE_MODULES, 1)[-1]


def _in_node_modules(location: str) -> bool:
    return location.startswith(NODE_MODULES) or f"/{NODE_MODULES}" in location


def _kind(entry: dict) -> DependencyKind:
    resolved = entry.get("resolved") or ""
    kind = kind_of(resolved)
    if kind is DependencyKind.REGISTRY and resolved.startswith(("http://", "https://")) and "/-/" not in resolved:
        return DependencyKind.TARBALL
    return kind


def _parse_packages(path: Path, entries: dict, version: int, manifest: dict) -> GraphParts:
    parts = GraphParts(format=f"package-lock@{version}", dev_known=True)
    local_specs: dict[str, str] = {}  # what the root and the workspaces declare, to tell `file:` from workspace
    link_names: dict[str, str] = {}  # target location -> the name a link installs it under
    for location, entry in entries.items():
        if location.count(NODE_MODULES) > MAX_NESTING:
            raise LockfileError(f"{path}: refused: location nested deeper than {MAX_NESTING} node_modules levels")
        if not _in_node_modules(location):
            for field_name in DEP_FIELDS:
                local_specs.update(entry.get(field_name) or {})
        elif entry.get("link") and entry.get("resolved"):
            link_names.setdefault(entry["resolved"], _installed_name(location))
    key_of: dict[str, str] = {}
    for location, entry in entries.items():
        if location == "" or (entry.get("link") and entry.get("resolved") in entries):
            continue
        flags = {"integrity": entry.get("integrity"), "dev": bool(entry.get("dev") or entry.get("devOptional")),
                 "optional": bool(entry.get("optional") or entry.get("devOptional")), "peer": bool(entry.get("peer"))}
        if entry.get("link"):  # a link whose target has no entry of its own
            pkg = LockedPackage(name=_installed_name(location), version=entry.get("version") or "0.0.0",
                                kind=DependencyKind.LINK, resolved=entry.get("resolved"), **flags)
        elif _in_node_modules(location):
            name = _installed_name(location)
            real = entry.get("name") if entry.get("name") not in (None, name) else None
            pkg = LockedPackage(name=name, version=entry.get("version") or "0.0.0", kind=_kind(entry),
                                resolved=entry.get("resolved"), real_name=real, **flags)
        else:  # a workspace or a `file:` directory
            name = entry.get("name") or link_names.get(location) or location.rstrip("/").rsplit("/", 1)[-1]
            spec = local_specs.get(name, "")
            kind = DependencyKind.FILE if spec.startswith("file:") else DependencyKind.WORKSPACE
            pkg = LockedPackage(name=name, version=entry.get("version") or "0.0.0", kind=kind,
                                resolved=spec if kind is DependencyKind.FILE else location, **flags)
        key_of[location] = parts.add(pkg)
    for location, entry in entries.items():  # a link is its target
        if entry.get("link") and entry.get("resolved") in key_of:
            key_of[location] = key_of[entry["resolved"]]
    # Edges: a dependency resolves by walking up the node_modules chain, as Node does.
    for location, entry in entries.items():
        if location and (location not in key_of or entry.get("link")):
            continue
        children = []
        for field_name in DEP_FIELDS:
            if field_name == "devDependencies" and _in_node_modules(location):
                continue  # an installed package's dev dependencies are not installed
            for dep in entry.get(field_name) or {}:
                target = _resolve(entries, location, dep)
                if target in key_of:
                    children.append(key_of[target])
        if location == "":
            parts.roots.extend(children)
        else:
            parts.edges.setdefault(key_of[location], []).extend(children)
            if not _in_node_modules(location):  # workspaces hang off the root
                parts.roots.append(key_of[location])
    parts.direct, _ = direct_deps(entries.get("") or manifest)
    parts.root_manifest = entries.get("") or {}
    return parts


def _resolve(entries: dict, location: str, dep: str) -> str | None:
    base = location
    while True:
        candidate = f"{base}/{NODE_MODULES}{dep}" if base else f"{NODE_MODULES}{dep}"
        if candidate in entries:
            return candidate
        if not base:
            return None
        idx = base.rfind(f"/{NODE_MODULES}")
        base = base[:idx] if idx != -1 else ""


def _v1_key(name: str, entry: dict) -> str:
    spec = entry.get("version") or "0.0.0"
    return f"{name}@{spec.rpartition('@')[2] if spec.startswith('npm:') else spec}"


def _v1_package(name: str, entry: dict) -> LockedPackage:
    spec = entry.get("version") or "0.0.0"
    real, version = None, spec
    if spec.startswith("npm:"):
        real, _, version = spec[4:].rpartition("@")
    kind = kind_of(spec) if not spec[:1].isdigit() else DependencyKind.REGISTRY
    if kind is DependencyKind.REGISTRY and not real and spec.startswith(("http://", "https://")):
        kind = DependencyKind.TARBALL
    return LockedPackage(name=name, version=version, kind=kind, resolved=entry.get("resolved"),
                         integrity=entry.get("integrity"), real_name=real or None,
                         dev=bool(entry.get("dev")), optional=bool(entry.get("optional")))


def _parse_v1(path: Path, data: dict, manifest: dict) -> GraphParts:
    parts = GraphParts(format="package-lock@1", dev_known=True)
    top = data.get("dependencies") or {}
    count = 0
    # A `dependencies` object and the scopes a `requires` inside it resolves in, innermost first.
    pending: list[tuple[dict, tuple[dict, ...]]] = [(top, (top,))]
    while pending:
        deps, scopes = pending.pop()
        count += len(deps)
        check_entries(path, count)
        for name, entry in deps.items():
            key = parts.add(_v1_package(name, entry))
            nested = entry.get("dependencies") or {}
            inner = (nested, *scopes) if nested else scopes
            children = parts.edges.setdefault(key, [])
            for dep in entry.get("requires") or {}:
                found = next((scope[dep] for scope in inner if dep in scope), None)
                if found is not None:
                    children.append(_v1_key(dep, found))
            if nested:
                pending.append((nested, inner))
    direct, _ = direct_deps(manifest)
    parts.direct = direct
    parts.roots = [_v1_key(name, top[name]) for name in direct if name in top] or \
        [_v1_key(name, entry) for name, entry in top.items()]
    return parts
