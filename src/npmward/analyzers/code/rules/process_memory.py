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
                  "memory holds its secrets unmasked (the 2025 tj-actions compromise read Runner.Worker's). "
                  "No library needs it; process monitors such as pidusage read `/proc/<pid>/stat`, not `mem`.",
      category="credential-theft", consumes=("string", "call"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    paths = [f for f in view.all if f.kind == "string" and OTHER_MEMORY.match(f.value)]
    if not paths:
        return
    scopes = {f.scope for f in paths}
    read = next((f for f in view.all if f.kind == "call" and OPENS.match(f.value) and f.scope in scopes), None)
    if read is None:
        return
    level = view.level(read)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("process-memory", severity, confidence, "credential-theft",
                       f"Reads another process's memory (/proc/<pid>/mem), {view.when_text(level)}.", read, level)
