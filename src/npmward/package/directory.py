"""Load a package from a directory on disk (a checkout, or an installed package in node_modules).

Dependencies (`node_modules/`) and VCS data (`.git/`) are not part of the package, except the
dependencies its `bundleDependencies` names, which `npm pack` puts in its tarball. Symlinks are read
only when they stay inside the package directory: a link to `~/.ssh` must not end up in a report.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..model import Artifact
from .limits import DEFAULT_LIMITS, Limits, PackageLoadError
from .manifest import make_artifact

SKIPPED_DIRS = frozenset({"node_modules", ".git"})


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):  # outside, dangling, or a symlink loop
        return False


def _walk(root: Path, source: str, limits: Limits, bundled: frozenset[str] = frozenset()):
    """(directory, file names) of every directory below `root`, depth-first, sorted, without
    recursion (os.walk recurses: a tree 1,500 levels deep crashed it) and at most `limits.max_depth`
    levels deep. Symlinked directories are listed but not entered, wherever they point. `bundled`:
    the dependencies under the top `node_modules/` that are entered (`@scope/name` too)."""
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        current, depth = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            raise PackageLoadError(f"{source}: cannot read {exc.filename}: {exc.strerror or exc}") from None
        subdirs = [e.name for e in entries if e.is_dir(follow_symlinks=False) and e.name not in SKIPPED_DIRS]
        if bundled and current == root and (root / "node_modules").is_dir():
            subdirs += [f"node_modules/{name}" for name in sorted(bundled) if (root / "node_modules" / name).is_dir()
                        and not (root / "node_modules" / name).is_symlink()]
        if subdirs and depth >= limits.max_depth:
            raise PackageLoadError(f"{source}: refused: directories nested deeper than {limits.max_depth} levels")
        yield current, [e.name for e in entries if not e.is_dir(follow_symlinks=False) or e.is_symlink()]
        stack.extend((current / name, depth + 1) for name in reversed(subdirs))


def read_directory_files(root: Path, source: str, limits: Limits = DEFAULT_LIMITS,
                         bundled: frozenset[str] = frozenset()) -> dict[str, bytes]:
    """Package-relative POSIX path -> bytes of every regular file below `root` (already resolved)."""
    files: dict[str, bytes] = {}
    total = 0
    for current, filenames in _walk(root, source, limits, bundled):
        for filename in filenames:
            path = Path(current, filename)
            if path.is_symlink() and not _inside(path, root):
                continue
            if not path.is_file():  # fifo, socket, device, dangling link, symlinked directory
                continue
            if len(files) >= limits.max_files:
                raise PackageLoadError(f"{source}: refused: more than {limits.max_files} files")
            try:
                size = path.stat().st_size
                if size > limits.max_file_size:
                    raise PackageLoadError(
                        f"{source}: refused: {path.relative_to(root)} is {size} bytes "
                        f"(limit {limits.max_file_size} per file)")
                total += size
                if total > limits.max_total_size:
                    raise PackageLoadError(f"{source}: refused: more than {limits.max_total_size} bytes of files")
                files[path.relative_to(root).as_posix()] = path.read_bytes()
            except OSError as exc:
                raise PackageLoadError(f"{source}: cannot read {exc.filename}: {exc.strerror or exc}") from None
    return files


def load_directory(path: Path | str, *, limits: Limits = DEFAULT_LIMITS) -> Artifact:
    """The package whose `package.json` is in `path`."""
    root = Path(path).expanduser()
    source = f"directory:{root}"
    if not root.is_dir():
        raise PackageLoadError(f"{source}: not a directory")
    if not (root / "package.json").is_file():
        raise PackageLoadError(f"{source}: no package.json (not a package directory)")
    files = read_directory_files(root.resolve(), source, limits, _bundled(root / "package.json"))
    return make_artifact(files, source, integrity=None)


def _bundled(manifest_path: Path) -> frozenset[str]:
    """The dependency names `bundleDependencies` (or `bundledDependencies`) puts in the package;
    `true` bundles every dependency. Names that could leave node_modules are dropped."""
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()  # (make_artifact reports an unreadable package.json)
    if not isinstance(manifest, dict):
        return frozenset()
    names = manifest.get("bundleDependencies", manifest.get("bundledDependencies"))
    if names is True:
        names = list(manifest.get("dependencies") or {}) if isinstance(manifest.get("dependencies"), dict) else []
    if not isinstance(names, list):
        return frozenset()
    return frozenset(n for n in names if isinstance(n, str) and n and ".." not in n.split("/") and not n.startswith(("/", "."))
                     and n.count("/") <= (1 if n.startswith("@") else 0))
