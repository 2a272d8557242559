from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C, Finding, Severity as S
from .. import patterns as P
from ..view import FileView, Grid
from . import rule
from ._chain import chains, report, to_endpoint

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.MEDIUM, C.MEDIUM), deferred=(S.INFO, C.LOW))
ONE_IDENTITY_AT_INSTALL = (S.HIGH, C.HIGH)
"""One identity call, to an ordinary host and not through DNS: weaker than the beacon's signature."""


@rule("host-beacon", title="Host identity sent off the machine",
      description="The host and user identity (hostname, user info, network interfaces) and a network, DNS or "
                  "command sink that run together: the dependency-confusion beacon. Critical at install with two "
                  "identities, an out-of-band endpoint or a DNS lookup of a built name.",
      category="recon", consumes=("call", "string", "new"), grid=GRID, spans_files=True)
def check(view: FileView) -> Iterator[Finding]:
    for active, strengths, found, out in chains(view):
        if strengths != {"host"}:
            continue
        identities = {f.value for f, _, _ in found}
        dns_out = any(f.kind == "call" and P.DNS_CALLS.match(f.value) for f, _ in out)
        endpoint = to_endpoint(out)
        # Identity sent to an out-of-band/webhook host or through DNS names is the
        # dependency-confusion beacon's signature, not an installer's.
        strong = len(identities) >= 2 or endpoint or dns_out
        grid = GRID if strong else Grid(ONE_IDENTITY_AT_INSTALL, GRID.load, GRID.deferred)
        severity, confidence = view.grade(grid, active)
        if endpoint:
            severity, confidence = max(severity, S.MEDIUM), max(confidence, C.MEDIUM)
        if severity is not S.INFO:
            yield report(view, "host-beacon", severity, confidence, "recon", active, found, out)
