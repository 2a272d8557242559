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


def read_directory_files(root: Path, source: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Package-relative POSIX path -> bytes of every regular file below `root` (already resolved)."""
    files: dict[str, bytes] = {}
    total = 0

    def fail(exc: OSError) -> None:
        raise PackageLoadError(f"{source}: cannot read {exc.filename}: {exc.strerror or exc}")

    # followlinks=False: a symlinked directory is listed but not descended into, wherever it points.
    for current, dirnames, filenames in os.walk(root, onerror=fail, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for filename in sorted(filenames):
            path = Path(current, filename)
            if path.is_symlink() and not _inside(path, root):
                continue
            if not path.is_file():  # fifo, socket, device, dangling link
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
                fail(exc)
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
