from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import ENCODED, FETCH, PIPE_TO_SHELL, REMOTE_RUN
from .. import patterns as P
from ..behaviours import executes
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.HIGH, C.HIGH), load=(S.HIGH, C.MEDIUM), deferred=(S.LOW, C.LOW))
PIPED = (S.CRITICAL, C.HIGH)
"""`curl … | sh`, `iwr … | iex` at install or load: runs what it fetches."""


@rule("shell-command", title="Downloader or shell pipeline run from code",
      description="An exec/spawn call whose constant command uses a downloader (curl, wget, PowerShell, certutil), "
                  "a raw socket tool or a shell pipeline; critical when it pipes a download into a shell, or hands a "
                  "runner a script's URL (`uv run https://…`), at install or load.",
      category="dropper", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.executions():
        return  # (most files start no process: their facts are not gone through again)
    for level, facts in view.groups():
        for f in facts:
            if executes(f):
                # (the command; or, for a runner handed a script's URL, the whole command line of a run given its
                # arguments as a list: `sh -c <its own pipeline>` alone is what process-tree tools run)
                command = next((a for a in f.args if a and P.SHELL_COMMAND.search(a)), None) \
                    or next((s for s in (*f.args, *f.shapes) if s and REMOTE_RUN.search(s)), None)
                if command and _quiet_powershell(command, f.shapes):
                    continue
                if command:
                    severity, confidence = view.grade(GRID, level)
                    if (FETCH.search(command) and PIPE_TO_SHELL.search(command) or REMOTE_RUN.search(command)) \
                            and level in ("install", "entry"):
                        severity, confidence = PIPED
                    yield view.finding("shell-command", severity, confidence, "dropper",
                                       f"Runs a downloader or shell pipeline: {command[:100]!r}.", f, level)
                    break


def _quiet_powershell(command: str, shapes: tuple[str, ...]) -> bool:
    """PowerShell started for a job the whole command line shows, without a download, encoded
    code or Invoke-Expression: `powershell -Command Expand-Archive ...` unpacking a prebuilt binary."""
    if not POWERSHELL_ONLY.match(command.strip()) or not shapes:
        return False
    line = " ".join(shapes)
    return not (FETCH.search(line) or ENCODED.search(line) or PIPE_TO_SHELL.search(line) or RUNS.search(line))


POWERSHELL_ONLY = re.compile(r"^(powershell|pwsh)(\.exe)?$", re.I)
RUNS = re.compile(r"\b(iex|Invoke-Expression|Start-Process|Invoke-Item|Add-Type|-e(nc(odedcommand)?)?\s)", re.I)
"""What runs code in PowerShell besides what FETCH/ENCODED/PIPE_TO_SHELL see (a download cradle is FETCH)."""
