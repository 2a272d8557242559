from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ...base import RuleInfo
from .. import patterns as P
from ..view import FileView
from . import rule

JSFUCK = re.compile(rb"[\[\]()!+]{1000,}")
JSFUCK_GATE = linear_re.compile_bytes(rb"[\[\]()!+]{40}")
"""Forty of them in a row, which a run of JSFuck holds: looked for with the other rules' gates (see gates.py)."""
"""JSFuck: code written with the six characters []()!+ only (a thousand in a row is no expression a
person writes); every letter is built from coercions such as `(![]+[])[+[]]`, so nothing is readable."""
MIN_NAMES = 30
"""`_0x…` identifiers that make a file javascript-obfuscator output (> 100: high confidence)."""


@rule("obfuscator-output", title="javascript-obfuscator output",
      description="At least 30 `_0x…` identifiers; high in code that runs on install or load, where obfuscation is "
                  "how trojanized releases hide.",
      category="obfuscation", consumes=("text",), severity=S.HIGH,
      emits=(RuleInfo("code/jsfuck", "JSFuck code", "A thousand or more characters of only []()!+ in a row: code no "
                      "one can read, critical in a file that runs on install or load.", "critical", "obfuscation"),))
def check(view: FileView) -> Iterator[Finding]:
    if b"[]" in view.text and view.mentions(JSFUCK_GATE) and (run := JSFUCK.search(view.text, 0, 5_000_000)) is not None:
        loaded = view.when in ("install", "entry")
        line = view.line_at(run.start())[0]
        yield Finding("code/jsfuck", S.CRITICAL if loaded else S.HIGH, C.HIGH if loaded else C.MEDIUM, "obfuscation",
                      f"Holds {len(run.group(0)):,} characters of JSFuck (only []()!+), "
                      f"{view.when_text(view.when)}: code written so that no one can read it.",
                      view.facts.path, line, run.group(0)[:80].decode("ascii"), {"when": view.when})
    count = len(P.OBFUSCATOR_ID.findall(view.text[:2_000_000])) if b"_0x" in view.text else 0
    if count >= MIN_NAMES:
        severity = S.HIGH if view.when in ("install", "entry") else S.MEDIUM
        yield view.finding("obfuscator-output", severity, C.HIGH if count > 100 else C.MEDIUM, "obfuscation",
                           f"Looks like javascript-obfuscator output ({count} `_0x…` identifiers).",
                           None, identifiers=count)
