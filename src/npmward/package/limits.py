"""How much a package may unpack to before npmward refuses it, and the error it refuses with.

The same limits apply to tarballs and directories: an attacker controls both, and a scanner that can
be made to read 10 GB or a million files is a denial-of-service on the CI it protects.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NpmwardError

MIB = 1024 * 1024


class PackageLoadError(NpmwardError):
    """A package (tarball or directory) cannot be loaded safely or is not an npm package."""


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one package. Real npm packages stay far below every default."""

    max_files: int = 100_000
    """Regular files in the package (directories do not count). @mui/icons-material 9.5.0 has 43,010."""
    max_total_size: int = 512 * MIB
    """Sum of the unpacked sizes of all files."""
    max_file_size: int = 256 * MIB
    """Unpacked size of one file: bundled native binaries reach 143 MiB (@next/swc-linux-x64-musl
    14.0.4's `.node`), and a real project must not fail on them."""
    max_ratio: float = 100.0
    """Refuse when the inflated tar stream exceeds this many times the compressed size..."""
    ratio_floor: int = 1 * MIB
    """...but only once more than this much has been inflated (tiny packages compress very well)."""
    max_gzip_members: int = 1000
    """gzip members in one tarball (`npm pack` writes one; concatenated files make a few)."""
    max_depth: int = 100
    """Directory levels below a package directory (and node_modules levels in an installed tree)."""


DEFAULT_LIMITS = Limits()
