"""What a lockfile format module returns, the error it raises, and the budget every format shares.

A lockfile is written by whoever controls the repository, so reading one is bounded: at most
`MAX_BYTES` of text and `MAX_ENTRIES` package entries (ten times the largest real monorepo lockfiles;
1,000,000 entries would take minutes and GBs), nesting as deep as `schema.MAX_DEPTH`, and every
field read is checked for its type first (`npmward.schema`), so a wrong type is an error naming the
file and the field, never a crash or an empty, clean report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import NpmwardError
from ..model import DependencyKind, LockedPackage
from ..schema import Shape, validate

MAX_BYTES = 128 * 1024 * 1024
"""Largest lockfile read (the largest real ones are tens of MB)."""
MAX_ENTRIES = 200_000
"""Most package entries in one lockfile."""


class LockfileError(NpmwardError):
    """A lockfile is missing, unreadable, malformed, over budget, or of a format or version npmward
    does not read."""


@dataclass
class GraphParts:
    """What a format module extracts; the graph is built from it in one place (`graph.build_graph`)."""

    format: str
    """`package-lock@3`, `pnpm@9.0`, ...: the format and version read."""
    packages: dict[str, LockedPackage] = field(default_factory=dict)
    """Key (`name@version`) -> package."""
    edges: dict[str, list[str]] = field(default_factory=dict)
    """Key -> keys of its dependencies."""
    roots: list[str] = field(default_factory=list)
    """Keys of the root's (and workspaces') direct dependencies."""
    dev_roots: set[str] = field(default_factory=set)
    """Roots reached only as devDependencies (used when the format has no per-package dev flag)."""
    direct: dict[str, str] = field(default_factory=dict)
    """The root's direct dependencies: name -> requested spec."""
    dev_known: bool = False
    """True when the format records dev/optional per package (npm, pnpm)."""
    root_manifest: dict = field(default_factory=dict)
    """What the lockfile says about the root project (`name`, `version`), for when package.json is absent."""

    def add(self, pkg: LockedPackage) -> str:
        """Record `pkg` and return its key. One version installed in several places is one package,
        dev (or optional) only if every copy is."""
        seen = self.packages.get(pkg.key)
        if seen is not None:
            pkg = replace(seen, dev=seen.dev and pkg.dev, optional=seen.optional and pkg.optional)
        self.packages[pkg.key] = pkg
        return pkg.key


def check_entries(path: Path, count: int) -> None:
    """Refuse a lockfile with more than `MAX_ENTRIES` package entries, before reading them."""
    if count > MAX_ENTRIES:
        raise LockfileError(f"{path}: refused: {count} package entries "
                            f"(npmward reads at most {MAX_ENTRIES} per lockfile)")


def load_json(path: Path, text: str) -> Any:
    """The decoded JSON of a lockfile; a `LockfileError` for invalid or too deeply nested JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise LockfileError(f"{path}: refused: JSON nested too deeply") from None
    except ValueError as exc:
        raise LockfileError(f"{path}: invalid JSON: {exc}") from None


def check_shape(path: Path, data: Any, spec: Shape) -> None:
    """`schema.validate` with the lockfile's path and error type."""
    validate(data, spec, str(path), LockfileError)


def kind_of(spec: str | None) -> DependencyKind:
    """The kind of a resolved URL or spec as lockfiles write it."""
    s = (spec or "").strip()
    if s.startswith("workspace:"):
        return DependencyKind.WORKSPACE
    if s.startswith(("link:", "portal:")):
        return DependencyKind.LINK
    if s.startswith("file:"):
        return DependencyKind.FILE
    if s.startswith(("git+", "git:", "github:", "gitlab:", "bitbucket:")) or ".git#" in s or s.endswith(".git"):
        return DependencyKind.GIT
    return DependencyKind.REGISTRY


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
