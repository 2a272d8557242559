from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.MEDIUM, C.MEDIUM), deferred=(S.INFO, C.LOW))
"""At install it hangs every install; at load every program that requires the package (colors 1.4.44-liberty-2, which
npm took down as sabotage): no library's entry loops forever with nothing that leaves or waits. A module nothing loads
(a benchmark script shipped beside the code) is a step lower."""


@rule("endless-loop", title="Endless loop when the package is installed or loaded",
      description="A loop with no condition (`for (;;)`, `while (true)`, `i < Infinity`) and nothing in its body that "
                  "leaves or waits (break, return, throw, exit, await, yield), run at install or as soon as the "
                  "package is loaded: it blocks every program that requires the package (protestware sabotage such "
                  "as colors 1.4.44). Servers and workers loop inside functions, with an await or a break.",
      category="destructive", consumes=("endless-loop",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        loop = next((f for f in facts if f.kind == "endless-loop"), None)
        if loop is None:
            continue
        severity, confidence = view.grade(GRID, level)
        if severity is not S.INFO:
            yield view.finding("endless-loop", severity, confidence, "destructive",
                               f"Loops forever without a way out, {view.when_text(level)}: every program that uses it hangs.",
                               loop, level)
        return
