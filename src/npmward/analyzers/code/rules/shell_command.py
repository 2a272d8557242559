from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import FETCH, PIPE_TO_SHELL
from .. import patterns as P
from ..behaviours import executes
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.HIGH, C.HIGH), load=(S.HIGH, C.MEDIUM), deferred=(S.LOW, C.LOW))
PIPED = (S.CRITICAL, C.HIGH)
"""`curl … | sh`, `iwr … | iex` at install or load: runs what it fetches."""


@rule("shell-command", title="Downloader or shell pipeline run from code",
      description="An exec/spawn call whose constant command uses a downloader (curl, wget, PowerShell, certutil), "
                  "a raw socket tool or a shell pipeline; critical when it pipes a download into a shell at install "
                  "or load.",
      category="dropper", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        for f in facts:
            if executes(f):
                command = next((a for a in f.args if a and P.SHELL_COMMAND.search(a)), None)
                if command:
                    severity, confidence = view.grade(GRID, level)
                    if FETCH.search(command) and PIPE_TO_SHELL.search(command) and level in ("install", "entry"):
                        severity, confidence = PIPED
                    yield view.finding("shell-command", severity, confidence, "dropper",
                                       f"Runs a downloader or shell pipeline: {command[:100]!r}.", f, level)
                    break
