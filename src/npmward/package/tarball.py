"""Load an npm package tarball entirely in memory, refusing anything a hostile tarball could abuse.

Nothing is written to disk and nothing is extracted: `tarfile` reads the stream through a counting
inflater, so a gzip bomb is stopped after inflating only a little more than the limit, not after
filling memory. Like npm (node-tar with `strip: 1`), the first path component is dropped whatever it
is called (`package/` usually, but some publishers use another directory name).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
import zlib

from ..model import Artifact
from .limits import DEFAULT_LIMITS, Limits, PackageLoadError
from .manifest import make_artifact

GZIP_MAGIC = b"\x1f\x8b"
_INPUT_CHUNK = 64 * 1024
_OUTPUT_CHUNK = 256 * 1024
# Backstop on the inflated tar stream itself (headers and padding included), on top of the member
# checks: member sizes are read from headers, and the headers are what a bomb is made of.
_TAR_OVERHEAD_ALLOWANCE = 64 * 1024 * 1024
_WINDOWS_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:|[\\/]{2})")


def sri_sha512(data: bytes) -> str:
    """The sha512 subresource-integrity string of `data` (what npm writes as `dist.integrity`)."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


class _CountingInflater(io.RawIOBase):
    """A read-only stream of the inflated bytes of `data` (gzip, possibly multi-member) that stops
    with a `PackageLoadError` as soon as the output grows past the limits."""

    def __init__(self, data: bytes, source: str, limits: Limits):
        self._source = source
        self._limits = limits
        self._compressed_size = max(len(data), 1)
        self._input = memoryview(data)
        self._pos = 0
        self._inflater = zlib.decompressobj(wbits=31)
        self._out = b""
        self._out_pos = 0
        self._inflated = 0
        self._members = 1
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while self._out_pos >= len(self._out) and not self._done:
            self._out, self._out_pos = self._inflate_some(), 0
        n = min(len(buffer), len(self._out) - self._out_pos)
        buffer[:n] = self._out[self._out_pos:self._out_pos + n]
        self._out_pos += n
        return n

    def _inflate_some(self) -> bytes:
        inflater = self._inflater
        try:
            # End of a member first: after it, zlib may still report an unconsumed tail (a copy of
            # unused_data), and feeding that back would return nothing forever.
            if inflater.eof:
                self._next_member()
                return b""
            if inflater.unconsumed_tail:
                chunk = inflater.decompress(inflater.unconsumed_tail, _OUTPUT_CHUNK)
            elif self._pos < len(self._input):
                piece = self._input[self._pos:self._pos + _INPUT_CHUNK]
                self._pos += len(piece)
                chunk = inflater.decompress(piece, _OUTPUT_CHUNK)
            else:
                raise PackageLoadError(f"{self._source}: truncated gzip stream (the tarball is incomplete)")
        except zlib.error as exc:
            raise PackageLoadError(f"{self._source}: corrupt gzip data: {exc}") from exc
        self._count(len(chunk))
        return chunk

    def _next_member(self) -> None:
        # gzip allows several members back to back; anything else after the end (zero padding from
        # some writers, garbage) is ignored, as gunzip and node's zlib do. The next member starts
        # where this one's input ended: found by position, never by copying the rest (that made
        # 300,000 empty members quadratic).
        start = self._pos - len(self._inflater.unused_data)
        if bytes(self._input[start:start + 2]) != GZIP_MAGIC:
            self._done = True
            return
        self._members += 1
        if self._members > self._limits.max_gzip_members:
            raise PackageLoadError(f"{self._source}: refused: more than {self._limits.max_gzip_members} gzip members")
        self._pos = start
        self._inflater = zlib.decompressobj(wbits=31)

    def _count(self, n: int) -> None:
        self._inflated += n
        limits = self._limits
        if self._inflated > limits.ratio_floor and self._inflated > limits.max_ratio * self._compressed_size:
            raise PackageLoadError(
                f"{self._source}: refused: compression ratio over {limits.max_ratio:g}:1 "
                f"({self._inflated} bytes inflated from {self._compressed_size} so far; a gzip bomb?)")
        if self._inflated > limits.max_total_size + _TAR_OVERHEAD_ALLOWANCE:
            raise PackageLoadError(f"{self._source}: refused: unpacks to more than {limits.max_total_size} bytes")


def _package_path(name: str, source: str) -> str | None:
    """The package-relative path of a tar entry, or None for entries npm drops (the top directory
    itself). Raises for absolute paths and any `..` component, whatever the separator."""
    if name.startswith("/") or _WINDOWS_ABSOLUTE.match(name):
        raise PackageLoadError(f"{source}: refused: absolute path in tarball: {name!r}")
    if ".." in re.split(r"[\\/]", name):
        raise PackageLoadError(f"{source}: refused: path traversal ('..') in tarball entry {name!r}")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    return "/".join(parts[1:]) or None


def _open_tar(data: bytes, source: str, limits: Limits) -> tarfile.TarFile:
    if data[:2] == GZIP_MAGIC:
        stream: io.RawIOBase | io.BytesIO = _CountingInflater(data, source, limits)
    elif data[257:262] == b"ustar":  # an uncompressed tar (a `.tar` given on the command line)
        stream = io.BytesIO(data)
    else:
        raise PackageLoadError(f"{source}: not a gzip'd tarball (starts with {data[:8]!r})")
    try:
        return tarfile.open(fileobj=stream, mode="r|")
    except (tarfile.TarError, EOFError) as exc:
        raise PackageLoadError(f"{source}: not a tar archive: {exc}") from exc


def read_tar_files(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Package-relative path -> bytes for every regular file of the tarball, with every check applied."""
    files: dict[str, bytes] = {}
    count = total = 0
    try:
        with _open_tar(data, source, limits) as tar:
            for member in tar:
                path = _package_path(member.name, source)
                if member.isdir():
                    continue
                if member.issym() or member.islnk():
                    kind = "symlink" if member.issym() else "hard link"
                    raise PackageLoadError(
                        f"{source}: refused: {kind} in tarball: {member.name!r} -> {member.linkname!r}")
                if not member.isfile():
                    raise PackageLoadError(
                        f"{source}: refused: special file (device, fifo or unknown type {member.type!r}) "
                        f"in tarball: {member.name!r}")
                count += 1
                if count > limits.max_files:
                    raise PackageLoadError(f"{source}: refused: more than {limits.max_files} files")
                if member.size > limits.max_file_size:
                    raise PackageLoadError(
                        f"{source}: refused: {member.name!r} is {member.size} bytes "
                        f"(limit {limits.max_file_size} per file)")
                total += member.size
                if total > limits.max_total_size:
                    raise PackageLoadError(f"{source}: refused: unpacks to more than {limits.max_total_size} bytes")
                handle = tar.extractfile(member)
                content = handle.read() if handle is not None else b""
                if len(content) != member.size:
                    raise PackageLoadError(f"{source}: truncated tarball (entry {member.name!r} is incomplete)")
                if path is not None:
                    files[path] = content
    except (tarfile.TarError, EOFError) as exc:
        raise PackageLoadError(f"{source}: truncated or corrupt tarball: {exc}") from exc
    if count == 0:
        raise PackageLoadError(f"{source}: the tarball contains no files")
    return files


def load_tarball(data: bytes, *, source: str, integrity: str | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Artifact:
    """The package in the gzip'd tarball `data`. `integrity` is trusted as given (the registry
    client has verified it); without it the sha512 SRI of `data` is computed."""
    files = read_tar_files(data, source, limits)
    if "package.json" not in files:
        raise PackageLoadError(f"{source}: no package/package.json in the tarball")
    return make_artifact(files, source, integrity or sri_sha512(data))
