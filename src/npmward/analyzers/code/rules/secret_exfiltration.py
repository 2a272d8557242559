from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C, Finding, Severity as S
from .. import patterns as P
from ..view import FileView, Grid
from . import rule
from ._chain import chains, report, to_endpoint

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.LOW, C.LOW))
TO_WEBHOOK = (S.HIGH, C.MEDIUM)
"""Deferred, but to a webhook or with other processes' environment: no library sends those anywhere."""


@rule("secret-exfiltration", title="Secret files or the whole environment sent off the machine",
      description="A secret source (the whole process.env serialised or enumerated, a credential, wallet or "
                  "browser-profile file) and a sink (HTTP, sockets, DNS of a built name, a shell command, a "
                  "webhook/paste/out-of-band endpoint) that run together.",
      category="exfiltration", consumes=("env-all", "string", "call", "new"), grid=GRID, spans_files=True)
def check(view: FileView) -> Iterator[Finding]:
    for active, strengths, found, out in chains(view):
        if "strong" not in strengths:
            continue
        severity, confidence = view.grade(GRID, active)
        if not active and (to_endpoint(out) or any(f.kind == "string" and P.OTHER_PROCESS.search(f.value) for f, _, _ in found)):
            # A webhook, or the environment of *other* processes (the CI runner's secrets): no
            # library sends those anywhere, whoever calls the function.
            severity, confidence = TO_WEBHOOK
        yield report(view, "secret-exfiltration", severity, confidence, "exfiltration", active, found, out)
