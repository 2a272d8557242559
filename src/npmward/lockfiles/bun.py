"""bun.lock: bun's text lockfile (JSON with trailing commas), lockfileVersion 0, 1 and 2.

`packages` maps an install path (`a`, `parent/a`, `@s/a`) to a list: `name@spec`, then (for registry
packages) the registry, an object of dependencies, and the integrity.

Version 2 (bun 1.4) has the same layout: the object of each entry also records `hasInstallScript`
and the `libc` of native packages, which the graph does not need (compared on one project locked
by bun 1.3.14 and 1.4.5: tests/fixtures/lockfiles/bun-v2).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import DependencyKind, LockedPackage
from ..schema import ListOf, MapOf, OneOf, Record
from .parts import GraphParts, LockfileError, check_entries, check_shape, kind_of, load_json

NAMES = ("bun.lock",)
VERSIONS = (0, 1, 2)
PRIORITY = 30
UNREADABLE = {"bun.lockb": "the binary bun lockfile cannot be read; run `bun install --save-text-lockfile` "
                           "to write bun.lock"}
MAX_NESTING = 64
"""Path segments of one install path (each level costs every lookup below it)."""
DEP_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies", "devDependencies")

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_DEPS = {f: MapOf(str) for f in DEP_FIELDS}
_LOCK = Record(required=("lockfileVersion",), workspaces=MapOf(Record(name=str, **_DEPS)),
               packages=MapOf(ListOf(OneOf(str, Record(**_DEPS)))))


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    data = load_json(path, _TRAILING_COMMA.sub(r"\1", text))
    version = data.get("lockfileVersion") if isinstance(data, dict) else None
    if type(version) is not int or version not in VERSIONS:
        raise LockfileError(f"{path}: lockfileVersion {version!r} is not supported (supported: "
                            f"{', '.join(map(str, VERSIONS))})")
    check_entries(path, len(data["packages"]) if isinstance(data.get("packages"), dict) else 0)
    check_shape(path, data, _LOCK)
    parts = GraphParts(format=f"bun@{version}")
    entries = data.get("packages") or {}
    key_of: dict[str, str] = {}
    for path_key, entry in entries.items():
        if path_key.count("/") > MAX_NESTING:
            raise LockfileError(f"{path}: refused: install path nested deeper than {MAX_NESTING} levels")
        key_of[path_key] = parts.add(_package(path, path_key, entry))
    for path_key, entry in entries.items():
        meta = next((e for e in entry[1:] if isinstance(e, dict)), {})
        children = [_resolve(key_of, path_key, dep) for field in DEP_FIELDS[:3] for dep in meta.get(field) or {}]
        parts.edges.setdefault(key_of[path_key], []).extend(c for c in children if c)
    for ws_path, ws in (data.get("workspaces") or {}).items():
        for field in DEP_FIELDS:
            for dep, spec in (ws.get(field) or {}).items():
                target = _resolve(key_of, ws_path, dep)
                if target:
                    parts.roots.append(target)
                    if field == "devDependencies":
                        parts.dev_roots.add(target)
                if ws_path == "":
                    parts.direct[dep] = spec
    parts.root_manifest = (data.get("workspaces") or {}).get("") or {}
    return parts


def _installed_name(path_key: str) -> str:
    segments = path_key.split("/")
    return "/".join(segments[-2:]) if len(segments) >= 2 and segments[-2].startswith("@") else segments[-1]


def _package(path: Path, path_key: str, entry: list) -> LockedPackage:
    ident = entry[0] if entry else None
    at = ident.find("@", 1) if isinstance(ident, str) else -1
    if at <= 0:
        raise LockfileError(f"{path}: packages[{path_key!r}] must start with \"name@version\", not {str(ident)[:80]!r}")
    name, spec = ident[:at], ident[at + 1:]
    installed = _installed_name(path_key)
    real = name if installed and installed != name else None  # an alias: installed under another name
    if spec.startswith("workspace:"):
        return LockedPackage(name=installed or name, version=spec.split(":", 1)[1], kind=DependencyKind.WORKSPACE,
                             resolved=spec)
    kind = kind_of(spec)
    if kind is DependencyKind.REGISTRY and spec.startswith(("http://", "https://")):
        kind = DependencyKind.TARBALL
    integrity = next((e for e in entry[1:] if isinstance(e, str) and e.startswith(("sha512-", "sha1-"))), None)
    registry = entry[1] if len(entry) > 1 and isinstance(entry[1], str) and entry[1] else None
    return LockedPackage(name=installed or name, version=spec, kind=kind, resolved=registry or (spec if kind is not
                         DependencyKind.REGISTRY else None), integrity=integrity, real_name=real)


def _resolve(key_of: dict[str, str], parent: str, dep: str) -> str | None:
    base = parent
    while base:
        if f"{base}/{dep}" in key_of:
            return key_of[f"{base}/{dep}"]
        base = base.rpartition("/")[0] if not base.startswith("@") or base.count("/") > 1 else ""
    return key_of.get(dep)
