from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C, Finding, Severity as S
from ..view import FileView, Grid
from . import rule
from ._chain import chains, report, to_endpoint

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.INFO, C.LOW))
TO_ENDPOINT = {True: (S.CRITICAL, C.HIGH), False: (S.MEDIUM, C.MEDIUM)}
"""Run (True) or deferred (False), with a webhook/paste/out-of-band endpoint among the sinks."""


@rule("token-exfiltration", title="Credential variables sent off the machine",
      description="A named credential variable (NPM_TOKEN, GITHUB_TOKEN, AWS keys, *SECRET*, *PASSWORD*, a "
                  "dynamic process.env[...] read) and a network, DNS or command sink that run together. An API "
                  "client reading its own token inside a function is not reported.",
      category="exfiltration", consumes=("env", "string", "call", "new"), grid=GRID, spans_files=True)
def check(view: FileView) -> Iterator[Finding]:
    for active, strengths, found, out in chains(view):
        if "strong" in strengths or strengths == {"host"}:
            continue
        severity, confidence = TO_ENDPOINT[active] if to_endpoint(out) else view.grade(GRID, active)
        if severity is not S.INFO:
            yield report(view, "token-exfiltration", severity, confidence, "exfiltration", active, found, out)
