"""Lockfiles -> `DependencyGraph`: one module per format, discovered, the same small interface each.

A format module in this package declares

    NAMES = ("package-lock.json", ...)   # the file names it reads, most preferred first
    PRIORITY = 10                        # when a project has several lockfiles, the lowest wins
    def parse(path, text, manifest) -> GraphParts
    UNREADABLE = {"bun.lockb": "why, and what to do"}   # optional: names it recognises but refuses

and nothing else needs to change to add a format: `find_lockfile`, `read_lockfile` and
`LOCKFILE_NAMES` (which the rest of npmward uses to recognise a lockfile) derive from the modules
found here. A lockfile that is unreadable, malformed, over budget (`parts.MAX_BYTES`,
`parts.MAX_ENTRIES`) or of an unknown version is a `LockfileError` naming the file and what it saw; a
well-formed lockfile of a project without dependencies is a graph with no packages.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path
from types import ModuleType

from ..files import read_bounded, read_regular_file
from ..model import DependencyGraph
from .graph import build_graph
from .parts import MAX_BYTES, MAX_ENTRIES, GraphParts, LockfileError, direct_deps, kind_of


def _discover() -> tuple[ModuleType, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if getattr(module, "NAMES", None) and callable(getattr(module, "parse", None)):
            found.append(module)
    return tuple(sorted(found, key=lambda m: (m.PRIORITY, m.__name__)))


FORMATS = _discover()
"""The format modules, in priority order."""
LOCKFILE_NAMES: tuple[str, ...] = tuple(name for module in FORMATS for name in module.NAMES)
"""Every lockfile file name npmward reads, in the order `find_lockfile` prefers them."""
_BY_NAME = {name: module for module in FORMATS for name in module.NAMES}
_UNREADABLE = {name: hint for module in FORMATS for name, hint in getattr(module, "UNREADABLE", {}).items()}


def find_lockfile(project_dir: Path) -> Path:
    """The lockfile `read_lockfile` should read for the project in `project_dir`."""
    project_dir = Path(project_dir)
    for name in LOCKFILE_NAMES:
        if (project_dir / name).is_file():
            return project_dir / name
    for name, hint in _UNREADABLE.items():
        if (project_dir / name).is_file():
            raise LockfileError(f"{project_dir / name}: {hint}")
    raise LockfileError(f"{project_dir}: no lockfile found (looked for {', '.join(LOCKFILE_NAMES)})")


def read_lockfile(path: Path) -> DependencyGraph:
    """The dependency graph recorded by the lockfile at `path` (its format chosen by file name)."""
    path = Path(path)
    module = _BY_NAME.get(path.name)
    if module is None:
        if path.name in _UNREADABLE:
            raise LockfileError(f"{path}: {_UNREADABLE[path.name]}")
        raise LockfileError(f"{path}: not a lockfile npmward knows ({', '.join(LOCKFILE_NAMES)})")
    text = _read_text(path)
    manifest = _manifest(path.parent)
    return build_graph(path, module.parse(path, text, manifest), manifest)


def _read_text(path: Path) -> str:
    data = read_bounded(path, MAX_BYTES, LockfileError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LockfileError(f"{path}: cannot read: not UTF-8 ({exc})") from None
    if not text.strip():
        raise LockfileError(f"{path}: the lockfile is empty (a project without dependencies still has "
                            "a lockfile that says so)")
    return text


def _manifest(directory: Path) -> dict:
    """The project's package.json, or {} (a lockfile is readable without it)."""
    try:
        data = read_regular_file(directory / "package.json", MAX_BYTES)
        manifest = json.loads(data) if data is not None and len(data) <= MAX_BYTES else {}
        return manifest if isinstance(manifest, dict) else {}
    except (OSError, ValueError, RecursionError):
        return {}


__all__ = ["FORMATS", "LOCKFILE_NAMES", "MAX_BYTES", "MAX_ENTRIES", "GraphParts", "LockfileError", "direct_deps",
           "find_lockfile", "kind_of", "read_lockfile"]
