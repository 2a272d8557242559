from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..behaviours import runs_code
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
"""With a constant ciphertext blob in the file; without one, a step lower at medium confidence."""


@rule("decrypt-and-run", title="Decrypts a payload and runs it",
      description="A decipher and a code runner (eval, Function, vm, Module#_compile) in one file or closure; "
                  "critical with a constant ciphertext blob (>= 256 hex / 344 base64 characters), as in "
                  "event-stream's flatmap-stream. Decrypting data without running it is what crypto libraries do.",
      category="obfuscation", consumes=("call", "new", "string"), grid=GRID, spans_files=True)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        decipher = next((f for f in facts if (f.kind == "call" and P.DECIPHER.search(f.value))
                         or (f.kind == "string" and P.DECIPHER.fullmatch(f.value))), None)
        runner = next((f for f in facts if runs_code(f)), None)
        if decipher is None or runner is None:
            continue
        blob = any(f.kind == "string" and P.CIPHER_BLOB.match(f.value) for f in view.all)
        severity, confidence = view.grade(GRID, level)
        if not blob:
            severity, confidence = S(severity - 1), C.MEDIUM
        yield view.finding("decrypt-and-run", severity, confidence, "obfuscation",
                           f"Decrypts {'a constant encrypted blob' if blob else 'data'} and runs the result as code "
                           f"({runner.value}), {view.when_text(level)}.", decipher, level, runner_line=runner.line)
        return
