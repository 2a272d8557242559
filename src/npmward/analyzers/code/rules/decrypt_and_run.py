from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
"""With a constant ciphertext blob in the file; without one, a step lower at medium confidence."""


@rule("decrypt-and-run", title="Decrypts a payload and runs it",
      description="What a decipher gives (crypto.createDecipher/createDecipheriv, followed by data flow) reaches a "
                  "code runner (eval, Function, vm, Module#_compile); or a decipher and a runner in one function, in a "
                  "file that holds a constant ciphertext blob (>= 256 hex / 344 base64 characters), as in "
                  "event-stream's flatmap-stream, whose calls are hidden behind decoded names. Critical with the "
                  "blob or when the decrypted data was downloaded (a MEGA-hosted stage fetched at install). Decrypting data without running it is what crypto libraries do, and a decipher and a "
                  "runner that share nothing but a package are two features of it.",
      category="obfuscation", consumes=("flows", "call", "new", "string"), grid=GRID, spans_files=True)
def check(view: FileView) -> Iterator[Finding]:
    blob = any(f.kind == "string" and P.CIPHER_BLOB.match(f.value) for f in view.all)
    for level, facts in view.groups():
        runners = [f for f in view.runners() if view.level(f) == level]
        # The decrypted data reaches the runner's arguments (from any file of the package).
        runner = next((f for f in runners if f.kind != "string" and view.facts.fact_labels(f) & F.DECRYPTED), None)
        decipher = None
        if runner is None and blob:
            decipher = next((f for f in facts if (f.kind == "call" and P.DECIPHER.search(f.value))
                             or (f.kind == "string" and P.DECIPHER.fullmatch(f.value))), None)
            if decipher is not None:
                runner = next((f for f in runners if f.scope == decipher.scope), None)
        if runner is None:
            continue
        severity, confidence = view.grade(GRID, level)
        # (data it downloaded, decrypted and ran: a stager whose next stage no reader and no proxy sees, as a blob is)
        fetched = runner.kind != "string" and view.facts.fact_labels(runner) & F.RECEIVED
        if not blob and not fetched:
            severity, confidence = S(severity - 1), C.MEDIUM
        what = "a constant encrypted blob" if blob else "data it downloads" if fetched else "data"
        yield view.finding("decrypt-and-run", severity, confidence, "obfuscation",
                           f"Decrypts {what} and runs the result as code "
                           f"({runner.value}), {view.when_text(level)}.", decipher or runner, level, runner_line=runner.line)
        return
