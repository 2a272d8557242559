"""A self-extracting archive of the package whose script runs commands when it is started. WinRAR's SFX module runs the
`Setup=` lines of the archive's comment, 7-Zip's the `RunProgram=` lines of its `;!@Install@!UTF-8!` config, silently
when told to: a "redistributable helper" whose archive is empty but whose comment downloads and runs a script or sets an
accessibility tool's debugger (CrowdStrike's SFX backdoor report, 2023; blind set 43's VC++ check and Squirrel
helper). Each command is judged like an install hook's."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import judge_command
from ..view import PackageView, line_at
from . import rule

MARKS = (b"SFX script commands", b";!@Install@!")
COMMAND = re.compile(rb"""^(?:Setup=(?P<rar>[^\r\n]+)|(?:RunProgram|ExecuteFile)\s*=\s*"(?P<seven>(?:[^"\\\r\n]|\\.)+)")""", re.M)
SEVEN_PREFIX = re.compile(r"^(?:hidcon:|nowait:|fm\d+:)+")


@rule("sfx-commands", title="Ships a self-extracting archive whose script downloads and runs code",
      description="A file of the package with a WinRAR SFX script (`;The comment below contains SFX script commands`, "
                  "its `Setup=` lines) or a 7-Zip SFX config (`;!@Install@!UTF-8!`, its `RunProgram=` lines): each "
                  "command is judged like an install hook's, and one that downloads and runs code, or plants a debugger "
                  "for a Windows accessibility tool or another persistence, is reported at the hook rule's grade, "
                  "critical for those. Installers whose SFX script runs their own setup program are not.",
      category="dropper", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.files.items():
        if len(data) > 50_000_000 or not any(mark in data for mark in MARKS):
            continue
        judged = []
        for match in COMMAND.finditer(data):
            raw = (match.group("rar") or match.group("seven")).decode("utf-8", "replace")
            command = SEVEN_PREFIX.sub("", raw.replace('\\"', '"').replace("\\\\", "\\")) if match.group("seven") else raw
            line = line_at(data, match.start())[0]
            judged += [(f.severity, line, command, f.rule) for f in judge_command(command, "sfx", path, line,
                                                                                  f"{path}'s self-extracting script")
                       if f.severity >= S.HIGH]
        if judged:
            severity, line, command, judged_as = max(judged, key=lambda j: j[0])
            yield Finding("code/sfx-commands", S.CRITICAL if severity >= S.CRITICAL else S.HIGH, C.HIGH, "dropper",
                          f"{path} is a self-extracting archive whose script runs, when it is started: "
                          f"{command[:120]!r} ({judged_as.split('/', 1)[1]}).", path, line, command[:200],
                          {"when": "started", "judged": judged_as})
            return
