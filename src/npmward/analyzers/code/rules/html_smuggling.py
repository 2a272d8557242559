from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

RUNNABLE = re.compile(r"\.(hta|vbs|vbe|jse|wsf|wsh|scr|exe|msi|lnk|bat|cmd|ps1|iso|img|vhdx?)$|^application/(hta|x-msdownload|"
                      r"x-ms-shortcut|x-msi)$", re.I)
"""A file name or type that Windows runs (or mounts, for disk images) when the user opens the download."""
ARCHIVE = re.compile(r"\.(zip|7z|rar)$", re.I)
TRIGGERS = ("saveAs", "msSaveOrOpenBlob", "msSaveBlob")


@rule("html-smuggling", title="Drops an embedded file through the browser's downloads",
      description="A Blob made from data the package decodes (base64, XOR, reversed chunks) next to a file name or type "
                  "that Windows runs or mounts when opened (.hta, .vbs, .wsf, .jse scripts, .exe, .lnk, .iso, "
                  "`application/hta`), saved by a download link or saveAs: HTML smuggling (Nobelium's EnvyScout, 2021; "
                  "QakBot's HTML attachments), the payload carried past the proxy inside the page. Critical for those; for "
                  "an archive (.zip) critical at load and high from a function. A file saver that saves what its caller "
                  "gives it decodes nothing of its own and names no such file.",
      category="dropper", consumes=("new", "string", "call", "assign"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"Blob" not in view.text:
        return
    blobs = [f for f in view.of_kind("new") if f.value.endswith("Blob") and view.labels(f) & (F.DECODED | F.UNPACKED)]
    if not blobs:
        return
    named = [f for f in view.of_kind("string") if len(f.value) < 200 and (RUNNABLE.search(f.value) or ARCHIVE.search(f.value))]
    saving = [f for f in view.all if (f.kind == "call" and f.value.endswith(TRIGGERS))
              or (f.kind == "assign" and f.value.endswith(".download")) or (f.kind == "string" and f.value in TRIGGERS + ("download",))]
    for blob in blobs:
        # (the name and the save are parts of the blob's behaviour, or constants of the file's top level: in a bundle a
        # WebSocket's Blob of fragments, a 'cmd.exe' and a report's download link meet by chance)
        names = [f.value for f in named if _near(view, f, blob)]
        if not names or not any(_near(view, f, blob) for f in saving):
            continue
        runnable = next((n for n in names if RUNNABLE.search(n)), None)
        archive = next((n for n in names if ARCHIVE.search(n)), None)
        level = view.level(blob)
        now = runnable is not None or level in ("install", "entry", "module")
        yield view.finding("html-smuggling", S.CRITICAL if now else S.HIGH, C.HIGH if now else C.MEDIUM, "dropper",
                           f"Saves a file it decodes from its own data as `{runnable or archive}` through the browser's "
                           f"downloads, {view.when_text(level)}: HTML smuggling.", blob, level)
        return


def _near(view: FileView, f, blob) -> bool:
    """`f` is a constant of the file's top level, or in a function of the blob's behaviour (see `FileView.related`)."""
    return f.scope is None or view.related(f.scope, blob.scope)
