from __future__ import annotations

import io
import re
import zipfile
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ....package.limits import Limits, PackageLoadError
from ....package.tarball import read_tar_files
from ..view import PackageView
from . import rule

ARCHIVES = (".tgz", ".tar.gz", ".tar", ".zip")
MAX_ARCHIVE = 32 * 1024 * 1024
"""Archives larger than this are not opened (templates and fixtures are far smaller)."""
LIMITS = Limits(max_files=20_000, max_total_size=128 * 1024 * 1024, max_file_size=64 * 1024 * 1024)
ESCAPES = re.compile(r"(^|[\\/])\.\.([\\/]|$)")
"""A `..` component, with either separator. (Absolute names are not counted: tar and unzip tools strip the leading
`/`, and @prisma/dev's pglite seed archive has `/pg_wal`.)"""


def _escaping_entry(path: str, data: bytes) -> str | None:
    """The first entry of a shipped archive whose name climbs out of where it is extracted (`../`, `..\\`). Only names are read: a zip's central directory; a tarball through the package reader, whose
    limits hold and which refuses such an entry."""
    if path.endswith(".zip"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            return None
        return next((n for n in names if ESCAPES.search(n)), None)
    try:
        read_tar_files(data, path, LIMITS)
    except PackageLoadError as exc:
        text = str(exc)
        if "path traversal" in text:
            match = re.search(r"entry ('.*'|\".*\")$|tarball: ('.*'|\".*\")$", text)
            return (match.group(1) or match.group(2)).strip("'\"") if match else text
    return None


@rule("archive-traversal", title="Ships an archive whose entries escape where it is extracted",
      description="A .tgz/.tar/.zip in the package with an entry named `../…` or `..\\…`: "
                  "extracting it (by the package's own unpacker, or a vulnerable one, Zip Slip) writes outside the "
                  "target directory, into the project's `.git/hooks`, the user's Startup folder or autostart. No "
                  "template or fixture needs one. Critical when the package's code names the archive (it extracts it), "
                  "high otherwise. Only entry names are read, within the package limits.",
      category="dropper", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(p for p in package.files if p.lower().endswith(ARCHIVES)):
        data = package.files[path]
        if len(data) > MAX_ARCHIVE:
            continue
        entry = _escaping_entry(path, data)
        if entry is None:
            continue
        name = path.rsplit("/", 1)[-1]
        stem = name.split(".", 1)[0]
        folder = path.rsplit("/", 2)[-2] if path.count("/") else ""
        used = any(name.encode() in view.text or (folder and folder.encode() in view.text and stem.encode() in view.text)
                   for view in package.views.values())
        yield Finding("code/archive-traversal", S.CRITICAL if used else S.HIGH, C.HIGH, "dropper",
                      f"{path} holds an entry that escapes the directory it is extracted to ({entry[:120]})"
                      + (", and the package's code opens the archive." if used else "."),
                      path, None, entry[:200], {"entry": entry[:300]})
        return
