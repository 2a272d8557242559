"""Lockfiles -> `DependencyGraph`: one module per format, the same small interface each.

A format module has `NAMES` (file names it reads) and `parse(path, text, manifest) -> GraphParts`;
this module finds the lockfile, picks the format, and builds the graph the same way for all of
them (paths from the root by one BFS, dev-ness by reachability where the format does not record it).
An unknown format or version is a `LockfileError` naming the file and what it saw.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import NpmwardError
from ..model import DependencyGraph, DependencyKind, LockedPackage

MAX_PATHS = 5
PRIORITY = ("npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "bun.lock", "yarn.lock")
LOCKFILE_NAMES = PRIORITY
"""The file names npmward reads as lockfiles, in the order it prefers them."""


class LockfileError(NpmwardError):
    """A lockfile is missing, unreadable, or of a format or version npmward does not read."""


@dataclass
class GraphParts:
    """What a format module extracts; the graph is built from it in one place."""

    format: str
    packages: dict[str, LockedPackage] = field(default_factory=dict)
    edges: dict[str, list[str]] = field(default_factory=dict)
    roots: list[str] = field(default_factory=list)
    """Keys of the root's (and workspaces') direct dependencies."""
    dev_roots: set[str] = field(default_factory=set)
    """Roots reached only as devDependencies (used when the format has no per-package dev flag)."""
    direct: dict[str, str] = field(default_factory=dict)
    dev_known: bool = False
    """True when the format records dev/optional per package (npm, pnpm)."""


def find_lockfile(project_dir: Path) -> Path:
    project_dir = Path(project_dir)
    for name in PRIORITY:
        if (project_dir / name).is_file():
            return project_dir / name
    if (project_dir / "bun.lockb").is_file():
        raise LockfileError(f"{project_dir / 'bun.lockb'}: the binary bun lockfile cannot be read; "
                            "run `bun install --save-text-lockfile` to write bun.lock")
    raise LockfileError(f"{project_dir}: no lockfile found (looked for {', '.join(PRIORITY)})")


def read_lockfile(path: Path) -> DependencyGraph:
    from . import bun, npm, pnpm, yarn

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LockfileError(f"{path}: cannot read: {exc}") from exc
    if not text.strip():
        raise LockfileError(f"{path}: the lockfile is empty")
    manifest = _manifest(path.parent)
    for module in (npm, pnpm, bun, yarn):
        if path.name in module.NAMES:
            parts = module.parse(path, text, manifest)
            break
    else:
        raise LockfileError(f"{path}: not a lockfile npmward knows ({', '.join(PRIORITY)})")
    return build_graph(path, parts, manifest)


def _manifest(directory: Path) -> dict:
    try:
        data = json.loads((directory / "package.json").read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def kind_of(spec: str | None) -> DependencyKind:
    """The kind of a resolved URL or spec as lockfiles write it."""
    s = (spec or "").strip()
    if s.startswith(("workspace:",)):
        return DependencyKind.WORKSPACE
    if s.startswith(("link:", "portal:")):
        return DependencyKind.LINK
    if s.startswith("file:"):
        return DependencyKind.FILE
    if s.startswith(("git+", "git:", "github:", "gitlab:", "bitbucket:")) or ".git#" in s or s.endswith(".git"):
        return DependencyKind.GIT
    return DependencyKind.REGISTRY


def build_graph(path: Path, parts: GraphParts, manifest: dict) -> DependencyGraph:
    root = f"{manifest.get('name') or path.parent.name}@{manifest.get('version') or '0.0.0'}"
    packages = parts.packages
    paths: dict[str, list[tuple[str, ...]]] = {}
    queue: deque[tuple[str, tuple[str, ...]]] = deque((k, (root,)) for k in parts.roots if k in packages)
    while queue:  # BFS: shortest chains first, at most MAX_PATHS per package
        key, prefix = queue.popleft()
        found = paths.setdefault(key, [])
        chain = prefix + (key,)
        if len(found) >= MAX_PATHS or key in prefix:
            continue
        found.append(chain)
        if len(found) == 1:
            for child in parts.edges.get(key, ()):
                if child in packages:
                    queue.append((child, chain))
    prod: set[str] = set()
    if not parts.dev_known:
        stack = [k for k in parts.roots if k not in parts.dev_roots]
        while stack:
            key = stack.pop()
            if key in prod or key not in packages:
                continue
            prod.add(key)
            stack.extend(parts.edges.get(key, ()))
    out = []
    for key, pkg in packages.items():
        changes = {"dependencies": tuple(parts.edges.get(key, ())), "paths": tuple(paths.get(key, ()))}
        if not parts.dev_known:
            changes["dev"] = key not in prod and key in paths
        out.append(replace(pkg, **changes))
    return DependencyGraph(lockfile=str(path), format=parts.format, root=root,
                           packages=tuple(out), direct=dict(parts.direct))


def direct_deps(manifest: dict) -> tuple[dict[str, str], set[str]]:
    """The root's direct dependencies (name -> spec) and the names that are dev-only."""
    direct: dict[str, str] = {}
    for field_name in ("devDependencies", "optionalDependencies", "dependencies"):
        deps = manifest.get(field_name)
        if isinstance(deps, dict):
            direct.update({str(k): str(v) for k, v in deps.items()})
    prod = set()
    for field_name in ("dependencies", "optionalDependencies", "peerDependencies"):
        deps = manifest.get(field_name)
        if isinstance(deps, dict):
            prod |= set(deps)
    return direct, set(direct) - prod


__all__ = ["LOCKFILE_NAMES", "LockfileError", "find_lockfile", "read_lockfile", "GraphParts", "kind_of", "direct_deps"]
