"""Files Windows opens by itself, pointed at someone else's SMB share: the user's NTLM hash leaks."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

REMOTE_SHARE = re.compile(r"\\\\(?!localhost\b|127\.|\?\\|\.\\|wsl)(\d{1,3}(\.\d{1,3}){3}|[\w-]+(\.[\w-]+)+)(@\d+)?\\[^\\\s]")
"""A UNC path to another machine's share (`\\\\203.0.113.5\\icons`): not this machine, not `\\\\?\\`
long paths or `\\\\.\\` devices."""
REMOTE_FILE_URL = re.compile(r"^file://(?!localhost\b|127\.|/)(\d{1,3}(\.\d{1,3}){3}|[\w-]+(\.[\w-]+)+)/[^/\s]")
"""A file URL on another machine (`file://198.51.100.23/notify/x.url`): Windows opens it over SMB (WebDAV as fallback)."""
RENDERED = re.compile(r"\.(url|lnk|library-ms|searchConnector-ms|scf|theme|themepack)\b|desktop\.ini|"
                      r"IconFile=|IconResource=|BrandImage=|<url>|\[InternetShortcut\]|\[\.ShellClassInfo\]", re.I)
"""A file Explorer reads by itself when it shows a folder (a shortcut's icon, a library's location, a
theme's images): pointed at a remote share, it connects and authenticates with the user's hash."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


@rule("ntlm-leak", title="Points files Windows opens by itself at a remote share",
      description="A UNC path to another machine's SMB share (`\\\\203.0.113.5\\icons`), or a file URL on another machine "
                  "(`file://203.0.113.5/x.url`), in a file that also makes a "
                  "shortcut, library, theme or desktop.ini (IconFile=, BrandImage=, <url>): Explorer reads them on its "
                  "own and authenticates to the share with the user's NTLM hash (CVE-2024-21320, CVE-2025-24054). "
                  "Critical at install or load, and in a function the application calls when the address is kept "
                  "encoded.",
      category="credential-theft", consumes=("string",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if b"\\\\" not in view.text and b"file:" not in view.text and not view.facts.decoded_literals \
            and not view.facts.decoded_values:
        return
    strings = [f for f in view.of_kind("string")]
    share = next((f for f in strings if REMOTE_SHARE.search(f.value) or REMOTE_FILE_URL.match(f.value)), None)
    if share is None or not any(RENDERED.search(f.value) for f in strings):
        return
    level = view.level(share)
    severity, confidence = view.grade(GRID, level)
    if severity < S.CRITICAL and view.run_by_app(share) and view.decoded(share):
        # (the share's address kept encoded, in a function the application calls: blind set 53's toast library wrote
        # a Startup-folder shortcut to a .url on a remote share, its address in base64)
        severity, confidence = S.CRITICAL, C.HIGH
    yield view.finding("ntlm-leak", severity, confidence, "credential-theft",
                       f"Writes shortcuts, libraries or themes that point at a remote share ({share.value[:60]}): "
                       f"Windows connects to it on its own and sends the user's NTLM hash, {view.run_text(share)}.",
                       share, level)
