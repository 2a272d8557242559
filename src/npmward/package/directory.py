"""Load a package from a directory on disk (a checkout, or an installed package in node_modules).

Dependencies (`node_modules/`) and VCS data (`.git/`) are not part of the package. Symlinks are read
only when they stay inside the package directory: a link to `~/.ssh` must not end up in a report.
"""

from __future__ import annotations

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


def _walk(root: Path, source: str, limits: Limits):
    """(directory, file names) of every directory below `root`, depth-first, sorted, without
    recursion (os.walk recurses: a tree 1,500 levels deep crashed it) and at most `limits.max_depth`
    levels deep. Symlinked directories are listed but not entered, wherever they point."""
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        current, depth = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            raise PackageLoadError(f"{source}: cannot read {exc.filename}: {exc.strerror or exc}") from None
        subdirs = [e.name for e in entries if e.is_dir(follow_symlinks=False) and e.name not in SKIPPED_DIRS]
        if subdirs and depth >= limits.max_depth:
            raise PackageLoadError(f"{source}: refused: directories nested deeper than {limits.max_depth} levels")
        yield current, [e.name for e in entries if not e.is_dir(follow_symlinks=False) or e.is_symlink()]
        stack.extend((current / name, depth + 1) for name in reversed(subdirs))


def read_directory_files(root: Path, source: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Package-relative POSIX path -> bytes of every regular file below `root` (already resolved)."""
    files: dict[str, bytes] = {}
    total = 0
    for current, filenames in _walk(root, source, limits):
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
    files = read_directory_files(root.resolve(), source, limits)
    return make_artifact(files, source, integrity=None)
