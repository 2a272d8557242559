"""Turning off the project's vulnerability alerts: a dependency that writes `audit=false` into .npmrc or disables
Renovate's vulnerability alerts keeps the project's owners from hearing about the advisory that names it."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import writes_file
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

GATE = any_word(b"audit", b"ulnerabilityAlerts", b"tags contain")
MUTES = re.compile(rb"\bosvVulnerabilityAlerts\b\W{1,6}false\b|\bvulnerabilityAlerts\b[^;\n]{0,80}\benabled\b\W{1,6}false\b|"
                   rb"\bexclude:(?:\\n|\s)+tags contain:\s*security\b")
"""Renovate's `osvVulnerabilityAlerts: false` and `vulnerabilityAlerts: {enabled: false}` (the config that opens a pull
request for each advisory), set in code; a CodeQL config's query filter that excludes every security query
(`exclude: tags contain: security`: code scanning then runs and reports nothing)."""
AUDIT_OFF = re.compile(r"(?m)^audit\s*=\s*false$")
"""npm's `audit=false` as a line of a string (what is written into .npmrc; a sentence about it is not a line of it)."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.MEDIUM), module=(S.HIGH, C.MEDIUM), deferred=(S.MEDIUM, C.LOW))
"""A CLI's own modules (what its bin runs) count as loaded: a scaffolder asked for a CI workflow has no reason to
turn off `npm audit` on the way."""


@rule("alert-suppression", title="Turns off the project's vulnerability alerts",
      description="A file that writes files and holds a setting that silences vulnerability alerts: npm's "
                  "`audit=false`, Renovate's `vulnerabilityAlerts: {enabled: false}` or `osvVulnerabilityAlerts: false`, a "
                  "CodeQL query filter that excludes the security queries. "
                  "A dependency that edits the project's .npmrc or Renovate config so is hiding the advisory that will "
                  "name it (and often pins its own scope to automerge). Critical at install; high when loaded or run "
                  "by the application or by the CLI's own modules.",
      category="tampering", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    muted = MUTES.search(view.text)
    line = next((m.group(0) for f in view.of_kind("string") if (m := AUDIT_OFF.search(f.value))), None) if muted is None else None
    if muted is None and line is None:
        return
    writes = [f for f in view.of_kind("call") if writes_file(f)]
    if not writes:
        return
    write = min(writes, key=lambda f: _rank(view, f))
    level = view.level(write)
    severity, confidence = view.grade(GRID, level)
    if level == "deferred" and view.run_by_app(write):
        severity, confidence = S.HIGH, C.MEDIUM
    setting = line or muted.group(0).decode("ascii", "replace")[:60]
    yield view.finding("alert-suppression", severity, confidence, "tampering",
                       f"Writes files ({write.value}) in a file that turns off vulnerability alerts ({setting!r}), "
                       f"{view.run_text(write)}.", write, level, setting=setting)


def _rank(view: FileView, fact) -> int:
    """Writes that run soonest first."""
    level = view.level(fact)
    return {"install": 0, "entry": 1, "module": 2}.get(level, 3 if view.run_by_app(fact) else 4)
