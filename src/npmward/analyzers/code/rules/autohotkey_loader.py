"""An AutoHotkey script of the package that downloads a program and starts it hidden. AutoHotkey is a scripting runtime
for Windows hotkeys; loaders ship it with a script (or make a package's hotkey helper `#Include` one) whose
`UrlDownloadToFile`/`Download()` fetches an executable that `Run, …, Hide` starts out of sight, often kept across
reboots by a Run key (the AHK RAT loaders, 2020-2024; blind set 43's hotkey and media-key helpers)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView, line_at
from . import rule

AHK = (".ahk", ".ah2")
DOWNLOAD = re.compile(rb"\bUrlDownloadToFile\s*,|\bDownload\s*\(", re.I)
HIDDEN_RUN = re.compile(rb"^[ \t]*(?:try\s+)?Run(?:Wait)?\b[^\n]*\bHide\b", re.I | re.M)
RUN_KEY = re.compile(rb"\bRegWrite\b[^\n]*CurrentVersion\\+Run\b", re.I)


@rule("autohotkey-loader", title="Ships an AutoHotkey script that downloads a program and runs it hidden",
      description="An AutoHotkey script (.ahk, .ah2) of the package that downloads (`UrlDownloadToFile`, `Download()`) and "
                  "starts a program hidden (`Run …, Hide`): a loader behind a hotkey helper. Critical; also naming a Run "
                  "key (`RegWrite … CurrentVersion\\Run`) says it stays. Hotkey scripts that run the user's programs "
                  "download nothing.",
      category="dropper", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files(AHK):
        download = DOWNLOAD.search(data)
        run = HIDDEN_RUN.search(data, download.end()) if download is not None else None
        if run is None:
            continue
        stays = RUN_KEY.search(data) is not None
        yield Finding("code/autohotkey-loader", S.CRITICAL, C.HIGH, "dropper",
                      f"{path} is an AutoHotkey script that downloads a program and starts it hidden"
                      + (", and keeps it in a Run key" if stays else "") + " when the script runs.",
                      path, line_at(data, run.start())[0], run.group(0).decode("utf-8", "replace").strip()[:200],
                      {"when": "script"})
        return
