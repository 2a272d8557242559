"""Load packages into `Artifact`s without executing anything: tarballs (in memory, with limits),
directories, and the packages installed in a `node_modules` tree."""

from .directory import load_directory
from .installed import find_installed_packages
from .limits import DEFAULT_LIMITS, Limits, PackageLoadError
from .tarball import load_tarball, read_tar_files, sri_sha512

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "PackageLoadError",
    "find_installed_packages",
    "load_directory",
    "load_tarball",
    "read_tar_files",
    "sri_sha512",
]
