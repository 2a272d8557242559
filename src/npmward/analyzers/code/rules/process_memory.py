from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.HIGH), module=(S.CRITICAL, C.HIGH))
OTHER_MEMORY = re.compile(r"^/proc/(\d+|\$\{\*\}|\*)/mem$")
"""Another process's memory (`/proc/self/mem` is the process's own)."""
OPENS = re.compile(r"^fs\.(promises\.)?(open|openSync|readFile|readFileSync|createReadStream|read|readSync)$")


@rule("process-memory", title="Reads another process's memory",
      description="Opens or reads `/proc/<pid>/mem` of a process found at run time: a CI runner's or a browser's "
                  "memory holds its secrets unmasked (the 2025 tj-actions compromise read Runner.Worker's). Also runs a "
                  "script that declares Win32's OpenProcess and ReadProcessMemory (POS RAM scrapers' card-track search). "
                  "No library needs it; process monitors such as pidusage read `/proc/<pid>/stat`, not `mem`.",
      category="credential-theft", consumes=("string", "call"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    paths = [f for f in view.of_kind("string") if OTHER_MEMORY.match(f.value)]
    if not paths:
        yield from _windows_reader(view)
        return
    scopes = {f.scope for f in paths}
    read = next((f for f in view.of_kind("call") if OPENS.match(f.value) and f.scope in scopes), None)
    if read is None:
        return
    level = view.level(read)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("process-memory", severity, confidence, "credential-theft",
                       f"Reads another process's memory (/proc/<pid>/mem), {view.when_text(level)}.", read, level)


WINDOWS_READER = re.compile(r"\bOpenProcess\b[\s\S]{0,4000}\bReadProcessMemory\b|\bReadProcessMemory\b[\s\S]{0,4000}\bOpenProcess\b")
"""Win32's OpenProcess and ReadProcessMemory declared in a script (PowerShell's Add-Type, a P/Invoke signature): what
POS RAM scrapers (FIN8's PoSlurp, BlackPOS) run to find card tracks in another process's memory."""


def _windows_reader(view: FileView) -> Iterator[Finding]:
    """A script that reads another process's memory through Win32, run by the code (decoded, written to a .ps1)."""
    script = next((f for f in view.scripts() if "ReadProcessMemory" in f.value and WINDOWS_READER.search(f.value)), None)
    if script is None:
        return
    runner = view.executions()[0]  # (scripts are those of a file that runs processes)
    level = view.level(runner)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("process-memory", severity, confidence, "credential-theft",
                       f"Runs a script that reads another process's memory (OpenProcess, ReadProcessMemory), "
                       f"{view.when_text(level)}.", runner, level)
