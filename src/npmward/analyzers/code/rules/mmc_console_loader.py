"""A Microsoft Management Console file (.msc) that runs script when it is opened. GrimResource (Elastic, 2024) points a
console view at `res://apds.dll/redirect.html?target=javascript:…`: the old XSS in apds.dll runs the JavaScript inside
MMC, which loads an XSL stylesheet whose `ms:script` block runs VBScript; before it, MSC lures ran commands through a
taskpad's `ExecuteShellCommand`. A package that ships such a console (a "dashboard" its CLI opens with mmc.exe) hands
whoever opens it the command the script starts."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import unquote

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import runs_remote_code
from ..view import PackageView, line_at
from . import rule

MSC = (".msc",)
MAX_BYTES = 5_000_000
APDS_SCRIPT = re.compile(rb"res://apds\.dll/redirect\.html\?target=javascript:", re.I)
SHELL_COMMAND = re.compile(rb"ExecuteShellCommand|<CommandLine[^>]*>[^<]*(powershell|cmd(\.exe)?\s+/c|mshta|wscript)", re.I)
RUN_LINE = re.compile(r"(?:\.Run|ShellExecute)\s*\(?\s*\"([^\n]{8,2000})", re.I)


@rule("mmc-console-loader", title="Ships an MMC console file that runs script when opened",
      description="A .msc file of the package (or code that writes one and names mmc) whose view runs JavaScript through apds.dll's redirect page "
                  "(`res://apds.dll/redirect.html?target=javascript:`, GrimResource, 2024) or whose taskpad runs a shell "
                  "command (`ExecuteShellCommand`, a PowerShell or mshta command line): opening the console in mmc.exe "
                  "runs it. Critical; the message names the command the script starts when it downloads and runs code. "
                  "Consoles that only list snap-ins run nothing.",
      category="dropper", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    # (the console shipped as a .msc, or its markup in code that writes it out and opens it with mmc.exe)
    consoles = [(path, data) for path, data in package.files.items() if isinstance(data, bytes) and len(data) < MAX_BYTES
                and (path.endswith(MSC) or (b"apds.dll" in data and b"mmc" in data))]
    for path, data in consoles:
        found = APDS_SCRIPT.search(data) or (SHELL_COMMAND.search(data) if path.endswith(MSC) else None)
        if found is None:
            continue
        text = unquote(unquote(data.decode("utf-8", "replace")))
        command = next((m.group(1) for m in RUN_LINE.finditer(text) if runs_remote_code(m.group(1).replace('""', '"'))), None)
        what = "runs JavaScript through apds.dll's redirect page (GrimResource)" if found.re is APDS_SCRIPT \
            else "runs a shell command from a taskpad"
        yield Finding("code/mmc-console-loader", S.CRITICAL, C.HIGH, "dropper",
                      f"{path} {'is' if path.endswith(MSC) else 'writes'} an MMC console that {what} when it is opened"
                      + (f"; the script starts a command that downloads and runs code ({command[:120]!r})" if command else "")
                      + ".", path, line_at(data, found.start())[0], found.group(0).decode("utf-8", "replace")[:200],
                      {"when": "opened"})
        return
