"""`GraphParts` -> `DependencyGraph`, the same way for every format.

Linear in packages and edges: dev-ness (where the format does not record it) is one reachability
pass from the production roots; chains from the root are not built here but on demand
(`DependencyGraph.chains`).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from ..model import DependencyGraph
from .parts import GraphParts, LockfileError

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_BAD_NAME = re.compile(r"[\x00-\x20\x7f]")


def root_key(path: Path, manifest: dict) -> str:
    name, version = manifest.get("name"), manifest.get("version")
    return f"{name if isinstance(name, str) and name else path.parent.name}@" \
           f"{version if isinstance(version, str) and version else '0.0.0'}"


def _reachable(starts, edges: dict[str, list[str]], packages) -> set[str]:
    seen: set[str] = set()
    stack = [k for k in starts if k in packages]
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        stack.extend(k for k in edges.get(key, ()) if k in packages and k not in seen)
    return seen


def _check_names(path: Path, packages) -> None:
    """Refuse names and versions no package manager writes (they would reach reports and URLs)."""
    for pkg in packages.values():
        bad_name = not pkg.name or _BAD_NAME.search(pkg.name) or (pkg.name.startswith("@") and "/" not in pkg.name)
        if bad_name or _CONTROL.search(pkg.version) or (pkg.real_name is not None and _BAD_NAME.search(pkg.real_name)):
            raise LockfileError(f"{path}: invalid package name or version: {json.dumps(pkg.key)[:200]}")


def build_graph(path: Path, parts: GraphParts, manifest: dict) -> DependencyGraph:
    packages = parts.packages
    _check_names(path, packages)
    roots = tuple(dict.fromkeys(k for k in parts.roots if k in packages))
    if not parts.dev_known:
        reachable = _reachable(roots, parts.edges, packages)
        prod = _reachable([k for k in roots if k not in parts.dev_roots], parts.edges, packages)
    out = []
    for key, pkg in packages.items():
        changes: dict = {"dependencies": tuple(dict.fromkeys(k for k in parts.edges.get(key, ()) if k in packages))}
        if not parts.dev_known:
            changes["dev"] = key in reachable and key not in prod
        out.append(replace(pkg, **changes))
    root = root_key(path, {**parts.root_manifest, **manifest})
    return DependencyGraph(lockfile=str(path), format=parts.format, root=root,
                           packages=tuple(out), direct=dict(parts.direct), roots=roots)
