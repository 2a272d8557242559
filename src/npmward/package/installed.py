"""Find every package installed in a project's `node_modules` tree, without reading any package code.

Layouts handled: npm/yarn-classic nesting (`node_modules/a/node_modules/b`), scopes
(`node_modules/@scope/name`), and pnpm's store (`node_modules/.pnpm/<id>/node_modules/<name>`, with
the top-level entries being symlinks into it). Each package is reported once, under the first path
it is found at; symlinks that lead outside the project (a linked workspace elsewhere on disk, or
something planted) are not followed.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from .limits import DEFAULT_LIMITS, Limits, PackageLoadError

NODE_MODULES = "node_modules"
PNPM_STORE = ".pnpm"


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling link or a loop
        return None


def _package_dirs(node_modules: Path) -> list[Path]:
    """The candidate package directories directly inside one `node_modules` (scopes expanded).
    Dot entries (`.bin`, `.package-lock.json`, `.cache`, `.modules.yaml`, `.pnpm`) are not packages."""
    out: list[Path] = []
    try:
        entries = sorted(node_modules.iterdir())
    except OSError:
        return out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.name.startswith("@"):
            try:
                out.extend(sorted(child for child in entry.iterdir() if not child.name.startswith(".")))
            except OSError:
                continue
        else:
            out.append(entry)
    return out


def _is_package(directory: Path) -> bool:
    try:
        return (directory / "package.json").is_file()
    except OSError:  # a path longer than the system allows, permissions, ...
        return False


def find_installed_packages(project_dir: Path | str, limits: Limits = DEFAULT_LIMITS) -> list[Path]:
    """Every package directory (one with a package.json) in `project_dir`'s node_modules tree.

    Breadth-first and iterative; a tree whose node_modules nest deeper than `limits.max_depth`
    levels is refused (real trees nest a few levels; each level costs a directory scan)."""
    project = Path(project_dir).expanduser()
    root = _resolved(project) or project.absolute()
    found: list[Path] = []
    seen: set[Path] = set()
    pending: deque[tuple[Path, int]] = deque([(project / NODE_MODULES, 1)])
    visited_node_modules: set[Path] = set()

    while pending:
        node_modules, depth = pending.popleft()
        real_nm = _resolved(node_modules)
        if real_nm is None or real_nm in visited_node_modules or not real_nm.is_dir():
            continue
        if depth > limits.max_depth:
            raise PackageLoadError(f"{project}: refused: node_modules nested deeper than {limits.max_depth} levels")
        visited_node_modules.add(real_nm)
        candidates = _package_dirs(node_modules)
        store = node_modules / PNPM_STORE
        if store.is_dir():
            for entry in sorted(store.iterdir()):
                if entry.name != NODE_MODULES and (entry / NODE_MODULES).is_dir():
                    candidates.extend(_package_dirs(entry / NODE_MODULES))
        for directory in candidates:
            real = _resolved(directory)
            if real is None or real in seen or not real.is_relative_to(root) or not _is_package(real):
                continue
            seen.add(real)
            found.append(directory)
            pending.append((directory / NODE_MODULES, depth + 1))
    return found
