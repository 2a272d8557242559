from __future__ import annotations

import struct
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import Grid, PackageView
from . import rule
from ._shipped import names_file, runners

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.MEDIUM, C.MEDIUM))
LOADERS = (b"cachedData", b"bytenode")
"""How compiled V8 code is run: `new vm.Script(source, { cachedData })`, or bytenode's `.jsc` loader."""


def is_v8_code_cache(data: bytes) -> bool:
    """V8's serialized code (a code cache, what `bytenode -c` writes) starts with a magic number
    whose upper half is 0xC0DE, little-endian."""
    return len(data) >= 32 and struct.unpack_from("<I", data)[0] >> 16 == 0xC0DE


@rule("bytecode", title="Runs compiled V8 bytecode it ships",
      description="A file of V8 serialized code (a bytenode `.jsc`, a `vm.Script` cachedData blob) that install or "
                  "entry code names and loads: the code that runs has no source anyone can read, which is why "
                  "malware ships it. Compiling one's own code to bytecode at build time (a bytenode build step) "
                  "ships no such file.",
      category="obfuscation", consumes=("files", "string"), grid=GRID, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    compiled = [p for p, data in package.files.items() if is_v8_code_cache(data)]
    if not compiled:
        return
    # (install or entry code naming a compiled file, in a file that has a loader for it)
    found = [(GRID.at(level), path, level, runner) for path, view, _, level, runner in runners(
        package, lambda f: f.kind == "string" and any(names_file(f.value, t) for t in compiled))
        if any(loader in view.text for loader in LOADERS)]
    if not found:
        return
    (severity, confidence), path, level, fact = max(found, key=lambda item: item[0])
    target = next(t for t in compiled if names_file(fact.value, t))
    yield package.views[path].finding(
        "bytecode", severity, confidence, "obfuscation",
        f"Ships compiled V8 bytecode ({target}) that {path} loads, "
        f"{'when one of its functions is called' if level == 'deferred' else package.views[path].when_text(level)}: "
        "code without a readable source.", fact, level, file=target)
