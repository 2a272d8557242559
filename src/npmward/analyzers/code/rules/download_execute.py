from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..behaviours import executes, sends, trusted_host, writes_file
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.LOW, C.LOW))
TRUSTED = (S.LOW, C.LOW)
"""Every URL in the code is on a well-known host (the registry, GitHub, nodejs.org, CDNs)."""
BUILT_URL = (S.MEDIUM, C.LOW)
"""No URL in the code: built at run time, as platform-binary installers do."""


@rule("download-execute", title="Downloads a file and runs it",
      description="A network call, a file write and a chmod or exec in the same group of code that runs together; "
                  "low when every URL is on a well-known host, medium when the URL is built at run time.",
      category="dropper", consumes=("call", "new", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        names = {f.value for f in facts if f.kind in ("call", "new")}
        downloads = any(sends(f) for f in facts)
        writes = any(writes_file(f) for f in facts)
        runs = any(n.startswith("fs.chmod") for n in names) or any(P.EXEC_CALLS.match(n) for n in names)
        if downloads and writes and runs:
            # Strings that are URLs, not messages that mention one ("See https://turbo.build/... for help").
            urls = [f.value for f in facts if f.kind == "string" and P.URL.search(f.value) and not any(c.isspace() for c in f.value.strip())]
            trusted = urls and all(trusted_host(u) for u in urls)
            severity, confidence = view.grade(GRID, level)
            if trusted or (not urls and level == "deferred"):
                severity, confidence = TRUSTED
            elif not urls:
                severity, confidence = BUILT_URL
            fact = next(f for f in facts if f.kind == "call" and (f.value.startswith("fs.chmod") or executes(f)))
            yield view.finding("download-execute", severity, confidence, "dropper",
                               "Downloads a file, writes it to disk and makes it executable or runs it"
                               + (" (from a well-known host)" if trusted else "") + ".", fact, level)
            return
