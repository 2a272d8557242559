"""The disk cache below `settings.cache_dir`.

- `tarballs/sha512/<hex[:2]>/<hex>`: content-addressed by the tarball's sha512, checked again on
  every read (a corrupted or tampered cache file is discarded, never served).
- `packuments/<hash>.json`: the registry's raw body, fresh for a TTL (the file's mtime is the fetch
  time); offline mode serves whatever is there.
- `<namespace>/<hash>.json`: small JSON documents keyed by any string (the engine's verdict cache,
  the registry's keys and attestations).

Every write goes to a temporary file in the same directory and is renamed into place, so a crash or
a concurrent writer never leaves a half-written entry. Every read checks what it read (the tarball's
digest, the packument's JSON and shape, a caller's `validate` for documents): the cache directory
can be damaged by another tool, a full disk or a person, and a bad entry is dropped and fetched or
computed again — never served until its TTL, never a crash.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from ..errors import NpmwardError
from ..schema import MapOf, Record, ShapeError
from ..schema import validate as validate_shape

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
PACKUMENT = Record(versions=MapOf(Record(dist=Record())), **{"dist-tags": MapOf(str)})
"""What every reader of a packument relies on: `versions` maps to objects, `dist-tags` to strings."""
_BAD_ENTRY = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError, NpmwardError)


def is_packument(document: Any) -> bool:
    """True when `document` has the shape of a packument (`PACKUMENT`)."""
    try:
        validate_shape(document, PACKUMENT, "packument", ShapeError)
        return True
    except ShapeError:
        return False


def _decode(data: bytes) -> Any:
    """The JSON in `data`, or `_BAD` when it is not JSON (truncated, garbage, nested too deeply)."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return _BAD


_BAD = object()


def _drop(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _key_filename(key: str) -> str:
    """A safe file name for any string key: a readable prefix plus a hash that makes it unique."""
    readable = _SAFE.sub("_", key)[-60:].strip("._") or "key"
    return f"{readable}-{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def sha512_hex(integrity: str | None) -> str | None:
    """The hex sha512 digest in an SRI string (`sha512-<base64>`, maybe among others), or None."""
    for token in (integrity or "").split():
        algorithm, _, value = token.partition("-")
        if algorithm.lower() == "sha512" and value:
            try:
                return base64.b64decode(value.split("?", 1)[0], validate=True).hex()
            except (binascii.Error, ValueError):
                return None
    return None


class DiskCache:
    """Tarballs, packuments and small JSON documents under one directory."""

    def __init__(self, root: Path):
        self.root = Path(root)

    # --- tarballs ------------------------------------------------------------------------------

    def _tarball_path(self, hex_digest: str) -> Path:
        return self.root / "tarballs" / "sha512" / hex_digest[:2] / hex_digest

    def get_tarball(self, integrity: str | None) -> bytes | None:
        """The cached tarball with this sha512 integrity, re-verified; None when absent or corrupt."""
        hex_digest = sha512_hex(integrity)
        if hex_digest is None:
            return None
        path = self._tarball_path(hex_digest)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if hashlib.sha512(data).hexdigest() != hex_digest:
            path.unlink(missing_ok=True)  # corrupted on disk: drop it and fetch again
            return None
        return data

    def put_tarball(self, data: bytes) -> Path:
        """Store verified bytes under their own sha512."""
        path = self._tarball_path(hashlib.sha512(data).hexdigest())
        if not path.exists():
            _atomic_write(path, data)
        return path

    # --- packuments ----------------------------------------------------------------------------

    def _packument_path(self, registry: str, name: str) -> Path:
        return self.root / "packuments" / _key_filename(f"{registry}{name}")

    def get_packument(self, registry: str, name: str, ttl: float | None) -> dict | None:
        """The cached packument, parsed, if younger than `ttl` seconds (`ttl=None`: any age, for
        offline mode); None when absent, expired, or damaged (a damaged entry is deleted)."""
        path = self._packument_path(registry, name)
        body = self._read(path, ttl)
        if body is None:
            return None
        document = _decode(body)
        if document is _BAD or not is_packument(document):
            _drop(path)
            return None
        return document

    def put_packument(self, registry: str, name: str, body: bytes) -> None:
        _atomic_write(self._packument_path(registry, name), body)

    # --- small JSON documents ------------------------------------------------------------------

    @staticmethod
    def _read(path: Path, ttl: float | None) -> bytes | None:
        try:
            if ttl is not None and time.time() - path.stat().st_mtime > ttl:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def _json_path(self, namespace: str, key: str) -> Path:
        return self.root / (_SAFE.sub("_", namespace).strip("._") or "misc") / _key_filename(key)

    def get_json(self, namespace: str, key: str, ttl: float | None = None,
                 validate: Callable[[Any], object] | None = None) -> Any | None:
        """The document stored under (`namespace`, `key`), or None: absent, older than `ttl`, not
        JSON, or refused by `validate` (a predicate on the decoded document; raising counts as
        refusing). A document that is not JSON or is refused is deleted, so it is computed again."""
        path = self._json_path(namespace, key)
        data = self._read(path, ttl)
        if data is None:
            return None
        document = _decode(data)
        try:
            ok = document is not _BAD and (validate is None or bool(validate(document)))
        except _BAD_ENTRY:
            ok = False
        if not ok:
            _drop(path)
            return None
        return document

    def put_json(self, namespace: str, key: str, value: Any) -> None:
        _atomic_write(self._json_path(namespace, key), json.dumps(value, separators=(",", ":")).encode())
