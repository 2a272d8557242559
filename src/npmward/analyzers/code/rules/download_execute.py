from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import executes, sends, trusted_host, writes_file
from ..program import Fact
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.LOW, C.LOW))
TRUSTED = (S.LOW, C.LOW)
"""Every URL in the code is on a well-known host (the registry, GitHub, nodejs.org, CDNs)."""
RAW_IP = (S.HIGH, C.MEDIUM)
"""At least this when the download comes from a bare IP address."""
BUILT_URL = (S.MEDIUM, C.LOW)
"""No URL in the code: built at run time, as platform-binary installers do."""


@rule("download-execute", title="Downloads a file and runs it",
      description="A network call, a file write and a chmod or exec that run together, in functions that are parts "
                  "of one behaviour (one function reaches all three within a few calls; a bundle's modules that share "
                  "only its loader are not); low when every URL is on a well-known host, medium when the URL is built "
                  "at run time; at least high when the download comes from a bare IP address.",
      category="dropper", consumes=("call", "new", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        run = _one_behaviour(view, facts)
        if run is not None:
            # Strings that are URLs, not messages that mention one ("See https://turbo.build/... for help").
            urls = [f.value for f in facts if f.kind == "string" and P.URL.search(f.value) and not any(c.isspace() for c in f.value.strip())]
            trusted = urls and all(trusted_host(u) for u in urls)
            raw_ip = any(sends(f) and view.labels(f) & F.RAW_IP for f in facts)
            severity, confidence = view.grade(GRID, level)
            if raw_ip:
                # No installer fetches its binary from a bare IP address: a dropper, whenever it runs.
                severity, confidence = max(severity, RAW_IP[0]), max(confidence, RAW_IP[1])
            elif trusted or (not urls and level == "deferred"):
                severity, confidence = TRUSTED
            elif not urls:
                severity, confidence = BUILT_URL
            yield view.finding("download-execute", severity, confidence, "dropper",
                               "Downloads a file, writes it to disk and makes it executable or runs it"
                               + (" (from a well-known host)" if trusted else " (from a bare IP address)" if raw_ip else "")
                               + ".", run, level)
            return


MAX_SCOPES = 40
"""Functions of each step looked at: a bundle has hundreds, and the first few settle it."""


def _one_behaviour(view: FileView, facts: list[Fact]) -> Fact | None:
    """The chmod or exec call of a download, a write and a run that belong to one behaviour."""
    runs = [f for f in facts if f.kind == "call" and (f.value.startswith("fs.chmod") or executes(f))]
    if not runs:
        return None
    downloads = list(dict.fromkeys(f.scope for f in facts if sends(f)))[:MAX_SCOPES]
    writes = list(dict.fromkeys(f.scope for f in facts if writes_file(f)))[:MAX_SCOPES]
    for run in runs[:MAX_SCOPES]:
        near_writes = [w for w in writes if view.related(w, run.scope)]
        if near_writes and any(view.related(d, run.scope) and any(view.related(d, w) for w in near_writes) for d in downloads):
            return run
    return None
