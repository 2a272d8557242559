"""Windows Script Host automation that installs, schedules, unpacks or autostarts. Loaders written in JScript or
VBScript (a `.js` a hook hands to cscript, a `.wsf`, a `.vbs`, or a script the code writes out and starts with wscript)
drive the COM objects behind the command lines a reader of a hook would recognise: the Task Scheduler's
`Schedule.Service` instead of `schtasks /create` (GootLoader), the Windows Installer's `InstallProduct(url)` instead of
`msiexec /i` (Latrodectus), the shell's `NameSpace(zip).Items()` copied out instead of `tar -xf` (STRRAT, Vjw0rm), and
WScript.Shell's Startup shortcuts and Run keys. No npm package automates those at install or when it is loaded; in a
function its application calls it is a step lower."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import lifecycle_entry_files
from ..view import PackageView, line_at
from . import rule

ABUSES = (
    (re.compile(rb"""(?:["']|-ComObject\s+)Schedule\.Service\b""", re.I), re.compile(rb"\bRegisterTaskDefinition\b", re.I),
     "registers a scheduled task through the Task Scheduler's COM API (Schedule.Service)"),
    (re.compile(rb"""(?:["']|-ComObject\s+)WindowsInstaller\.Installer\b""", re.I), re.compile(rb"\bInstallProduct\b", re.I),
     "installs an MSI package through the Windows Installer's COM object (InstallProduct)"),
    (re.compile(rb"""(?:["']|-ComObject\s+)Shell\.Application\b""", re.I), re.compile(rb"\bCopyHere\b"),
     "unpacks an archive it downloads with the Windows shell (Shell.Application's CopyHere)"),
    (re.compile(rb"""(?:["']|-ComObject\s+)WScript\.Shell\b""", re.I),
     re.compile(rb"""SpecialFolders\s*\(\s*\\?["']Startup|RegWrite\s*\([^)]{0,300}CurrentVersion\\+Run\b""", re.I),
     "adds a Startup shortcut or a Run key through WScript.Shell"),
)
"""(the COM object's ProgID, what is done with it, in words)."""
COM = re.compile(rb"\b(?:ActiveXObject|CreateObject)\s*\(|-ComObject\s", re.I)
"""JScript's `new ActiveXObject(…)`, VBScript's `CreateObject(…)`, PowerShell's `New-Object -ComObject …`."""
COM_WORDS = ("ActiveXObject", "CreateObject", "ComObject")
"""The same, as words a string of the code holds (the strings a file decodes are many; few name a COM object)."""
DOWNLOADS = re.compile(rb"XMLHTTP|WinHttp\.WinHttpRequest|\bresponseBody\b", re.I)
"""An HTTP request of the script: what the shell unpacks came from the network (an installer unpacking its own
bundled zip downloads nothing)."""
SCRIPT_FILES = (".wsf", ".vbs", ".vbe", ".jse", ".hta")
MAX_BYTES = 2_000_000


@rule("wsh-automation", title="Drives Windows Script Host COM objects that install, schedule or autostart",
      description="JScript or VBScript (a code file, a string the code writes out as a script, or a shipped .wsf/.vbs/.jse/"
                  ".hta) that registers a scheduled task through `Schedule.Service`, installs an MSI through "
                  "`WindowsInstaller.Installer`'s `InstallProduct`, unpacks a downloaded archive with `Shell.Application`'s "
                  "`CopyHere`, or adds a Startup shortcut or Run key through `WScript.Shell`: critical when it runs at "
                  "install (a code file or string whose code runs then, a script a hook runs) or at load; high in a "
                  "function (an autostart library's `enable()`, which its application calls) or a script nothing is known to run.",
      category="persistence", consumes=("files", "string"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    hooked = lifecycle_entry_files(package.manifest, package.files)
    for path in sorted(package.files):
        data = package.files[path]
        view = package.views.get(path)
        if not isinstance(data, bytes) or len(data) > MAX_BYTES or not (view is not None or path.lower().endswith(SCRIPT_FILES)):
            continue
        # (the file's text, and the scripts it decodes: a VBScript kept as base64 of UTF-16LE, written out and run)
        decoded_scripts = [(text, f) for f in (view.of_kind("string") if view else ()) if any(w in f.value for w in COM_WORDS)
                           for text in [f.value.encode("utf-8", "replace")] if text not in data]
        for text, decoded in [(data, None), *decoded_scripts]:
            found = _abuse(text)
            if found is None:
                continue
            used, done, what = found
            name = used.group(0).strip(b"\"'").split()[-1].decode()
            fact = decoded or (next((f for f in view.of_kind("string") if name in f.value), None) if view is not None else None)
            if fact is not None:
                # (not in a function the application calls: an autostart library's `enable()` writes the Run key its
                # application asks for)
                # (or, in one, with an address the file hides: an MSI a font helper installs from a URL it spells in
                # char codes, blind set 49)
                level = view.level(fact)
                now = level != "deferred" or (view.run_by_app(fact) and view.hidden_url() is not None)
            else:
                now, level = path in hooked, "install" if path in hooked else "deferred"
            line, snippet = (decoded.line, done.group(0)) if decoded is not None else line_at(data, done.start())
            yield Finding("code/wsh-automation", *((S.CRITICAL, C.HIGH) if now else (S.HIGH, C.MEDIUM)), "persistence",
                          f"{path} {what}" + (" (in a script it decodes)" if decoded is not None else "")
                          + (f", {view.run_text(fact)}" if fact is not None
                             else ", in a script an install hook runs" if now else "") + ".",
                          path, line, snippet.decode("utf-8", "replace").strip()[:200], {"when": level})
            return


def _abuse(text: bytes) -> tuple[re.Match, re.Match, str] | None:
    """(the ProgID, the action, what it does) of the first abuse the script text holds."""
    if COM.search(text) is None:
        return None
    for progid, action, what in ABUSES:
        used, done = progid.search(text), action.search(text)
        if used is not None and done is not None and (b"CopyHere" not in done.group(0) or DOWNLOADS.search(text)):
            return used, done, what
    return None
