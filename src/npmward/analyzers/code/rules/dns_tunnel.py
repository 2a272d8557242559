"""Data cut into DNS labels and looked up under a zone: exfiltration that passes every HTTP egress filter."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule
from ._chain import sinks

LABEL_CHUNKS = re.compile(rb"(?:\.|\[\\s\\S\])\{1,(?:[1-5]\d|6[0-3])\}")
"""A regex that cuts any text into pieces a DNS label holds (`/.{1,60}/g`: at most 63 bytes); a hostname
validator's `[a-z0-9-]{1,63}` checks a label, it does not cut one."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.HIGH))


@rule("dns-tunnel", title="Sends data as DNS names",
      description="Text cut into pieces of a DNS label's size (`s.match(/.{1,60}/g)`) in a file that looks up names it "
                  "builds (`dns.resolve4(`${chunk}.${seq}.zone`)`): each lookup carries a piece of the data to whoever "
                  "runs the zone's name server, through resolvers that let DNS out when HTTP is filtered. DNS libraries "
                  "encode names to send queries, not data cut into labels. Critical at install, at load or in code the application "
                  "runs.",
      category="exfiltration", consumes=("call", "text"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    lookup = next((s for s in sinks(view) if s.dns), None)
    if lookup is None or LABEL_CHUNKS.search(view.text) is None:
        return
    # (in code the application runs, as at load: a traffic sampler's start() that tunnels what it sniffed)
    severity, confidence = view.unmistakable(lookup.fact) if view.run_by_app(lookup.fact) else view.grade(GRID, lookup.level)
    yield view.finding("dns-tunnel", severity, confidence, "exfiltration",
                       f"Cuts data into DNS labels and looks the names up ({lookup.fact.value}): each lookup carries "
                       f"a piece to the zone's name server, {view.run_text(lookup.fact)}.", lookup.fact, lookup.level)
