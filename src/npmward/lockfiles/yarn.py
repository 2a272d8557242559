"""yarn.lock: Yarn 1 (its own text format) and Yarn Berry 2+ (YAML with `__metadata`)."""

from __future__ import annotations

import re
from pathlib import Path

from ..model import DependencyKind, LockedPackage
from ..schema import MapOf, OneOf, Record
from ..yamlload import YamlError, load_yaml
from .parts import GraphParts, LockfileError, check_entries, check_shape, direct_deps, kind_of

NAMES = ("yarn.lock",)
PRIORITY = 40

_V1_SECTIONS = ("dependencies", "optionalDependencies")
_BERRY_ENTRY = Record(version=str, resolution=str, **{f: MapOf(OneOf(str, float)) for f in _V1_SECTIONS})
_BERRY_META = Record(required=("version",), version=OneOf(str, int))
_BERRY_PROTOCOLS = {"npm": DependencyKind.REGISTRY, "patch": DependencyKind.REGISTRY,
                    "workspace": DependencyKind.WORKSPACE, "link": DependencyKind.LINK,
                    "portal": DependencyKind.LINK, "file": DependencyKind.FILE}


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


def _v1_blocks(path: Path, text: str) -> list[tuple[list[str], dict[str, str], dict[str, str]]]:
    """(descriptors, fields, dependencies) of every block of a Yarn 1 lockfile."""
    blocks: list[tuple[list[str], dict[str, str], dict[str, str]]] = []
    section = None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if indent == 0:
            if not line.endswith(":"):
                raise LockfileError(f"{path}: line {number}: unexpected line in yarn.lock: {line[:80]!r}")
            blocks.append(([_unquote(d) for d in line[:-1].split(", ")], {}, {}))
            check_entries(path, len(blocks))
            section = None
        elif not blocks:
            raise LockfileError(f"{path}: line {number}: indented line before the first entry")
        elif indent == 2 and line.endswith(":"):
            section = line[:-1]
        elif indent == 2:
            section = None
            key, _, value = line.partition(" ")
            blocks[-1][1][_unquote(key)] = _unquote(value)
        elif indent >= 4 and section in _V1_SECTIONS:
            key, _, value = line.partition(" ")
            blocks[-1][2][_unquote(key)] = _unquote(value)
    return blocks


def _parse_v1(path: Path, text: str, manifest: dict) -> GraphParts:
    parts = GraphParts(format="yarn@1")
    by_descriptor: dict[str, str] = {}
    keyed = []
    for descriptors, fields, deps in _v1_blocks(path, text):
        name, spec = _split_descriptor(descriptors[0])
        if not name or "version" not in fields:
            raise LockfileError(f"{path}: entry {descriptors[0][:80]!r} has no package name or no version")
        real = _split_descriptor(spec[4:])[0] if spec.startswith("npm:") else None
        resolved = fields.get("resolved")
        kind = kind_of(spec) if not real else DependencyKind.REGISTRY
        if kind is DependencyKind.REGISTRY and resolved and "/-/" not in resolved and resolved.startswith("http"):
            git = "codeload.github.com" in resolved or ".git" in resolved
            kind = DependencyKind.GIT if git else DependencyKind.TARBALL
        key = parts.add(LockedPackage(name=name, version=fields["version"], kind=kind, resolved=resolved,
                                      integrity=fields.get("integrity"), real_name=real))
        by_descriptor.update((descriptor, key) for descriptor in descriptors)
        keyed.append((key, deps))
    for key, deps in keyed:
        found = (by_descriptor.get(f"{d}@{r}") for d, r in deps.items())
        parts.edges.setdefault(key, []).extend(k for k in found if k)
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
        data = load_yaml(text, str(path))
    except YamlError as exc:
        raise LockfileError(str(exc)) from None
    if not isinstance(data, dict):
        raise LockfileError(f"{path}: a Yarn Berry lockfile must be a mapping")
    check_shape(path, data, Record(required=("__metadata",), __metadata=_BERRY_META))
    version = str(data["__metadata"]["version"])
    if not version.isdigit() or int(version) < 4:
        raise LockfileError(f"{path}: Yarn Berry lockfile __metadata version {version} is not supported "
                            "(supported: 4 and later)")
    entries = {k: v for k, v in data.items() if k != "__metadata"}
    check_entries(path, len(entries))
    check_shape(path, entries, MapOf(_BERRY_ENTRY))
    parts = GraphParts(format=f"yarn-berry@{version}")
    by_descriptor: dict[str, str] = {}
    keys: dict[str, str] = {}
    root = None
    for descriptors, entry in entries.items():
        resolution = entry.get("resolution") or descriptors.split(",")[0]
        name, locator = _split_descriptor(resolution)
        protocol = locator.split(":", 1)[0] if ":" in locator else "npm"
        kind = _BERRY_PROTOCOLS.get(protocol)
        if kind is None:
            kind = DependencyKind.GIT if "git" in locator or "github" in locator else DependencyKind.TARBALL
        real = None
        if protocol == "npm" and "@" in locator[5:]:  # alias: foo@npm:bar@1.0.0
            real, _ = _split_descriptor(locator[4:])
        key = parts.add(LockedPackage(name=name, version=entry.get("version") or "0.0.0", kind=kind,
                                      resolved=resolution, real_name=real))
        by_descriptor.update((d.strip(), key) for d in descriptors.split(", "))
        keys[descriptors] = key
        if resolution.endswith("@workspace:."):
            root = key

    def lookup(name: str, spec) -> str | None:
        spec = str(spec)
        return by_descriptor.get(f"{name}@{spec}") or by_descriptor.get(f"{name}@npm:{spec}")

    for descriptors, entry in entries.items():
        deps = {**(entry.get("dependencies") or {}), **(entry.get("optionalDependencies") or {})}
        parts.edges.setdefault(keys[descriptors], []).extend(k for k in (lookup(d, s) for d, s in deps.items()) if k)
    # The root's direct dependencies come from package.json, where dev ones are marked; the root
    # workspace's own lock entry lists dev and prod alike, so it is not a root here.
    _roots(parts, manifest, lookup)
    parts.roots.extend(k for k, pkg in parts.packages.items() if pkg.kind is DependencyKind.WORKSPACE and k != root)
    return parts
