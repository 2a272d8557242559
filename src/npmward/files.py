"""Reading a file named by untrusted input: only a regular file, and never more than a limit.

A repository can ship `package-lock.json` as a symlink to `/dev/zero` (a read that never ends and
fills memory) or as a FIFO (an `open` that waits for a writer forever). The file is opened without
blocking, checked to be a regular file on the open descriptor (no race with a swap), and read up
to one byte past the caller's limit, so the caller can tell "too large" from "complete".
`read_bounded` turns every way this can fail into the caller's error type, naming the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_regular_file(path: Path | str, limit: int) -> bytes | None:
    """At most `limit + 1` bytes of the regular file at `path` (symlinks followed); None when it is
    not a regular file. OSError as `open` raises it (missing, permissions, ...)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1)
    finally:
        os.close(fd)


def read_bounded(path: Path | str, limit: int, error: type[Exception], *, missing_ok: bool = False) -> bytes | None:
    """The bytes of the regular file at `path`, at most `limit` of them; otherwise `error` naming the
    path (not a regular file, larger than `limit`, unreadable). A missing file is None with
    `missing_ok`, else an error too."""
    try:
        data = read_regular_file(path, limit)
    except OSError as exc:
        if missing_ok and isinstance(exc, (FileNotFoundError, NotADirectoryError)):
            return None
        raise error(f"{path}: cannot read: {exc.strerror or exc}") from None
    if data is None:
        raise error(f"{path}: refused: not a regular file (a device, a FIFO or a directory)")
    if len(data) > limit:
        raise error(f"{path}: refused: larger than {limit} bytes")
    return data
