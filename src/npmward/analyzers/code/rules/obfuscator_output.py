from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..view import FileView
from . import rule

MIN_NAMES = 30
"""`_0x…` identifiers that make a file javascript-obfuscator output (> 100: high confidence)."""


@rule("obfuscator-output", title="javascript-obfuscator output",
      description="At least 30 `_0x…` identifiers; high in code that runs on install or load, where obfuscation is "
                  "how trojanized releases hide.",
      category="obfuscation", consumes=("text",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    count = len(P.OBFUSCATOR_ID.findall(view.text[:2_000_000])) if b"_0x" in view.text else 0
    if count >= MIN_NAMES:
        severity = S.HIGH if view.when in ("install", "entry") else S.MEDIUM
        yield view.finding("obfuscator-output", severity, C.HIGH if count > 100 else C.MEDIUM, "obfuscation",
                           f"Looks like javascript-obfuscator output ({count} `_0x…` identifiers).",
                           None, identifiers=count)
