"""pnpm-lock.yaml: lockfileVersion 5.x, 6.x and 9.x, including pnpm 11's multi-document files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..model import DependencyKind, LockedPackage
from . import GraphParts, LockfileError, direct_deps, kind_of

NAMES = ("pnpm-lock.yaml",)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEP_FIELDS = ("dependencies", "optionalDependencies", "devDependencies")


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    try:
        docs = [d for d in yaml.load_all(text, Loader=Loader) if isinstance(d, dict)]
    except yaml.YAMLError as exc:
        raise LockfileError(f"{path}: invalid YAML: {exc}") from exc
    # pnpm 11 writes an env document (config dependencies) before the project's own.
    candidates = [d for d in docs if "importers" in d or "packages" in d]
    doc = max(candidates, key=lambda d: len(d.get("packages") or {}) + len(d.get("snapshots") or {}), default=None)
    if doc is None:
        raise LockfileError(f"{path}: no lockfile document found")
    raw = str(doc.get("lockfileVersion", "?"))
    major = raw.split(".")[0]
    if major not in ("5", "6", "9"):
        raise LockfileError(f"{path}: lockfileVersion {raw} is not supported (supported: 5.x, 6.x, 9.x)")
    parts = GraphParts(format=f"pnpm@{raw}")
    packages = doc.get("packages") or {}
    snapshots = doc.get("snapshots") or {}
    ids: dict[str, str] = {}  # lockfile id (with peer suffix) -> our key
    for pid, entry in {**packages, **snapshots}.items():
        name, version = split_id(str(pid), major)
        if not name:
            continue
        meta = packages.get(pid) or packages.get(_strip_peers(str(pid), major)) or entry or {}
        resolution = meta.get("resolution") or {}
        resolved = resolution.get("tarball") or resolution.get("repo") or resolution.get("directory")
        kind = DependencyKind.GIT if resolution.get("repo") or resolution.get("type") == "git" else \
            DependencyKind.FILE if resolution.get("directory") else \
            DependencyKind.TARBALL if resolution.get("tarball") and not resolution.get("integrity") else DependencyKind.REGISTRY
        pkg = LockedPackage(name=name, version=version, kind=kind, resolved=resolved,
                            integrity=resolution.get("integrity"), optional=bool(meta.get("optional")))
        parts.packages.setdefault(pkg.key, pkg)
        ids[str(pid)] = pkg.key
    for pid, entry in {**packages, **snapshots}.items():
        if str(pid) not in ids or not isinstance(entry, dict):
            continue
        children = [ref_key(dep, ref, major) for field in ("dependencies", "optionalDependencies")
                    for dep, ref in (entry.get(field) or {}).items()]
        edges = parts.edges.setdefault(ids[str(pid)], [])
        edges.extend(c for c in children if c and c not in edges)
    importers = doc.get("importers") or {".": {f: doc.get(f) for f in DEP_FIELDS + ("specifiers",)}}
    for importer, deps in importers.items():
        for field in DEP_FIELDS:
            for dep, ref in ((deps or {}).get(field) or {}).items():
                version = ref.get("version") if isinstance(ref, dict) else ref
                version = str(version)
                if version.startswith(("link:", "file:", "workspace:")):
                    kind = DependencyKind.WORKSPACE if version.startswith("link:") and not version.startswith("link:/") else kind_of(version)
                    pkg = LockedPackage(name=dep, version=version.split(":", 1)[1], kind=kind, resolved=version)
                    parts.packages.setdefault(pkg.key, pkg)
                    key = pkg.key
                else:
                    key = ref_key(dep, version, major)
                if key:
                    parts.roots.append(key)
                    if field == "devDependencies":
                        parts.dev_roots.add(key)
        if importer == ".":
            spec = (deps or {}).get("specifiers") or {}
            parts.direct.update({k: (v.get("specifier") if isinstance(v, dict) else str(v))
                                 for field in DEP_FIELDS for k, v in ((deps or {}).get(field) or {}).items()})
            parts.direct.update({k: str(v) for k, v in spec.items()})
    if not parts.direct:
        parts.direct, _ = direct_deps(manifest)
    return parts


def _strip_peers(pid: str, major: str) -> str:
    return re.sub(r"\(.*$", "", pid)


def split_id(pid: str, major: str) -> tuple[str, str]:
    """(`name`, `version`) of a package id: `/a/1.0.0_peer` (5), `/a@1.0.0(peer)` (6), `a@1.0.0` (9).
    Files of one version mix shapes (5.4 writes both), so the shape is read per id."""
    body = pid[1:] if pid.startswith("/") else pid
    head, _, last = body.rpartition("/")
    if head and last[:1].isdigit():  # /name/1.0.0_peer
        return head, last.split("_", 1)[0]
    body = re.sub(r"\(.*$", "", body)
    at = body.find("@", 1)
    return (body[:at], body[at + 1:].split("_", 1)[0]) if at > 0 else ("", "")


def ref_key(dep: str, ref: str, major: str) -> str | None:
    """Our key for a dependency reference (`1.0.0`, `1.0.0_peer`, `1.0.0(peer)`, `/b/1.0.0`, `b@1.0.0`)."""
    ref = str(ref)
    if ref.startswith(("link:", "file:", "workspace:")):
        return None
    if ref.startswith("/") or (major != "5" and "@" in ref[1:] and not ref[0].isdigit()):
        name, version = split_id(ref if ref.startswith("/") or major == "9" else "/" + ref, major)
        return f"{name}@{version}" if name else None
    version = ref.split("_", 1)[0] if major == "5" else re.sub(r"\(.*$", "", ref)
    return f"{dep}@{version}"
